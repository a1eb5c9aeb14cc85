import { createDiagnostic } from "@akash-sdl/core";
import type { EngineName, ResourcePlan } from "@akash-sdl/estimator";
import { jupyterBenchmarkTemplate } from "./benchmark-template.js";
import { llamaCppTemplate, ollamaTemplate, sglangTemplate, tgiTemplate, vllmTemplate } from "./llm-templates.js";
import { comfyuiTemplate, teiTemplate, whisperTemplate } from "./media-templates.js";
import type { TemplateInput, TemplateName, TemplateResult } from "./template-types.js";

/**
 * One template: how to build it and the model tasks it serves.
 *
 * @example
 * const entry: TemplateEntry = { build: vllmTemplate, tasks: ["text-generation"] };
 */
export interface TemplateEntry {
  /** Builds the template's spec for a model and plan. */
  readonly build: (input: TemplateInput) => TemplateResult;
  /** Catalogue model tasks (`text-generation`, `text-to-image`, …) it serves. */
  readonly tasks: readonly string[];
}

/**
 * Every template by name, and the model tasks it serves.
 *
 * @example
 * TEMPLATES.vllm.tasks; // ["text-generation"]
 */
export const TEMPLATES: Readonly<Record<TemplateName, TemplateEntry>> = {
  vllm: { build: vllmTemplate, tasks: ["text-generation"] },
  sglang: { build: sglangTemplate, tasks: ["text-generation"] },
  ollama: { build: ollamaTemplate, tasks: ["text-generation"] },
  tgi: { build: tgiTemplate, tasks: ["text-generation"] },
  "llama.cpp": { build: llamaCppTemplate, tasks: ["text-generation"] },
  comfyui: { build: comfyuiTemplate, tasks: ["text-to-image"] },
  whisper: { build: whisperTemplate, tasks: ["speech-to-text"] },
  tei: { build: teiTemplate, tasks: ["embedding"] },
  "jupyter-benchmark": {
    build: jupyterBenchmarkTemplate,
    tasks: ["text-generation", "text-to-image", "speech-to-text", "embedding"],
  },
};

const BY_ENGINE: Readonly<Record<EngineName, TemplateName>> = {
  vllm: "vllm",
  sglang: "sglang",
  tgi: "tgi",
  "llama.cpp": "llama.cpp",
  ollama: "ollama",
  transformers: "vllm",
  diffusers: "comfyui",
  "openai-whisper": "whisper",
  "faster-whisper": "whisper",
  tei: "tei",
};

/**
 * The template that runs a plan's engine (`jupyter-benchmark`, a PyTorch workspace, for a
 * fine-tuning plan).
 *
 * @example
 * templateForPlan(plan); // "vllm" for a vLLM plan
 */
export function templateForPlan(plan: ResourcePlan): TemplateName {
  // A fine-tuning plan gets a PyTorch + Jupyter workspace with the plan's GPUs, not a server.
  if (plan.task === "finetune") return "jupyter-benchmark";
  return BY_ENGINE[plan.engine];
}

/**
 * Builds a template's spec for a model and plan; with no name, the template of the plan's engine.
 * A template that does not serve the model's task gives a `build/template-mismatch` error (and
 * still a spec); a plan that does not fit gives `build/plan-does-not-fit`.
 *
 * @example
 * const { spec, header } = buildTemplate({ model: "meta-llama/Llama-3.1-8B-Instruct", plan }, "vllm");
 */
export function buildTemplate(
  input: TemplateInput,
  name: TemplateName = templateForPlan(input.plan),
  task?: string,
): TemplateResult {
  const template = TEMPLATES[name];
  const result = template.build(input);
  if (task === undefined || template.tasks.includes(task)) return result;
  return {
    ...result,
    diagnostics: [
      ...result.diagnostics,
      createDiagnostic("build/template-mismatch", `The ${name} template does not serve ${task} models.`, undefined, {
        hints: [
          `Use ${Object.entries(TEMPLATES)
            .filter(([, t]) => t.tasks.includes(task))
            .map(([n]) => n)
            .join(", ")}.`,
        ],
      }),
    ],
  };
}
