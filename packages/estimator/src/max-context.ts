/**
 * Largest integer `t` in `[0, cap]` with `fits(t)`, for a predicate that holds up to some point
 * and fails after it (memory grows with context). Returns 0 when even 1 does not fit, `cap`
 * when everything fits. Binary search: ~log2(cap) calls.
 *
 * @example
 * largestFitting(131072, (t) => t * 131072 <= 4 * 2 ** 30); // 32768
 */
export function largestFitting(cap: number, fits: (t: number) => boolean): number {
  let hi = Math.max(0, Math.floor(cap));
  if (hi === 0 || !fits(1)) return 0;
  if (fits(hi)) return hi;
  let lo = 1;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}
