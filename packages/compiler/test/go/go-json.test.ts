import { describe, expect, test } from "vitest";
import { goJsonStringList } from "../../src/go/go-json.js";
import { goJsonMarshal, goJsonQuote, goSortJson, goStringCompare, goStringLess, goTrimSpace } from "../../src/index.js";

describe("Go JSON", () => {
  test("escapes like encoding/json with HTML escaping", () => {
    expect(goJsonQuote('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(goJsonQuote("<a href='x'>&</a>")).toBe("\"\\u003ca href='x'\\u003e\\u0026\\u003c/a\\u003e\"");
    expect(goJsonQuote("\n\r\t\b\f")).toBe('"\\n\\r\\t\\b\\f"');
    expect(goJsonQuote("\u0000\u001f\u007f")).toBe('"\\u0000\\u001f\u007f"');
    expect(goJsonQuote("\u2028\u2029")).toBe('"\\u2028\\u2029"');
    expect(goJsonQuote("é😀")).toBe('"é😀"');
    expect(goJsonQuote("\ud800x")).toBe('"\ufffdx"');
  });

  test("a string list written at once equals quoting item by item, escapes and split surrogate pairs included", () => {
    const lists = [[], ["a"], ["a", "b"], ["<", "x"], ["a\ud83d", "\ude00b"], ["\u2028"], ['"', "\\"], ["é", "€"]];
    for (const list of lists) expect(goJsonStringList(list)).toBe(goJsonMarshal(list));
    expect(goJsonStringList(["a\ud83d", "\ude00b"])).toBe('["a\ufffd","\ufffdb"]');
  });

  test("marshals in the given key order; MarshalIndent layout; empty containers", () => {
    const v = { b: 1, a: [], c: {}, d: null, e: [true, "x"] };
    expect(goJsonMarshal(v)).toBe('{"b":1,"a":[],"c":{},"d":null,"e":[true,"x"]}');
    expect(goJsonMarshal({ a: [1] }, "  ")).toBe('{\n  "a": [\n    1\n  ]\n}');
  });

  test("SortJSON sorts keys bytewise at every level", () => {
    expect(goSortJson({ b: { z: 1, a: 2 }, B: 0, _: 3 })).toBe('{"B":0,"_":3,"b":{"a":2,"z":1}}');
  });
});

describe("Go strings", () => {
  test("compares UTF-8 bytes (code points), not UTF-16 units", () => {
    expect(goStringLess("aB", "a_b")).toBe(true);
    expect(goStringLess("\uffff", "😀")).toBe(true); // U+FFFF < U+1F600 in UTF-8
    expect("😀" < "\uffff").toBe(true); // ... but not in UTF-16
    expect(goStringCompare("ab", "a")).toBeGreaterThan(0);
  });

  test("TrimSpace trims Go's white space only", () => {
    expect(goTrimSpace(" \t\u0085x\u00a0\n")).toBe("x");
    expect(goTrimSpace("\ufeffx")).toBe("\ufeffx");
  });
});
