import { describe, expect, it } from "vitest";
import { formatDec18, parsePriceAmount } from "../../src/scalars/index.js";

const OFFSET = 20;

describe("parsePriceAmount: Go LegacyNewDecFromStr values", () => {
  it.each([
    ["200", 200000000000000000000n, "200.000000000000000000"],
    ["1000", 1000000000000000000000n, "1000.000000000000000000"],
    ["0.5", 500000000000000000n, "0.500000000000000000"],
    ["1.50", 1500000000000000000n, "1.500000000000000000"],
    ["0.000000000000000001", 1n, "0.000000000000000001"],
    ["007", 7000000000000000000n, "7.000000000000000000"],
    ["10000000", 10000000000000000000000000n, "10000000.000000000000000000"],
  ])("%s → %d atomics, %s", (text, atomics, text18) => {
    expect(parsePriceAmount(text, OFFSET)).toEqual({ value: { atomics, text18 }, diagnostics: [] });
  });

  it.each([
    ["+5", "5.000000000000000000", 20, 21, "write '5'"],
    ["--5", "5.000000000000000000", 20, 22, "write '5'"],
    ["+.5", "0.500000000000000000", 20, 21, "write '0.5'"],
  ])("accepts Go's sign quirk %j with a warning", (text, text18, start, end, hint) => {
    const r = parsePriceAmount(text, OFFSET);
    expect(r.value?.text18).toBe(text18);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({
      code: "scalar/non-portable-amount",
      severity: "warning",
      span: { start, end },
      hints: [hint],
    });
  });
});

describe("parsePriceAmount: rejections with Go messages", () => {
  it.each([
    ["", "scalar/invalid-amount", 20, 20, "decimal string cannot be empty"],
    ["-", "scalar/invalid-amount", 20, 21, "decimal string cannot be empty"],
    [".5", "scalar/invalid-amount", 20, 21, "invalid decimal length"],
    ["5.", "scalar/invalid-amount", 21, 22, "invalid decimal length"],
    ["1.2.3", "scalar/invalid-amount", 23, 24, "invalid decimal string"],
    ["1e3", "scalar/invalid-amount", 21, 22, "failed to set decimal string with base 10: 1e3000000000000000000"],
    ["abc", "scalar/invalid-amount", 20, 21, "failed to set decimal string with base 10: abc000000000000000000"],
    ["1.-5", "scalar/invalid-amount", 22, 23, "failed to set decimal string with base 10: 1-50000000000000000"],
    [
      "0.0000000000000000001",
      "scalar/too-many-decimals",
      40,
      41,
      "value '0.0000000000000000001' exceeds max precision by -1 decimal places: max precision 18",
    ],
    ["0", "scalar/zero-amount", 20, 21, "invalid coin amount: amount is zero"],
    ["0.000", "scalar/zero-amount", 20, 25, "invalid coin amount: amount is zero"],
    ["-0", "scalar/zero-amount", 20, 22, "invalid coin amount: amount is zero"],
    [
      "-1",
      "scalar/negative-value",
      20,
      22,
      'invalid: negative value not allowed: amount "-1.000000000000000000" is negative',
    ],
  ])("%j → %s at [%d,%d)", (text, code, start, end, goMessage) => {
    const r = parsePriceAmount(text, OFFSET);
    expect(r.value).toBeUndefined();
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code, severity: "error", span: { start, end } });
    expect(r.diagnostics[0]?.data?.["goMessage"]).toBe(goMessage);
  });

  it("hints the plain form of an exponent amount", () => {
    expect(parsePriceAmount("1e3").diagnostics[0]?.hints).toEqual(["write '1000'"]);
    expect(parsePriceAmount(".5").diagnostics[0]?.hints).toEqual(["write '0.5'"]);
  });

  it("rejects amounts beyond 315 bits", () => {
    const r = parsePriceAmount("9".repeat(80));
    expect(r.diagnostics[0]?.code).toBe("scalar/out-of-range");
    expect(r.diagnostics[0]?.data?.["goMessage"]).toMatch(/out of range; bitLen: got \d+, max 315$/);
    expect(parsePriceAmount("9".repeat(76)).value).toBeDefined();
  });

  it("formats 18 decimals like LegacyDec.String()", () => {
    expect(formatDec18(0n)).toBe("0.000000000000000000");
    expect(formatDec18(-1n)).toBe("-0.000000000000000001");
    expect(formatDec18(123456789000000000000n)).toBe("123.456789000000000000");
  });
});
