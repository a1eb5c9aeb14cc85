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

  it("gives the textbook Levenshtein distance as `full`", () => {
    const levenshtein = (a: string, b: string): number => {
      let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
      for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++) {
          row.push(
            Math.min(
              (prev[j] as number) + 1,
              (row[j - 1] as number) + 1,
              (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
            ),
          );
        }
        prev = row;
      }
      return prev[b.length] as number;
    };
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        expect(matchDistances(a, b).full).toBe(levenshtein(a.toLowerCase(), b.toLowerCase()));
      }),
    );
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

describe("rankSuggestions against matchDistances", () => {
  // The ranking's own scorer stops a name early once it cannot be kept; it must rank exactly as
  // scoring every name with matchDistances does.
  function reference(query: string, candidates: readonly { names: readonly string[] }[], limit: number): string[] {
    const q = query.trim();
    const max = Math.max(2, Math.floor(q.length / 3));
    const count = Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : 0;
    if (q === "" || count === 0) return [];
    const scored: { name: string; score: number; full: number }[] = [];
    for (const candidate of candidates) {
      let best: { name: string; score: number; full: number } | undefined;
      for (const name of candidate.names) {
        const { full, partial } = matchDistances(q, name);
        const score = partial < full ? partial + 1 : full;
        if (best === undefined || score < best.score || (score === best.score && full < best.full)) {
          best = { name, score, full };
        }
      }
      if (best !== undefined && best.score <= max) scored.push(best);
    }
    scored.sort((x, y) => x.score - y.score || x.full - y.full || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
    return scored.slice(0, count).map((s) => s.name);
  }

  it("gives the same suggestions on SDL-like names", () => {
    const word = fc.stringMatching(/^[a-zA-Z0-9 ._/-]{0,14}$/);
    fc.assert(
      fc.property(
        word,
        fc.array(fc.record({ names: fc.array(word, { minLength: 1, maxLength: 3 }) }), { maxLength: 12 }),
        fc.integer({ min: 0, max: 6 }),
        (query, candidates, limit) => {
          expect(rankSuggestions(query, candidates, limit)).toEqual(reference(query, candidates, limit));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("gives the same suggestions on near misses of long names", () => {
    const names = ["rtx4090", "h100", "a100", "rtxa6000", "mistral-7b-v0.1", "llama-3.1-8b-instruct", "İstanbul-x"];
    for (const query of [
      "rtx-4090",
      "h10",
      "a1000x",
      "mistral-7b",
      "llama-3.1-8b",
      "i̇stanbul",
      "RTX4090 ",
      "zzzzzzzz",
    ]) {
      expect(rankSuggestions(query, [{ names }, ...names.map((n) => ({ names: [n] }))], 5)).toEqual(
        reference(query, [{ names }, ...names.map((n) => ({ names: [n] }))], 5),
      );
    }
  });
});
