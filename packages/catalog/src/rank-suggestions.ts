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
  distancesWithin(query.toLowerCase(), name.toLowerCase(), Number.POSITIVE_INFINITY);
  return { full: lastFull, partial: lastPartial };
}

// Two reused rows for the ranking's edit distances (grown on demand), and that scorer's results.
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let lastFull = 0;
let lastPartial = 0;

/**
 * {@link matchDistances} for an already lower-cased query `a` and name `b`, left in
 * `lastFull`/`lastPartial`; returns false, without finishing, once the name's score
 * (see {@link rankSuggestions}) is sure to exceed `max`: a row minimum of the Levenshtein table
 * never decreases, so when it exceeds `max` and no early end so far scored within `max`, none will.
 */
function distancesWithin(a: string, b: string, max: number): boolean {
  const n = a.length;
  const m = b.length;
  if (rowA.length <= m) {
    rowA = new Int32Array(m + 1);
    rowB = new Int32Array(m + 1);
  }
  let prev = rowA;
  let row = rowB;
  for (let j = 0; j <= m; j++) prev[j] = j;
  let partial = Number.POSITIVE_INFINITY;
  for (let i = 1; i <= n; i++) {
    const ca = a.charCodeAt(i - 1);
    row[0] = i;
    let rowMin = i;
    let left = i;
    let diag = i - 1;
    for (let j = 1; j <= m; j++) {
      const up = prev[j] as number;
      let v = up + 1;
      if (left + 1 < v) v = left + 1;
      const sub = ca === b.charCodeAt(j - 1) ? diag : diag + 1;
      if (sub < v) v = sub;
      row[j] = v;
      if (v < rowMin) rowMin = v;
      left = v;
      diag = up;
    }
    // The query may stop early (its rest starts at a separator) once the whole name is matched.
    if (i < n && m > 0 && isSeparatorCode(a.charCodeAt(i)) && (row[m] as number) < partial) partial = row[m] as number;
    const t = prev;
    prev = row;
    row = t;
    if (rowMin > max && partial >= max) return false;
  }
  const full = prev[m] as number;
  // The name may stop early at a separator once the whole query is matched.
  if (n > 0) {
    for (let j = 1; j < m; j++) {
      if (isSeparatorCode(b.charCodeAt(j)) && (prev[j] as number) < partial) partial = prev[j] as number;
    }
  }
  lastFull = full;
  lastPartial = partial < full ? partial : full;
  return true;
}

function isSeparatorCode(c: number): boolean {
  return c === 45 || c === 46 || c === 47 || c === 95 || c === 32; // - . / _ space
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
  const a = q.toLowerCase();
  const scored: { name: string; score: number; full: number }[] = [];
  for (const candidate of candidates) {
    let best: { name: string; score: number; full: number } | undefined;
    for (const name of candidate.names) {
      // A name whose score exceeds `max` can never be the kept best name of its candidate.
      if (!distancesWithin(a, name.toLowerCase(), max)) continue;
      const full = lastFull;
      const partial = lastPartial;
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
