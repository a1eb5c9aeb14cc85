import { describe, expect, test } from "vitest";
import { DEFAULT_PARSE_LIMITS, editDistance, isGoNull, resolveGoScalar, suggestKey } from "../../src/index.js";
import { yamlFrontEnd } from "../../src/front-ends/yaml/index.js";
import type { YamlScalar } from "../../src/index.js";
import { p, sdlWith } from "./helpers.js";

/** The scalar node of `v: <source>`. */
function scalar(source: string): YamlScalar {
  const root = yamlFrontEnd(`v: ${source}\n`, DEFAULT_PARSE_LIMITS).root;
  const node = root?.kind === "map" ? root.pairs[0]?.value : undefined;
  if (node?.kind !== "scalar") throw new Error(`not a scalar: ${source}`);
  return node;
}

describe("resolveGoScalar follows yaml.v3's resolve()", () => {
  test.each([
    ["80", { tag: "int", value: 80n, legacyOctal: false }],
    ["-0x10", { tag: "int", value: -16n, legacyOctal: false }],
    ["0O17", { tag: "int", value: 15n, legacyOctal: false }],
    ["0777", { tag: "int", value: 511n, legacyOctal: true }],
    ["-0b11", { tag: "int", value: -3n, legacyOctal: false }],
    ["1_000", { tag: "int", value: 1000n, legacyOctal: false }],
    ["18446744073709551615", { tag: "int", value: 18446744073709551615n, legacyOctal: false }],
    ["+18446744073709551615", { tag: "float", value: 2 ** 64 }],
    ["1e3", { tag: "float", value: 1000 }],
    [".5", { tag: "float", value: 0.5 }],
    ["-.Inf", { tag: "float", value: -Infinity }],
    ["1e400", { tag: "str", value: "1e400", indicated: false }],
    ["True", { tag: "bool", value: true }],
    ["yes", { tag: "str", value: "yes", indicated: false }],
    ["Null", { tag: "null", value: null }],
    ["2024-01-31", { tag: "timestamp", value: "2024-01-31" }],
    ["2024-01-31T10:00:00Z", { tag: "timestamp", value: "2024-01-31T10:00:00Z" }],
    ['"80"', { tag: "str", value: "80", indicated: true }],
    ["!!str 80", { tag: "str", value: "80", indicated: true }],
    ["!!float 1", { tag: "float", value: 1 }],
    ["!!int abc", { tag: "error", value: "abc", wanted: "int" }],
    ["!custom 80", { tag: "str", value: "80", indicated: false }],
  ])("%s", (source, expected) => {
    expect(resolveGoScalar(scalar(source))).toEqual(expected);
  });

  test("isGoNull: empty values and null words, not quoted empties", () => {
    expect(isGoNull(null)).toBe(true);
    expect(isGoNull(scalar("~"))).toBe(true);
    expect(isGoNull(scalar('""'))).toBe(false);
    expect(isGoNull(yamlFrontEnd("[]", DEFAULT_PARSE_LIMITS).root)).toBe(false);
  });
});

describe("did-you-mean", () => {
  test("editDistance", () => {
    expect(editDistance("imgae", "image")).toBe(2);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("same", "same")).toBe(0);
  });
  test("suggestKey picks close keys only", () => {
    expect(suggestKey("Image", ["image", "args"])).toBe("image");
    expect(suggestKey("comand", ["image", "command"])).toBe("command");
    expect(suggestKey("depends_on", ["image", "dependencies"])).toBeUndefined();
  });
});

test("the reference SDL used by the tests is clean", () => {
  expect(p(sdlWith({})).diagnostics).toEqual([]);
});
