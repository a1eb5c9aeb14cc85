/**
 * Shared pieces of the Go sort ports: the slice being sorted with its `less`, and insertion sort.
 */
import type { GoLess } from "./go-sort.js";

/**
 * A slice under sort, Go's `sort.Interface` over a JS array (internal to the ports).
 *
 * @example
 * const d: SortData<number> = { v: [2, 1], less: (a, b) => a < b, shifts: [13n, 7n, 17n] };
 */
export interface SortData<T> {
  /** The values, sorted in place. */
  readonly v: T[];
  /** Go's `Less`. */
  readonly less: GoLess<T>;
  /** breakPatterns' xorshift shifts. */
  readonly shifts: readonly [bigint, bigint, bigint];
}

/**
 * `Less(i, j)`.
 *
 * @example
 * lessAt(d, 0, 1);
 */
export const lessAt = <T>(d: SortData<T>, i: number, j: number): boolean => d.less(d.v[i] as T, d.v[j] as T);

/**
 * `Swap(i, j)`.
 *
 * @example
 * swap(d, 0, 1);
 */
export function swap<T>(d: SortData<T>, i: number, j: number): void {
  const t = d.v[i] as T;
  d.v[i] = d.v[j] as T;
  d.v[j] = t;
}

/**
 * Go's `insertionSort(data, a, b)`.
 *
 * @example
 * insertionSort(d, 0, d.v.length);
 */
export function insertionSort<T>(d: SortData<T>, a: number, b: number): void {
  for (let i = a + 1; i < b; i++) {
    for (let j = i; j > a && lessAt(d, j, j - 1); j--) swap(d, j, j - 1);
  }
}
