import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSemverTolerant } from "../../src/scalars/index.js";

describe("parseSemverTolerant: blang/semver ParseTolerant (SDL-SPEC §2.2)", () => {
  it.each([
    ["2", { major: 2, minor: 0, patch: 0 }],
    ["2.0", { major: 2, minor: 0, patch: 0 }],
    ["v2.0", { major: 2, minor: 0, patch: 0 }],
    ["2.1", { major: 2, minor: 1, patch: 0 }],
    ["2.1.0", { major: 2, minor: 1, patch: 0 }],
    ["2.0.1", { major: 2, minor: 0, patch: 1 }],
    ["2.1.0-rc", { major: 2, minor: 1, patch: 0, prerelease: "rc" }],
    ["  2.1  ", { major: 2, minor: 1, patch: 0 }],
    ["02.01", { major: 2, minor: 1, patch: 0 }],
    ["2.1.00-rc.1", { major: 2, minor: 1, patch: 0, prerelease: "rc.1" }],
    ["3.0", { major: 3, minor: 0, patch: 0 }],
    ["1.2.3-alpha.1+build.5", { major: 1, minor: 2, patch: 3, prerelease: "alpha.1", build: "build.5" }],
  ])("%j", (text, want) => {
    expect(parseSemverTolerant(text, 9)).toEqual({ value: want, diagnostics: [] });
  });

  it.each([
    // ParseTolerant re-adds a "0" to a multi-character part that does not start with a digit,
    // so Go's text says "0abc" (SDL-SPEC §2.2 shows "abc" as a loose example).
    ["abc", 9, 10, 'Invalid character(s) found in major number "0abc"'],
    ["x", 9, 10, 'Invalid character(s) found in major number "x"'],
    ["2.x", 11, 12, 'Invalid character(s) found in minor number "x"'],
    ["2.1.x", 13, 14, 'Invalid character(s) found in patch number "x"'],
    ["2-rc", 10, 11, "Short version cannot contain PreRelease/Build meta data"],
    ["", 9, 9, 'strconv.ParseUint: parsing "": invalid syntax'],
    ["2..1", 11, 11, 'strconv.ParseUint: parsing "": invalid syntax'],
    ["2.1.0-", 14, 15, "Prerelease is empty"],
    ["2.1.0-01", 15, 17, 'Numeric PreRelease version must not contain leading zeroes "01"'],
    ["2.1.0-r_c", 16, 17, 'Invalid character(s) found in prerelease "r_c"'],
    ["2.1.0+", 14, 15, "Build meta data is empty"],
    ["2.1.0+b!", 16, 17, 'Invalid character(s) found in build meta data "b!"'],
    ["99999999999999999999.0", 9, 29, 'strconv.ParseUint: parsing "99999999999999999999": value out of range'],
  ])("%j → goMessage at [%d,%d)", (text, start, end, goMessage) => {
    const r = parseSemverTolerant(text, 9);
    expect(r.value).toBeUndefined();
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({
      code: "scalar/invalid-version",
      span: { start, end },
      data: { goMessage },
    });
  });

  it("reads plain dotted numbers (its fast path) as the general path reads them after a leading 'v'", () => {
    const number = fc.oneof(fc.nat({ max: 12 }).map(String), fc.stringMatching(/^[0-9]{1,11}$/));
    const text = fc.oneof(
      fc.array(number, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(".")),
      fc.stringMatching(/^[0-9.]{0,12}$/),
    );
    fc.assert(
      fc.property(text, (t) => {
        const fast = parseSemverTolerant(t);
        const general = parseSemverTolerant(`v${t}`, -1);
        expect(fast.value).toEqual(general.value);
        expect(fast.diagnostics.map((d) => [d.code, d.span, d.data])).toEqual(
          general.diagnostics.map((d) => [d.code, d.span, d.data]),
        );
      }),
      { numRuns: 3000 },
    );
  });
});
