// The one suggestion module of akash-sdl ("did you mean …?"): core's key checks, the validator,
// the estimator and the CLI use it. (The catalogue imports nothing of ours and ranks its own
// model names with partial matches, see packages/catalog/src/rank-suggestions.ts.)

/**
 * Levenshtein distance between two strings (UTF-16 code units), for "did you mean" hints.
 *
 * @example
 * editDistance("imgae", "image"); // 2
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? Math.max(a.length, b.length);
}

/**
 * `editDistance(a, b)` when it is at most `max`, else `max + 1`: the rows stop as soon as every
 * cell exceeds `max`, and no row is allocated per character (an SDL with 50,000 unknown keys asks
 * this a few hundred thousand times).
 */
function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length] as number, max + 1);
}

/**
 * The known key closest to `name`, when it is close enough to be a likely typo: a case-only
 * difference, or an edit distance of at most 1 for short names, 2 for names of 5+ characters and
 * 3 for names of 10+ characters.
 *
 * @example
 * suggestKey("imgae", ["image", "command", "args"]); // "image"
 * suggestKey("zzz", ["image"]); // undefined
 */
export function suggestKey(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const limit = name.length >= 10 ? 3 : name.length >= 5 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    const other = candidate.toLowerCase();
    if (other === lower) return candidate;
    // Distances past the limit are all alike (too far): the first closest candidate still wins.
    const d = boundedDistance(lower, other, limit);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return bestDistance <= limit ? best : undefined;
}

/**
 * The closest names to `query` (compared lower-case), at most `limit`, within an edit distance
 * of a third of the query's length (at least 2); ties are ordered by name.
 *
 * @example
 * closestNames("rtx409", ["rtx4090", "rtx3090", "h100"], 2); // ["rtx4090", "rtx3090"]
 */
export function closestNames(query: string, names: readonly string[], limit: number): string[] {
  const q = query.toLowerCase();
  const max = Math.max(2, Math.floor(q.length / 3));
  return [...new Set(names)]
    .map((n) => ({ n, d: boundedDistance(q, n.toLowerCase(), max) }))
    .filter((x) => x.d <= max)
    .sort((x, y) => x.d - y.d || x.n.localeCompare(y.n))
    .slice(0, limit)
    .map((x) => x.n);
}

/**
 * Formats candidate names as one "did you mean" hint (none for no candidates).
 *
 * @example
 * didYouMean(["h100", "h200"]); // ["Did you mean 'h100' or 'h200'?"]
 */
export function didYouMean(names: readonly string[]): string[] {
  if (names.length === 0) return [];
  return [`Did you mean ${names.map((n) => `'${n}'`).join(" or ")}?`];
}
