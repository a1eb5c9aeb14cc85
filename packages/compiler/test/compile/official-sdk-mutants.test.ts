import { parse } from "@akash-sdl/core";
import type { YamlNode } from "@akash-sdl/core";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { compile, manifestVersionHex } from "../../src/index.js";
import { corpusFiles, HAS_CORPUS } from "../support/corpus.js";
import { divergencesOf } from "../support/divergences.js";
import { officialCompile } from "../support/official-sdk.js";

/** Values put in place of one scalar of a corpus file: quantities, names, flags, Console-only spellings. */
const VALUES = [
  "1",
  "2",
  "0.5",
  "0.25",
  "100m",
  "250m",
  "1500m",
  "512Mi",
  "1Gi",
  "2Gi",
  "1G",
  "10Gi",
  "1.5Gi",
  "16GB",
  "80",
  "443",
  "8080",
  "uakt",
  "uact",
  "100",
  "1000",
  "12.345",
  "true",
  "false",
  "beta3",
  "ram",
  "/data",
  "x",
  "tcp",
  "udp",
  "web",
  "nginx:1.27",
  "A=1",
  "a100",
  "h100",
  "80Gi",
  "80GB",
  "pcie",
  "sxm",
  "*",
  "example.com",
  "1000000",
  "3",
  "30s",
];

/** Every scalar value (not key) of the tree, by span. */
function valueSpans(node: YamlNode | null, out: { start: number; end: number }[]): void {
  if (node === null) return;
  if (node.kind === "scalar") out.push(node.span);
  else if (node.kind === "map") for (const p of node.pairs) valueSpans(p.value, out);
  else if (node.kind === "seq") for (const i of node.items) valueSpans(i, out);
}

// The same check over 24,000 mutants with other seeds found, in session 9, GPU memory Go cannot
// read (`ram: 250m`) dropped from the attribute instead of compiled as the TS SDK writes it (now a
// test in compile.test.ts) and the storage-order detector ignoring TS-only sizes.
describe.skipIf(!HAS_CORPUS)("against alpha.45 on mutated corpus files (one value replaced)", () => {
  test("identical hash wherever both accept, unless an open Go/TS divergence explains it", { timeout: 180_000 }, () => {
    const files = corpusFiles("awesome-akash")
      .map((f) => f.text)
      .filter((t) => t.length < 5000);
    const picks = fc.sample(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { numRuns: 4000, seed: 9 });
    let both = 0;
    const unexplained: string[] = [];
    for (const [f, v, w] of picks) {
      const base = files[f % files.length] as string;
      const spans: { start: number; end: number }[] = [];
      valueSpans(parse(base).tree.root, spans);
      const span = spans[v % Math.max(1, spans.length)];
      if (span === undefined) continue;
      const value = VALUES[w % VALUES.length] as string;
      const text = base.slice(0, span.start) + value + base.slice(span.end);
      const ours = compile(text);
      const ts = officialCompile(text);
      if (ours.value === undefined || !ts.ok) continue;
      both++;
      if (manifestVersionHex(ours.value.manifest) === ts.hash || divergencesOf(text).length > 0) continue;
      unexplained.push(`${JSON.stringify(base.slice(span.start, span.end))} → ${value}`);
    }
    expect(unexplained).toEqual([]);
    expect(both).toBeGreaterThan(400);
  });
});
