import { parseArgs } from "node:util";
import type { EstimateRequest } from "@akash-sdl/estimator";
import { MAX_GPU_COUNT, MAX_GPUS_PER_NODE } from "@akash-sdl/estimator";
import { attachDashValues } from "../util/attach-dash-values.js";

/**
 * What `akash-sdl estimate` was asked to do.
 *
 * @example
 * const json = (a: EstimateArgs): boolean => a.format === "json";
 */
export interface EstimateArgs {
  readonly help: boolean;
  readonly format: "text" | "json";
  /** Plans shown in the text table (JSON shows all unless `--limit` is given). */
  readonly limit: number;
  /** `true` when `--limit` or `--all` was given. */
  readonly limitGiven: boolean;
  /** `true` when the user pinned GPU model or count (`--gpu`, `--gpus`). */
  readonly pinned: boolean;
  /** A JSON price file to read, relative to the working directory. */
  readonly pricesFile?: string;
  /** A Hugging Face `config.json` to read the architecture from, relative to the working directory. */
  readonly configFile?: string;
  readonly color?: boolean;
  readonly request: EstimateRequest;
}

/**
 * Parse outcome: arguments, or a usage error sentence.
 *
 * @example
 * const r: ParsedEstimateArgs = { ok: false, error: "--model is required" };
 */
export type ParsedEstimateArgs =
  | { readonly ok: true; readonly args: EstimateArgs }
  | { readonly ok: false; readonly error: string };

const OPTIONS = {
  help: { type: "boolean", short: "h" },
  model: { type: "string", short: "m" },
  config: { type: "string" },
  task: { type: "string" },
  engine: { type: "string" },
  dtype: { type: "string" },
  "kv-dtype": { type: "string" },
  context: { type: "string" },
  concurrency: { type: "string" },
  "prompt-tokens": { type: "string" },
  "output-tokens": { type: "string" },
  "max-num-seqs": { type: "string" },
  "max-num-batched-tokens": { type: "string" },
  "gpu-memory-utilization": { type: "string" },
  method: { type: "string" },
  optimizer: { type: "string" },
  "seq-len": { type: "string" },
  "micro-batch": { type: "string" },
  "lora-rank": { type: "string" },
  "no-checkpointing": { type: "boolean" },
  resolution: { type: "string" },
  batch: { type: "string" },
  offload: { type: "string" },
  "vae-slicing": { type: "boolean" },
  "vae-tiling": { type: "boolean" },
  "tiny-vae": { type: "boolean" },
  steps: { type: "string" },
  gpu: { type: "string", multiple: true },
  gpus: { type: "string" },
  "max-gpus-per-node": { type: "string" },
  "max-gpus": { type: "string" },
  "include-unoffered": { type: "boolean" },
  price: { type: "string", multiple: true },
  prices: { type: "string" },
  budget: { type: "string" },
  format: { type: "string", short: "f" },
  limit: { type: "string" },
  all: { type: "boolean" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
} as const;

/**
 * Parses `akash-sdl estimate` arguments. Numbers must be positive (utilisation and prices may be
 * fractions); `--gpu` may repeat or list models with commas; `--price MODEL=USD` may repeat.
 *
 * @example
 * parseEstimateArgs(["--model", "llama-3.1-8b", "--gpus", "2"]);
 */
export function parseEstimateArgs(argv: readonly string[]): ParsedEstimateArgs {
  let values: Record<string, string | boolean | string[] | undefined>;
  let positionals: string[];
  try {
    const parsed = parseArgs({
      args: attachDashValues(argv, OPTIONS),
      options: OPTIONS,
      strict: true,
      allowPositionals: true,
    });
    values = parsed.values as Record<string, string | boolean | string[] | undefined>;
    positionals = parsed.positionals;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: (/^.*?[.](?=\s|$)/.exec(message)?.[0] ?? message).replace(/\.$/, "") };
  }
  const str = (name: string): string | undefined => {
    const v = values[name];
    return typeof v === "string" ? v : undefined;
  };
  const errors: string[] = [];
  const num = (name: string, integer: boolean, max = Number.MAX_SAFE_INTEGER): number | undefined => {
    const v = str(name);
    if (v === undefined) return undefined;
    // Plain decimals only (`8192`, `8_192`, `8k`, `0.9`): no hex, exponents or signs.
    const plain = v.trim().replace(/_/g, "");
    const n = /^(?:\d+(?:\.\d*)?|\.\d+)k?$/i.test(plain)
      ? Number(plain.replace(/k$/i, "")) * (/k$/i.test(plain) ? 1000 : 1)
      : Number.NaN;
    const range = max < Number.MAX_SAFE_INTEGER ? ` from 1 to ${max}` : " above 0";
    if (!Number.isFinite(n) || n <= 0 || n > max || (integer && !Number.isInteger(n))) {
      errors.push(`--${name} needs ${integer ? "a whole number" : "a number"}${range}, got '${v}'`);
      return undefined;
    }
    return n;
  };
  if (positionals.length > 0) errors.push(`unexpected argument '${positionals[0]}'`);
  const format = str("format") ?? "text";
  if (format !== "text" && format !== "json") errors.push(`--format must be text or json, got '${format}'`);
  const help = values["help"] === true;
  const model = str("model") ?? "";
  if (!help && model === "" && str("config") === undefined) errors.push("--model is required (or --config FILE)");

  const gpuArgs = (values["gpu"] as string[] | undefined) ?? [];
  const gpuModels = gpuArgs
    .flatMap((g) => g.split(","))
    .map((g) => g.trim())
    .filter((g) => g !== "");
  for (const g of gpuArgs)
    if (g.split(",").every((part) => part.trim() === ""))
      errors.push(`--gpu needs a GPU model such as h100 or a100:80, got '${g}'`);
  const prices: Record<string, number> = {};
  for (const entry of (values["price"] as string[] | undefined) ?? []) {
    const m = /^([^=]+)=([0-9.]+)$/.exec(entry.trim());
    const value = m ? Number(m[2]) : Number.NaN;
    if (!m || !Number.isFinite(value)) errors.push(`--price needs MODEL=PRICE, got '${entry}'`);
    else prices[(m[1] ?? "").trim()] = value;
  }
  const gpuCount = num("gpus", true, MAX_GPU_COUNT);
  const maxPerNode = num("max-gpus-per-node", true, MAX_GPUS_PER_NODE);
  const maxGpus = num("max-gpus", true, MAX_GPU_COUNT);
  const budget = num("budget", false);
  const limit = values["all"] === true ? Number.POSITIVE_INFINITY : (num("limit", true) ?? 10);
  const request: EstimateRequest = {
    model,
    ...(str("task") !== undefined ? { task: str("task") as EstimateRequest["task"] } : {}),
    ...(str("engine") !== undefined ? { engine: str("engine") } : {}),
    ...(str("dtype") !== undefined ? { dtype: str("dtype") } : {}),
    ...(str("kv-dtype") !== undefined ? { kvDtype: str("kv-dtype") } : {}),
    ...optionalNumber("context", num("context", true)),
    ...optionalNumber("concurrency", num("concurrency", true)),
    ...optionalNumber("promptTokens", num("prompt-tokens", true)),
    ...optionalNumber("outputTokens", num("output-tokens", true)),
    ...optionalNumber("maxNumSeqs", num("max-num-seqs", true)),
    ...optionalNumber("maxBatchedTokens", num("max-num-batched-tokens", true)),
    ...optionalNumber("gpuMemoryUtilization", num("gpu-memory-utilization", false)),
    ...(str("method") !== undefined ? { method: str("method") } : {}),
    ...(str("optimizer") !== undefined ? { optimizer: str("optimizer") } : {}),
    ...optionalNumber("sequenceLength", num("seq-len", true)),
    ...optionalNumber("microBatch", num("micro-batch", true)),
    ...optionalNumber("loraRank", num("lora-rank", true)),
    ...(values["no-checkpointing"] === true ? { gradientCheckpointing: false } : {}),
    ...optionalNumber("resolution", num("resolution", true)),
    ...optionalNumber("batchSize", num("batch", true)),
    ...(str("offload") !== undefined ? { offload: str("offload") } : {}),
    ...(values["vae-slicing"] === true ? { vaeSlicing: true } : {}),
    ...(values["vae-tiling"] === true ? { vaeTiling: true } : {}),
    ...(values["tiny-vae"] === true ? { tinyVae: true } : {}),
    ...optionalNumber("steps", num("steps", true)),
    constraints: {
      ...(gpuModels.length > 0 ? { gpuModels } : {}),
      ...(gpuCount !== undefined ? { gpuCount } : {}),
      ...(maxPerNode !== undefined ? { maxGpusPerNode: maxPerNode } : {}),
      ...(maxGpus !== undefined ? { maxGpus } : {}),
      ...(budget !== undefined ? { budgetPerHour: budget } : {}),
      ...(values["include-unoffered"] === true ? { includeUnofferedGpus: true } : {}),
    },
    ...(Object.keys(prices).length > 0 ? { prices } : {}),
  };
  if (errors.length > 0 && !help) return { ok: false, error: errors[0] ?? "invalid arguments" };
  const color = values["no-color"] === true ? false : values["color"] === true ? true : undefined;
  return {
    ok: true,
    args: {
      help,
      format: format === "json" ? "json" : "text",
      limit,
      limitGiven: values["all"] === true || str("limit") !== undefined,
      pinned: gpuModels.length > 0 || gpuCount !== undefined,
      ...(str("prices") !== undefined ? { pricesFile: str("prices") } : {}),
      ...(str("config") !== undefined ? { configFile: str("config") } : {}),
      ...(color !== undefined ? { color } : {}),
      request,
    },
  };
}

function optionalNumber(key: string, value: number | undefined): Record<string, number> {
  return value === undefined ? {} : { [key]: value };
}
