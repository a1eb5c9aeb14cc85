import type { ModelTask } from "@akash-sdl/catalog";
import type { EngineName, WeightFormat } from "./request.js";
import type { SchedulerLimits } from "./scheduler-limits.js";

/**
 * The memory and speed rules of one serving engine. Numbers carry their sources in
 * `ENGINE_PROFILES` below.
 *
 * @example
 * const fraction = (e: EngineProfile): number => e.memoryFraction(1);
 */
export interface EngineProfile {
  readonly name: EngineName;
  readonly tasks: readonly ModelTask[];
  /** Share of visible GPU memory the engine budgets, by tensor-parallel degree. */
  readonly memoryFraction: (tensor: number) => number;
  /**
   * `all`: weights, overhead, activations and KV live inside the fraction (vLLM profiles them);
   * `static`: weights, overhead and the KV pool live inside it, activations in the rest (SGLang).
   */
  readonly fractionCovers: "all" | "static";
  /** The engine refuses to start unless one sequence of the full context fits in the KV cache. */
  readonly contextMustFit: boolean;
  /** Tensor parallelism; without it multi-GPU means splitting layers (llama.cpp, accelerate). */
  readonly tensorParallel: boolean;
  /** The input embedding stays in host memory (llama.cpp keeps `token_embd` on the CPU). */
  readonly inputEmbeddingOnHost: boolean;
  /** Context when none is requested: the model's maximum, or a fixed number of tokens. */
  readonly defaultContext: "model" | number;
  /** Tokens in the memory-profiling / largest prefill step (activation peak). */
  readonly batchedTokens: number;
  /** Sequences whose logits the sampler holds at once. */
  readonly maxSeqs: number;
  /**
   * Larger scheduler defaults on big GPUs (vLLM: ≥ 70 GiB and not an A100), replacing
   * `batchedTokens` and `maxSeqs` there.
   */
  readonly largeGpuLimits?: SchedulerLimits;
  /** Bytes the sampler's profiling pass holds per logit (sequences × vocabulary). */
  readonly samplerBytesPerLogit: number;
  /** MXFP4 MoE kernels pad the hidden size and the per-GPU expert width to these multiples. */
  readonly mxfp4Padding?: { readonly hidden: number; readonly intermediate: number };
  /** Non-torch memory per GPU in GiB: base, plus extra at TP ≥ 2 over NVLink or PCIe. */
  readonly overhead: { readonly base: number; readonly tpNvlink: number; readonly tpPcie: number };
  /** Share of peak memory bandwidth reached in decode, on HBM and GDDR cards. */
  readonly decodeEfficiency: { readonly hbm: number; readonly gddr: number };
  /**
   * Fixed time per layer and decode step in µs (kernel launches, synchronisation) for a dense
   * GQA layer of ~10 kernels; layers with more kernels (MoE routing, MLA) scale it by their count.
   */
  readonly layerLatencyUs: number;
  /**
   * Time per sequence and decode step in µs that no byte or FLOP count covers: the attention
   * kernel's per-sequence work queue, sampling and the scheduler's per-request bookkeeping.
   */
  readonly sequenceLatencyUs: number;
  /**
   * `sum`: the batched decode GEMMs' compute adds to the weight streaming (continuous-batching
   * engines, whose small-batch GEMMs do not hide it); `max`: the slower of the two (roofline).
   */
  readonly decodeCompute: "sum" | "max";
  /** Time of one all-reduce (two per layer) at TP 2, in µs; grows 25 % per doubling of TP. */
  readonly allReduceLatencyUs: number;
  /** Share of dense peak FLOPS reached in prefill (MFU). */
  readonly prefillMfu: { readonly hbm: number; readonly gddr: number };
  /**
   * Prefill rate of quantised GGUF weights relative to 16-bit weights (llama.cpp's MMQ kernels
   * dequantise each tile before the int8/FP16 tensor-core product).
   */
  readonly quantisedPrefill: number;
  /** Share of the format's dense peak FLOPS reached by batched decode when compute-bound. */
  readonly decodeMfu: number;
  /** Uses FP16-accumulate tensor rates on consumer cards (llama.cpp cuBLAS). */
  readonly fp16Accumulate: boolean;
  /** Needs `/dev/shm` (NCCL, multi-process engines). */
  readonly needsShm: boolean;
  /** Where the engine keeps downloaded model files. */
  readonly cacheMount: string;
  /** `gguf`: GGUF and 16/32-bit only; `tensors`: safetensors formats (no GGUF). */
  readonly formats: "gguf" | "tensors";
  /** Weight format when none is requested (otherwise the model's published dtype). */
  readonly defaultFormat?: WeightFormat;
  /** Lowest NVIDIA compute capability the engine runs on. */
  readonly minComputeCapability: number;
  /** AMD Instinct models the engine supports through ROCm (regular expression on the model name). */
  readonly amd: RegExp;
}

// vLLM: gpu_memory_utilization 0.9 (engine args). Memory inside the budget (V1
// `gpu_worker.py::determine_available_memory`): weights + torch activation peak + the *increase*
// of non-torch memory during start-up; the CUDA context (created before the start snapshot) and
// CUDA graphs (captured after the KV cache is sized) live in the 1 − util slack. Non-torch increase
// at TP1: 0.16 GiB on H100 (vllm PR #12126 log), 0.35 GiB on an RTX 3090 (vllm #10517 log) → 0.25;
// TP ≥ 2 over NVLink adds NCCL/NVLS and custom all-reduce buffers: +1.79 GiB from TP1 to TP2 on H100
// (PR #10511: 1.79 → 3.58 GiB), which also gives the 2.04 GiB/GPU logged at TP4 on H200 SXM
// (PR #21429, Qwen3-235B-A22B-FP8); over PCIe no step shows (0.20 GiB in all at TP4 on 24 GB cards,
// PR #14447 log). Scheduler defaults (arg_utils `get_batch_defaults`, PR #17885): 8192 batched
// tokens and 1024 sequences on GPUs with ≥ 70 GiB that are not A100s, 2048 and 256 otherwise.
// Decode η_bw 0.5–0.7 HBM / 0.7–0.85 GDDR, prefill MFU ≈ 0.6 (ESTIMATOR.md §5.2–5.5).
const VLLM: EngineProfile = {
  name: "vllm",
  tasks: ["text-generation", "embedding"],
  memoryFraction: () => 0.9,
  fractionCovers: "all",
  contextMustFit: true,
  tensorParallel: true,
  inputEmbeddingOnHost: false,
  defaultContext: "model",
  batchedTokens: 2048,
  maxSeqs: 256,
  largeGpuLimits: { batchedTokens: 8192, maxSeqs: 1024 },
  // The profiling sampler (temperature, top-p 0.9, top-k V−1) sorts the logits: bf16 logits 2 B +
  // fp32 copy 4 B + sorted values 4 B + int64 indices 8 B + the radix sort's double buffers
  // (4 B keys, 8 B values) + the int64 index input 8 B = 38 B per logit. Checks: 1,024 × 201,088
  // logits → 7.3 GiB, gpt-oss-120b's non-weight start-up memory on an H100 was 7.47 GiB (vllm
  // #23278: 71.30 GiB budget, 65.97 GiB weights, −2.14 GiB left); 1,024 × 151,936 → 5.57 GiB vs
  // the 5.62 GiB torch peak of Qwen3-235B-A22B-FP8 (PR #21429); 256 × 128,256 → 1.22 GiB vs
  // 1.26 GiB on Llama-3-8B at both TP1 and TP2 (PR #10511, V0's 256 sequences); the sort is where
  // the warm-up runs out of memory (vllm #33920: "logits.sort … tried to allocate 304 MiB").
  samplerBytesPerLogit: 38,
  // MXFP4 experts through the Marlin MoE kernel (A100, and H100 in v0.10): "n % 256 == 0 and
  // k % 128 == 0" → hidden padded to 256, expert width per GPU to 128 (vllm `mxfp4.py`); gpt-oss-120b
  // then loads 65.97 GiB on an H100 (vllm #23278) against a 60.8 GiB checkpoint.
  mxfp4Padding: { hidden: 256, intermediate: 128 },
  overhead: { base: 0.25, tpNvlink: 1.79, tpPcie: 0 },
  // Batch-1 decode of Llama-3.1-8B bf16 (16.06 GB): H100 SXM 6.48 ms per token (TPOT p50, vLLM
  // 0.21, https://yobitelcomm.github.io/bench/recipes/concurrency-sweep/) and A100 40GB ≈ 13.3 ms
  // (75 tok/s, vLLM 0.23, https://johnmusgrave.com/p/vllm-throughput-latency-sweep-on). Two GPUs,
  // two unknowns: `bytes / (η·BW) + L·τ` gives η = 0.81 of peak HBM bandwidth and τ = 18 µs per
  // layer (0.57 ms per step for 32 layers). GDDR cards stream large GEMVs closer to peak
  // (llama.cpp's F16 rows reach 0.80–0.93, ESTIMATOR.md §5.2): 0.9.
  decodeEfficiency: { hbm: 0.81, gddr: 0.9 },
  layerLatencyUs: 18,
  // Per-sequence cost per step (sampling, attention work queue, scheduler bookkeeping): assumed
  // 15 µs — H100 TPOT rises 6.48 → 6.59 ms from 1 to 4 streams (same source), which the batched
  // GEMM FLOPs alone explain; the cost is kept small so large batches stay near TRT-LLM's rates.
  sequenceLatencyUs: 15,
  // Time per all-reduce at TP 2 (two per layer), +25 % per doubling (`allReduceUs`). The bare
  // custom all-reduce kernel takes 9–12 µs for a 32 KB message on H100 at TP 2–8 (sglang PR #2904,
  // https://github.com/sgl-project/sglang/pull/2904), NCCL over PCIe ~20 µs (4 ranks); end to end,
  // batch-1 decode of QwQ-32B (64 layers) on 8 × A100 keeps 7.8/10.1/10.9 ms per step beyond the
  // weight stream at TP 2/4/8 (36.2/50/63 tok/s, vllm #16300,
  // https://github.com/vllm-project/vllm/issues/16300), 52–76 µs per all-reduce with the
  // synchronisation and the thinner GEMMs. 35 µs sits between the two: that run within 25 %.
  allReduceLatencyUs: 35,
  prefillMfu: { hbm: 0.55, gddr: 0.55 },
  quantisedPrefill: 1,
  // Batched decode: small-batch GEMMs do not hide their FLOPs under the weight reads, so compute
  // adds to the step (`sum`). MFU 0.45 fits vLLM's offline batches on 2 × A100 (QwQ-32B, TP2,
  // 1 → 200 tokens: 36.2 tok/s at batch 1, 528 at 16, 2300 at 128 — vllm #16300,
  // https://github.com/vllm-project/vllm/issues/16300) within 10 %.
  decodeMfu: 0.45,
  decodeCompute: "sum",
  fp16Accumulate: false,
  needsShm: true,
  cacheMount: "/root/.cache/huggingface",
  formats: "tensors",
  // vLLM installation docs: compute capability 7.0 or higher; ROCm: MI200 (gfx90a) and MI300 (gfx942).
  minComputeCapability: 7.0,
  amd: /^mi(2|3)\d\d/,
};

// SGLang: mem_fraction_static 0.88 / 0.87 (TP≥2) / 0.85 (≥4) / 0.81 (≥8) / 0.79 (≥16)
// (sglang `server_args.py`); weights + KV pool inside it; requests are capped at the pool
// (`max_req_input_len = min(context_len − 1, max_total_num_tokens − 1)`, scheduler). Non-KV static
// ≈ 57.2 GiB/GPU for Qwen3-235B-FP8 at TP4 (vllm #21348 SGLang log: 0.93 × 79.22 − 16.46 GiB)
// → ~2.2 GiB over the weights at TP4 over NVLink.
const SGLANG: EngineProfile = {
  ...VLLM,
  name: "sglang",
  memoryFraction: (tp) => (tp >= 16 ? 0.79 : tp >= 8 ? 0.81 : tp >= 4 ? 0.85 : tp >= 2 ? 0.87 : 0.88),
  fractionCovers: "static",
  contextMustFit: false,
  // chunked_prefill_size 8192; no sampler warm-up over max_running_requests (three fp32 copies).
  batchedTokens: 8192,
  largeGpuLimits: undefined,
  samplerBytesPerLogit: 12,
  mxfp4Padding: undefined,
  overhead: { base: 1.0, tpNvlink: 1.2, tpPcie: 0.5 },
};

// TGI: --cuda-memory-fraction 1.0, --max-batch-prefill-tokens 4096 (launcher docs); warmup sizes
// the block pool from free memory after a max-size prefill (TGI #1883), so the CUDA context counts
// against the budget: all non-torch memory measured 1.79 GiB at TP1 and 3.58 GiB/GPU at TP2 on H100
// when vLLM briefly counted it that way (PR #10511 log).
const TGI: EngineProfile = {
  ...VLLM,
  name: "tgi",
  tasks: ["text-generation"],
  memoryFraction: () => 1.0,
  batchedTokens: 4096,
  largeGpuLimits: undefined,
  samplerBytesPerLogit: 12,
  mxfp4Padding: undefined,
  overhead: { base: 1.79, tpNvlink: 1.79, tpPcie: 0.5 },
  cacheMount: "/data",
};

// llama.cpp: allocates the KV cache for the full n_ctx up front (PR #4957 log), compute buffer
// ~100–500 MiB at n_ubatch 512, token_embd stays on the CPU, multi-GPU = layer split (no decode
// speed-up). Batch-1 decode η_bw 0.35–0.55 HBM, 0.6–0.9 GDDR; prompt MFU 0.44–0.56 GDDR of
// FP16-accumulate peak, 0.22–0.39 HBM (XiongjieDai GPU-Benchmarks-on-LLM-Inference, §5.2–5.3).
const LLAMA_CPP: EngineProfile = {
  name: "llama.cpp",
  tasks: ["text-generation", "embedding"],
  memoryFraction: () => 1.0,
  fractionCovers: "all",
  contextMustFit: true,
  tensorParallel: false,
  inputEmbeddingOnHost: true,
  defaultContext: 4096,
  batchedTokens: 512,
  maxSeqs: 1,
  samplerBytesPerLogit: 12,
  overhead: { base: 0.4, tpNvlink: 0.1, tpPcie: 0.1 },
  // Fitted to the 16 batch-1 rows of ESTIMATOR.md §5.2 (8B/70B, Q4_K_M/F16, GDDR and HBM):
  // time = bytes / (η·BW) + layers × 100 µs reproduces every row within 13 %.
  decodeEfficiency: { hbm: 0.62, gddr: 0.95 },
  layerLatencyUs: 100,
  sequenceLatencyUs: 0,
  allReduceLatencyUs: 0,
  prefillMfu: { hbm: 0.3, gddr: 0.45 },
  // Quantised prompt processing runs at 0.79–0.81 of F16 on an RTX 3090 (llama 7B pp512: F16
  // 4185, Q4_0 3408, Q2_K 3341, Q3_K_S 3306 t/s — llama.cpp PR #4766,
  // https://github.com/ggml-org/llama.cpp/pull/4766).
  quantisedPrefill: 0.8,
  decodeMfu: 0.25,
  decodeCompute: "max",
  fp16Accumulate: true,
  needsShm: false,
  cacheMount: "/root/.cache/llama.cpp",
  formats: "gguf",
  defaultFormat: "q4_k_m",
  // llama.cpp's CUDA backend builds for Maxwell (5.x) and up; HIP covers Instinct cards.
  minComputeCapability: 5.0,
  amd: /^mi/,
};

// Ollama: llama.cpp underneath; library tags default to Q4_K_M; default context 4096 (Ollama FAQ).
const OLLAMA: EngineProfile = { ...LLAMA_CPP, name: "ollama", cacheMount: "/root/.ollama" };

// Hugging Face transformers / accelerate: no reservation, KV grows per request, device_map
// splits layers; ~2× the memory traffic of optimised engines (gpu_poor extraFactor 2.0).
const TRANSFORMERS: EngineProfile = {
  name: "transformers",
  tasks: ["text-generation", "embedding", "speech-to-text", "text-to-image"],
  memoryFraction: () => 1.0,
  fractionCovers: "all",
  contextMustFit: true,
  tensorParallel: false,
  inputEmbeddingOnHost: false,
  defaultContext: 4096,
  batchedTokens: 1024,
  maxSeqs: 1,
  samplerBytesPerLogit: 12,
  overhead: { base: 0.5, tpNvlink: 0.1, tpPcie: 0.1 },
  decodeEfficiency: { hbm: 0.3, gddr: 0.4 },
  layerLatencyUs: 50,
  sequenceLatencyUs: 0,
  allReduceLatencyUs: 0,
  prefillMfu: { hbm: 0.4, gddr: 0.4 },
  quantisedPrefill: 1,
  decodeMfu: 0.2,
  decodeCompute: "max",
  fp16Accumulate: false,
  needsShm: false,
  cacheMount: "/root/.cache/huggingface",
  formats: "tensors",
  // Current PyTorch wheels support compute capability 5.0 and up.
  minComputeCapability: 5.0,
  amd: /^mi/,
};

// Task-specific engines: their memory rules live in diffusion.ts, whisper.ts, embedding.ts.
const DIFFUSERS: EngineProfile = { ...TRANSFORMERS, name: "diffusers", tasks: ["text-to-image"] };
// openai-whisper loads the checkpoint into fp32 modules (README "Required VRAM" reflects that).
const OPENAI_WHISPER: EngineProfile = {
  ...TRANSFORMERS,
  name: "openai-whisper",
  tasks: ["speech-to-text"],
  defaultFormat: "fp32",
};
const FASTER_WHISPER: EngineProfile = {
  ...TRANSFORMERS,
  name: "faster-whisper",
  tasks: ["speech-to-text"],
  defaultFormat: "fp16",
};
// text-embeddings-inference: --max-batch-tokens 16384, fp16 on CUDA (TEI launcher docs).
// TEI ships CUDA images for Turing (7.5), Ampere (8.0/8.6), Ada (8.9) and Hopper (9.0) only; its
// README lists Volta (V100) and older as unsupported (text-embeddings-inference README, "Docker images").
const TEI: EngineProfile = {
  ...TRANSFORMERS,
  name: "tei",
  tasks: ["embedding"],
  batchedTokens: 16384,
  cacheMount: "/data",
  defaultFormat: "fp16",
  minComputeCapability: 7.5,
};

/**
 * Every engine's rules, by name.
 *
 * @example
 * ENGINE_PROFILES.vllm.memoryFraction(1); // 0.9
 */
export const ENGINE_PROFILES: Readonly<Record<EngineName, EngineProfile>> = {
  vllm: VLLM,
  sglang: SGLANG,
  tgi: TGI,
  "llama.cpp": LLAMA_CPP,
  ollama: OLLAMA,
  transformers: TRANSFORMERS,
  diffusers: DIFFUSERS,
  "openai-whisper": OPENAI_WHISPER,
  "faster-whisper": FASTER_WHISPER,
  tei: TEI,
};

/**
 * Every engine name.
 *
 * @example
 * ENGINE_NAMES.includes("vllm"); // true
 */
export const ENGINE_NAMES: readonly EngineName[] = Object.keys(ENGINE_PROFILES) as EngineName[];

/**
 * Reads an engine name (`vLLM`, `llamacpp`, `llama-cpp`, `text-generation-inference` ...).
 *
 * @example
 * parseEngine("llamacpp"); // "llama.cpp"
 */
export function parseEngine(text: string): EngineName | undefined {
  const key = text.trim().toLowerCase();
  if (key in ENGINE_PROFILES) return key as EngineName;
  const aliases: Record<string, EngineName> = {
    llamacpp: "llama.cpp",
    "llama-cpp": "llama.cpp",
    llama_cpp: "llama.cpp",
    "llama-server": "llama.cpp",
    "text-generation-inference": "tgi",
    hf: "transformers",
    accelerate: "transformers",
    whisper: "openai-whisper",
    "text-embeddings-inference": "tei",
    comfyui: "diffusers",
    "sentence-transformers": "transformers",
  };
  return aliases[key];
}

/**
 * The default engine for a model task.
 *
 * @example
 * defaultEngine("text-to-image"); // "diffusers"
 */
export function defaultEngine(task: ModelTask): EngineName {
  switch (task) {
    case "text-to-image":
      return "diffusers";
    case "speech-to-text":
      return "openai-whisper";
    case "embedding":
      return "tei";
    default:
      return "vllm";
  }
}
