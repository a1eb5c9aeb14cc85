/**
 * One thing that can be suggested, known under one or more names.
 *
 * @example
 * const c: SuggestionCandidate = { names: ["meta-llama/Llama-3.1-8B", "llama-3.1-8b"] };
 */
export interface SuggestionCandidate {
  /** The names it is known by; the one closest to the query is returned. */
  readonly names: readonly string[];
}

/**
 * Edit distances between a query and a name, both compared lower-case.
 * `full` is the Levenshtein distance; `partial` also lets either side end early at a separator
 * (`-`, `.`, `/`, `_`, space), so `mistral-7b` is 0 away from `mistral-7b-v0.1`.
 *
 * @example
 * matchDistances("lama-3-8b", "llama-3-8b"); // { full: 1, partial: 1 }
 */
export function matchDistances(query: string, name: string): { full: number; partial: number } {
  const a = query.toLowerCase();
  const b = name.toLowerCase();
  const n = a.length;
  const m = b.length;
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let partial = Number.POSITIVE_INFINITY;
  for (let i = 1; i <= n; i++) {
    const row = [i];
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    // The query may stop early (its rest starts at a separator) once the whole name is matched.
    if (i < n && isSeparator(a[i]) && m > 0) partial = Math.min(partial, row[m] ?? Infinity);
    prev = row;
  }
  const full = prev[m] ?? Math.max(n, m);
  // The name may stop early at a separator once the whole query is matched.
  for (let j = 1; j < m; j++) {
    if (isSeparator(b[j]) && n > 0) partial = Math.min(partial, prev[j] ?? Infinity);
  }
  return { full, partial: Math.min(partial, full) };
}

function isSeparator(ch: string | undefined): boolean {
  return ch === "-" || ch === "." || ch === "/" || ch === "_" || ch === " ";
}

/**
 * Ranks candidates by how close their best name is to `query` and returns that best name for
 * the `limit` closest ones. A candidate is kept when its score (the full edit distance, or the
 * partial distance + 1 when smaller) is at most `max(2, ⌊query length / 3⌋)`.
 *
 * @example
 * rankSuggestions("h10", [{ names: ["h100"] }, { names: ["a100"] }], 3); // ["h100", "a100"]
 */
export function rankSuggestions(
  query: string,
  candidates: readonly SuggestionCandidate[],
  limit: number,
): readonly string[] {
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
