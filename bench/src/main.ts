/**
 * `pnpm bench`: parses the whole shared corpus with each contender (contenders.ts) and prints
 * ops/s, MB/s and each contender's time relative to our full `parse`.
 *
 * Then the memory figures (measure-memory.ts, in child processes): allocation per parsed document
 * and peak RSS of parse + validate over the corpus; and the command-line CPU figures
 * (measure-cli-cpu.ts): `akash-sdl validate` of one file and of the 384 awesome-akash files against
 * a script using the official SDK, each in its own process.
 *
 * The full-pipeline ratio is printed twice: from the tinybench rows, and from alternating passes of
 * ours and the SDK's (interleaved-pipeline.ts), which a machine whose speed drifts cannot skew.
 *
 * Environment: AKASH_SDL_CORPUS (corpus folder), AKASH_SDL_BENCH_TIME (ms per task, default 2500),
 * AKASH_SDL_BENCH_ROUNDS (alternating rounds of the interleaved pipeline ratio, default 15).
 */
import { spawnSync } from "node:child_process";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import { Bench } from "tinybench";
import { CONTENDERS } from "./contenders.js";
import type { Contender } from "./contenders.js";
import { measureInterleavedPipeline } from "./interleaved-pipeline.js";
import { corpusDir, loadCorpus } from "./load-corpus.js";
import type { CorpusEntry } from "./load-corpus.js";
import { printPipelineRatio } from "./pipeline-contenders.js";
import { printResults } from "./print-results.js";
import { printFrontEndTargets } from "./print-targets.js";
import type { Measurement } from "./print-results.js";

const dir = corpusDir();
let corpus: CorpusEntry[];
try {
  corpus = loadCorpus(dir);
} catch (error) {
  process.stderr.write(`bench: cannot read the corpus at ${dir} (${String(error)}); set AKASH_SDL_CORPUS\n`);
  process.exit(2);
}
if (corpus.length === 0) {
  process.stderr.write(`bench: no *.yaml files in ${dir}; set AKASH_SDL_CORPUS\n`);
  process.exit(2);
}
const texts = corpus.map((c) => c.text);
const totalBytes = corpus.reduce((sum, c) => sum + c.bytes, 0);

/** One iteration = every corpus file parsed once; the returned sum keeps the work observable. */
const parseAll = (contender: Contender): number => {
  let sum = 0;
  for (const text of texts) sum += contender.run(text);
  return sum;
};

// One untimed pass: how many files each parser reports problems for (a sanity check, and it
// loads lazily-initialised code before timing).
const problemFiles = new Map<string, number>();
for (const contender of CONTENDERS) {
  problemFiles.set(contender.name, texts.filter((t) => contender.run(t) > 0).length);
}

const time = Number(process.env["AKASH_SDL_BENCH_TIME"] ?? 2500);
const bench = new Bench({ name: "corpus parse", time, iterations: 5, warmupTime: 300, warmupIterations: 2 });
let sink = 0;
for (const contender of CONTENDERS) {
  bench.add(contender.name, () => {
    sink += parseAll(contender);
  });
}

process.stdout.write(
  `corpus: ${corpus.length} files, ${(totalBytes / 1e6).toFixed(2)} MB (${dir})\n` +
    `node ${process.version}, ${cpus().length} CPUs, ~${(time / 1000).toFixed(1)} s per task\n\n`,
);
await bench.run();

const measurements: Measurement[] = [];
for (const task of bench.tasks) {
  const contender = CONTENDERS.find((c) => c.name === task.name);
  const result = task.result;
  if (!contender) continue;
  if (result.state !== "completed") {
    const reason = result.state === "errored" ? String(result.error) : result.state;
    process.stderr.write(`bench: ${task.name} did not complete: ${reason}\n`);
    continue;
  }
  measurements.push({
    contender,
    meanMs: result.latency.mean,
    rme: result.latency.rme,
    samples: result.latency.samplesCount,
    problemFiles: problemFiles.get(contender.name) ?? 0,
  });
}
printResults(measurements, totalBytes, corpus.length, (s) => process.stdout.write(s));
printPipelineRatio(measurements, (s) => process.stdout.write(s));
const rounds = Math.max(1, Math.floor(Number(process.env["AKASH_SDL_BENCH_ROUNDS"] ?? 15)) || 15);
const interleaved = measureInterleavedPipeline(texts, rounds);
process.stdout.write(
  `full pipeline, interleaved (${interleaved.rounds} alternating rounds, medians): ours ${interleaved.oursMs.toFixed(1)} ms, ` +
    `chain-sdk alpha.45 ${interleaved.theirsMs.toFixed(1)} ms per corpus → ${interleaved.ratio.toFixed(2)}× faster ` +
    "(median of per-round ratios; target ≥ 5×: " +
    `${interleaved.ratio >= 5 ? "met" : "NOT met"})\n`,
);
printFrontEndTargets(measurements, (s) => process.stdout.write(s));
if (sink < 0) process.stdout.write("\n"); // never true; keeps `sink` observable

process.stdout.write("\nmemory (issue 9):\n");
const memory = spawnSync(process.execPath, [fileURLToPath(new URL("./measure-memory.js", import.meta.url))], {
  stdio: "inherit",
});
if (memory.status !== 0) process.stderr.write(`bench: measure-memory exited with ${String(memory.status)}\n`);

process.stdout.write("\nCLI CPU (issue 9, user + system CPU of each command in its own process, median):\n");
const cliCpu = spawnSync(process.execPath, [fileURLToPath(new URL("./measure-cli-cpu.js", import.meta.url))], {
  stdio: "inherit",
});
if (cliCpu.status !== 0) process.stderr.write(`bench: measure-cli-cpu exited with ${String(cliCpu.status)}\n`);
