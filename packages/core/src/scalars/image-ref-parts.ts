import { scanTokens } from "./scan-tokens.js";
import type { TokenRule } from "./scan-tokens.js";
import { displayText } from "./display-text.js";

/**
 * A problem in one part of an image reference, with a range relative to the whole text.
 *
 * @example
 * const p: ImageRefProblem = { message: "A tag must not be empty.", start: 6, end: 7 };
 */
export interface ImageRefProblem {
  /** One plain sentence. */
  readonly message: string;
  /** Index of the first offending character. */
  readonly start: number;
  /** Index after the last offending character. */
  readonly end: number;
  /** Suggestions. */
  readonly hints?: readonly string[];
}

const problem = (message: string, start: number, end: number, hints?: readonly string[]): ImageRefProblem =>
  hints ? { message, start, end, hints } : { message, start, end };

/** `true` for an ASCII letter or digit. */
function isAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * `true` when `text.slice(start, end)` matches `^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$`:
 * letters, digits and inner dashes.
 */
function isDomainComponent(text: string, start: number, end: number): boolean {
  if (end <= start || !isAlnum(text.charCodeAt(start)) || !isAlnum(text.charCodeAt(end - 1))) return false;
  for (let i = start + 1; i < end - 1; i++) {
    const c = text.charCodeAt(i);
    if (!isAlnum(c) && c !== 45) return false;
  }
  return true;
}

/**
 * Checks `host[:port]` of a registry (distribution/reference `domainAndPort`): dot-separated
 * components of letters, digits and inner dashes, or a bracketed IPv6 address, then `:digits`.
 *
 * @example
 * checkDomain("ghcr.io:x", 0)?.message; // "A registry port must be digits."
 */
export function checkDomain(domain: string, at: number): ImageRefProblem | undefined {
  let host = domain;
  let port: string | undefined;
  if (domain.startsWith("[")) {
    const close = domain.indexOf("]");
    if (close < 0 || !/^\[[a-fA-F0-9:]+\]$/.test(domain.slice(0, close + 1))) {
      return problem(
        "An IPv6 registry address must be hex digits and colons in brackets.",
        at,
        at + (close < 0 ? domain.length : close + 1),
      );
    }
    host = domain.slice(0, close + 1);
    const after = domain.slice(close + 1);
    if (after !== "" && !after.startsWith(":"))
      return problem("Expected ':port' after the IPv6 address.", at + close + 1, at + domain.length);
    port = after === "" ? undefined : after.slice(1);
  } else {
    const colon = domain.indexOf(":");
    if (colon >= 0) {
      host = domain.slice(0, colon);
      port = domain.slice(colon + 1);
    }
    // The dot-separated components, each checked in place (no split).
    for (let pos = 0; pos <= host.length; ) {
      let end = host.indexOf(".", pos);
      if (end < 0) end = host.length;
      if (!isDomainComponent(host, pos, end)) {
        return problem(
          "Registry host names are letters and digits with inner dashes, separated by dots.",
          at + pos,
          Math.min(at + pos + Math.max(end - pos, 1), at + domain.length),
        );
      }
      pos = end + 1;
    }
  }
  if (port !== undefined && !/^[0-9]+$/.test(port)) {
    const portStart = at + domain.length - port.length;
    return problem("A registry port must be digits.", portStart - 1, at + domain.length);
  }
  return undefined;
}

/** The paths {@link checkPath} accepts: lower-case alphanumeric components joined by `.`, `_`, `__` or dashes, separated by `/`. */
/** `true` for a lower-case letter or a digit. */
function isLowerAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/**
 * `true` when the path matches
 * `^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$`
 * (components of lower-case letters and digits, joined inside by `.`, `_`, `__` or dashes, and
 * separated by `/`), read in one pass.
 */
function isWellFormedPath(path: string): boolean {
  const n = path.length;
  let i = 0;
  for (;;) {
    // A run of letters and digits.
    if (i >= n || !isLowerAlnum(path.charCodeAt(i))) return false;
    while (i < n && isLowerAlnum(path.charCodeAt(i))) i++;
    if (i === n) return true;
    const c = path.charCodeAt(i);
    if (c === 47 || c === 46)
      i++; // `/` or `.`
    else if (c === 95)
      i += path.charCodeAt(i + 1) === 95 ? 2 : 1; // `_` or `__`
    else if (c === 45)
      while (path.charCodeAt(i) === 45) i++; // dashes
    else return false;
  }
}

type PathKind = "alnum" | "sep" | "slash" | "upper" | "other";
const PATH_RULES: readonly TokenRule<PathKind>[] = [
  { kind: "alnum", pattern: /[a-z0-9]+/y },
  { kind: "sep", pattern: /[._-]+/y },
  { kind: "slash", pattern: /\//y },
  { kind: "upper", pattern: /[A-Z]+/y },
];

/**
 * Checks a repository path (`path-component ['/' path-component]*`, each component lower-case
 * alphanumerics joined by `.`, `_`, `__` or dashes) by walking its tokens.
 *
 * @example
 * checkPath("library/Nginx", 0)?.message; // "Repository names must be lower-case."
 */
export function checkPath(path: string, at: number): ImageRefProblem | undefined {
  if (path.length === 0) return problem("The image reference has no repository name.", at, at);
  // A well-formed path (nearly all of them) needs no token walk: the walk accepts exactly these.
  if (isWellFormedPath(path)) return undefined;
  const tokens = scanTokens(path, PATH_RULES, "other");
  let expectAlnum = true;
  for (const t of tokens) {
    const start = at + t.start;
    const end = at + t.end;
    if (t.kind === "upper")
      return problem("Repository names must be lower-case.", start, end, [
        `write '${displayText(path.toLowerCase())}'`,
      ]);
    if (t.kind === "other") return problem(`'${displayText(t.text)}' is not allowed in a repository name.`, start, end);
    if (t.kind === "alnum") {
      expectAlnum = false;
      continue;
    }
    if (expectAlnum) {
      return problem(
        t.kind === "slash"
          ? "A repository path has an empty component."
          : "A repository path component must start with a letter or digit.",
        start,
        end,
      );
    }
    if (t.kind === "sep" && !/^(?:[._]|__|-+)$/.test(t.text)) {
      return problem(`'${t.text}' is not a valid separator; use '.', '_', '__' or dashes.`, start, end);
    }
    expectAlnum = true;
  }
  const last = tokens[tokens.length - 1];
  if (expectAlnum && last)
    return problem("A repository path must end with a letter or digit.", at + last.start, at + last.end);
  return undefined;
}

/**
 * Checks a tag: `[\w][\w.-]{0,127}`.
 *
 * @example
 * checkTag("-x", 6)?.start; // 6
 */
export function checkTag(tag: string, at: number): ImageRefProblem | undefined {
  if (tag.length === 0) return problem("The tag after ':' is empty.", at - 1, at);
  if (!isWordChar(tag.charCodeAt(0))) return problem("A tag must start with a letter, digit or '_'.", at, at + 1);
  let bad = -1;
  for (let i = 0; i < tag.length; i++) {
    const c = tag.charCodeAt(i);
    if (!isWordChar(c) && c !== 46 && c !== 45) {
      bad = i;
      break;
    }
  }
  if (bad >= 0) return problem(`'${displayText(tag.charAt(bad))}' is not allowed in a tag.`, at + bad, at + bad + 1);
  if (tag.length > 128) return problem("A tag must be at most 128 characters long.", at + 128, at + tag.length);
  return undefined;
}

/** `true` for a character of the regular expression class `\w` (ASCII letters, digits, `_`). */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

const DIGEST_LENGTHS: Readonly<Record<string, number>> = { sha256: 64, sha384: 96, sha512: 128 };

/**
 * Checks a digest `algorithm:hex` (distribution/reference grammar, then go-digest: a known
 * algorithm with lower-case hex of the right length).
 *
 * @example
 * checkDigest("md5:abc", 10)?.message; // "'md5' is not a supported digest algorithm (sha256, sha384, sha512)."
 */
export function checkDigest(digest: string, at: number): ImageRefProblem | undefined {
  const colon = digest.indexOf(":");
  if (colon < 0) return problem("A digest must look like 'sha256:<hex>'.", at - 1, at + digest.length);
  const algorithm = digest.slice(0, colon);
  const hex = digest.slice(colon + 1);
  if (!/^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*$/.test(algorithm)) {
    return problem("A digest algorithm is letters and digits, such as 'sha256'.", at, at + Math.max(colon, 1));
  }
  const expected = DIGEST_LENGTHS[algorithm];
  if (expected === undefined) {
    return problem(`'${algorithm}' is not a supported digest algorithm (sha256, sha384, sha512).`, at, at + colon);
  }
  const hexAt = at + colon + 1;
  const bad = hex.search(/[^a-f0-9]/);
  if (bad >= 0) return problem("A digest is lower-case hexadecimal.", hexAt + bad, hexAt + bad + 1);
  if (hex.length !== expected) {
    return problem(
      `A ${algorithm} digest has ${expected} hex characters, not ${hex.length}.`,
      hexAt,
      hexAt + hex.length,
    );
  }
  return undefined;
}
