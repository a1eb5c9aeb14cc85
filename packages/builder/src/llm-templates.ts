import type { ResourcePlan } from "@akash-sdl/estimator";
import { assembleTemplate } from "./assemble-template.js";
import { imageRef } from "./image-tags.js";
import { baseName, gpusPerNode, loweredMaxSeqs } from "./plan-profile.js";
import type { TemplateInput, TemplateResult } from "./template-types.js";

/** vLLM `--quantization` for formats that are not the checkpoint's own dtype. */
function vllmQuantization(plan: ResourcePlan): string | undefined {
  switch (plan.weightFormat) {
    case "fp8":
    case "awq":
    case "gptq":
      return plan.weightFormat;
    case "nf4":
      return "bitsandbytes";
    default:
      return undefined;
  }
}

const dtypeFlag = (plan: ResourcePlan): string | undefined =>
  plan.weightFormat === "bf16"
    ? "bfloat16"
    : plan.weightFormat === "fp16"
      ? "float16"
      : plan.weightFormat === "fp32"
        ? "float32"
        : undefined;

const openAiExpose = (port: number) => [{ port, as: 80, to: [{ global: true }] }] as const;

/**
 * vLLM OpenAI-compatible server: tensor/pipeline parallel sizes, max model length, dtype or
 * quantisation, KV-cache dtype and `--max-num-seqs` when the plan lowered it.
 *
 * @example
 * vllmTemplate({ model: "meta-llama/Llama-3.1-8B-Instruct", plan }).spec.services["vllm"]?.args;
 */
export function vllmTemplate(input: TemplateInput): TemplateResult {
  const { plan } = input;
  const args = ["--model", input.model, "--host", "0.0.0.0", "--port", "8000"];
  args.push("--tensor-parallel-size", String(plan.parallel.tensor));
  if (plan.parallel.pipeline > 1) args.push("--pipeline-parallel-size", String(plan.parallel.pipeline));
  args.push("--max-model-len", String(plan.context));
  const dtype = dtypeFlag(plan);
  if (dtype) args.push("--dtype", dtype);
  const quant = vllmQuantization(plan);
  if (quant) args.push("--quantization", quant);
  // vLLM stores the KV cache in the model dtype unless asked for fp8.
  if (plan.kvDtype === "fp8") args.push("--kv-cache-dtype", "fp8");
  const seqs = loweredMaxSeqs(plan);
  if (seqs !== undefined) args.push("--max-num-seqs", String(seqs));
  if (input.gpuMemoryUtilization !== undefined)
    args.push("--gpu-memory-utilization", String(input.gpuMemoryUtilization));
  return assembleTemplate(
    input,
    input.service ?? "vllm",
    { image: imageRef("vllm"), args, expose: openAiExpose(8000) },
    undefined,
  );
}

/**
 * SGLang server: `--tp`, `--context-length`, quantisation and KV-cache dtype.
 *
 * @example
 * sglangTemplate({ model: "Qwen/Qwen3-30B-A3B", plan });
 */
export function sglangTemplate(input: TemplateInput): TemplateResult {
  const { plan } = input;
  const args = [
    "--model-path",
    input.model,
    "--host",
    "0.0.0.0",
    "--port",
    "30000",
    "--tp",
    String(plan.parallel.tensor),
  ];
  args.push("--context-length", String(plan.context));
  const dtype = dtypeFlag(plan);
  if (dtype) args.push("--dtype", dtype);
  const quant = vllmQuantization(plan);
  if (quant) args.push("--quantization", quant);
  if (plan.kvDtype === "fp8") args.push("--kv-cache-dtype", "fp8_e5m2");
  const seqs = loweredMaxSeqs(plan);
  if (seqs !== undefined) args.push("--max-running-requests", String(seqs));
  if (input.gpuMemoryUtilization !== undefined) args.push("--mem-fraction-static", String(input.gpuMemoryUtilization));
  const service = {
    image: imageRef("sglang"),
    command: ["python3", "-m", "sglang.launch_server"],
    args,
    expose: openAiExpose(30000),
  };
  return assembleTemplate(input, input.service ?? "sglang", service, undefined);
}

/**
 * Hugging Face TGI: `--num-shard`, `--max-total-tokens`, `--quantize`.
 *
 * @example
 * tgiTemplate({ model: "mistralai/Mistral-7B-Instruct-v0.3", plan });
 */
export function tgiTemplate(input: TemplateInput): TemplateResult {
  const { plan } = input;
  const args = [
    "--model-id",
    input.model,
    "--num-shard",
    String(gpusPerNode(plan)),
    "--max-total-tokens",
    String(plan.context),
  ];
  args.push("--max-input-tokens", String(Math.max(1, plan.context - 1)));
  const quant =
    plan.weightFormat === "fp8"
      ? "fp8"
      : plan.weightFormat === "awq" || plan.weightFormat === "gptq"
        ? plan.weightFormat
        : plan.weightFormat === "nf4"
          ? "bitsandbytes-nf4"
          : undefined;
  if (quant) args.push("--quantize", quant);
  if (plan.concurrency > 1) args.push("--max-concurrent-requests", String(Math.max(128, plan.concurrency)));
  return assembleTemplate(
    input,
    input.service ?? "tgi",
    { image: imageRef("tgi"), args, expose: openAiExpose(80) },
    undefined,
  );
}

/**
 * The ggml KV-cache type (`f16`, `q8_0`, `q4_0`) for a plan's KV dtype; `undefined` for the
 * default. ggml has no fp8 cache, so fp8 maps to `q8_0` (same bytes per element).
 */
function ggmlKvType(plan: ResourcePlan): string | undefined {
  switch (plan.kvDtype) {
    case "auto":
      return undefined;
    case "fp8":
    case "q8_0":
      return "q8_0";
    case "q4_0":
      return "q4_0";
    case "fp32":
      return "f32";
    default:
      return "f16";
  }
}

/** The GGUF repository and quant for llama.cpp and Ollama. */
function ggufRef(input: TemplateInput): string {
  return input.gguf ?? `unsloth/${baseName(input.model)}-GGUF:${input.plan.weightFormat.toUpperCase()}`;
}

/**
 * llama.cpp server with a GGUF from Hugging Face (`-hf`), all layers on the GPU, the plan's
 * context and parallel slots.
 *
 * @example
 * llamaCppTemplate({ model: "Qwen/Qwen3-8B", plan, gguf: "unsloth/Qwen3-8B-GGUF:Q4_K_M" });
 */
export function llamaCppTemplate(input: TemplateInput): TemplateResult {
  const { plan } = input;
  const args = ["-hf", ggufRef(input), "--host", "0.0.0.0", "--port", "8080", "-ngl", "999"];
  args.push(
    "-c",
    String(plan.context * Math.max(1, plan.concurrency)),
    "--parallel",
    String(Math.max(1, plan.concurrency)),
  );
  const kv = ggmlKvType(plan);
  // A quantised V cache needs flash attention (a plain flag in the pinned b6107 build).
  if (kv !== undefined) args.push("--cache-type-k", kv, "--cache-type-v", kv, "--flash-attn");
  return assembleTemplate(
    input,
    input.service ?? "llama",
    { image: imageRef("llamaCpp"), args, expose: openAiExpose(8080) },
    undefined,
  );
}

/**
 * Ollama serving a GGUF pulled from Hugging Face at start, with the plan's context and parallel
 * requests; optionally Open WebUI in front.
 *
 * @example
 * ollamaTemplate({ model: "meta-llama/Llama-3.1-8B", plan, openWebui: true });
 */
export function ollamaTemplate(input: TemplateInput): TemplateResult {
  const { plan } = input;
  const name = input.service ?? "ollama";
  const pull = `hf.co/${ggufRef(input)}`;
  const env = [
    "OLLAMA_HOST=0.0.0.0:11434",
    `OLLAMA_CONTEXT_LENGTH=${plan.context}`,
    `OLLAMA_NUM_PARALLEL=${Math.max(1, plan.concurrency)}`,
    "OLLAMA_KEEP_ALIVE=-1",
  ];
  const kv = ggmlKvType(plan);
  if (kv !== undefined) env.push(`OLLAMA_KV_CACHE_TYPE=${kv}`, "OLLAMA_FLASH_ATTENTION=1");
  const to = input.openWebui ? [{ service: "webui" }] : [{ global: true }];
  const service = {
    image: imageRef("ollama"),
    command: ["/bin/sh", "-c"],
    args: [`ollama serve & sleep 5 && ollama pull ${pull} && wait`],
    env,
    expose: [{ port: 11434, as: input.openWebui ? 11434 : 80, to }],
  };
  const sides = input.openWebui
    ? [
        {
          name: "webui",
          service: {
            image: imageRef("openWebui"),
            env: [`OLLAMA_BASE_URL=http://${name}:11434`, `DEFAULT_MODELS=${pull}`],
            expose: [{ port: 8080, as: 80, to: [{ global: true }] }],
          },
          profile: { resources: { cpu: { units: 1 }, memory: { size: "2Gi" }, storage: [{ size: "5Gi" }] } },
        },
      ]
    : [];
  return assembleTemplate(input, name, service, undefined, sides);
}
