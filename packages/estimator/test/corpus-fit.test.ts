// Every AI-model template of the awesome-akash corpus that names a catalogue model was deployed
// by real users: the estimate for its configuration (GPU model × count, engine flags) must fit.
import { readFileSync, writeFileSync } from "node:fs";
import { GPUS, MODELS, findModel } from "@akash-sdl/catalog";
import { parse, toPlainValue } from "@akash-sdl/core";
import { describe, expect, it } from "vitest";
import { HAS_CORPUS, corpusFiles } from "./support/corpus.js";
import {
  estimate,
  parseGpuPattern,
  parseServeCommand,
  resolveModelRef,
  type EstimateRequest,
  type ResourcePlan,
} from "../src/index.js";

interface TemplateCase {
  readonly file: string;
  readonly service: string;
  readonly model: string;
  readonly request: EstimateRequest;
  readonly gpus: string;
}

type Obj = Record<string, unknown>;
/**
 * Scheduler settings of the vLLM build a template pins. Images before v0.8 run the V0 engine:
 * `max_num_seqs` 256 (arg_utils: "256 if not envs.VLLM_USE_V1 else 1024") and, without chunked
 * prefill, `max_num_batched_tokens = max(max_model_len, 2048)`; chunked prefill switches on above
 * 32k tokens of context with 512 batched tokens (V0 `SchedulerConfig`). Later images use the
 * estimator's defaults (current vLLM).
 */
function legacyVllmLimits(
  image: string,
  context: number,
): { maxNumSeqs: number; maxBatchedTokens: number } | undefined {
  const m = /vllm-openai:v0\.(\d+)\./.exec(image);
  if (!m || Number(m[1]) >= 8) return undefined;
  return { maxNumSeqs: 256, maxBatchedTokens: context > 32_000 ? 512 : Math.max(context, 2048) };
}

const obj = (v: unknown): Obj => (v && typeof v === "object" && !Array.isArray(v) ? (v as Obj) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Reads the GPU model × count, engine flags and model of every GPU service that names a catalogue model. */
function templateCases(): TemplateCase[] {
  const out: TemplateCase[] = [];
  const catalog = { findModel, models: MODELS };
  for (const f of corpusFiles("awesome-akash")) {
    const doc = obj(toPlainValue(parse(f.text).tree.root));
    const compute = obj(obj(doc["profiles"])["compute"]);
    for (const [name, svc] of Object.entries(obj(doc["services"]))) {
      const s = obj(svc);
      const gpu = obj(obj(obj(compute[name])["resources"])["gpu"]);
      const units = Number(gpu["units"] ?? 0);
      if (!(units > 0)) continue;
      const env: Record<string, string> = {};
      for (const e of list(s["env"])) {
        const text = String(e);
        const i = text.indexOf("=");
        if (i > 0) env[text.slice(0, i)] = text.slice(i + 1);
      }
      const command = [...list(s["command"]), ...list(s["args"])].map(String).join(" ");
      const serve = parseServeCommand(command, env);
      const model = [serve.model, ...Object.values(env)].find(
        (c): c is string => !!c && resolveModelRef(c, catalog) !== undefined,
      );
      if (!model) continue;
      // GPU entries as written; names the catalogue does not know (a100-80gb spelt as one word
      // aside) can never match a provider and are left out.
      const entries = Object.entries(obj(obj(gpu["attributes"])["vendor"])).flatMap(([, models]) =>
        list(models).map((m) => {
          const e = obj(m);
          return `${String(e["model"])}${e["ram"] ? `:${String(e["ram"])}` : ""}`;
        }),
      );
      const known = entries.filter((e) => GPUS.some((g) => g.model === parseGpuPattern(e).model));
      // Multi-node templates (Ray, TP × PP) run one model over several services of `units` GPUs.
      const parallel = (serve.tensorParallel ?? 1) * (serve.pipelineParallel ?? 1);
      const count = parallel > units ? parallel : units;
      const context = serve.context ?? resolveModelRef(model, catalog)?.spec.maxContext ?? 0;
      const legacy =
        serve.engine === "vllm" || serve.engine === undefined
          ? legacyVllmLimits(String(s["image"] ?? ""), context)
          : undefined;
      const maxNumSeqs = serve.maxNumSeqs ?? legacy?.maxNumSeqs;
      const maxBatchedTokens = serve.maxBatchedTokens ?? legacy?.maxBatchedTokens;
      const request: EstimateRequest = {
        model,
        ...(serve.engine ? { engine: serve.engine } : {}),
        ...(serve.context ? { context: serve.context } : {}),
        ...(serve.gpuMemoryUtilization ? { gpuMemoryUtilization: serve.gpuMemoryUtilization } : {}),
        ...(serve.dtype ? { dtype: serve.dtype } : {}),
        ...(serve.kvDtype ? { kvDtype: serve.kvDtype } : {}),
        ...(maxNumSeqs ? { maxNumSeqs } : {}),
        ...(maxBatchedTokens ? { maxBatchedTokens } : {}),
        constraints: { gpuCount: count, maxGpusPerNode: units, ...(known.length > 0 ? { gpuModels: known } : {}) },
      };
      out.push({ file: f.name, service: name, model, request, gpus: known.length > 0 ? known.join(", ") : "any GPU" });
    }
  }
  return out;
}

const cases = templateCases();
const results = cases.map((c) => ({ c, plans: estimate(c.request).plans as readonly ResourcePlan[] }));

/**
 * Templates the estimate says do not fit on any GPU the file allows, with the arithmetic the report
 * prints. Each is backed by a published failure of the same configuration.
 */
const EXPECTED_NOT_FITTING: ReadonlyMap<string, string> = new Map([
  [
    "awesome-akash/openai-gpt-oss-120b__deploy.yaml",
    [
      "`vllm serve openai/gpt-oss-120b` with every default: util 0.90 × 79.2 GiB = 71.3 GiB per GPU. vLLM pads the MXFP4",
      "experts for its Marlin MoE kernel (hidden 2880 → 3072, expert width 2880 → 2944), so the weights take 65.8 GiB",
      "(vllm #23278 logged 65.97 GiB against the 60.8 GiB checkpoint). On an H100 vLLM warms its sampler up for 1,024",
      "sequences × 201,088 vocabulary entries × 38 B = 7.3 GiB; with 0.25 GiB of non-torch memory that is 73.4 GiB",
      'before any KV cache: −2.1 GiB, and vllm #23278 reported "Available KV cache memory: −2.14 GiB" for exactly',
      "this command (vllm #27508 hits the same sampler warm-up). An A100 warms up 256 sequences (1.9 GiB) and keeps",
      "3.4 GiB for the KV cache, ~99k tokens at 36,864 B/token, short of the 131,072-token default context. The",
      "fixes: `--max-model-len 98304` on A100, or on H100 `--max-num-seqs 256 --gpu-memory-utilization 0.95`.",
    ].join(" "),
  ],
]);

describe.runIf(HAS_CORPUS)("awesome-akash AI templates", () => {
  it("finds the templates that name catalogue models", () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    expect(cases.map((c) => c.file)).toContain("awesome-akash/Llama-3.3-70B__deploy.yaml");
  });

  it.each(results.map((r) => [`${r.c.file} [${r.c.service}]`, r] as const))("%s fits", (_name, r) => {
    const fits = r.plans.some((p) => p.fits);
    expect(fits || EXPECTED_NOT_FITTING.has(r.c.file)).toBe(true);
    // An expected failure that starts fitting must be taken off the list (and the report).
    if (EXPECTED_NOT_FITTING.has(r.c.file)) expect(fits).toBe(false);
  });

  it("keeps docs/corpus-fit-report.md in step with the estimate (AKASH_SDL_WRITE_REPORT=1 rewrites it)", () => {
    const report = renderReport();
    const file = new URL("../docs/corpus-fit-report.md", import.meta.url);
    if (process.env["AKASH_SDL_WRITE_REPORT"] === "1") writeFileSync(file, report);
    // The whole report, line by line, so a changed verdict, context or GPU list shows as a diff.
    expect(readFileSync(file, "utf8").split("\n")).toEqual(report.split("\n"));
  });
});

function renderReport(): string {
  const short = (file: string): string => file.replace("awesome-akash/", "");
  const sku = (p: ResourcePlan): string => `${p.gpuCount}×${p.gpu.model} ${p.gpu.ramGiB}Gi ${p.gpu.interface}`;
  const lines = [
    "# Corpus fit report",
    "",
    "Generated by `test/corpus-fit.test.ts` (`AKASH_SDL_WRITE_REPORT=1 npx vitest run --project estimator test/corpus-fit`).",
    "Every GPU service of `shared/corpus/awesome-akash` whose command line or environment names a catalogue",
    "model is estimated with the file's GPU models × count and engine flags (context, memory fraction, TP × PP,",
    "quantisation named in the model id). A template fits when at least one GPU the file allows holds it.",
    "Templates that name no catalogue model (QwQ-32B, DeepSeek-V3.1, Kimi-K2, Qwen3-Coder/Next/3.5, Hermes-4,",
    "Llama-3.2-Vision, Nemotron, ComfyUI, ...) are not covered.",
    "",
    "Engine settings read from each file: `--max-model-len`/`--context-length`, `--gpu-memory-utilization`/",
    "`--mem-fraction-static`, `--tensor-parallel-size` × `--pipeline-parallel-size`, `--max-num-seqs`,",
    "`--max-num-batched-tokens`, `--kv-cache-dtype`, `--quantization`. vLLM images before v0.8 run the V0 engine, which",
    "warms the sampler up for 256 sequences and profiles `max(max_model_len, 2048)` tokens (512 with chunked prefill",
    "above 32k); later images get current vLLM's defaults (1,024 sequences and 8,192 tokens on ≥ 70 GiB GPUs other than",
    "A100, 256 and 2,048 elsewhere). `--enforce-eager` changes nothing here: vLLM captures CUDA graphs after it has sized",
    "the KV cache, inside the 1 − utilisation slack.",
    "",
    "Llama-3-70B (vLLM v0.6.2, TP2, util 0.90, model default 8,192 tokens) on 2 × 80 GB: 65.7 GiB of bf16 weights +",
    "2.0 GiB non-torch memory at TP2 over NVLink (0.25 + 1.79, vllm PRs #12126/#10511) + 1.3 GiB activation peak",
    "(V0's 256-sequence sampler warm-up, 1.22 GiB, plus the kept hidden states; the 8,192-token forward pass needs",
    "1.16 GiB) = 69.0 GiB, leaving 2.3 GiB of the 71.3 GiB budget for the 1.25 GiB KV cache of 8,192 tokens: it fits",
    "with 1.0 GiB to spare (~14.8k tokens at most). The same command on a current vLLM would not start on H100s: the",
    "1,024-sequence warm-up takes 4.8 GiB (`--max-num-seqs 256` restores the fit); A100s keep the 256 default.",
    "",
    "## Templates",
    "",
    "| template | model | engine | context | GPUs | verdict |",
    "|---|---|---|---|---|---|",
  ];
  for (const { c, plans } of results) {
    const ok = plans.filter((p) => p.fits);
    const p = ok[0] ?? plans[0];
    const ctx = p ? p.context.toLocaleString("en-US") : "–";
    const verdict =
      ok.length === 0
        ? "**does not fit**"
        : c.gpus === "any GPU"
          ? `fits on ${ok.length} of ${plans.length} offered GPU models, from ${sku(ok.reduce((a, b) => (b.gpu.ramGiB < a.gpu.ramGiB ? b : a)))}`
          : `fits on ${ok.map(sku).join("; ")}`;
    lines.push(
      `| ${short(c.file)} [${c.service}] | ${c.model} | ${p?.engine ?? "–"} | ${ctx} | ${c.request.constraints?.gpuCount} × ${c.gpus} | ${verdict} |`,
    );
  }
  lines.push("", "## Templates that do not fit", "");
  const failing = results.filter((r) => !r.plans.some((p) => p.fits));
  if (failing.length === 0) lines.push("None: every template fits on at least one GPU it allows.");
  for (const { c, plans } of failing) {
    const why = EXPECTED_NOT_FITTING.get(c.file);
    lines.push(
      `### ${short(c.file)} [${c.service}]`,
      "",
      ...(why ? [why, ""] : []),
      ...plans.map((p) => `- ${sku(p)}: ${p.reason}`),
      "",
    );
  }
  lines.push("", "## Fits with a capped KV pool (SGLang)", "");
  lines.push(
    "SGLang starts whatever the KV pool holds and limits requests to it (`max_req_input_len`); these templates configure",
    "a longer context than their pool holds on the listed GPU, so single requests are capped:",
    "",
  );
  let capped = false;
  for (const { c, plans } of results) {
    const p = plans.find((x) => x.fits);
    if (p && p.maxContext !== null && p.maxContext < p.context) {
      capped = true;
      lines.push(
        `- ${short(c.file)} on ${sku(p)}: pool ${p.maxContext.toLocaleString("en-US")} tokens < configured ${p.context.toLocaleString("en-US")}.`,
      );
    }
  }
  if (!capped) lines.push("None.");
  lines.push("", "## Listed GPUs that we say are too small", "");
  lines.push(
    "A template lists several GPU models and the provider may hand out any of them. For templates that name GPU models,",
    "these allowed SKUs do not fit by our arithmetic (the template still fits on another one).",
    "",
  );
  for (const { c, plans } of results) {
    if (c.gpus === "any GPU" || !plans.some((p) => p.fits)) continue;
    for (const p of plans.filter((x) => !x.fits)) lines.push(`- ${short(c.file)} on ${sku(p)}: ${p.reason}`);
  }
  return `${lines.join("\n")}\n`;
}
