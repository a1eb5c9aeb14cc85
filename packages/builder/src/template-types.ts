import type { Diagnostic } from "@akash-sdl/core";
import type { ResourcePlan } from "@akash-sdl/estimator";
import type { PriceOptions } from "./price-ceiling.js";
import type { SdlSpec } from "./sdl-spec.js";

/**
 * The templates {@link buildTemplate} knows.
 *
 * @example
 * const t: TemplateName = "vllm";
 */
export type TemplateName =
  | "vllm"
  | "sglang"
  | "ollama"
  | "tgi"
  | "llama.cpp"
  | "comfyui"
  | "whisper"
  | "tei"
  | "jupyter-benchmark";

/**
 * Input of an AI template: the model, the estimator plan it was sized with, and pricing.
 *
 * @example
 * const input: TemplateInput = { model: "meta-llama/Llama-3.1-8B-Instruct", plan, price: { denom: "uact" } };
 */
export interface TemplateInput {
  /** Hugging Face id of the model. */
  readonly model: string;
  /** The estimator plan (GPU, count, memory, context, formats). */
  readonly plan: ResourcePlan;
  /** Price ceiling options (denom, network, headroom). */
  readonly price?: PriceOptions;
  /** Service name (default: the engine's short name). */
  readonly service?: string;
  /** Placement name (default `akash`). */
  readonly placement?: string;
  /** Ollama: add an Open WebUI service in front. */
  readonly openWebui?: boolean;
  /** vLLM/SGLang: the GPU memory share the plan was sized with, when not the engine default. */
  readonly gpuMemoryUtilization?: number;
  /** llama.cpp/Ollama: the GGUF repository and quant (default `unsloth/<name>-GGUF:<QUANT>`). */
  readonly gguf?: string;
}

/**
 * What a template returns: the spec, a comment header saying how it was sized, and diagnostics.
 *
 * @example
 * const ok = (t: TemplateResult): boolean => t.diagnostics.every((d) => d.severity !== "error");
 */
export interface TemplateResult {
  /** The deployment. */
  readonly spec: SdlSpec;
  /** Comment lines for the top of the file. */
  readonly header: string;
  /** Template diagnostics (plan does not fit, task mismatch). */
  readonly diagnostics: readonly Diagnostic[];
}
