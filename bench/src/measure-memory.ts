/**
 * `node bench/dist/measure-memory.js` (after `tsc -b`): issue 9's memory figures.
 *
 * - allocation per parsed document: the corpus is parsed in a child process with a 256 MiB young
 *   generation, 50 files between forced collections, so no garbage collection runs while they are
 *   read (checked: a `gc` performance entry inside a window voids the pass) and the growth of
 *   `heapUsed` is what they allocated; the smallest of 5 passes is reported, for `parse` (target
 *   ≤ 60 KiB per document), the old `parse` over the yaml front end and the fast front end alone;
 * - peak RSS validating the whole corpus in one process (parse + validate of every file, as
 *   `akash-sdl validate` does), from `process.resourceUsage().maxRSS` (target < 100 MB).
 *
 * Environment: AKASH_SDL_CORPUS (corpus folder).
 */
import { spawnSync } from "node:child_process";
import { PerformanceObserver } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { DEFAULT_PARSE_LIMITS, fastFrontEnd, parse } from "@akash-sdl/core";
import { yamlFrontEnd } from "@akash-sdl/core/yaml-front-end";
import { validate } from "@akash-sdl/validator";
import { corpusDir, loadCorpus } from "./load-corpus.js";

const KIB = 1024;
const MIB = 1024 * 1024;

function texts(): string[] {
  const corpus = loadCorpus(corpusDir());
  if (corpus.length === 0) throw new Error(`no *.yaml files in ${corpusDir()}; set AKASH_SDL_CORPUS`);
  return corpus.map((c) => c.text);
}

/** What `alloc` measures: our `parse`, the old `parse` (yaml front end) and the fast front end alone. */
const ALLOCATORS: Readonly<Record<string, (text: string) => unknown>> = {
  parse: (text) => parse(text),
  "parse (yaml front end)": (text) => parse(text, { frontEnd: yamlFrontEnd }),
  fastFrontEnd: (text) => fastFrontEnd(text, DEFAULT_PARSE_LIMITS),
};

/** Child mode `alloc <name>`: bytes allocated per document by one of {@link ALLOCATORS}, printed as JSON. */
async function measureAllocation(run: (text: string) => unknown): Promise<void> {
  const all = texts();
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error("run with --expose-gc");
  const collections: number[] = []; // start times of every garbage collection
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) collections.push(entry.startTime);
  });
  observer.observe({ entryTypes: ["gc"] });
  for (const text of all) run(text); // warm up: compile the code paths first
  const samples: number[] = [];
  const kept: unknown[] = [];
  // Chunks of 50 documents between forced collections keep each window inside the young generation.
  for (let pass = 0; pass < 5; pass++) {
    let allocated = 0;
    let clean = true;
    for (let from = 0; from < all.length; from += 50) {
      gc();
      const start = performance.now();
      const before = process.memoryUsage().heapUsed;
      for (const text of all.slice(from, from + 50)) kept.push(run(text));
      const after = process.memoryUsage().heapUsed;
      const end = performance.now();
      kept.length = 0;
      await new Promise((resolve) => setTimeout(resolve, 5)); // let the observer report this window's collections
      if (collections.some((t) => t > start && t < end)) clean = false;
      allocated += after - before;
    }
    if (clean) samples.push(allocated / all.length);
  }
  observer.disconnect();
  process.stdout.write(JSON.stringify({ documents: all.length, samples }));
}

/** Child mode `rss`: parse + validate of every corpus file in this process; peak RSS as JSON. */
function measureRss(): void {
  const all = texts();
  let findings = 0;
  for (const text of all) {
    const parsed = parse(text);
    findings += parsed.diagnostics.length + validate(parsed).length;
  }
  process.stdout.write(JSON.stringify({ documents: all.length, findings, maxRssKiB: process.resourceUsage().maxRSS }));
}

function child(mode: string, flags: readonly string[], arg = ""): unknown {
  const script = fileURLToPath(import.meta.url);
  const result = spawnSync(process.execPath, [...flags, script, mode, arg], { encoding: "utf8", env: process.env });
  if (result.status !== 0) throw new Error(`measure-memory ${mode} failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as unknown;
}

const mode = process.argv[2];
const allocator = ALLOCATORS[process.argv[3] ?? ""];
if (mode === "alloc" && allocator !== undefined) await measureAllocation(allocator);
else if (mode === "rss") measureRss();
else {
  process.stdout.write(`node ${process.version}, corpus ${corpusDir()}\n`);
  for (const name of Object.keys(ALLOCATORS)) {
    const flags = ["--expose-gc", "--min-semi-space-size=256", "--max-semi-space-size=256"];
    const alloc = child("alloc", flags, name) as { documents: number; samples: number[] };
    const perDoc = alloc.samples.length === 0 ? Number.NaN : Math.min(...alloc.samples);
    const verdict = name === "parse" ? ` (target ≤ 60 KiB): ${perDoc <= 60 * KIB ? "met" : "NOT met"}` : "";
    process.stdout.write(
      `allocation per document, ${name} (${alloc.documents} files, min of ${alloc.samples.length} clean passes): ` +
        `${(perDoc / KIB).toFixed(1)} KiB${verdict}\n`,
    );
  }
  const rss = child("rss", []) as { documents: number; findings: number; maxRssKiB: number };
  process.stdout.write(
    `peak RSS, parse + validate of the ${rss.documents} files in one process: ` +
      `${((rss.maxRssKiB * KIB) / MIB).toFixed(1)} MiB (target < 100 MB): ${rss.maxRssKiB * KIB < 100e6 ? "met" : "NOT met"}\n`,
  );
}
