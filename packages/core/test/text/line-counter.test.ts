import { describe, expect, it } from "vitest";
import { createLineCounter } from "../../src/index.js";

describe("createLineCounter", () => {
  it("handles LF, CRLF and lone CR line ends", () => {
    const lc = createLineCounter("a\nb\r\nc\rd");
    expect(lc.lineStarts).toEqual([0, 2, 5, 7]);
    expect(lc.positionAt(0)).toEqual({ line: 1, column: 1 });
    expect(lc.positionAt(3)).toEqual({ line: 2, column: 2 });
    // Between the \r and the \n of a break: read as the \r, never a column past the line's break.
    expect(lc.positionAt(4)).toEqual({ line: 2, column: 2 });
    expect(lc.positionAt(5)).toEqual({ line: 3, column: 1 });
    expect(lc.positionAt(8)).toEqual({ line: 4, column: 2 });
  });

  it("clamps offsets and round-trips positions", () => {
    const text = '\uFEFFversion: "2.0"\n😀: x';
    const lc = createLineCounter(text);
    expect(lc.positionAt(-5)).toEqual({ line: 1, column: 1 });
    expect(lc.positionAt(999)).toEqual({ line: 2, column: 6 });
    for (let o = 0; o <= text.length; o++) {
      expect(lc.offsetAt(lc.positionAt(o))).toBe(o);
    }
  });

  it("gives sane positions for NaN, infinite and fractional offsets", () => {
    const lc = createLineCounter("ab\ncd");
    expect(lc.positionAt(Number.NaN)).toEqual({ line: 1, column: 1 });
    expect(lc.positionAt(Number.POSITIVE_INFINITY)).toEqual({ line: 2, column: 3 });
    expect(lc.positionAt(Number.NEGATIVE_INFINITY)).toEqual({ line: 1, column: 1 });
    expect(lc.positionAt(3.7)).toEqual({ line: 2, column: 1 });
    expect(lc.offsetAt({ line: Number.NaN, column: Number.NaN })).toBe(0);
    expect(lc.offsetAt({ line: 2, column: Number.POSITIVE_INFINITY })).toBe(5);
  });

  it("never puts a column past its line's end on CRLF text", () => {
    const text = "a: 1\r\nbb: 22\r\n\r\nc";
    const lc = createLineCounter(text);
    const lines = text.split(/\r\n/);
    for (let o = 0; o <= text.length; o++) {
      const { line, column } = lc.positionAt(o);
      expect(column, `offset ${o}`).toBeLessThanOrEqual((lines[line - 1] ?? "").length + 1);
    }
  });

  it("treats an empty text as one empty line", () => {
    const lc = createLineCounter("");
    expect(lc.lineStarts).toEqual([0]);
    expect(lc.positionAt(0)).toEqual({ line: 1, column: 1 });
  });
});
