// The fuzz campaign: parse + validate + format + CLI over corpus mutations and generated YAML.
// Dependencies are passed in (sources under vitest, built packages under `pnpm fuzz`), so the
// same campaign runs in both. A case is a pure function of (seed, index): resuming at an index
// replays nothing and reproduces any failure exactly.
import { GENERATORS, MUTATIONS, prng } from "./mutations.mjs";

/** Most milliseconds a case may take per KiB of input (issue 12: "slower than 100 ms per KiB"). */
export const MS_PER_KIB = 100;

const RAW_CONTROL = /[\p{Cc}\p{Cf}]/u;
const MUTATION_NAMES = Object.keys(MUTATIONS);
const GENERATOR_NAMES = Object.keys(GENERATORS);

/** A typical SDL (~1.5 KiB) whose checking time is the campaign's yardstick for machine load. */
const YARDSTICK = `version: "2.0"
services:
  web:
    image: nginx:1.27
    env:
      - MODE=production
      - WORKERS=4
    expose:
      - port: 80
        as: 80
        to:
          - global: true
      - port: 443
        to:
          - global: true
  api:
    image: ghcr.io/example/api:2.3.1
    depends_on:
      - web
    expose:
      - port: 8080
        to:
          - service: web
profiles:
  compute:
    web:
      resources:
        cpu:
          units: 0.5
        memory:
          size: 512Mi
        storage:
          size: 1Gi
    api:
      resources:
        cpu:
          units: 2
        memory:
          size: 4Gi
        storage:
          - size: 10Gi
          - name: data
            size: 100Gi
            attributes:
              persistent: true
              class: beta3
        gpu:
          units: 1
          attributes:
            vendor:
              nvidia:
                - model: h100
                  ram: 80Gi
  placement:
    dc:
      attributes:
        region: us-west
      pricing:
        web:
          denom: uakt
          amount: 1000
        api:
          denom: uakt
          amount: 50000
deployment:
  web:
    dc:
      profile: web
      count: 2
  api:
    dc:
      profile: api
      count: 1
`;

/** The yardstick's checking time now: the best of `runs`. */
function yardstick(deps, runs) {
  let best = Infinity;
  for (let i = 0; i < runs; i++) best = Math.min(best, checkLibraries(deps, YARDSTICK).ms);
  return best;
}

/** Builds case `index` of `seed`: its text and a description of how it was made. */
export function makeCase(seed, index, corpus) {
  const rng = prng((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  if (corpus.length === 0 || rng() < 0.2) {
    const name = GENERATOR_NAMES[Math.floor(rng() * GENERATOR_NAMES.length)];
    return { text: GENERATORS[name](rng), how: [`generate:${name}`] };
  }
  const base = Math.floor(rng() * corpus.length);
  let text = corpus[base].text;
  const how = [`corpus:${corpus[base].name}`];
  const steps = 1 + Math.floor(rng() * 3);
  for (let i = 0; i < steps; i++) {
    const name = MUTATION_NAMES[Math.floor(rng() * MUTATION_NAMES.length)];
    text = MUTATIONS[name](text, rng);
    how.push(name);
  }
  return { text, how };
}

function badSpans(diagnostics, length) {
  const bad = [];
  for (const d of diagnostics) {
    for (const span of [d.span, ...(d.related ?? []).map((r) => r.span)]) {
      if (span === undefined) continue;
      const ok =
        Number.isInteger(span.start) &&
        Number.isInteger(span.end) &&
        span.start >= 0 &&
        span.start <= span.end &&
        span.end <= length;
      if (!ok) bad.push(`${d.code} ${JSON.stringify(span)} (text length ${length})`);
    }
  }
  return bad;
}

/** Runs parse, validate and the text renderer on one text; returns the problems and the time. */
function checkLibraries(deps, text) {
  const problems = [];
  const start = performance.now();
  let parsed;
  try {
    parsed = deps.parse(text);
  } catch (error) {
    return { problems: [`parse threw: ${error?.stack ?? error}`], ms: performance.now() - start };
  }
  let diagnostics = [...parsed.diagnostics];
  problems.push(...badSpans(parsed.diagnostics, text.length).map((s) => `parse span out of text: ${s}`));
  if (deps.validate) {
    try {
      diagnostics = [...deps.validate(parsed)];
      problems.push(...badSpans(diagnostics, text.length).map((s) => `validate span out of text: ${s}`));
    } catch (error) {
      problems.push(`validate threw: ${error?.stack ?? error}`);
    }
  }
  try {
    const out = deps.renderText({
      file: "fuzz.yaml",
      text,
      lineCounter: parsed.lineCounter,
      diagnostics,
      ioProblem: false,
    });
    const raw = out.replace(/\n/g, "").match(RAW_CONTROL);
    if (raw)
      problems.push(`raw control character U+${raw[0].codePointAt(0).toString(16).padStart(4, "0")} in text output`);
  } catch (error) {
    problems.push(`format threw: ${error?.stack ?? error}`);
  }
  return { problems, ms: performance.now() - start };
}

/** Runs the CLI on one text through standard input, in all four formats. */
async function checkCli(deps, text) {
  const problems = [];
  const bytes = new TextEncoder().encode(text);
  for (const format of ["text", "json", "github", "sarif"]) {
    let result;
    try {
      result = await deps.runCli(["validate", "--format", format, "-"], bytes);
    } catch (error) {
      problems.push(`CLI (${format}) threw: ${error?.stack ?? error}`);
      continue;
    }
    if (result.code !== 0 && result.code !== 1)
      problems.push(`CLI (${format}) exit status ${result.code}: ${result.stderr.slice(0, 200)}`);
    if (format === "json" || format === "sarif") {
      try {
        JSON.parse(result.stdout);
      } catch {
        problems.push(`CLI ${format} output is not valid JSON`);
      }
    } else {
      const raw = result.stdout.replace(/\n/g, "").match(RAW_CONTROL);
      if (raw) problems.push(`CLI text output holds raw U+${raw[0].codePointAt(0).toString(16).padStart(4, "0")}`);
    }
  }
  return problems;
}

/**
 * Runs cases `start`, `start + 1`, … of `seed` until `seconds` have passed (or `maxCases`), and
 * resolves to `{ cases, nextIndex, failures }`. A failure holds the index, the way the case was
 * made, the problems and the input. `onCase(index)` is called after every case (for resume files).
 */
export async function runCampaign(deps, options) {
  const { seed, seconds, corpus = [], start = 0, maxCases = Infinity, cliEvery = 7, onCase } = options;
  const deadline = performance.now() + seconds * 1000;
  // The machine's best speed seen so far; a slow case is judged against the speed at that moment
  // (a busy CI machine slows every input alike, a hostile input only itself).
  yardstick(deps, 5);
  let bestYard = yardstick(deps, 5);
  const failures = [];
  let index = start;
  let cases = 0;
  while (performance.now() < deadline && cases < maxCases) {
    const { text, how } = makeCase(seed, index, corpus);
    let { problems, ms } = checkLibraries(deps, text);
    const budget = MS_PER_KIB * Math.max(1, text.length / 1024);
    // A GC pause, a cold code path or a busy machine: time it again (the best of three counts).
    for (let retry = 0; retry < 2 && ms > budget; retry++) ms = Math.min(ms, checkLibraries(deps, text).ms);
    if (ms > budget) {
      const yard = yardstick(deps, 3);
      bestYard = Math.min(bestYard, yard);
      const load = Math.max(1, yard / bestYard);
      if (ms > budget * load) {
        problems.push(
          `slow: ${ms.toFixed(0)} ms for ${(text.length / 1024).toFixed(1)} KiB (budget ${budget.toFixed(0)} ms × machine load ${load.toFixed(1)})`,
        );
      }
    }
    if (index % cliEvery === 0) problems.push(...(await checkCli(deps, text)));
    if (problems.length > 0) failures.push({ seed, index, how, problems, input: text });
    cases++;
    index++;
    onCase?.(index);
  }
  return { cases, nextIndex: index, failures };
}
