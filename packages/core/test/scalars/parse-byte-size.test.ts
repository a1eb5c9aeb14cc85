import { describe, expect, it } from "vitest";
import { parseByteSize, parseGpuRam } from "../../src/scalars/index.js";

const OFFSET = 40;

describe("parseByteSize: Go byteQuantity values", () => {
  it.each([
    ["1024", 1024n],
    ["1k", 1000n],
    ["1Ki", 1024n],
    ["128Mi", 134217728n],
    ["1M", 1000000n],
    ["1G", 1000000000n],
    ["1Gi", 1073741824n],
    ["1.1Gi", 1181116006n],
    ["1.5Gi", 1610612736n],
    ["2Ti", 2199023255552n],
    ["32Ti", 35184372088832n],
    ["1T", 1000000000000n],
    ["1P", 1000000000000000n],
    ["1Pi", 1125899906842624n],
    ["1E", 1000000000000000000n],
    ["1Ei", 1152921504606846976n],
    ["15.99Ei", 18435214858663483392n], // float64(15.99) × 2^60, exact
    ["1e3Mi", 1048576000n],
    ["0.5", 0n],
    ["-0", 0n],
    ["0x1p10", 1024n],
    ["5Mi", 5242880n],
  ])("%s → %d bytes", (text, want) => {
    const r = parseByteSize(text, OFFSET);
    expect(r.diagnostics).toEqual([]);
    expect(r.value).toBe(want);
  });
});

describe("parseByteSize: rejections", () => {
  it.each([
    ["1K", "scalar/invalid-size-suffix", 41, 42, "did you mean 'Ki' (2^10 bytes) or 'k' (10^3 bytes)?"],
    ["1Kb", "scalar/invalid-size-suffix", 41, 43, "did you mean 'Ki' (2^10 bytes) or 'k' (10^3 bytes)?"],
    ["512MB", "scalar/invalid-size-suffix", 43, 45, "did you mean 'Mi' (2^20 bytes) or 'M' (10^6 bytes)?"],
    ["1GiB", "scalar/invalid-size-suffix", 41, 44, "did you mean 'Gi'?"],
    ["1GB", "scalar/invalid-size-suffix", 41, 43, "did you mean 'Gi' (2^30 bytes) or 'G' (10^9 bytes)?"],
    ["1gi", "scalar/invalid-size-suffix", 41, 43, "did you mean 'Gi'?"],
    ["512m", "scalar/invalid-size-suffix", 43, 44, "did you mean 'Mi' (2^20 bytes) or 'M' (10^6 bytes)?"],
    ["1024B", "scalar/invalid-size-suffix", 44, 45, "drop the 'B': a plain number is a count of bytes"],
    ["1 Gi", "scalar/invalid-size", 41, 42, "write '1Gi'"],
    ["1Gi ", "scalar/invalid-size", 43, 44, "write '1Gi'"],
  ])("%j → %s at [%d,%d) with hint", (text, code, start, end, hint) => {
    const r = parseByteSize(text, OFFSET);
    expect(r.value).toBeUndefined();
    expect(r.diagnostics).toHaveLength(1);
    const d = r.diagnostics[0];
    expect(d?.code).toBe(code);
    expect(d?.span).toEqual({ start, end });
    expect(d?.hints).toEqual([hint]);
    expect(String(d?.data?.["goMessage"])).toMatch(/^strconv\.ParseFloat: parsing ".*": invalid syntax$/);
  });

  it.each([
    ["", "scalar/invalid-size", 40, 40],
    ["1.5.5Gi", "scalar/invalid-size", 43, 44],
    ["abc", "scalar/invalid-size", 40, 41],
    ["-1Gi", "scalar/negative-value", 40, 44],
    ["-1", "scalar/negative-value", 40, 42],
    ["NaN", "scalar/not-finite", 40, 43],
    ["InfGi", "scalar/not-finite", 40, 45],
    ["16Ei", "scalar/out-of-range", 40, 44],
    ["18446744073709551616", "scalar/out-of-range", 40, 60],
    ["1e400", "scalar/out-of-range", 40, 45],
  ])("%j → %s at [%d,%d)", (text, code, start, end) => {
    const r = parseByteSize(text, OFFSET);
    expect(r.value).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.code, d.span])).toEqual([[code, { start, end }]]);
  });

  it("reports Go's message for the number part after the suffix is stripped", () => {
    const d = parseByteSize("1.5.5Gi").diagnostics[0];
    expect(d?.data?.["goMessage"]).toBe('strconv.ParseFloat: parsing "1.5.5": invalid syntax');
    expect(parseByteSize("-1Gi").diagnostics[0]?.data?.["goMessage"]).toBe("invalid: negative value not allowed");
  });
});

describe("parseGpuRam: Go memoryQuantity", () => {
  it.each([
    ["80Gi", 85899345920n, "80Gi"],
    ["81920Mi", 85899345920n, "80Gi"],
    ["1Ti", 1099511627776n, "1024Gi"],
    ["1.5Gi", 1610612736n, "1Gi"],
    ["512Mi", 536870912n, "0Gi"],
    ["1073741824", 1073741824n, "1Gi"],
    ["24Gi", 25769803776n, "24Gi"],
  ])("%s → %d bytes, %s", (text, bytes, normalized) => {
    const r = parseGpuRam(text, 3);
    expect(r.diagnostics).toEqual([]);
    expect(r.value).toEqual({ bytes, normalized });
  });

  it.each([
    ["80G", 5, 6, "did you mean 'Gi'?"],
    ["80GB", 5, 7, "did you mean 'Gi'?"],
    ["16k", 5, 6, "did you mean 'Ki'?"],
  ])("%j is rejected (binary suffixes only)", (text, start, end, hint) => {
    const r = parseGpuRam(text, 3);
    expect(r.value).toBeUndefined();
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code: "scalar/invalid-size-suffix", span: { start, end }, hints: [hint] });
    expect(r.diagnostics[0]?.data?.["expected"]).toEqual(["Ki", "Mi", "Gi", "Ti", "Pi", "Ei"]);
  });
});
