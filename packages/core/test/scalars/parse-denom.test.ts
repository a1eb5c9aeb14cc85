import { describe, expect, it } from "vitest";
import { parseDenom } from "../../src/scalars/index.js";

describe("parseDenom: cosmos denom rule", () => {
  it.each([
    "uakt",
    "uact",
    "ibc/170C677610AC31DF0904FFE09CD3B5C657492170E7E52372E48756B71E56F2F1",
    "abc",
    "a1:b.c_d-e/f",
    `a${"b".repeat(127)}`,
  ])("accepts %s", (text) => {
    expect(parseDenom(text, 4)).toEqual({ value: text, diagnostics: [] });
  });

  it.each([
    ["", 4, 4, "The denom is empty."],
    ["1akt", 4, 5, "A denom must start with a letter."],
    ["/akt", 4, 5, "A denom must start with a letter."],
    ["u akt", 5, 6, "A denom may not contain ' '; allowed are letters, digits and / : . _ -."],
    ["uakt!", 8, 9, "A denom may not contain '!'; allowed are letters, digits and / : . _ -."],
    ["ua", 4, 6, "A denom must be at least 3 characters long."],
    [`a${"b".repeat(128)}`, 132, 133, "A denom must be at most 128 characters long."],
  ])("rejects %j at [%d,%d)", (text, start, end, message) => {
    const r = parseDenom(text, 4);
    expect(r.value).toBeUndefined();
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        code: "scalar/invalid-denom",
        message,
        span: { start, end },
        data: { goMessage: `invalid denom: ${text}` },
      }),
    ]);
  });
});
