import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { goSort, goSortStable } from "../../src/index.js";

interface Item {
  readonly k: number;
  readonly i: number;
}
const byK = (a: Item, b: Item): boolean => a.k < b.k;
const items = (keys: readonly number[]): Item[] => keys.map((k, i) => ({ k, i }));

describe("goSort (Go's pdqsort)", () => {
  test("sorts any array of numbers like a correct sort, sizes 0..400 (insertion, ninther, partition paths)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 400 }), (keys) => {
        expect(goSort([...keys], (a, b) => a < b)).toEqual([...keys].sort((a, b) => a - b));
      }),
      { numRuns: 300 },
    );
  });

  test("sorts adversarial shapes (sorted, reversed, organ-pipe, all equal) of 1000 elements", () => {
    const n = 1000;
    const shapes = [
      Array.from({ length: n }, (_, i) => i),
      Array.from({ length: n }, (_, i) => n - i),
      Array.from({ length: n }, (_, i) => Math.min(i, n - i)),
      Array.from({ length: n }, () => 7),
      Array.from({ length: n }, (_, i) => (i * 7919) % 13),
    ];
    for (const keys of shapes) expect(goSort([...keys], (a, b) => a < b)).toEqual([...keys].sort((a, b) => a - b));
  });

  test("is an insertion sort up to 12 elements: ties keep their input order", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 12 }), (keys) => {
        const sorted = goSort(items(keys), byK);
        for (let j = 1; j < sorted.length; j++) {
          const a = sorted[j - 1]!;
          const b = sorted[j]!;
          expect(a.k < b.k || (a.k === b.k && a.i < b.i)).toBe(true);
        }
      }),
    );
  });

  test("is deterministic: the same input gives the same permutation of ties", () => {
    const keys = Array.from({ length: 200 }, (_, i) => (i * 31) % 5);
    const a = goSort(items(keys), byK).map((x) => x.i);
    const b = goSort(items(keys), byK).map((x) => x.i);
    expect(a).toEqual(b);
  });
});

describe("goSortStable (Go's insertion blocks + SymMerge)", () => {
  test("is a stable sort for any size (blocks of 20 merged)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 300 }), (keys) => {
        const expected = items(keys).sort((a, b) => a.k - b.k || a.i - b.i);
        expect(goSortStable(items(keys), byK)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  test("reproduces Go on a comparator that is not a strict order: 'a before b' for every pair reverses the run", () => {
    // less(a, b) is always true for equal-size ephemeral volumes (SDL-SPEC §4.6): insertion sort
    // swaps every new element to the front.
    expect(goSortStable(["x", "y", "z"], () => true)).toEqual(["z", "y", "x"]);
    const always = goSortStable(
      Array.from({ length: 45 }, (_, i) => i),
      () => true,
    );
    expect(new Set(always).size).toBe(45);
  });
});
