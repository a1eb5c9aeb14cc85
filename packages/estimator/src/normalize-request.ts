import { createDiagnostic, type Diagnostic } from "@akash-sdl/core";
import { defaultEngine, ENGINE_NAMES, ENGINE_PROFILES, parseEngine } from "./engine-profiles.js";
import { FORMAT_BITS, KV_DTYPES, parseKvDtype, parseWeightFormat, WEIGHT_FORMATS } from "./formats.js";
import { buildProfile, type ModelProfile } from "./model-profile.js";
import { MAX_GPU_COUNT, MAX_GPUS_PER_NODE } from "./parallel-layout.js";
import type {
  DiffusionOffload,
  EngineName,
  EstimateCatalog,
  EstimateRequest,
  FinetuneMethod,
  OptimizerName,
  WeightFormat,
} from "./request.js";
import { resolveModelRef } from "./resolve-model.js";
import { suggestByFamilyAndSize } from "./suggest-by-size.js";
import { didYouMean } from "./suggest.js";
import type { Knobs } from "./workload.js";

/**
 * A request with the model resolved and every knob set.
 *
 * @example
 * const engine = (n: NormalizedRequest): string => n.knobs.engine;
 */
export interface NormalizedRequest {
  readonly model: ModelProfile;
  readonly knobs: Knobs;
}

const METHODS: readonly FinetuneMethod[] = ["full", "lora", "qlora"];
const OPTIMIZERS: readonly OptimizerName[] = ["adamw", "adamw-8bit", "sgd", "adafactor"];

const invalid = (option: string, value: unknown, accepted?: readonly string[]): Diagnostic =>
  createDiagnostic("estimate/invalid-option", `The ${option} '${String(value)}' is not valid.`, undefined, {
    ...(accepted ? { hints: [`Use one of: ${accepted.join(", ")}.`] } : {}),
    data: { option, actual: value },
  });

function positiveInt(option: string, value: unknown, diagnostics: Diagnostic[]): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "number" && Number.isInteger(value) && value > 0) return value;
  diagnostics.push(invalid(option, value, ["a whole number above 0"]));
  return undefined;
}

/** Reports a value above `max` (other bad values are left to their own checks). */
function boundedInt(option: string, value: unknown, max: number, diagnostics: Diagnostic[]): void {
  if (typeof value === "number" && value > max)
    diagnostics.push(invalid(option, value, [`a whole number from 1 to ${max}`]));
}

/**
 * Resolves the model and fills every setting with its default, collecting diagnostics for
 * unknown values instead of throwing. Returns no request when an error makes an estimate
 * meaningless (unknown model, invalid option).
 *
 * @example
 * normalizeRequest({ model: "llama-3.1-8b" }, catalog).normalized?.knobs.engine; // "vllm"
 */
export function normalizeRequest(
  req: EstimateRequest,
  catalog: Pick<EstimateCatalog, "findModel" | "models" | "suggestModels">,
): { normalized?: NormalizedRequest; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let variantFormat: WeightFormat | undefined;
  let refEngine: EngineName | undefined;
  let variantOf: ReturnType<typeof resolveModelRef>;
  let model: ModelProfile | undefined;
  if (typeof req.model === "string") {
    const resolved = resolveModelRef(req.model, catalog);
    if (!resolved) {
      diagnostics.push(
        createDiagnostic(
          "estimate/unknown-model",
          `The model '${req.model}' is not in the model catalogue.`,
          undefined,
          {
            // Same family, nearest size first (issue 11), then the nearest strings.
            hints: didYouMean(
              [
                ...new Set([
                  ...suggestByFamilyAndSize(req.model, catalog.models, 2),
                  ...catalog.suggestModels(req.model, 3),
                ]),
              ].slice(0, 3),
            ),
            data: { actual: req.model },
          },
        ),
      );
    } else {
      variantFormat = resolved.format;
      refEngine = resolved.engine;
      if (resolved.variant) variantOf = resolved;
      const built = buildProfile(resolved.spec);
      model = built.profile;
    }
  } else if (req.model && typeof req.model === "object") {
    const built = buildProfile(req.model);
    if (!built.profile) {
      diagnostics.push(
        createDiagnostic(
          "estimate/incomplete-architecture",
          `The inline architecture lacks ${built.missing.join(", ")}.`,
          undefined,
          {
            data: { missing: built.missing },
          },
        ),
      );
    }
    model = built.profile;
  } else {
    diagnostics.push(createDiagnostic("estimate/unknown-model", "The request names no model.", undefined));
  }

  const task = req.task ?? "inference";
  if (task !== "inference" && task !== "finetune") diagnostics.push(invalid("task", task, ["inference", "finetune"]));

  let engine: EngineName | undefined;
  if (req.engine !== undefined) {
    engine = parseEngine(String(req.engine));
    if (!engine) diagnostics.push(invalid("engine", req.engine, ENGINE_NAMES));
  }
  let format: WeightFormat | undefined;
  if (req.dtype !== undefined) {
    format = parseWeightFormat(String(req.dtype));
    if (!format) diagnostics.push(invalid("weight format", req.dtype, WEIGHT_FORMATS));
  }
  let kvDtype = parseKvDtype(String(req.kvDtype ?? "auto"));
  if (!kvDtype) diagnostics.push(invalid("KV-cache dtype", req.kvDtype, KV_DTYPES));
  const method = (req.method ?? "lora") as FinetuneMethod;
  if (!METHODS.includes(method)) diagnostics.push(invalid("fine-tuning method", req.method, METHODS));
  const optimizer = (req.optimizer ?? "adamw") as OptimizerName;
  if (!OPTIMIZERS.includes(optimizer)) diagnostics.push(invalid("optimiser", req.optimizer, OPTIMIZERS));
  const offloadText = req.offload ?? "none";
  const offload: DiffusionOffload = offloadText === "model" || offloadText === "sequential" ? offloadText : "none";
  if (offloadText !== offload) diagnostics.push(invalid("offload mode", offloadText, ["none", "model", "sequential"]));
  const utilization = req.gpuMemoryUtilization;
  if (utilization !== undefined && !(typeof utilization === "number" && utilization > 0 && utilization <= 1)) {
    diagnostics.push(invalid("GPU memory utilisation", utilization, ["a number in (0, 1]"]));
  }
  const context = positiveInt("context length", req.context, diagnostics);
  const concurrency = positiveInt("concurrency", req.concurrency, diagnostics) ?? 1;
  const promptTokens = positiveInt("prompt length", req.promptTokens, diagnostics);
  const outputTokens = positiveInt("output length", req.outputTokens, diagnostics);
  const maxNumSeqs = positiveInt("maximum number of sequences", req.maxNumSeqs, diagnostics);
  const maxBatchedTokens = positiveInt("maximum batched tokens", req.maxBatchedTokens, diagnostics);
  const sequenceLength = positiveInt("sequence length", req.sequenceLength, diagnostics);
  const microBatch = positiveInt("micro-batch", req.microBatch, diagnostics) ?? 1;
  const loraRank = positiveInt("LoRA rank", req.loraRank, diagnostics) ?? 16;
  const resolution = positiveInt("resolution", req.resolution, diagnostics);
  const steps = positiveInt("denoising steps", req.steps, diagnostics);
  const batch = positiveInt("batch size", req.batchSize, diagnostics) ?? 1;
  // Bounds that keep the count and layout searches instant (issue 12: a pin of 10^9 GPUs ran out of memory).
  const c = req.constraints ?? {};
  boundedInt("GPU count", c.gpuCount, MAX_GPU_COUNT, diagnostics);
  boundedInt("GPU count limit", c.maxGpus, MAX_GPU_COUNT, diagnostics);
  boundedInt("GPUs per node", c.maxGpusPerNode, MAX_GPUS_PER_NODE, diagnostics);
  if (!model || diagnostics.some((d) => d.severity === "error") || !kvDtype) return { diagnostics };

  const finetune = task === "finetune";
  engine ??= finetune ? "transformers" : (refEngine ?? defaultEngine(model.task));
  const profile = ENGINE_PROFILES[engine];
  if (!finetune && !profile.tasks.includes(model.task)) {
    diagnostics.push(
      createDiagnostic(
        "estimate/engine-mismatch",
        `The engine '${engine}' does not serve ${model.task} models; its memory rules are applied anyway.`,
        undefined,
        {
          hints: [`The usual engine for this model is '${defaultEngine(model.task)}'.`],
        },
      ),
    );
  }
  if (!format) {
    const ggufEngine = profile.formats === "gguf";
    if (finetune) format = model.nativeFormat === "fp32" ? "fp32" : "bf16";
    else if (variantFormat && (FORMAT_BITS[variantFormat].gguf === ggufEngine || variantFormat === "mxfp4"))
      format = variantFormat;
    // llama.cpp and Ollama load gpt-oss with its MXFP4 experts (ggml MXFP4 type; ggml-org GGUFs).
    else if (ggufEngine && model.nativeFormat === "mxfp4") format = "mxfp4";
    else if (profile.defaultFormat) format = profile.defaultFormat;
    // vLLM's dtype "auto" serves FP32 checkpoints in FP16 (engine args); transformers keeps FP32.
    else if (model.nativeFormat === "fp32" && engine !== "transformers") format = "fp16";
    else format = model.nativeFormat;
  }
  const ggufFormat = FORMAT_BITS[format].gguf;
  if (
    !finetune &&
    model.traits.kind === "decoder" &&
    (ggufFormat
      ? profile.formats !== "gguf"
      : profile.formats === "gguf" && !["bf16", "fp16", "fp32", "mxfp4"].includes(format))
  ) {
    diagnostics.push(
      createDiagnostic(
        "estimate/engine-mismatch",
        `The engine '${engine}' does not load ${format} weights; the estimate applies its memory rules anyway.`,
        undefined,
        {
          hints: [
            ggufFormat
              ? "GGUF files are served by llama.cpp or Ollama."
              : "llama.cpp and Ollama load GGUF files (e.g. q4_k_m).",
          ],
        },
      ),
    );
  }
  if (variantOf) {
    // After the engine and format are settled, so that this line and the plan agree.
    const v = variantOf;
    diagnostics.push(
      createDiagnostic(
        "estimate/model-variant",
        `The model '${String(req.model)}' is estimated as catalogue model '${v.spec.id}' with ${format} weights on ${engine}${v.knownVariant ? ` and its own maximum context of ${v.knownVariant.maxContext} tokens` : ""}.`,
        undefined,
        {
          data: {
            model: v.spec.id,
            format,
            engine,
            ...(v.knownVariant ? { maxContext: v.knownVariant.maxContext } : {}),
          },
        },
      ),
    );
  }
  if (profile.formats === "gguf" && kvDtype === "fp8") {
    kvDtype = "q8_0";
    diagnostics.push(
      createDiagnostic(
        "estimate/engine-mismatch",
        `The engine '${engine}' has no fp8 KV cache; the estimate uses q8_0, its 8-bit cache type.`,
        undefined,
        {
          hints: ["Pass --cache-type-k q8_0 --cache-type-v q8_0 to llama.cpp (OLLAMA_KV_CACHE_TYPE=q8_0 for Ollama)."],
          data: { expected: "q8_0", actual: "fp8" },
        },
      ),
    );
  }
  const defaultContext =
    profile.defaultContext === "model" ? model.maxContext : Math.min(profile.defaultContext, model.maxContext);
  const ctx = finetune ? (sequenceLength ?? context ?? Math.min(2048, model.maxContext)) : (context ?? defaultContext);
  if (model.traits.kind === "decoder" && ctx > model.maxContext) {
    diagnostics.push(
      createDiagnostic(
        "estimate/context-too-long",
        `The context of ${ctx} tokens exceeds the model's maximum of ${model.maxContext}.`,
        undefined,
        {
          data: { expected: model.maxContext, actual: ctx },
        },
      ),
    );
  }
  const knobs: Knobs = {
    task,
    engine,
    format,
    kvDtype,
    context: ctx,
    concurrency,
    promptTokens: promptTokens ?? Math.min(ctx, 1024),
    outputTokens: outputTokens ?? Math.max(1, Math.min(ctx - (promptTokens ?? Math.min(ctx, 1024)), 256)),
    ...(utilization !== undefined ? { utilization } : {}),
    ...(maxNumSeqs !== undefined ? { maxNumSeqs } : {}),
    ...(maxBatchedTokens !== undefined ? { maxBatchedTokens } : {}),
    method,
    optimizer,
    microBatch,
    checkpointing: req.gradientCheckpointing ?? true,
    loraRank,
    resolution: resolution ?? model.defaultResolution,
    batch,
    offload,
    vaeSlicing: req.vaeSlicing ?? false,
    vaeTiling: req.vaeTiling ?? false,
    tinyVae: req.tinyVae ?? false,
    ...(steps !== undefined ? { steps } : {}),
  };
  return { normalized: { model, knobs }, diagnostics };
}
