import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closestNames, editDistance, suggestKey } from "../../src/index.js";

/** suggestKey's contract written with the plain (unbounded) distance: the reference the bounded search must equal. */
function referenceSuggestKey(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const limit = name.length >= 10 ? 3 : name.length >= 5 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    const other = candidate.toLowerCase();
    if (other === lower) return candidate;
    const d = editDistance(lower, other);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return bestDistance <= limit ? best : undefined;
}

const KEYS = ["image", "command", "args", "env", "expose", "params", "credentials", "dependencies", "services"];
const word = fc.oneof(
  fc.constantFrom(...KEYS, "depends_on", "imgae", "Image", "servcie", "enviroment", "x".repeat(40)),
  fc.string({ unit: fc.constantFrom("a", "e", "i", "m", "g", "s", "_", "-", "E", "É", "İ"), maxLength: 14 }),
);

describe("suggestKey and closestNames (bounded edit distance)", () => {
  it("suggestKey gives the unbounded reference's answer: the first closest candidate within the limit", () => {
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 10 }), (name, known) => {
        expect(suggestKey(name, known)).toBe(referenceSuggestKey(name, known));
      }),
      { numRuns: 3000 },
    );
  });

  it("finds typos and case-only differences, and nothing for far names", () => {
    expect(suggestKey("imgae", KEYS)).toBe("image");
    expect(suggestKey("IMAGE", KEYS)).toBe("image");
    expect(suggestKey("depends_on", KEYS)).toBeUndefined();
    expect(suggestKey("zzz", ["image"])).toBeUndefined();
    // A name longer than the reused rows (32) still gets its exact distance.
    expect(suggestKey(`${"a".repeat(40)}b`, ["c", "a".repeat(40), "a".repeat(41)])).toBe("a".repeat(40));
  });

  it("closestNames keeps names within a third of the query's length, closest first", () => {
    expect(closestNames("rtx409", ["rtx4090", "rtx3090", "h100"], 2)).toEqual(["rtx4090", "rtx3090"]);
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 8 }), (query, names) => {
        const q = query.toLowerCase();
        const max = Math.max(2, Math.floor(q.length / 3));
        const expected = [...new Set(names)]
          .map((n) => ({ n, d: editDistance(q, n.toLowerCase()) }))
          .filter((x) => x.d <= max)
          .sort((x, y) => x.d - y.d || x.n.localeCompare(y.n))
          .map((x) => x.n);
        expect(closestNames(query, names, 100)).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
