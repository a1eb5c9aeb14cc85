import { describe, expect, it } from "vitest";
import { parseCpuUnits } from "../../src/scalars/index.js";

const OFFSET = 100;

describe("parseCpuUnits: Go cpuQuantity values", () => {
  it.each([
    ["100m", 100],
    ["0m", 0],
    ["4294967295m", 4294967295],
    ["0.5", 500],
    ["1", 1000],
    ["1.005", 1004],
    ["0.0001", 0],
    ["1e3", 1000000],
    [".5", 500],
    ["0x1p-2", 250],
    ["1_000", 1000000],
    ["-0", 0],
    ["+2", 2000],
    ["384", 384000],
    ["4294967.295", 4294967295],
  ])("%s → %d millicpu", (text, want) => {
    const r = parseCpuUnits(text, OFFSET);
    expect(r.diagnostics).toEqual([]);
    expect(r.value).toBe(want);
  });
});

describe("parseCpuUnits: rejections", () => {
  it.each([
    ["1.5m", "scalar/invalid-cpu", 100, 103, 'strconv.ParseUint: parsing "1.5": invalid syntax'],
    ["-100m", "scalar/negative-value", 100, 101, 'strconv.ParseUint: parsing "-100": invalid syntax'],
    ["m", "scalar/invalid-cpu", 100, 101, 'strconv.ParseUint: parsing "": invalid syntax'],
    ["4294967296m", "scalar/out-of-range", 100, 110, 'strconv.ParseUint: parsing "4294967296": value out of range'],
    ["-0.5", "scalar/negative-value", 100, 104, "invalid: negative value not allowed"],
    ["-Inf", "scalar/negative-value", 100, 104, "invalid: negative value not allowed"],
    ["abc", "scalar/invalid-cpu", 100, 101, 'strconv.ParseFloat: parsing "abc": invalid syntax'],
    ["", "scalar/invalid-cpu", 100, 100, 'strconv.ParseFloat: parsing "": invalid syntax'],
    ["1 ", "scalar/invalid-cpu", 101, 102, 'strconv.ParseFloat: parsing "1 ": invalid syntax'],
    ["2k", "scalar/invalid-cpu", 101, 102, 'strconv.ParseFloat: parsing "2k": invalid syntax'],
    ["1e400", "scalar/out-of-range", 100, 105, 'strconv.ParseFloat: parsing "1e400": value out of range'],
  ])("%j → %s at [%d,%d)", (text, code, start, end, goMessage) => {
    const r = parseCpuUnits(text, OFFSET);
    expect(r.value).toBeUndefined();
    expect(r.diagnostics).toHaveLength(1);
    const d = r.diagnostics[0];
    expect(d?.code).toBe(code);
    expect(d?.severity).toBe("error");
    expect(d?.span).toEqual({ start, end });
    expect(d?.data?.["goMessage"]).toBe(goMessage);
  });

  it("rejects NaN, +Inf and values beyond uint32 instead of guessing Go's conversion", () => {
    for (const text of ["NaN", "Inf", "+Infinity"]) {
      expect(parseCpuUnits(text).diagnostics.map((d) => d.code)).toEqual(["scalar/not-finite"]);
    }
    const big = parseCpuUnits("4294967.296", 7);
    expect(big.value).toBeUndefined();
    expect(big.diagnostics[0]).toMatchObject({ code: "scalar/out-of-range", span: { start: 7, end: 18 } });
  });

  it("hints at whole millicpu and at 'm' for a mega suffix", () => {
    expect(parseCpuUnits("1.5m").diagnostics[0]?.hints).toEqual(["use a whole number of millicpu such as '2m'"]);
    const mega = parseCpuUnits("100M", 5).diagnostics[0];
    expect(mega?.span).toEqual({ start: 8, end: 9 });
    expect(mega?.hints).toEqual(["did you mean '100m' (millicpu)?"]);
  });
});
