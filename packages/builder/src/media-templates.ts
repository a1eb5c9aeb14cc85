import { assembleTemplate } from "./assemble-template.js";
import { imageRef } from "./image-tags.js";
import { baseName } from "./plan-profile.js";
import type { TemplateInput, TemplateResult } from "./template-types.js";

/**
 * ComfyUI for image models (diffusers plans): the web UI on port 8188, model files on the
 * persistent volume; `MODEL_ID` names the checkpoint to fetch.
 *
 * @example
 * comfyuiTemplate({ model: "black-forest-labs/FLUX.1-schnell", plan });
 */
export function comfyuiTemplate(input: TemplateInput): TemplateResult {
  const service = {
    image: imageRef("comfyui"),
    env: [`MODEL_ID=${input.model}`, `HF_HOME=/root/.cache/huggingface`],
    expose: [{ port: 8188, as: 80, to: [{ global: true }] }],
  };
  return assembleTemplate(input, input.service ?? "comfyui", service, "/root/.cache/huggingface");
}

/**
 * Whisper ASR web service (`openai_whisper` or `faster_whisper` engine, by the plan) on port 9000.
 *
 * @example
 * whisperTemplate({ model: "openai/whisper-large-v3", plan });
 */
export function whisperTemplate(input: TemplateInput): TemplateResult {
  const size = baseName(input.model)
    .replace(/^whisper-/, "")
    .replace(/^large-v3-turbo$/, "turbo");
  const engine = input.plan.engine === "faster-whisper" ? "faster_whisper" : "openai_whisper";
  const service = {
    image: imageRef("whisper"),
    env: [`ASR_MODEL=${size}`, `ASR_ENGINE=${engine}`, "ASR_MODEL_PATH=/root/.cache/whisper"],
    expose: [{ port: 9000, as: 80, to: [{ global: true }] }],
  };
  return assembleTemplate(input, input.service ?? "whisper", service, "/root/.cache/whisper");
}

/**
 * Text Embeddings Inference server for embedding models, with the plan's dtype.
 *
 * @example
 * teiTemplate({ model: "BAAI/bge-m3", plan });
 */
export function teiTemplate(input: TemplateInput): TemplateResult {
  const { plan } = input;
  const args = ["--model-id", input.model, "--port", "80", "--max-batch-tokens", "16384"];
  if (plan.weightFormat === "fp16" || plan.weightFormat === "fp32")
    args.push("--dtype", plan.weightFormat === "fp16" ? "float16" : "float32");
  if (plan.concurrency > 1) args.push("--max-concurrent-requests", String(Math.max(512, plan.concurrency)));
  return assembleTemplate(
    input,
    input.service ?? "tei",
    { image: imageRef("tei"), args, expose: [{ port: 80, as: 80, to: [{ global: true }] }] },
    "/data",
  );
}
