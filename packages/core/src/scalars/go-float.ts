/**
 * `true` for the common number texts `512`, `0.5`, `1.25` (digits, at most one dot with digits
 * on both sides, at most 15 characters): Go and `Number` read them alike, and always finite.
 */
function isPlainDecimal(text: string): boolean {
  const length = text.length;
  if (length === 0 || length > 15) return false;
  let dot = -1;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if (c !== 46 || dot !== -1 || i === 0 || i === length - 1) return false;
    dot = i;
  }
  return true;
}

/**
 * The outcome of {@link parseGoFloat}: a value, a range error (Go returns ±Inf with `ErrRange`),
 * or a syntax error with the index of the first offending character.
 *
 * @example
 * const r: GoFloatResult = { kind: "syntax", index: 1 };
 */
export type GoFloatResult =
  | { readonly kind: "ok"; readonly value: number }
  | { readonly kind: "range"; readonly value: number }
  | { readonly kind: "syntax"; readonly index: number };

interface ReadFloat {
  readonly ok: boolean;
  /** On success, the end of the number; on failure, the offending index. */
  readonly index: number;
  readonly hex: boolean;
}

const lower = (c: string): string => (c >= "A" && c <= "Z" ? c.toLowerCase() : c);
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";
const isHexLetter = (c: string): boolean => lower(c) >= "a" && lower(c) <= "f";

function commonPrefixLenIgnoreCase(s: string, prefix: string): number {
  const n = Math.min(s.length, prefix.length);
  for (let i = 0; i < n; i++) if (lower(s.charAt(i)) !== prefix.charAt(i)) return i;
  return n;
}

/** Go's `special`: optional sign + inf/infinity, or nan (no sign), as a prefix. */
function special(s: string): { value: number; length: number } | undefined {
  const c = s.charAt(0);
  let sign = 1;
  let nsign = 0;
  if (c === "+" || c === "-") {
    sign = c === "-" ? -1 : 1;
    nsign = 1;
  } else if (c === "n" || c === "N") {
    return commonPrefixLenIgnoreCase(s, "nan") === 3 ? { value: Number.NaN, length: 3 } : undefined;
  } else if (c !== "i" && c !== "I") return undefined;
  let n = commonPrefixLenIgnoreCase(s.slice(nsign), "infinity");
  if (n > 3 && n < 8) n = 3;
  return n === 3 || n === 8 ? { value: sign * Number.POSITIVE_INFINITY, length: nsign + n } : undefined;
}

/** Go's `underscoreOK`, returning the index of the first misplaced underscore (or -1). */
function underscoreProblem(s: string): number {
  let saw = "^";
  let i = 0;
  if (s.charAt(0) === "-" || s.charAt(0) === "+") i = 1;
  let hex = false;
  if (s.length - i >= 2 && s.charAt(i) === "0" && "box".includes(lower(s.charAt(i + 1)))) {
    hex = lower(s.charAt(i + 1)) === "x";
    i += 2;
    saw = "0";
  }
  for (; i < s.length; i++) {
    const c = s.charAt(i);
    if (isDigit(c) || (hex && isHexLetter(c))) {
      saw = "0";
      continue;
    }
    if (c === "_") {
      if (saw !== "0") return i;
      saw = "_";
      continue;
    }
    if (saw === "_") return i - 1;
    saw = "!";
  }
  return saw === "_" ? s.length - 1 : -1;
}

/** Go's `readFloat` (syntax only): where the number ends, or where it fails. */
function readFloat(s: string): ReadFloat {
  let i = 0;
  const n = s.length;
  if (s.charAt(0) === "+" || s.charAt(0) === "-") i++;
  let hex = false;
  let expChar = "e";
  if (i + 2 < n && s.charAt(i) === "0" && lower(s.charAt(i + 1)) === "x") {
    hex = true;
    expChar = "p";
    i += 2;
  }
  let sawdot = false;
  let sawdigits = false;
  let underscores = false;
  for (; i < n; i++) {
    const c = s.charAt(i);
    if (c === "_") underscores = true;
    else if (c === ".") {
      if (sawdot) break;
      sawdot = true;
    } else if (isDigit(c) || (hex && isHexLetter(c))) sawdigits = true;
    else break;
  }
  if (!sawdigits) return { ok: false, index: i, hex };
  if (i < n && lower(s.charAt(i)) === expChar) {
    i++;
    if (i < n && (s.charAt(i) === "+" || s.charAt(i) === "-")) i++;
    if (!isDigit(s.charAt(i))) return { ok: false, index: i, hex };
    for (; i < n && (isDigit(s.charAt(i)) || s.charAt(i) === "_"); i++) {
      if (s.charAt(i) === "_") underscores = true;
    }
  } else if (hex) return { ok: false, index: i, hex };
  if (underscores) {
    const bad = underscoreProblem(s.slice(0, i));
    if (bad >= 0) return { ok: false, index: bad, hex };
  }
  return { ok: true, index: i, hex };
}

/** Rounds mant × 2^e2 to the nearest double (ties to even); Infinity on overflow. */
function roundToDouble(mant: bigint, e2: number): number {
  if (mant === 0n) return 0;
  const topExp = mant.toString(2).length - 1 + e2;
  if (topExp > 1023) return Number.POSITIVE_INFINITY;
  const lsb = Math.max(topExp - 52, -1074);
  const shift = lsb - e2;
  let q: bigint;
  if (shift <= 0) q = mant << BigInt(-shift);
  else {
    const big = BigInt(shift);
    q = mant >> big;
    const rem = mant & ((1n << big) - 1n);
    const half = 1n << (big - 1n);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
  }
  return Number(q) * 2 ** lsb;
}

function hexValue(s: string): number {
  let i = s.charAt(0) === "+" || s.charAt(0) === "-" ? 3 : 2;
  let digits = "";
  let frac = 0;
  let sawdot = false;
  for (; i < s.length && lower(s.charAt(i)) !== "p"; i++) {
    const c = s.charAt(i);
    if (c === ".") sawdot = true;
    else if (c !== "_") {
      digits += c;
      if (sawdot) frac++;
    }
  }
  i++; // 'p'
  let esign = 1;
  if (s.charAt(i) === "+" || s.charAt(i) === "-") esign = s.charAt(i++) === "-" ? -1 : 1;
  let e = 0;
  for (; i < s.length; i++) {
    const c = s.charAt(i);
    if (c !== "_" && e < 10000) e = e * 10 + (c.charCodeAt(0) - 48);
  }
  const magnitude = roundToDouble(BigInt(`0x${digits}`), esign * e - 4 * frac);
  return s.charAt(0) === "-" ? -magnitude : magnitude;
}

/**
 * Go's `strconv.ParseFloat(text, 64)`: decimal and hexadecimal (`0x1p-2`) forms, underscores
 * between digits (`1_000.5`), `Inf`/`Infinity`/`NaN` in any case, a leading `+`/`-`, `.5`, `5.`,
 * exponents. Values beyond float64 give `range` (±Inf), underflow gives 0, like Go.
 *
 * @example
 * parseGoFloat("1.5e3"); // { kind: "ok", value: 1500 }
 */
export function parseGoFloat(text: string): GoFloatResult {
  if (isPlainDecimal(text)) return { kind: "ok", value: Number(text) };
  const sp = special(text);
  if (sp) return sp.length === text.length ? { kind: "ok", value: sp.value } : { kind: "syntax", index: sp.length };
  const r = readFloat(text);
  if (!r.ok) return { kind: "syntax", index: r.index };
  if (r.index !== text.length) return { kind: "syntax", index: r.index };
  const value = r.hex ? hexValue(text) : Number(text.replaceAll("_", ""));
  return Number.isFinite(value) ? { kind: "ok", value } : { kind: "range", value };
}

/**
 * The length of the longest prefix of `text` starting at `pos` that Go's `ParseFloat` accepts
 * (0 when none). Used to split `1.5GiB` into a number and a unit for diagnostics.
 *
 * @example
 * goFloatPrefixLength("1e3Gi", 0); // 3
 */
export function goFloatPrefixLength(text: string, pos: number): number {
  const c = text.charAt(pos);
  if (c === "" || !(isDigit(c) || "+-.iInN".includes(c))) return 0;
  const rest = text.slice(pos);
  const sp = special(rest);
  if (sp) return sp.length;
  const r = readFloat(rest);
  // readFloat stops at the first character that cannot continue the number, so its end is the
  // longest candidate; when that fails ('1e', '0x1', '1__2') try shorter prefixes (bounded).
  if (r.ok) return r.index;
  for (let end = Math.min(rest.length, 64); end > 0; end--) {
    if (parseGoFloat(rest.slice(0, end)).kind !== "syntax") return end;
  }
  return 0;
}
