/**
 * `node bench/dist/measure-cli-cpu.js` (after `tsc -b`, also run at the end of `pnpm bench`):
 * issue 9's command-line CPU targets. It bundles the `akash-sdl` bin first
 * (packages/cli/scripts/bundle-bin.mjs, what `pnpm build` does, so the current sources are
 * measured), then spawns, one after the other and several rounds in turn:
 *
 * - `akash-sdl validate` (packages/cli/bin/akash-sdl.js, the file the `akash-sdl` command of
 *   node_modules/.bin runs) of one awesome-akash file (the one of median size) and of the
 *   awesome-akash folder (384 files, in one process);
 * - sdk-validate.js, a script that validates the same paths the official way
 *   (`@akashnetwork/chain-sdk` 1.0.0-alpha.45: js-yaml `load` + `validateSDL`);
 * - for reference: Node with an empty script, `akash-sdl --help` and `akash-sdl estimate`.
 *
 * The bundled `validate` is a script loaded with V8's code cache (written by the bundling); the
 * header line says whether a fresh `node` accepts that cache (if not, every `validate` run compiles
 * the script from source and costs ~45 ms more).
 *
 * Each child reports its own user + system CPU time at exit (cpu-report.js, preloaded with
 * `--import`, writes to a pipe on descriptor 3; Node's own start-up is included). Output goes to
 * /dev/null. The median of the rounds is printed per command, then the ratios ours/SDK against the
 * targets (one file ≤ 0.25×, the 384 files ≤ 0.4×). A benchmark, not a test: nothing fails.
 *
 * Environment: AKASH_SDL_CORPUS (corpus folder), AKASH_SDL_BENCH_TIME (ms per bench task; below
 * 2000 the quick mode runs 3 rounds instead of 5), AKASH_SDL_BENCH_CLI_RUNS (rounds, overrides).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CpuReport } from "./cpu-report.js";
import { corpusDir } from "./load-corpus.js";

/** One command timed in child processes. */
interface CliCase {
  readonly label: string;
  /** Arguments after `node --import cpu-report.js`. */
  readonly args: readonly string[];
}

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const bin = join(repoRoot, "packages/cli/bin/akash-sdl.js");
const sdkScript = fileURLToPath(new URL("./sdk-validate.js", import.meta.url));
const preload = new URL("./cpu-report.js", import.meta.url).href;

/** The number of rounds: AKASH_SDL_BENCH_CLI_RUNS, else 5 (3 in quick mode). */
function rounds(): number {
  const explicit = Number(process.env["AKASH_SDL_BENCH_CLI_RUNS"]);
  if (Number.isInteger(explicit) && explicit > 0) return explicit;
  return Number(process.env["AKASH_SDL_BENCH_TIME"] ?? 2500) < 2000 ? 3 : 5;
}

/** Runs one case once; its CPU time in ms (user + system), or an error message. */
function runOnce(cliCase: CliCase): number | string {
  const result = spawnSync(process.execPath, ["--import", preload, ...cliCase.args], {
    cwd: repoRoot,
    stdio: ["ignore", "ignore", "pipe", "pipe"],
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  // validate exits 1 when a file has errors; 2 and above are usage or I/O errors.
  if (result.status === null || result.status > 1) {
    return `exit status ${String(result.status ?? result.signal)}: ${String(result.stderr).trim().slice(0, 300)}`;
  }
  const report = JSON.parse(String(result.output[3])) as CpuReport;
  return report.userMs + report.systemMs;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The awesome-akash file of median size: a typical single-file run. */
function typicalFile(files: readonly string[]): string {
  const bySize = [...files].sort((a, b) => statSync(a).size - statSync(b).size || a.localeCompare(b));
  return bySize[bySize.length >> 1] ?? "";
}

/**
 * Whether a fresh `node` accepts the code cache of the bundled validate script
 * (packages/cli/dist/bundle/validate-command-*.cjs + `.cache`): "accepted", "REJECTED" or "missing".
 */
function codeCacheState(): string {
  const dir = join(repoRoot, "packages/cli/dist/bundle");
  const script = readdirSync(dir).find((name) => /^validate-command-[0-9a-f]+\.cjs$/.test(name));
  if (script === undefined || !existsSync(join(dir, `${script}.cache`))) return "missing";
  const file = join(dir, script);
  const check = spawnSync(
    process.execPath,
    [
      "-e",
      'const fs = require("node:fs"); const f = process.argv[1]; process.stdout.write(String(new (require("node:vm").Script)(fs.readFileSync(f, "utf8"), { filename: f, cachedData: fs.readFileSync(f + ".cache") }).cachedDataRejected));',
      file,
    ],
    { encoding: "utf8" },
  );
  return check.stdout === "false"
    ? `accepted (${(readFileSync(`${file}.cache`).length / 1024).toFixed(0)} KiB)`
    : "REJECTED";
}

/** The last line `akash-sdl validate` prints for `paths` (the summary), for a sanity check. */
function summaryOf(paths: readonly string[]): string {
  const result = spawnSync(process.execPath, [bin, "validate", ...paths], { cwd: repoRoot, encoding: "utf8" });
  return String(result.stdout).trimEnd().split("\n").pop() ?? "";
}

const write = (s: string): void => {
  process.stdout.write(s);
};

const folder = join(corpusDir(), "awesome-akash");
if (!existsSync(folder)) {
  write(`CLI CPU: skipped, no awesome-akash folder in ${corpusDir()} (set AKASH_SDL_CORPUS)\n`);
  process.exit(0);
}
const files = readdirSync(folder)
  .filter((name) => /\.ya?ml$/i.test(name))
  .sort()
  .map((name) => join(folder, name));
const one = typicalFile(files);

const bundled = spawnSync(process.execPath, [join(repoRoot, "packages/cli/scripts/bundle-bin.mjs")], {
  stdio: "inherit",
});
if (bundled.status !== 0) {
  process.stderr.write("measure-cli-cpu: bundling the bin failed (packages/cli/scripts/bundle-bin.mjs)\n");
  process.exit(1);
}

const estimateArgs = ["estimate", "--model", "llama-3.1-8b", "--engine", "vllm", "--context", "8192"];
const CASES: readonly CliCase[] = [
  { label: "node, empty script (Node's own start-up)", args: ["-e", ""] },
  { label: "akash-sdl --help", args: [bin, "--help"] },
  { label: "akash-sdl validate, 1 file", args: [bin, "validate", one] },
  { label: "official SDK script, 1 file", args: [sdkScript, one] },
  { label: `akash-sdl validate, ${files.length} files`, args: [bin, "validate", folder] },
  { label: `official SDK script, ${files.length} files`, args: [sdkScript, folder] },
  { label: `akash-sdl ${estimateArgs.slice(0, 3).join(" ")} …`, args: [bin, ...estimateArgs] },
];

const runs = rounds();
const samples = CASES.map((): number[] => []);
const failures = new Map<string, string>();
for (let round = 0; round < runs; round++) {
  for (const [i, cliCase] of CASES.entries()) {
    if (failures.has(cliCase.label)) continue;
    const cpu = runOnce(cliCase);
    if (typeof cpu === "string") failures.set(cliCase.label, cpu);
    else samples[i]?.push(cpu);
  }
}

write(
  `node ${process.version}, ${runs} rounds; one file: ${one.slice(folder.length + 1)}; ` +
    `${files.length} files: \`validate ${folder}\` (${summaryOf([folder])}); code cache of validate: ${codeCacheState()}\n`,
);
const medians = new Map<string, number>();
const width = Math.max(...CASES.map((c) => c.label.length));
for (const [i, cliCase] of CASES.entries()) {
  const failure = failures.get(cliCase.label);
  if (failure !== undefined) {
    write(`  ${cliCase.label.padEnd(width)}  failed: ${failure}\n`);
    continue;
  }
  const values = samples[i] ?? [];
  const m = median(values);
  medians.set(cliCase.label, m);
  write(
    `  ${cliCase.label.padEnd(width)}  ${m.toFixed(0).padStart(5)} ms CPU ` +
      `(min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)})\n`,
  );
}

write("\nCLI targets (issue 9, CPU of ours / CPU of the official SDK script):\n");
const TARGETS = [
  { what: "validate of 1 file", ours: CASES[2], sdk: CASES[3], limit: 0.25 },
  { what: `validate of the ${files.length} files`, ours: CASES[4], sdk: CASES[5], limit: 0.4 },
];
for (const t of TARGETS) {
  const ours = medians.get(t.ours?.label ?? "");
  const sdk = medians.get(t.sdk?.label ?? "");
  if (ours === undefined || sdk === undefined) {
    write(`  ${t.what}: not measured\n`);
    continue;
  }
  const ratio = ours / sdk;
  write(
    `  ${t.what}: ${ratio.toFixed(2)}× the SDK script's CPU (target ≤ ${t.limit}×): ` +
      `${ratio <= t.limit ? "met" : "NOT met"}\n`,
  );
}
