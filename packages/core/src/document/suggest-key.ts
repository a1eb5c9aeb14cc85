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
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    if (candidate.toLowerCase() === lower) return candidate;
    const d = editDistance(lower, candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  const limit = name.length >= 10 ? 3 : name.length >= 5 ? 2 : 1;
  return bestDistance <= limit ? best : undefined;
}
