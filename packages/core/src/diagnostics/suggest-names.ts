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

// Two rows reused by every call (the distance is synchronous), grown when a name is longer.
let rowA = new Int32Array(32);
let rowB = new Int32Array(32);

/**
 * `editDistance(a, b)` when it is at most `max`, else `max + 1`: the rows stop as soon as every
 * cell exceeds `max`, and no row is allocated per call (an SDL with 50,000 unknown keys asks this
 * a few hundred thousand times).
 */
function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if (rowA.length <= n) {
    rowA = new Int32Array(n + 1);
    rowB = new Int32Array(n + 1);
  }
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const del = (previous[j] as number) + 1;
      const ins = (current[j - 1] as number) + 1;
      const sub = (previous[j - 1] as number) + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const value = del < ins ? (del < sub ? del : sub) : ins < sub ? ins : sub;
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const t = previous;
    previous = current;
    current = t;
  }
  const d = previous[n] as number;
  return d < max + 1 ? d : max + 1;
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
  // Only a strictly closer candidate can replace `best` (the first closest wins), so each distance
  // is bounded by what would still beat it (`bestDistance - 1`, never above `limit`): the same
  // answer, fewer rows computed.
  let bestDistance = limit + 1;
  for (let k = 0; k < known.length; k++) {
    const candidate = known[k] as string;
    const other = candidate.toLowerCase();
    if (other === lower) return candidate;
    const d = boundedDistance(lower, other, bestDistance - 1);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
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
