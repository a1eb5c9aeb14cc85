/**
 * Go's `sort.Sort` (pattern-defeating quicksort; `sort.SliceStable` is in go-sort-stable.ts),
 * ported step for step so that comparators which are not strict weak
 * orderings, and ties in unstable sorts, leave elements exactly where Go leaves them.
 *
 * Source of the algorithms (facts only, re-implemented): Go standard library `sort/sort.go` and
 * `sort/zsortinterface.go` (Go ≥ 1.22: pdqsort with the 13/7/17 xorshift in `breakPatterns`).
 */
import { insertionSort, lessAt, swap } from "./go-sort-data.js";
import type { SortData } from "./go-sort-data.js";

/**
 * A "less" function over two elements, as Go's `Less(i, j)` sees them.
 *
 * @example
 * const byPort: GoLess<{ port: number }> = (a, b) => a.port < b.port;
 */
export type GoLess<T> = (a: T, b: T) => boolean;

/**
 * The three shifts of `breakPatterns`' xorshift: `[13, 7, 17]` since Go 1.21 (what the chain-sdk
 * Go module builds with), `[13, 17, 5]` in Go 1.19–1.20.
 *
 * @example
 * const go119: XorshiftShifts = [13n, 17n, 5n];
 */
export type XorshiftShifts = readonly [bigint, bigint, bigint];

const MODERN_SHIFTS: XorshiftShifts = [13n, 7n, 17n];

type Data<T> = SortData<T>;

function siftDown<T>(d: Data<T>, lo: number, hi: number, first: number): void {
  let root = lo;
  for (;;) {
    let child = 2 * root + 1;
    if (child >= hi) return;
    if (child + 1 < hi && lessAt(d, first + child, first + child + 1)) child++;
    if (!lessAt(d, first + root, first + child)) return;
    swap(d, first + root, first + child);
    root = child;
  }
}

function heapSort<T>(d: Data<T>, a: number, b: number): void {
  const first = a;
  const hi = b - a;
  for (let i = Math.trunc((hi - 1) / 2); i >= 0; i--) siftDown(d, i, hi, first);
  for (let i = hi - 1; i >= 0; i--) {
    swap(d, first, first + i);
    siftDown(d, 0, i, first);
  }
}

/** `bits.Len(uint(n))`. */
const bitsLen = (n: number): number => (n <= 0 ? 0 : Math.floor(Math.log2(n)) + 1);

const MASK64 = (1n << 64n) - 1n;

function breakPatterns<T>(d: Data<T>, a: number, b: number): void {
  const length = b - a;
  if (length < 8) return;
  let random = BigInt(length);
  const modulus = 2 ** bitsLen(length);
  const start = a + Math.trunc(length / 4) * 2 - 1;
  const [s1, s2, s3] = d.shifts;
  for (let idx = start; idx <= start + 2; idx++) {
    random ^= (random << s1) & MASK64;
    random ^= random >> s2;
    random ^= (random << s3) & MASK64;
    let other = Number(random & BigInt(modulus - 1));
    if (other >= length) other -= length;
    swap(d, idx, a + other);
  }
}

type Hint = "unknown" | "increasing" | "decreasing";

function median<T>(d: Data<T>, a0: number, b0: number, c0: number, swaps: { n: number }): number {
  let a = a0;
  let b = b0;
  let c = c0;
  if (lessAt(d, b, a)) [a, b] = (swaps.n++, [b, a]);
  if (lessAt(d, c, b)) [b, c] = (swaps.n++, [c, b]);
  if (lessAt(d, b, a)) [a, b] = (swaps.n++, [b, a]);
  void c;
  return b;
}

function choosePivot<T>(d: Data<T>, a: number, b: number): [number, Hint] {
  const l = b - a;
  const swaps = { n: 0 };
  let i = a + Math.trunc(l / 4);
  let j = a + Math.trunc(l / 4) * 2;
  let k = a + Math.trunc(l / 4) * 3;
  if (l >= 8) {
    if (l >= 50) {
      i = median(d, i - 1, i, i + 1, swaps);
      j = median(d, j - 1, j, j + 1, swaps);
      k = median(d, k - 1, k, k + 1, swaps);
    }
    j = median(d, i, j, k, swaps);
  }
  if (swaps.n === 0) return [j, "increasing"];
  if (swaps.n === 12) return [j, "decreasing"];
  return [j, "unknown"];
}

function reverseRange<T>(d: Data<T>, a: number, b: number): void {
  for (let i = a, j = b - 1; i < j; i++, j--) swap(d, i, j);
}

function partialInsertionSort<T>(d: Data<T>, a: number, b: number): boolean {
  let i = a + 1;
  for (let step = 0; step < 5; step++) {
    while (i < b && !lessAt(d, i, i - 1)) i++;
    if (i === b) return true;
    if (b - a < 50) return false;
    swap(d, i, i - 1);
    if (i - a >= 2) {
      for (let j = i - 1; j >= 1; j--) {
        if (!lessAt(d, j, j - 1)) break;
        swap(d, j, j - 1);
      }
    }
    if (b - i >= 2) {
      for (let j = i + 1; j < b; j++) {
        if (!lessAt(d, j, j - 1)) break;
        swap(d, j, j - 1);
      }
    }
  }
  return false;
}

function partitionEqual<T>(d: Data<T>, a: number, b: number, pivot: number): number {
  swap(d, a, pivot);
  let i = a + 1;
  let j = b - 1;
  for (;;) {
    while (i <= j && !lessAt(d, a, i)) i++;
    while (i <= j && lessAt(d, a, j)) j--;
    if (i > j) break;
    swap(d, i, j);
    i++;
    j--;
  }
  return i;
}

function partition<T>(d: Data<T>, a: number, b: number, pivot: number): [number, boolean] {
  swap(d, a, pivot);
  let i = a + 1;
  let j = b - 1;
  while (i <= j && lessAt(d, i, a)) i++;
  while (i <= j && !lessAt(d, j, a)) j--;
  if (i > j) {
    swap(d, j, a);
    return [j, true];
  }
  swap(d, i, j);
  i++;
  j--;
  for (;;) {
    while (i <= j && lessAt(d, i, a)) i++;
    while (i <= j && !lessAt(d, j, a)) j--;
    if (i > j) break;
    swap(d, i, j);
    i++;
    j--;
  }
  swap(d, j, a);
  return [j, false];
}

function pdqsort<T>(d: Data<T>, a0: number, b0: number, limit0: number): void {
  let a = a0;
  let b = b0;
  let limit = limit0;
  let wasBalanced = true;
  let wasPartitioned = true;
  for (;;) {
    const length = b - a;
    if (length <= 12) {
      insertionSort(d, a, b);
      return;
    }
    if (limit === 0) {
      heapSort(d, a, b);
      return;
    }
    if (!wasBalanced) {
      breakPatterns(d, a, b);
      limit--;
    }
    let [pivot, hint] = choosePivot(d, a, b);
    if (hint === "decreasing") {
      reverseRange(d, a, b);
      pivot = b - 1 - (pivot - a);
      hint = "increasing";
    }
    if (wasBalanced && wasPartitioned && hint === "increasing" && partialInsertionSort(d, a, b)) return;
    if (a > 0 && !lessAt(d, a - 1, pivot)) {
      a = partitionEqual(d, a, b, pivot);
      continue;
    }
    const [mid, alreadyPartitioned] = partition(d, a, b, pivot);
    wasPartitioned = alreadyPartitioned;
    const leftLen = mid - a;
    const rightLen = b - mid;
    const balanceThreshold = Math.trunc(length / 8);
    if (leftLen < rightLen) {
      wasBalanced = leftLen >= balanceThreshold;
      pdqsort(d, a, mid, limit);
      a = mid + 1;
    } else {
      wasBalanced = rightLen >= balanceThreshold;
      pdqsort(d, mid + 1, b, limit);
      b = mid;
    }
  }
}

/**
 * Sorts `values` in place exactly as Go's `sort.Sort` / `sort.Slice` would (not stable above 12
 * elements) and returns it.
 *
 * @example
 * goSort([3, 1, 2], (a, b) => a < b); // [1, 2, 3]
 */
export function goSort<T>(values: T[], less: GoLess<T>): T[] {
  return goSortWithShifts(values, less, MODERN_SHIFTS);
}

/**
 * {@link goSort} with the xorshift of a given Go release (for checking the port against an older
 * Go toolchain; the compiler always uses the modern one).
 *
 * @example
 * goSortWithShifts(values, less, [13n, 17n, 5n]); // Go 1.19's sort.Sort
 */
export function goSortWithShifts<T>(values: T[], less: GoLess<T>, shifts: XorshiftShifts): T[] {
  const n = values.length;
  if (n <= 12) {
    // pdqsort's first step for 12 elements or fewer: Go's insertionSort, without the Data wrapper.
    for (let i = 1; i < n; i++) {
      for (let j = i; j > 0 && less(values[j] as T, values[j - 1] as T); j--) {
        const t = values[j] as T;
        values[j] = values[j - 1] as T;
        values[j - 1] = t;
      }
    }
    return values;
  }
  pdqsort({ v: values, less, shifts }, 0, n, bitsLen(n));
  return values;
}

export { goSortStable } from "./go-sort-stable.js";
