/**
 * Levenshtein distance between two strings (case-sensitive).
 *
 * @example
 * editDistance("h10", "h100"); // 1
 */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/**
 * The closest names to `query` (lower-cased), at most `limit`, within a distance of a third of
 * the query's length (at least 2).
 *
 * @example
 * closestNames("rtx409", ["rtx4090", "rtx3090", "h100"], 2); // ["rtx4090", "rtx3090"]
 */
export function closestNames(query: string, names: readonly string[], limit: number): string[] {
  const q = query.toLowerCase();
  const max = Math.max(2, Math.floor(q.length / 3));
  return [...new Set(names)]
    .map((n) => ({ n, d: editDistance(q, n.toLowerCase()) }))
    .filter((x) => x.d <= max)
    .sort((x, y) => x.d - y.d || x.n.localeCompare(y.n))
    .slice(0, limit)
    .map((x) => x.n);
}

/**
 * Formats candidate names as "did you mean" hints.
 *
 * @example
 * didYouMean(["h100"]); // ["Did you mean 'h100'?"]
 */
export function didYouMean(names: readonly string[]): string[] {
  if (names.length === 0) return [];
  return [`Did you mean ${names.map((n) => `'${n}'`).join(" or ")}?`];
}
