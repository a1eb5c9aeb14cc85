import { describe, expect, it } from "vitest";
import { readCst } from "../../../src/front-ends/yaml/read-cst.js";

describe("readCst", () => {
  it("reads the whole text when it fits the budgets", () => {
    const read = readCst("a: [1, 2]\nb: 3\n", { maxTokens: 100, maxStack: 10 });
    expect(read.stop).toBeNull();
    expect(read.doc?.type).toBe("document");
    expect(read.next).toBeUndefined();
  });

  it("stops at the end of the line where the token budget runs out", () => {
    const text = "a: 1\nb: 2\nc: 3\nd: 4\n";
    const read = readCst(text, { maxTokens: 7, maxStack: 10 });
    expect(read.stop).toEqual({ offset: 10, reason: "tokens", inDocument: true });
    // Five tokens a line, plus the lexer's zero-length document marker.
    expect(read.tokens).toBe(11);
  });

  it("stops at once when the nesting passes the stack limit", () => {
    const read = readCst(`a: ${"[".repeat(50)}`, { maxTokens: 1000, maxStack: 10 });
    expect(read.stop?.reason).toBe("depth");
    expect(read.stop?.offset).toBeLessThan(3 + 12);
  });

  it("stops at the start of a second document", () => {
    const read = readCst(`a: 1\n---\nb: ${"[".repeat(1000)}`, { maxTokens: 100_000, maxStack: 10 });
    expect(read.stop).toBeNull();
    expect(read.next?.offset).toBe(5);
    expect(read.tokens).toBeLessThan(20);
  });
});
