/**
 * A unified diff (`---`/`+++` headers, `@@` hunks with 3 lines of context) between two texts,
 * from a longest-common-subsequence line match; `""` when they are equal.
 *
 * @example
 * unifiedDiff("a\nb\n", "a\nc\n", "deploy.yaml"); // "--- a/deploy.yaml\n+++ b/deploy.yaml\n@@ -1,2 +1,2 @@\n a\n-b\n+c\n"
 */
export function unifiedDiff(before: string, after: string, name: string, context = 3): string {
  if (before === after) return "";
  const a = before.split("\n");
  const b = after.split("\n");
  if (a[a.length - 1] === "") a.pop();
  if (b[b.length - 1] === "") b.pop();
  // LCS table from the end (files are small: SDLs are a few hundred lines).
  const n = a.length;
  const m = b.length;
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const row = lcs[i] as Uint32Array;
      row[j] =
        a[i] === b[j]
          ? ((lcs[i + 1] as Uint32Array)[j + 1] as number) + 1
          : Math.max((lcs[i + 1] as Uint32Array)[j] as number, row[j + 1] as number);
    }
  }
  type Op = { kind: " " | "-" | "+"; text: string; ai: number; bi: number };
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) ops.push({ kind: " ", text: a[i++] as string, ai: i, bi: ++j });
    // Deletions before insertions, as diff(1) prints them.
    else if (
      i < n &&
      (j === m || ((lcs[i + 1] as Uint32Array)[j] as number) >= ((lcs[i] as Uint32Array)[j + 1] as number))
    )
      ops.push({ kind: "-", text: a[i++] as string, ai: i, bi: j });
    else ops.push({ kind: "+", text: b[j++] as string, ai: i, bi: j });
  }
  const out = [`--- a/${name}`, `+++ b/${name}`];
  let k = 0;
  while (k < ops.length) {
    if ((ops[k] as Op).kind === " ") {
      k++;
      continue;
    }
    let start = Math.max(0, k - context);
    let end = k;
    // Extend the hunk while changes are within 2 × context lines of each other.
    for (;;) {
      while (end < ops.length && (ops[end] as Op).kind !== " ") end++;
      let next = end;
      while (next < ops.length && (ops[next] as Op).kind === " " && next - end < 2 * context) next++;
      if (next < ops.length && (ops[next] as Op).kind !== " ") end = next;
      else break;
    }
    const stop = Math.min(ops.length, end + context);
    const hunk = ops.slice(start, stop);
    const aStart =
      hunk.filter((o) => o.kind !== "+").length === 0
        ? (hunk[0]?.ai ?? 0)
        : (hunk.find((o) => o.kind !== "+")?.ai ?? 1);
    const bStart =
      hunk.filter((o) => o.kind !== "-").length === 0
        ? (hunk[0]?.bi ?? 0)
        : (hunk.find((o) => o.kind !== "-")?.bi ?? 1);
    const aLen = hunk.filter((o) => o.kind !== "+").length;
    const bLen = hunk.filter((o) => o.kind !== "-").length;
    out.push(`@@ -${aStart},${aLen} +${bStart},${bLen} @@`, ...hunk.map((o) => `${o.kind}${o.text}`));
    start = stop;
    k = stop;
  }
  return `${out.join("\n")}\n`;
}
