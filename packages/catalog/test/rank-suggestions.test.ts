import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchDistances, rankSuggestions } from "../src/rank-suggestions.js";

describe("matchDistances", () => {
  it("computes Levenshtein distance, case-insensitively", () => {
    expect(matchDistances("kitten", "sitting").full).toBe(3);
    expect(matchDistances("H100", "h100")).toEqual({ full: 0, partial: 0 });
    expect(matchDistances("", "abc").full).toBe(3);
  });

  it("lets either side end early at a separator", () => {
    expect(matchDistances("mistral-7b", "mistral-7b-v0.1")).toEqual({ full: 5, partial: 0 });
    expect(matchDistances("llama-3-8b-instruct", "llama-3-8b").partial).toBe(0);
    expect(matchDistances("llam", "llama-3-8b").partial).toBe(1);
    // no separator after "lla" in the name: no early end there
    expect(matchDistances("lla", "llama").partial).toBe(2);
  });

  it("is symmetric in `full` and never above it in `partial`", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const ab = matchDistances(a, b);
        return ab.full === matchDistances(b, a).full && ab.partial <= ab.full && ab.partial >= 0;
      }),
    );
  });
});

describe("rankSuggestions", () => {
  it("ranks by score, then full distance, then name, and applies the threshold", () => {
    expect(rankSuggestions("h10", [{ names: ["a100"] }, { names: ["h100"] }, { names: ["zzzz"] }], 3)).toEqual([
      "h100",
      "a100",
    ]);
    expect(rankSuggestions("abc", [{ names: ["xyz", "abd"] }], 3)).toEqual(["abd"]);
    expect(rankSuggestions("abc", [{ names: ["abd"] }], Number.NaN)).toEqual([]);
  });
});
