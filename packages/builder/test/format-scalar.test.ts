import { parse, toPlainValue } from "@akash-sdl/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatScalar, isPlainSafe } from "../src/index.js";

describe("formatScalar", () => {
  it.each([
    "yes",
    "No",
    "on",
    "OFF",
    "y",
    "0777",
    "1e3",
    "0x1F",
    "1_000",
    "1:20",
    ".inf",
    "-.5",
    "null",
    "~",
    "true",
    "",
    " a",
    "a ",
    "*alias",
    "&a",
    "!tag",
    "key: v",
    "a #b",
    "#c",
    "@x",
    "`x",
    "-",
    "- a",
    "<<",
    "=",
    "2.0",
  ])("quotes %j", (s) => {
    expect(isPlainSafe(s)).toBe(false);
    expect(formatScalar(s).startsWith('"')).toBe(true);
  });
  it.each(["nginx:1.27", "80Gi", "uact", "--port", "http://x:80/a", "a-b_c", "HF_TOKEN=x", "100m", "v0.10.1.1"])(
    "writes %j plain",
    (s) => {
      expect(formatScalar(s)).toBe(s);
    },
  );
  it("reads back every string as the same string (yaml 1.2 and Go's resolution)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (s) => {
        const { tree } = parse(`k: ${formatScalar(s)}\n`);
        expect(toPlainValue(tree.root)).toEqual({ k: s });
      }),
      { numRuns: 500 },
    );
  });
  it("writes numbers and booleans plain", () => {
    expect(formatScalar(80)).toBe("80");
    expect(formatScalar(0.5)).toBe("0.5");
    expect(formatScalar(true)).toBe("true");
    expect(formatScalar(null)).toBe("null");
  });
});
