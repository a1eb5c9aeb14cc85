import { describe, expect, it } from "vitest";
import { goFloatPrefixLength, parseGoFloat } from "../../src/scalars/go-float.js";

// Rows from Go's own strconv atof tests: [input, expected value (string for Number()), error].
const GO_TABLE: readonly (readonly [string, string, "syntax" | "range" | null])[] = [
  ["", "0", "syntax"],
  ["1", "1", null],
  ["+1", "1", null],
  ["1x", "0", "syntax"],
  ["1.1.", "0", "syntax"],
  ["1e23", "1e+23", null],
  ["1E23", "1e+23", null],
  ["100000000000000016777216", "1.0000000000000003e+23", null],
  ["-0", "-0", null],
  ["625e-3", "0.625", null],
  ["0x1p0", "1", null],
  ["0x1p-1", "0.5", null],
  ["0x1ep-1", "15", null],
  ["-0x1_ep-1", "-15", null],
  ["0x1fFe2.p0", "131042", null],
  ["0x0.fp4", "15", null],
  ["0x1e2", "0", "syntax"],
  ["1p2", "0", "syntax"],
  ["0e+01234567890123456789", "0", null],
  ["nan", "NaN", null],
  ["NAN", "NaN", null],
  ["inf", "Infinity", null],
  ["-Inf", "-Infinity", null],
  ["+INFINITY", "Infinity", null],
  ["1.7976931348623157e308", "1.7976931348623157e+308", null],
  ["1.7976931348623159e308", "Infinity", "range"],
  ["0x1.fffffffffffffp1023", "1.7976931348623157e+308", null],
  ["0x1p1024", "Infinity", "range"],
  ["0x1.fffffffffffff7fffp1023", "1.7976931348623157e+308", null],
  ["0x1.fffffffffffff8p1023", "Infinity", "range"],
  ["-1e310", "-Infinity", "range"],
  ["1e-350", "0", null],
  ["5e-324", "5e-324", null],
  ["2e-324", "0", null],
  ["0x1.fffffffffffff8p-1022", "4.450147717014403e-308", null],
  ["0x0.00000003456788p-1022", "1.694649e-317", null],
  ["0x0.00000000000008p-1022", "0", null],
  ["0x0.000000000000081p-1022", "5e-324", null],
  ["1e+4294967296", "Infinity", "range"],
  ["0x1p-4294967296", "0", null],
  ["1e", "0", "syntax"],
  ["1e-", "0", "syntax"],
  [".e-1", "0", "syntax"],
  ["0x", "0", "syntax"],
  ["0x.", "0", "syntax"],
  ["0x1", "0", "syntax"],
  ["0x1p+2", "4", null],
  ["0x.1p-2", "0.015625", null],
  ["1.00000000000000011102230246251565404236316680908203125", "1", null],
  ["0x1.00000000000008p0", "1", null],
  ["0x1.000000000000081p0", "1.0000000000000002", null],
  ["0x1.00000000000018p0", "1.0000000000000004", null],
  ["1_23.50_0_0e+1_2", "1.235e+14", null],
  ["-_123.5e+12", "0", "syntax"],
  ["_123.5e+12", "0", "syntax"],
  ["1__23.5e+12", "0", "syntax"],
  ["123_.5e+12", "0", "syntax"],
  ["123._5e+12", "0", "syntax"],
  ["123.5_e+12", "0", "syntax"],
  ["123.5e+_12", "0", "syntax"],
  ["123.5e+12_", "0", "syntax"],
  ["0x_1_2.3_4_5p+1_2", "74565", null],
  ["0x__12.345p+12", "0", "syntax"],
  ["0x12.345p+12_", "0", "syntax"],
  [".5", "0.5", null],
  ["5.", "5", null],
];

describe("parseGoFloat (Go strconv.ParseFloat table)", () => {
  it.each(GO_TABLE)("%j", (input, want, err) => {
    const r = parseGoFloat(input);
    if (err === "syntax") {
      expect(r.kind).toBe("syntax");
      return;
    }
    expect(r.kind).toBe(err ?? "ok");
    if (r.kind === "syntax") return;
    expect(Object.is(r.value, Number(want))).toBe(true);
  });

  it("points syntax errors at the offending character", () => {
    expect(parseGoFloat("1.1.")).toEqual({ kind: "syntax", index: 3 });
    expect(parseGoFloat("12x4")).toEqual({ kind: "syntax", index: 2 });
    expect(parseGoFloat("infin")).toEqual({ kind: "syntax", index: 3 });
    expect(parseGoFloat("1__2")).toEqual({ kind: "syntax", index: 2 });
    expect(parseGoFloat("+nan")).toEqual({ kind: "syntax", index: 1 });
  });

  it("finds the longest float prefix", () => {
    expect(goFloatPrefixLength("1e3Gi", 0)).toBe(3);
    expect(goFloatPrefixLength("1Ei", 0)).toBe(1);
    expect(goFloatPrefixLength("InfGi", 0)).toBe(3);
    expect(goFloatPrefixLength("x1", 0)).toBe(0);
    expect(goFloatPrefixLength("ab12", 2)).toBe(2);
  });
});
