import { createDiagnostic } from "../diagnostics/create-diagnostic.js";
import { goQuote } from "./go-quote.js";
import { parseGoUint } from "./go-uint.js";
import { scalarValue, textSpan } from "./scalar-parse-result.js";
import type { ScalarParseResult } from "./scalar-parse-result.js";

/**
 * A semantic version as blang/semver parses it.
 *
 * @example
 * const v: SemverVersion = { major: 2, minor: 1, patch: 0 };
 */
export interface SemverVersion {
  /** Major number. */
  readonly major: number;
  /** Minor number. */
  readonly minor: number;
  /** Patch number. */
  readonly patch: number;
  /** Pre-release identifiers joined with `.`, e.g. `rc.1` (a pre-release sorts before the release). */
  readonly prerelease?: string;
  /** Build metadata joined with `.` (ignored for ordering). */
  readonly build?: string;
}

interface Part {
  readonly text: string;
  readonly start: number;
  /** Maps an index in the normalized text to an index in the scalar text. */
  readonly at: (n: number) => number;
}

const GO_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
const NUMBERS = /^[0-9]*$/;
const ALPHANUM = /^[0-9A-Za-z-]*$/;

/**
 * Parses a version the way Go's SDL reader does (blang/semver `ParseTolerant`, SDL-SPEC §2.2):
 * trim spaces, drop one leading `v`, split into at most 3 dot parts, strip leading zeros, pad to
 * three parts, then parse strictly. `2`, `2.0`, `v2.0` → 2.0.0; `2.1.0-rc` keeps prerelease `rc`.
 * The blang error text is in `data.goMessage`. Numbers above 2^53 are returned rounded.
 *
 * @example
 * parseSemverTolerant("v2.0").value; // { major: 2, minor: 0, patch: 0 }
 */
export function parseSemverTolerant(text: string, offset = 0): ScalarParseResult<SemverVersion> {
  const simple = simpleVersion(text);
  if (simple !== undefined) return scalarValue(simple);
  let start = 0;
  let end = text.length;
  while (start < end && GO_SPACE.test(text.charAt(start))) start++;
  while (end > start && GO_SPACE.test(text.charAt(end - 1))) end--;
  if (text.charAt(start) === "v" && start < end) start++;
  const parts = splitParts(text.slice(start, end), start);
  const fail = (message: string, from: number, to: number, goMessage: string): ScalarParseResult<SemverVersion> => ({
    value: undefined,
    diagnostics: [
      createDiagnostic("scalar/invalid-version", message, textSpan(offset, from, to), { data: { goMessage } }),
    ],
  });
  const last = parts[parts.length - 1];
  if (parts.length < 3 && last && /[+-]/.test(last.text)) {
    const i = last.text.search(/[+-]/);
    return fail(
      "A short version (without a patch number) cannot have a prerelease or build part.",
      last.at(i),
      last.at(i) + 1,
      "Short version cannot contain PreRelease/Build meta data",
    );
  }
  const numbers: number[] = [];
  const names = ["major", "minor", "patch"] as const;
  let suffix: { pre?: Part; build?: Part } = {};
  for (let k = 0; k < 3; k++) {
    const name = names[k] ?? "patch";
    let part: Part = parts[k] ?? { text: "0", start: end, at: () => end };
    if (k === 2) {
      const split = splitSuffix(part);
      part = split.patch;
      suffix = split;
    }
    const bad = part.text.search(/[^0-9]/);
    if (!NUMBERS.test(part.text)) {
      return fail(
        `The ${name} version must be a number.`,
        part.at(bad),
        part.at(bad) + 1,
        `Invalid character(s) found in ${name} number ${goQuote(part.text)}`,
      );
    }
    const n = parseGoUint(part.text, 64);
    const span = part.text.length === 0 ? part.start : part.at(part.text.length - 1) + 1;
    if (n.kind !== "ok") {
      const why = n.kind === "range" ? "value out of range" : "invalid syntax";
      return fail(
        `The ${name} version ${n.kind === "range" ? "is too large" : "is missing"}.`,
        part.at(0),
        span,
        `strconv.ParseUint: parsing ${goQuote(part.text)}: ${why}`,
      );
    }
    numbers.push(Number(n.value));
  }
  if (suffix.pre) {
    const problem = checkIdentifiers(suffix.pre, "prerelease");
    if (problem) return fail(problem.message, problem.from, problem.to, problem.goMessage);
  }
  if (suffix.build) {
    const problem = checkIdentifiers(suffix.build, "build");
    if (problem) return fail(problem.message, problem.from, problem.to, problem.goMessage);
  }
  const version: { -readonly [K in keyof SemverVersion]: SemverVersion[K] } = {
    major: numbers[0] ?? 0,
    minor: numbers[1] ?? 0,
    patch: numbers[2] ?? 0,
  };
  if (suffix.pre) version.prerelease = suffix.pre.text;
  if (suffix.build) version.build = suffix.build.text;
  return scalarValue(version);
}

/**
 * The common versions (`2.0`, `2.1`, `2.0.0`: one to three dot-separated numbers of at most 9
 * digits without leading zeros, nothing else) read without the general machinery; `undefined`
 * for any other text. Same result as the general path.
 */
function simpleVersion(text: string): SemverVersion | undefined {
  let major = 0;
  let minor = 0;
  let patch = 0;
  let part = 0;
  let value = 0;
  let digits = 0;
  let leadingZero = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 46;
    if (c >= 48 && c <= 57) {
      if (digits === 0) leadingZero = c === 48;
      else if (leadingZero || digits === 9) return undefined;
      value = value * 10 + (c - 48);
      digits++;
      continue;
    }
    if (c !== 46 || digits === 0 || part === 3) return undefined;
    if (part === 0) major = value;
    else if (part === 1) minor = value;
    else patch = value;
    part++;
    value = 0;
    digits = 0;
  }
  return { major, minor, patch };
}

/** SplitN(s, ".", 3) plus ParseTolerant's leading-zero normalization, keeping source indices. */
function splitParts(s: string, base: number): Part[] {
  const raw: { text: string; start: number }[] = [];
  let from = 0;
  while (raw.length < 2) {
    const dot = s.indexOf(".", from);
    if (dot < 0) break;
    raw.push({ text: s.slice(from, dot), start: base + from });
    from = dot + 1;
  }
  raw.push({ text: s.slice(from), start: base + from });
  return raw.map(({ text, start }) => {
    if (text.length <= 1) return { text, start, at: (n: number) => start + n };
    const stripped = text.replace(/^0+/, "");
    const removed = text.length - stripped.length;
    if (stripped.length > 0 && /[0-9]/.test(stripped.charAt(0)))
      return { text: stripped, start, at: (n: number) => start + removed + n };
    return {
      text: `0${stripped}`,
      start,
      at: (n: number) => (n === 0 ? start + Math.max(removed - 1, 0) : start + removed + n - 1),
    };
  });
}

function splitSuffix(part: Part): { patch: Part; pre?: Part; build?: Part } {
  const sub = (from: number, to: number): Part => ({
    text: part.text.slice(from, to),
    start: part.at(from),
    at: (n) => part.at(from + n),
  });
  let rest = part.text.length;
  let build: Part | undefined;
  const plus = part.text.indexOf("+");
  if (plus >= 0) {
    build = sub(plus + 1, part.text.length);
    rest = plus;
  }
  const minus = part.text.slice(0, rest).indexOf("-");
  const patch = sub(0, minus >= 0 ? minus : rest);
  const out: { patch: Part; pre?: Part; build?: Part } = { patch };
  if (minus >= 0) out.pre = sub(minus + 1, rest);
  if (build) out.build = build;
  return out;
}

function checkIdentifiers(
  part: Part,
  kind: "prerelease" | "build",
): { message: string; from: number; to: number; goMessage: string } | undefined {
  let i = 0;
  for (const id of part.text.split(".")) {
    const from = part.at(i);
    const to = id.length === 0 ? from : part.at(i + id.length - 1) + 1;
    i += id.length + 1;
    if (id.length === 0) {
      return {
        message: `A ${kind} identifier is empty.`,
        from: Math.max(from - 1, 0),
        to: from,
        goMessage: kind === "build" ? "Build meta data is empty" : "Prerelease is empty",
      };
    }
    if (kind === "prerelease" && NUMBERS.test(id)) {
      if (id.length > 1 && id.startsWith("0")) {
        return {
          message: "A numeric prerelease identifier must not have leading zeros.",
          from,
          to,
          goMessage: `Numeric PreRelease version must not contain leading zeroes ${goQuote(id)}`,
        };
      }
      if (parseGoUint(id, 64).kind === "range") {
        return {
          message: "A numeric prerelease identifier is too large.",
          from,
          to,
          goMessage: `strconv.ParseUint: parsing ${goQuote(id)}: value out of range`,
        };
      }
    } else if (!ALPHANUM.test(id)) {
      const goMessage =
        kind === "build"
          ? `Invalid character(s) found in build meta data ${goQuote(id)}`
          : `Invalid character(s) found in prerelease ${goQuote(id)}`;
      const bad = id.search(/[^0-9A-Za-z-]/);
      return {
        message: `A ${kind} identifier may only contain letters, digits and '-'.`,
        from: part.at(i - id.length - 1 + bad),
        to: part.at(i - id.length - 1 + bad) + 1,
        goMessage,
      };
    }
  }
  return undefined;
}
