import { hasBraceGroup } from "./expand-braces.js";

/**
 * `true` when `text` contains an unescaped glob character: `*`, `?`, `[…]` or a `{a,b}` group.
 *
 * @example
 * hasGlobMagic("deploy/*.yaml"); // true
 * hasGlobMagic("deploy.yaml");   // false
 */
export function hasGlobMagic(text: string): boolean {
  if (hasBraceGroup(text)) return true;
  const lastClose = text.lastIndexOf("]");
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") i++;
    else if (c === "*" || c === "?") return true;
    else if (c === "[" && lastClose >= i + 2) return true;
  }
  return false;
}

/**
 * Removes backslash escapes from a literal (magic-free) segment.
 *
 * @example
 * unescapeGlob("a\\*b"); // "a*b"
 */
export function unescapeGlob(segment: string): string {
  return segment.replace(/\\(.)/g, "$1");
}

/**
 * A compiled glob segment: {@link compileGlobSegment} makes one.
 *
 * @example
 * const yaml: GlobMatcher = compileGlobSegment("*.yaml");
 * yaml.test("deploy.yaml"); // true
 */
export interface GlobMatcher {
  /** `true` when the whole `name` matches the segment. */
  test(name: string): boolean;
}

/** One token of a segment: a literal character, `?`, a class, or `*`. */
type Token =
  | { readonly kind: "char"; readonly char: string }
  | { readonly kind: "any" }
  | { readonly kind: "star" }
  | { readonly kind: "class"; readonly negate: boolean; readonly ranges: readonly (readonly [number, number])[] };

/** Parses a class body (`a-z0`) into code-point ranges; `undefined` for an impossible range such as `z-a`. */
function classRanges(body: string): [number, number][] | undefined {
  const chars = [...body];
  const out: [number, number][] = [];
  for (let i = 0; i < chars.length; i++) {
    const lo = (chars[i] ?? "").codePointAt(0) ?? 0;
    if (chars[i + 1] === "-" && i + 2 < chars.length) {
      const hi = (chars[i + 2] ?? "").codePointAt(0) ?? 0;
      if (hi < lo) return undefined;
      out.push([lo, hi]);
      i += 2;
    } else out.push([lo, lo]);
  }
  return out;
}

function tokenize(segment: string): Token[] | undefined {
  const tokens: Token[] = [];
  const chars = [...segment];
  const lastClose = chars.lastIndexOf("]");
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] ?? "";
    if (c === "\\" && i + 1 < chars.length) tokens.push({ kind: "char", char: chars[++i] ?? "" });
    else if (c === "*") {
      if (tokens[tokens.length - 1]?.kind !== "star") tokens.push({ kind: "star" });
    } else if (c === "?") tokens.push({ kind: "any" });
    else if (c === "[") {
      const close = lastClose >= i + 2 ? chars.indexOf("]", i + 2) : -1;
      if (close < 0) {
        tokens.push({ kind: "char", char: c });
        continue;
      }
      let body = chars.slice(i + 1, close).join("");
      const negate = body.startsWith("!") || body.startsWith("^");
      if (negate) body = body.slice(1);
      const ranges = classRanges(body);
      if (!ranges) return undefined;
      tokens.push({ kind: "class", negate, ranges });
      i = close;
    } else tokens.push({ kind: "char", char: c });
  }
  return tokens;
}

/** Does one (non-star) token match the character `c`? */
function matchOne(token: Token, c: string): boolean {
  if (token.kind === "char") return token.char === c;
  if (token.kind === "any") return c !== "/";
  if (token.kind === "class") {
    const cp = c.codePointAt(0) ?? 0;
    return token.ranges.some(([lo, hi]) => cp >= lo && cp <= hi) !== token.negate && c !== "/";
  }
  return false;
}

/**
 * Matches `name` against tokens without backtracking blow-up: the classic greedy algorithm
 * that only ever returns to the last `*`, so the work is O(name × pattern) at worst
 * (issue 12, item 6: `*a*a*a*a*b` took 13 s as a regular expression).
 */
function matchTokens(tokens: readonly Token[], name: string): boolean {
  const chars = [...name];
  let t = 0;
  let n = 0;
  let starT = -1;
  let starN = 0;
  while (n < chars.length) {
    const token = tokens[t];
    if (token?.kind === "star") {
      starT = t++;
      starN = n;
    } else if (token !== undefined && matchOne(token, chars[n] ?? "")) {
      t++;
      n++;
    } else if (starT >= 0 && chars[starN] !== "/") {
      t = starT + 1;
      n = ++starN;
    } else return false;
  }
  while (tokens[t]?.kind === "star") t++;
  return t === tokens.length;
}

/**
 * Compiles one path segment of a glob (no `/`, braces already expanded) to a matcher for whole
 * names: `*` is any run of characters, `?` one character, `[abc]`/`[a-z]`/`[!a]` a class, `\x` a
 * literal `x`. Like a shell, a name starting with `.` is matched only by a segment that starts
 * with `.` itself. Matching is linear-time (no regular expression, no catastrophic backtracking);
 * a segment with an impossible class such as `[z-a]` matches itself literally.
 *
 * @example
 * compileGlobSegment("*.y?ml").test("deploy.yaml"); // true
 * compileGlobSegment("*").test(".github");          // false
 */
export function compileGlobSegment(segment: string): GlobMatcher {
  const tokens = tokenize(segment);
  if (!tokens) return { test: (name) => name === segment };
  const hiddenOk = segment.startsWith(".");
  return { test: (name) => (hiddenOk || !name.startsWith(".")) && matchTokens(tokens, name) };
}
