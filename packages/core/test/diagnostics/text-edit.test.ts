import { describe, expect, it } from "vitest";
import { applyTextEdits, parse, toLspTextEdit } from "../../src/index.js";

describe("TextEdit", () => {
  it("did-you-mean fixes on unknown keys rename the key, and applying them silences the warning", () => {
    const text = 'version: "2.0"\nservices:\n  web:\n    imgae: nginx\n';
    const result = parse(text);
    const unknown = result.diagnostics.find((d) => d.code === "sdl/unknown-key");
    expect(unknown?.fixes).toEqual([{ range: { start: text.indexOf("imgae"), end: text.indexOf("imgae") + 5 }, newText: "image" }]);
    const fixed = applyTextEdits(text, unknown?.fixes ?? []);
    expect(fixed).toBe('version: "2.0"\nservices:\n  web:\n    image: nginx\n');
    expect(parse(fixed).diagnostics.some((d) => d.code === "sdl/unknown-key")).toBe(false);
  });

  it("top-level misspellings get a fix too; keys with no close match get none", () => {
    const text = 'version: "2.0"\nservice: {}\nzzzzzzzz: 1\n';
    const result = parse(text);
    const [near, far] = result.diagnostics.filter((d) => d.code === "sdl/unexpected-field");
    expect(near?.fixes?.[0]?.newText).toBe("services");
    expect(far?.fixes).toBeUndefined();
  });

  it("converts offsets to LSP 0-based lines and UTF-16 characters", () => {
    const text = "a: 1\r\nbé: 😀x\n";
    const { lineCounter } = parse(text);
    const start = text.indexOf("x");
    expect(toLspTextEdit({ range: { start, end: start + 1 }, newText: "y" }, lineCounter)).toEqual({
      range: { start: { line: 1, character: 6 }, end: { line: 1, character: 7 } },
      newText: "y",
    });
  });

  it("applies edits in any order and refuses overlapping ones", () => {
    expect(applyTextEdits("abcdef", [{ range: { start: 4, end: 6 }, newText: "X" }, { range: { start: 0, end: 1 }, newText: "" }])).toBe("bcdX");
    expect(applyTextEdits("ab", [{ range: { start: 1, end: 1 }, newText: "-" }])).toBe("a-b");
    expect(() => applyTextEdits("abc", [{ range: { start: 0, end: 2 }, newText: "" }, { range: { start: 1, end: 3 }, newText: "" }])).toThrow();
  });
});
