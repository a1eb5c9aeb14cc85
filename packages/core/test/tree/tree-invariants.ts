import type { Span, YamlNode } from "../../src/index.js";

/**
 * Every problem with the spans of a tree: each node span lies within the text, keys and values lie
 * inside their pair, and children lie inside their parent collection. Iterative, so deep trees are fine.
 */
export function spanProblems(root: YamlNode | null, textLength: number): string[] {
  const problems: string[] = [];
  if (root === null) return problems;
  const inside = (inner: Span, outer: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;
  const stack: { node: YamlNode; parent: Span; where: string }[] = [
    { node: root, parent: { start: 0, end: textLength }, where: "root" },
  ];
  while (stack.length > 0) {
    const { node, parent, where } = stack.pop()!;
    const s = node.span;
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start <= s.end))
      problems.push(`${where}: bad span`);
    if (!inside(s, { start: 0, end: textLength })) problems.push(`${where}: span outside the text`);
    if (!inside(s, parent))
      problems.push(`${where}: span ${s.start}-${s.end} outside parent ${parent.start}-${parent.end}`);
    if (node.kind === "map") {
      node.pairs.forEach((pair, i) => {
        if (!inside(pair.span, s)) problems.push(`${where}.pairs[${i}]: pair outside its map`);
        stack.push({ node: pair.key, parent: pair.span, where: `${where}.pairs[${i}].key` });
        if (pair.value) stack.push({ node: pair.value, parent: pair.span, where: `${where}.pairs[${i}].value` });
      });
    } else if (node.kind === "seq") {
      node.items.forEach((item, i) => stack.push({ node: item, parent: s, where: `${where}[${i}]` }));
    }
  }
  return problems;
}

/** Every node, key and pair of a tree (aliases are leaves). */
export function allNodes(root: YamlNode | null): YamlNode[] {
  const out: YamlNode[] = [];
  const stack: YamlNode[] = root === null ? [] : [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    out.push(node);
    if (node.kind === "map") for (const p of node.pairs) stack.push(p.key, ...(p.value ? [p.value] : []));
    else if (node.kind === "seq") stack.push(...node.items);
  }
  return out;
}

/** `true` when some mapping key of the tree is a mapping or a sequence. */
export function hasCollectionKey(root: YamlNode | null): boolean {
  return allNodes(root).some(
    (n) => n.kind === "map" && n.pairs.some((p) => p.key.kind === "map" || p.key.kind === "seq"),
  );
}

/** Node spans that start or end between the `\r` and `\n` of a line break. */
export function crlfProblems(root: YamlNode | null, text: string): string[] {
  const inside = (o: number): boolean => o > 0 && text.charCodeAt(o) === 10 && text.charCodeAt(o - 1) === 13;
  return allNodes(root)
    .filter((n) => inside(n.span.start) || inside(n.span.end))
    .map((n) => `${n.kind} ${n.span.start}-${n.span.end} cuts a CRLF`);
}
