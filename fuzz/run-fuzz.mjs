#!/usr/bin/env node
// `pnpm fuzz [--seed N] [--seconds S] [--start I | --resume] [--corpus DIR]`: the hostile-input
// campaign of issue 12 against the built packages (run `pnpm build` first). Time-boxed (default
// 300 s), seedable (default: a random seed, printed), resumable (`--resume` continues the seed from
// fuzz/.state/seed-N.json). Failures are written to fuzz/failures/ and make the exit status 1.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { runCampaign } from "./campaign.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, "..");
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
};
const seed = Number(arg("seed", String(Math.floor(Math.random() * 2 ** 31))));
const seconds = Number(arg("seconds", "300"));
const stateFile = join(here, ".state", `seed-${seed}.json`);
const start =
  process.argv.includes("--resume") && existsSync(stateFile)
    ? JSON.parse(readFileSync(stateFile, "utf8")).nextIndex
    : Number(arg("start", "0"));
const corpusDir = resolve(arg("corpus", process.env.AKASH_SDL_CORPUS ?? join(repo, "..", "shared", "corpus")));

const dist = (pkg, file) => join(repo, "packages", pkg, "dist", file);
for (const file of [dist("core", "index.js"), dist("cli", "main.js")]) {
  if (!existsSync(file)) {
    console.error(`fuzz: ${relative(repo, file)} is missing; run 'pnpm build' first.`);
    process.exit(2);
  }
}
const core = await import(dist("core", "index.js"));
const { main } = await import(dist("cli", "main.js"));
const { renderFileReport } = await import(dist("cli", "validate/render-file-report.js"));
const validator = existsSync(dist("validator", "index.js")) ? await import(dist("validator", "index.js")) : {};

const corpus = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full);
    else if (/\.ya?ml$/.test(name)) corpus.push({ name: relative(corpusDir, full), text: readFileSync(full, "utf8") });
  }
};
if (existsSync(corpusDir)) walk(corpusDir);
else console.warn(`fuzz: no corpus at ${corpusDir}; generated inputs only`);

const sink = () => {
  let text = "";
  return { write: (c) => ((text += c), true), isTTY: false, text: () => text };
};
const deps = {
  parse: (text) => core.parse(text),
  ...(typeof validator.validate === "function" ? { validate: (parsed) => validator.validate(parsed) } : {}),
  renderText: (report) => renderFileReport(report, { color: false, maxWidth: 100 }),
  runCli: async (argv, bytes) => {
    const stdout = sink();
    const stderr = sink();
    const code = await main(argv, {
      stdout,
      stderr,
      cwd: repo,
      env: {},
      readStdin: async (max) => bytes.subarray(0, max + 1),
    });
    return { code, stdout: stdout.text(), stderr: stderr.text() };
  },
};

console.log(
  `fuzz: seed ${seed}, from case ${start}, ${seconds} s, ${corpus.length} corpus files${deps.validate ? "" : " (validator not built: parse + format + CLI only)"}`,
);
mkdirSync(dirname(stateFile), { recursive: true });
let last = Date.now();
const result = await runCampaign(deps, {
  seed,
  seconds,
  corpus,
  start,
  onCase: (next) => {
    if (Date.now() - last < 2000) return;
    last = Date.now();
    writeFileSync(stateFile, JSON.stringify({ seed, nextIndex: next }));
  },
});
writeFileSync(stateFile, JSON.stringify({ seed, nextIndex: result.nextIndex }));
if (result.failures.length > 0) {
  const out = join(here, "failures");
  mkdirSync(out, { recursive: true });
  for (const f of result.failures) {
    const base = join(out, `seed-${seed}-case-${f.index}`);
    writeFileSync(`${base}.yaml`, f.input);
    writeFileSync(
      `${base}.json`,
      JSON.stringify({ seed: f.seed, index: f.index, how: f.how, problems: f.problems }, null, 2),
    );
    console.log(`FAIL case ${f.index} (${f.how.join(" + ")}): ${f.problems[0]?.split("\n")[0]}`);
  }
}
console.log(
  `fuzz: ${result.cases} cases (${start}..${result.nextIndex - 1}), ${result.failures.length} failures; resume with --seed ${seed} --resume`,
);
process.exitCode = result.failures.length > 0 ? 1 : 0;
