// Error recovery on real SDL files (the language server stands on it): a broken line inserted, a
// line re-indented or a line typed halfway must leave the rest of the file in the tree. Measured
// over the awesome-akash files; each floor is a little under what was measured (sessions 10 to 12).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_PARSE_LIMITS } from "../../../src/index.js";
import type { YamlNode } from "../../../src/index.js";
import { fastFrontEnd } from "../../../src/front-ends/fast/fast-front-end.js";
import { checkTree } from "../../../src/tree/check-tree.js";
import { HAS_CORPUS, corpusFiles } from "../../support/corpus.js";
import { lineEditedTexts } from "./support/sdl-texts.js";

/** Every key and item path of a tree (`/services/web/image`, `/env/0`). */
function paths(node: YamlNode | null, prefix: string, out: Set<string>): Set<string> {
  if (node?.kind === "map") {
    for (const p of node.pairs) {
      const key = `${prefix}/${p.key.kind === "scalar" ? p.key.text : "?"}`;
      out.add(key);
      paths(p.value, key, out);
    }
  } else if (node?.kind === "seq") {
    node.items.forEach((item, i) => {
      out.add(`${prefix}/${i}`);
      paths(item, `${prefix}/${i}`, out);
    });
  }
  return out;
}

const read = (text: string) => fastFrontEnd(text, DEFAULT_PARSE_LIMITS);
const pathsOf = (text: string) => paths(read(text).root, "", new Set());
const hasYamlError = (text: string) => read(text).diagnostics.some((d) => d.severity === "error");

/** A small seeded generator (the same lines are picked on every run). */
function picker(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return Math.floor((s / 2147483648) * n);
  };
}

/** The valid awesome-akash files, as lines. */
function validFiles(): string[][] {
  return corpusFiles("awesome-akash")
    .map((f) => f.text)
    .filter((text) => !hasYamlError(text))
    .map((text) => text.split("\n"));
}

/** The mean share of the original paths kept when `change` is applied to one line of each file. */
function meanKept(files: string[][], seed: number, change: (lines: string[], at: number) => string[]): number {
  const pick = picker(seed);
  let sum = 0;
  let cases = 0;
  for (const lines of files) {
    const before = pathsOf(lines.join("\n"));
    const changed = change(lines, 1 + pick(lines.length - 2)).join("\n");
    if (!hasYamlError(changed)) continue;
    const after = pathsOf(changed);
    let kept = 0;
    for (const p of before) if (after.has(p)) kept++;
    sum += kept / before.size;
    cases++;
  }
  return sum / cases;
}

const insert =
  (line: string) =>
  (lines: string[], at: number): string[] => {
    const indent = /^ */.exec(lines[at] ?? "")?.[0] ?? "";
    return [...lines.slice(0, at), indent + line, ...lines.slice(at)];
  };
const reindent =
  (edit: (line: string) => string) =>
  (lines: string[], at: number): string[] => [...lines.slice(0, at), edit(lines[at] ?? ""), ...lines.slice(at + 1)];

describe.skipIf(!HAS_CORPUS)("error recovery on the awesome-akash files", () => {
  const files = validFiles();

  /** The mean kept share for each change, printed, then held to its floor. */
  function expectKept(floors: [string, number, (lines: string[], at: number) => string[]][], seed: number): void {
    const measured = floors.map(([name, , change], i) => [name, meanKept(files, seed + i, change)] as const);
    console.info(`[recovery] nodes kept: ${measured.map(([n, m]) => `${n} ${(m * 100).toFixed(1)} %`).join(", ")}`);
    measured.forEach(([name, m], i) => expect(m, name).toBeGreaterThan(floors[i]?.[1] ?? 1));
  }

  it("keeps the rest of a file after a quote or bracket left open, or an entry broken after its '- '", () => {
    expectKept(
      [
        ["open quote", 0.98, insert("key: 'unclosed")],
        ["open bracket", 0.97, insert("key: [1, 2")],
        ["open brace", 0.97, insert("key: {a: 1")],
        ["'- : x'", 0.99, insert("- : x")],
      ],
      7,
    );
  });

  it("keeps a misindented or tab-indented line and the lines under it", () => {
    expectKept(
      [
        ["one space more", 0.99, reindent((l) => ` ${l}`)],
        ["one space less", 0.99, reindent((l) => l.replace(/^ /, ""))],
        ["a tab for two spaces", 0.99, reindent((l) => l.replace(/^( *) {2}/, "$1\t"))],
        ["two spaces more", 0.975, reindent((l) => `  ${l}`)],
        ["two spaces less", 0.885, reindent((l) => l.replace(/^ {2}/, ""))],
      ],
      11,
    );
  });

  it("keeps the lines under a key or sequence entry whose line was emptied or deleted", () => {
    const remove = (lines: string[], at: number): string[] => [...lines.slice(0, at), ...lines.slice(at + 1)];
    expectKept(
      [
        ["line emptied", 0.895, reindent(() => "")],
        ["line deleted", 0.845, remove],
      ],
      31,
    );
  });

  it("keeps the lines under a key whose ':' is missing", () => {
    expectKept([["':' dropped", 0.97, reindent((l) => l.replace(/:(\s|$)/, "$1"))]], 21);
  });

  it("loses no node before a line being typed", () => {
    const pick = picker(13);
    const lost: string[] = [];
    for (const lines of files) {
      for (let k = 0; k < 3; k++) {
        const at = 1 + pick(lines.length - 1);
        const done = `${lines.slice(0, at).join("\n")}\n`;
        const typing = lines[at] ?? "";
        const text = done + typing.slice(0, pick(typing.length + 1));
        const before = [...pathsOf(done)];
        const after = pathsOf(text);
        // The last path of the complete lines may be the value the typed line continues.
        const last = before[before.length - 1] ?? "";
        for (const p of before)
          if (!after.has(p) && !last.startsWith(p)) lost.push(`${JSON.stringify(text.slice(-80))}: ${p}`);
      }
    }
    expect(lost).toEqual([]);
  });

  it("keeps the tree contract on 10,000 files edited line by line: spans inside the text, children inside their parent, in order", () => {
    const sources = corpusFiles("awesome-akash").map((f) => f.text);
    const problems: string[] = [];
    const nested = (node: YamlNode | null, text: string): void => {
      if (node === null) return;
      const children =
        node.kind === "map" ? node.pairs.flatMap((p) => [p.key, p.value]) : node.kind === "seq" ? node.items : [];
      let after = node.span.start;
      for (const child of children) {
        if (child === null) continue;
        if (child.span.start < after || child.span.end > node.span.end) {
          problems.push(`${JSON.stringify(text.slice(Math.max(0, child.span.start - 40), child.span.end))}`);
        }
        after = child.span.end;
        nested(child, text);
      }
    };
    for (const text of fc.sample(lineEditedTexts(sources), { numRuns: 10_000, seed: 99 })) {
      const tree = fastFrontEnd(text, DEFAULT_PARSE_LIMITS);
      const problem = checkTree(tree, text.length);
      if (problem !== undefined) problems.push(problem);
      nested(tree.root, text);
    }
    expect(problems.slice(0, 5)).toEqual([]);
  });
});
