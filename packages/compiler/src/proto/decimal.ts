/**
 * Conversions for the two cosmos custom scalar types that travel as decimal text:
 * `cosmossdk.io/math.Int` (an integer, written as its decimal digits) and `LegacyDec` (a decimal
 * with 18 fraction digits, written as the integer atomics = value × 10^18).
 *
 * Facts from cosmossdk.io/math: `LegacyDec` has `LegacyPrecision = 18`; `LegacyNewDecFromStr`
 * accepts an optional `-`, integer digits and an optional `.` followed by 1–18 digits
 * (`.5` and `5.` are refused); `Marshal` writes `big.Int.MarshalText` of the atomics and
 * `String()` prints the value with exactly 18 decimals (`"10.000000000000000000"`).
 */

const DEC_PRECISION = 18;
const DEC_PATTERN = /^(-?)(\d+)(?:\.(\d{1,18}))?$/;
const INT_PATTERN = /^-?\d+$/;

/**
 * Converts a `LegacyDec` decimal string to its 18-decimal atomics (the wire form).
 * Throws a `RangeError` for text that is not a decimal with at most 18 fraction digits.
 *
 * @example
 * legacyDecToAtomics("10"); // "10000000000000000000"
 * legacyDecToAtomics("0.5"); // "500000000000000000"
 */
export function legacyDecToAtomics(value: string): string {
  const match = DEC_PATTERN.exec(value);
  if (match === null) {
    throw new RangeError(`invalid decimal amount ${JSON.stringify(value)}: expected digits with at most 18 decimals`);
  }
  const [, sign = "", whole = "0", fraction = ""] = match;
  const atomics = BigInt(whole + fraction.padEnd(DEC_PRECISION, "0"));
  return (sign === "-" ? -atomics : atomics).toString();
}

/**
 * Converts 18-decimal atomics (the wire form of a `LegacyDec`) to the decimal string Go prints,
 * always with 18 fraction digits. Empty text reads as zero. Throws a `RangeError` for non-integers.
 *
 * @example
 * atomicsToLegacyDec("10000000000000000000"); // "10.000000000000000000"
 */
export function atomicsToLegacyDec(atomics: string): string {
  const value = atomics === "" ? 0n : parseInteger(atomics);
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(DEC_PRECISION + 1, "0");
  const cut = digits.length - DEC_PRECISION;
  return `${negative ? "-" : ""}${digits.slice(0, cut)}.${digits.slice(cut)}`;
}

/**
 * Reads a `math.Int` written as decimal digits (empty reads as zero, as Go's `Int.Unmarshal`
 * does). Throws a `RangeError` for anything but an optional `-` and digits.
 *
 * @example
 * parseInteger("5000000"); // 5000000n
 */
export function parseInteger(text: string): bigint {
  if (text === "") return 0n;
  if (!INT_PATTERN.test(text)) {
    throw new RangeError(`invalid integer ${JSON.stringify(text)}: expected decimal digits`);
  }
  return BigInt(text);
}

/**
 * Turns a bigint, number or integer string into a `bigint` (for `fromPartial` inputs such as a
 * `dseq` given as a number or string). Throws a `RangeError` for non-integers.
 *
 * @example
 * toBigInt("42"); // 42n
 */
export function toBigInt(value: bigint | number | string): bigint {
  if (typeof value === "bigint") return value;
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value)) throw new RangeError(`expected an integer, got ${value}`);
    return BigInt(value);
  }
  return parseInteger(value);
}
