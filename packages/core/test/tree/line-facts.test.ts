import { describe, expect, it } from "vitest";
import { createLineCounter } from "../../src/index.js";
import { createLineFacts } from "../../src/tree/line-facts.js";

describe("createLineFacts", () => {
  const text = "a: 1\r\n \t b: 2 \t\r  \n\tc\n";

  it("finds line starts and ends for LF, CRLF and lone CR", () => {
    const facts = createLineFacts(text);
    const lines = [0, 1, 2, 3, 4].map((i) => text.slice(facts.lineStart(i), facts.lineEnd(i)));
    expect(lines).toEqual(["a: 1", " \t b: 2 \t", "  ", "\tc", ""]);
    expect(facts.lineOf(5)).toBe(0); // the '\n' of '\r\n' belongs to its line
    expect(facts.lineOf(6)).toBe(1);
    expect(facts.lines.lineStarts).toEqual(createLineCounter(text).lineStarts);
  });

  it("knows each line's indentation, tabs and content", () => {
    const facts = createLineFacts(text);
    expect(facts.indentEnd(1)).toBe(9);
    expect(facts.leadingTabs(1)).toEqual({ start: 7, end: 8 });
    expect(facts.leadingTabs(0)).toBeUndefined();
    expect(facts.leadingTabs(3)).toEqual({ start: 19, end: 20 });
    expect(text.slice(facts.contentSpan(1).start, facts.contentSpan(1).end)).toBe("b: 2");
    // A blank line's content is the whole line.
    expect(facts.contentSpan(2)).toEqual({ start: 16, end: 18 });
    // Answers are stable when asked again (they come from a cache).
    expect(facts.contentSpan(1)).toBe(facts.contentSpan(1));
  });

  it("answers about a long line with a long indentation", () => {
    const long = `${" ".repeat(200_000)}x \t`;
    const facts = createLineFacts(long);
    for (let i = 0; i < 100_000; i += 997)
      expect(facts.contentSpan(facts.lineOf(i))).toEqual({ start: 200_000, end: 200_001 });
    expect(facts.indentEnd(0)).toBe(200_000);
    expect(facts.lineEnd(0)).toBe(long.length);
  });
});
