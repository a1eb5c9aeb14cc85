/** Upper bound on the patterns one brace expression may produce (keeps `{a,b}{c,d}…` bounded). */
const MAX_EXPANSIONS = 1024;

/** Groups nested deeper than this are kept literal (bounds the recursion, issue 12 item 3). */
const MAX_NESTING = 16;

/** A `{…}` group with at least one comma at its own level. */
interface BraceGroup {
  readonly open: number;
  readonly close: number;
  readonly commas: readonly number[];
}

/**
 * The outermost `{…}` groups of `pattern` that hold a comma at their own level, in order, found
 * in one linear pass (a brace without a partner and a `\`-escaped brace are literal).
 */
function topLevelGroups(pattern: string): BraceGroup[] {
  const stack: { open: number; commas: number[] }[] = [];
  const pairs: BraceGroup[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    if (c === 92 /* \ */) i++;
    else if (c === 123 /* { */) stack.push({ open: i, commas: [] });
    else if (c === 44 /* , */) stack[stack.length - 1]?.commas.push(i);
    else if (c === 125 /* } */) {
      const entry = stack.pop();
      if (entry && entry.commas.length > 0) pairs.push({ open: entry.open, close: i, commas: entry.commas });
    }
  }
  pairs.sort((a, b) => a.open - b.open);
  const out: BraceGroup[] = [];
  let end = -1;
  for (const pair of pairs) {
    if (pair.open < end) continue;
    out.push(pair);
    end = pair.close;
  }
  return out;
}

/** Every string of `heads` followed by every string of `tails`, in order, at most {@link MAX_EXPANSIONS}. */
function product(heads: readonly string[], tails: readonly string[]): string[] {
  const out: string[] = [];
  for (const head of heads) {
    for (const tail of tails) {
      if (out.length >= MAX_EXPANSIONS) return out;
      out.push(head + tail);
    }
  }
  return out;
}

function expand(pattern: string, depth: number): string[] {
  const groups = topLevelGroups(pattern);
  if (groups.length === 0) return [pattern];
  let results = [""];
  let at = 0;
  for (const group of groups) {
    const literal = pattern.slice(at, group.open);
    let options: string[];
    if (depth >= MAX_NESTING) options = [pattern.slice(group.open, group.close + 1)];
    else {
      options = [];
      const bounds = [group.open, ...group.commas, group.close];
      for (let i = 0; i + 1 < bounds.length && options.length < MAX_EXPANSIONS; i++) {
        for (const alternative of expand(pattern.slice((bounds[i] ?? 0) + 1, bounds[i + 1]), depth + 1)) {
          if (options.length >= MAX_EXPANSIONS) break;
          options.push(alternative);
        }
      }
    }
    results = product(
      results,
      options.map((o) => literal + o),
    );
    at = group.close + 1;
  }
  const rest = pattern.slice(at);
  return rest === "" ? results : results.map((r) => r + rest);
}

/**
 * Expands shell-style brace alternatives: `{a,b}` becomes one pattern per alternative, groups
 * nest and multiply (`{a,b}{1,2}` → 4 patterns). A group without a comma (`{a}`) or without a
 * closing brace stays literal; `\{` escapes a brace. The result keeps the order of alternatives
 * and holds at most 1,024 patterns; the work is linear in the pattern's length times that cap
 * (26 groups no longer take 45 s, 5,000 no longer overflow the stack: issue 12, item 3).
 *
 * @example
 * expandBraces("deploy/{web,api}.{yaml,yml}"); // ["deploy/web.yaml", "deploy/web.yml", "deploy/api.yaml", "deploy/api.yml"]
 */
export function expandBraces(pattern: string): string[] {
  return expand(pattern, 0);
}

/**
 * `true` when `pattern` holds a brace group that expands (`{a,b}`), without expanding it.
 *
 * @example
 * hasBraceGroup("{a,b}.yaml"); // true
 * hasBraceGroup("{a}.yaml");   // false
 */
export function hasBraceGroup(pattern: string): boolean {
  return topLevelGroups(pattern).length > 0;
}
