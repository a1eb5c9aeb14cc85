/**
 * Go's `sort.Stable` / `sort.SliceStable`: insertion-sorted blocks of 20 merged with SymMerge
 * (Go standard library `sort/zsortinterface.go`; facts only, re-implemented). Ported step for step
 * so that comparators which are not strict weak orderings give Go's result.
 */
import type { GoLess } from "./go-sort.js";
import { insertionSort, lessAt, swap } from "./go-sort-data.js";
import type { SortData } from "./go-sort-data.js";

type Data<T> = SortData<T>;

function swapRange<T>(d: Data<T>, a: number, b: number, n: number): void {
  for (let i = 0; i < n; i++) swap(d, a + i, b + i);
}

function rotate<T>(d: Data<T>, a: number, m: number, b: number): void {
  let i = m - a;
  let j = b - m;
  while (i !== j) {
    if (i > j) {
      swapRange(d, m - i, m, j);
      i -= j;
    } else {
      swapRange(d, m - i, m + j - i, i);
      j -= i;
    }
  }
  swapRange(d, m - i, m, i);
}

function symMerge<T>(d: Data<T>, a: number, m: number, b: number): void {
  if (m - a === 1) {
    let i = m;
    let j = b;
    while (i < j) {
      const h = (i + j) >>> 1;
      if (lessAt(d, h, a)) i = h + 1;
      else j = h;
    }
    for (let k = a; k < i - 1; k++) swap(d, k, k + 1);
    return;
  }
  if (b - m === 1) {
    let i = a;
    let j = m;
    while (i < j) {
      const h = (i + j) >>> 1;
      if (!lessAt(d, m, h)) i = h + 1;
      else j = h;
    }
    for (let k = m; k > i; k--) swap(d, k, k - 1);
    return;
  }
  const mid = (a + b) >>> 1;
  const n = mid + m;
  let start: number;
  let r: number;
  if (m > mid) {
    start = n - b;
    r = mid;
  } else {
    start = a;
    r = m;
  }
  const p = n - 1;
  while (start < r) {
    const c = (start + r) >>> 1;
    if (!lessAt(d, p - c, c)) start = c + 1;
    else r = c;
  }
  const end = n - start;
  if (start < m && m < end) rotate(d, start, m, end);
  if (a < start && start < mid) symMerge(d, a, start, mid);
  if (mid < end && end < b) symMerge(d, mid, end, b);
}

/**
 * Sorts `values` in place exactly as Go's `sort.Stable` / `sort.SliceStable` would — including
 * Go's result for comparators that are not strict weak orderings — and returns it.
 *
 * @example
 * goSortStable([{ k: 1, n: "a" }, { k: 0, n: "b" }], (a, b) => a.k < b.k); // b, a
 */
export function goSortStable<T>(values: T[], less: GoLess<T>): T[] {
  const d: Data<T> = { v: values, less, shifts: [13n, 7n, 17n] };
  const n = values.length;
  let blockSize = 20;
  let a = 0;
  let b = blockSize;
  while (b <= n) {
    insertionSort(d, a, b);
    a = b;
    b += blockSize;
  }
  insertionSort(d, a, n);
  while (blockSize < n) {
    a = 0;
    b = 2 * blockSize;
    while (b <= n) {
      symMerge(d, a, a + blockSize, b);
      a = b;
      b += 2 * blockSize;
    }
    const m = a + blockSize;
    if (m < n) symMerge(d, a, m, n);
    blockSize *= 2;
  }
  return values;
}
