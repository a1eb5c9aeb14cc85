/** Upper bound on the patterns one brace expression may produce (keeps `{a,b}{c,d}…` bounded). */
const MAX_EXPANSIONS = 1024;

/** Finds the first top-level `{…}` group that contains a top-level comma; `undefined` when none. */
function findGroup(pattern: string): { open: number; close: number; commas: number[] } | undefined {
  for (let open = 0; open < pattern.length; open++) {
    const c = pattern[open];
    if (c === "\\") {
      open++;
      continue;
    }
    if (c !== "{") continue;
    let depth = 0;
    const commas: number[] = [];
    for (let i = open; i < pattern.length; i++) {
      const d = pattern[i];
      if (d === "\\") i++;
      else if (d === "{") depth++;
      else if (d === "}") {
        depth--;
        if (depth === 0) {
          if (commas.length > 0) return { open, close: i, commas };
          break;
        }
      } else if (d === "," && depth === 1) commas.push(i);
    }
  }
  return undefined;
}

/**
 * Expands shell-style brace alternatives: `{a,b}` becomes one pattern per alternative, groups
 * nest and multiply (`{a,b}{1,2}` → 4 patterns). A group without a comma (`{a}`) or without a
 * closing brace stays literal; `\{` escapes a brace. The result keeps the order of alternatives.
 *
 * @example
 * expandBraces("deploy/{web,api}.{yaml,yml}"); // ["deploy/web.yaml", "deploy/web.yml", "deploy/api.yaml", "deploy/api.yml"]
 */
export function expandBraces(pattern: string): string[] {
  const group = findGroup(pattern);
  if (!group) return [pattern];
  const head = pattern.slice(0, group.open);
  const tail = pattern.slice(group.close + 1);
  const bounds = [group.open, ...group.commas, group.close];
  const out: string[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const alternative = pattern.slice((bounds[i] ?? 0) + 1, bounds[i + 1]);
    for (const expanded of expandBraces(head + alternative + tail)) {
      if (out.length >= MAX_EXPANSIONS) return out;
      out.push(expanded);
    }
  }
  return out;
}
