import { describe, expect, it } from "vitest";
import { parseGpuUnits } from "../../src/scalars/index.js";

describe("parseGpuUnits: Go ParseUint(text, 10, 64)", () => {
  it.each([
    ["0", 0],
    ["1", 1],
    ["24", 24],
    ["007", 7],
    ["9007199254740991", 9007199254740991],
  ])("%s → %d", (text, want) => {
    expect(parseGpuUnits(text, 9)).toEqual({ value: want, diagnostics: [] });
  });

  it.each([
    ["1.0", "scalar/invalid-gpu-units", 10, 11, "write '1'"],
    ["+1", "scalar/invalid-gpu-units", 9, 10, "write '1'"],
    ["1e1", "scalar/invalid-gpu-units", 10, 11, "write '10'"],
    ["two", "scalar/invalid-gpu-units", 9, 10, undefined],
    ["1 ", "scalar/invalid-gpu-units", 10, 11, undefined],
    ["-1", "scalar/negative-value", 9, 10, undefined],
    ["", "scalar/invalid-gpu-units", 9, 9, undefined],
  ])("%j → %s at [%d,%d)", (text, code, start, end, hint) => {
    const r = parseGpuUnits(text, 9);
    expect(r.value).toBeUndefined();
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code, span: { start, end } });
    expect(r.diagnostics[0]?.hints).toEqual(hint === undefined ? undefined : [hint]);
    expect(r.diagnostics[0]?.data?.["goMessage"]).toBe(
      `strconv.ParseUint: parsing ${JSON.stringify(text)}: invalid syntax`,
    );
  });

  it("reports uint64 overflow and integers JS cannot hold exactly", () => {
    const over = parseGpuUnits("18446744073709551616", 2);
    expect(over.diagnostics[0]).toMatchObject({ code: "scalar/out-of-range", span: { start: 2, end: 22 } });
    expect(over.diagnostics[0]?.data?.["goMessage"]).toBe(
      'strconv.ParseUint: parsing "18446744073709551616": value out of range',
    );
    const unsafe = parseGpuUnits("9007199254740993");
    expect(unsafe.value).toBeUndefined();
    expect(unsafe.diagnostics[0]?.code).toBe("scalar/out-of-range");
  });
});
