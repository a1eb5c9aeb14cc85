import type { KvCacheDtype, WeightFormat } from "./request.js";

/**
 * How a weight format stores each class of parameters, in bits per parameter.
 * `linear` = attention/MLP matrices, `experts` = routed MoE expert matrices, `embedding` = input
 * token embedding, `output` = the output projection (lm_head; for tied models the shared
 * embedding is stored as the output tensor by llama.cpp), `other` = norms, biases, routers.
 *
 * @example
 * FORMAT_BITS.awq.embedding; // 16
 */
export interface FormatBits {
  readonly linear: number;
  readonly experts: number;
  readonly embedding: number;
  readonly output: number;
  readonly other: number;
  /** `true` for GGUF types (llama.cpp/Ollama only). */
  readonly gguf: boolean;
  /** Compute runs in 8-bit floating point on GPUs that have FP8 tensor cores. */
  readonly fp8Compute: boolean;
  /**
   * Dequantisation work of llama.cpp's batch-1 decode kernel (MMVQ) per weight, in FP32-operation
   * equivalents: decode streams the weights at `max(bytes / (η·BW), weights × ops / FP32 rate)`.
   * 0 for formats read as stored.
   */
  readonly decodeOps: number;
}

// Weight-only 4-bit (AWQ / GPTQ, group size 128): 4-bit weights + an fp16 scale and a packed 4-bit
// zero point per group of 128 → 4 + 16/128 + 4/128 = 4.156 bits (AutoAWQ / GPTQ layouts);
// embeddings and lm_head stay 16-bit.
const INT4_GROUP128 = 4 + 16 / 128 + 4 / 128;
// bitsandbytes NF4 with double quantisation: 4 + 0.127 bits (QLoRA paper, arXiv:2305.14314 §3).
const NF4_DQ = 4 + 0.127;
// MXFP4: 4-bit values + one 8-bit shared scale per 32 → 4.25 bits (OCP MX spec; gpt-oss experts).
const MXFP4 = 4 + 8 / 32;
// GGUF block sizes (ggml): Q8_0 34 B/32, Q4_0 18 B/32, Q6_K 210 B/256.
const Q8_0 = (34 * 8) / 32;
const Q4_0 = (18 * 8) / 32;
const Q6_K = (210 * 8) / 256;

/**
 * llama.cpp `tools/quantize/README.md` whole-model bits per weight measured on Llama-3.1-8B
 * (8,030,261,248 params; 128256 × 4096 untied output). K-quant mixes keep the output tensor at
 * Q6_K, so the bulk rate is derived from the measured total: see {@link ggufBulkBits}.
 */
const GGUF_README_BPW: Readonly<Record<string, number>> = {
  q6_k: 6.5633,
  q5_k_m: 5.7036,
  q5_k_s: 5.57,
  q4_k_m: 4.8944,
  q4_k_s: 4.67,
  iq4_xs: 4.46,
  q3_k_l: 4.3,
  q2_k: 3.1593,
};
const REF_PARAMS = 8_030_261_248;
const REF_OUTPUT = 128_256 * 4096;
/** Llama-3.1-8B norm weights (2 per layer + final), stored as F32 in GGUF files. */
const REF_NORMS = 32 * 2 * 4096 + 4096;

/**
 * Bulk bits per weight of a GGUF K-quant mix, derived so that Llama-3.1-8B (output tensor at
 * Q6_K, F32 norms) reproduces the README's whole-model rate.
 *
 * @example
 * ggufBulkBits("q4_k_m"); // ≈ 4.778
 */
export function ggufBulkBits(format: string): number {
  const bpw = GGUF_README_BPW[format];
  if (bpw === undefined) return Q4_0;
  return (bpw * REF_PARAMS - Q6_K * REF_OUTPUT - 32 * REF_NORMS) / (REF_PARAMS - REF_OUTPUT - REF_NORMS);
}

const sixteen = (fp8Compute = false): FormatBits => ({
  linear: 16,
  experts: 16,
  embedding: 16,
  output: 16,
  other: 16,
  gguf: false,
  fp8Compute,
  decodeOps: 0,
});
const linearOnly = (bits: number, fp8Compute = false): FormatBits => ({
  linear: bits,
  experts: bits,
  embedding: 16,
  output: 16,
  other: 16,
  gguf: false,
  fp8Compute,
  decodeOps: 0,
});
const gguf = (bulk: number, output: number, decodeOps: number): FormatBits => ({
  linear: bulk,
  experts: bulk,
  embedding: bulk,
  output,
  other: 32,
  gguf: true,
  fp8Compute: false,
  decodeOps,
});

// Dequantisation cost of llama.cpp's decode kernels per weight (FP32-op equivalents), fitted to
// llama-bench tg128 of llama 7B (6.74B weights) in llama.cpp PR #4766
// (https://github.com/ggml-org/llama.cpp/pull/4766): after the bandwidth and per-layer time, Q2_K
// leaves 7.6 ms per token of unpacking on an RTX 3090 (35.6 FP32 TFLOPS; 92.69 t/s) and 26.6 ms on
// a P40 (11.76; 33.52 t/s) → 41 and 47 ops per weight; Q3_K_S 44 and 51 (87.26, 30.93 t/s). The
// 2- and 3-bit K-quants pack scales and sub-block minima in 6 and 4 bits, which is what costs.
// Q4_0/Q4_K/Q5/Q6/Q8 stay bandwidth-bound on every measured card: their values (≤ 12) are upper
// bounds that keep A100 Q4_K_M (19.5 FP32 TFLOPS, 133 t/s, ESTIMATOR.md §5.2) within 5 %.
const OPS_Q2_Q3 = 44;
const OPS_Q4 = 10;
const OPS_Q5_Q6 = 12;
const OPS_Q8 = 6;
// IQ4_XS decodes through a 16-entry non-linear table (no measurement here): between Q4 and Q3.
const OPS_IQ4 = 20;

/**
 * Bits per parameter class for every weight format. fp8/int8 keep embeddings and lm_head in
 * 16-bit as FP8 checkpoints do (Meta-Llama-3.1-405B-Instruct-FP8 ≈ 410 GB for 405.9B params).
 *
 * @example
 * FORMAT_BITS.fp8.linear; // 8
 */
export const FORMAT_BITS: Readonly<Record<WeightFormat, FormatBits>> = {
  fp32: {
    linear: 32,
    experts: 32,
    embedding: 32,
    output: 32,
    other: 32,
    gguf: false,
    fp8Compute: false,
    decodeOps: 0,
  },
  bf16: sixteen(),
  fp16: sixteen(),
  fp8: linearOnly(8, true),
  int8: linearOnly(8),
  int4: linearOnly(INT4_GROUP128),
  awq: linearOnly(INT4_GROUP128),
  gptq: linearOnly(INT4_GROUP128),
  nf4: linearOnly(NF4_DQ),
  mxfp4: {
    linear: 16,
    experts: MXFP4,
    embedding: 16,
    output: 16,
    other: 16,
    gguf: false,
    fp8Compute: false,
    decodeOps: 0,
  },
  q8_0: gguf(Q8_0, Q8_0, OPS_Q8),
  q6_k: gguf(ggufBulkBits("q6_k"), Q6_K, OPS_Q5_Q6),
  q5_k_m: gguf(ggufBulkBits("q5_k_m"), Q6_K, OPS_Q5_Q6),
  q5_k_s: gguf(ggufBulkBits("q5_k_s"), Q6_K, OPS_Q5_Q6),
  q4_k_m: gguf(ggufBulkBits("q4_k_m"), Q6_K, OPS_Q4),
  q4_k_s: gguf(ggufBulkBits("q4_k_s"), Q6_K, OPS_Q4),
  q4_0: gguf(Q4_0, Q6_K, OPS_Q4),
  iq4_xs: gguf(ggufBulkBits("iq4_xs"), Q6_K, OPS_IQ4),
  q3_k_l: gguf(ggufBulkBits("q3_k_l"), Q6_K, OPS_Q2_Q3),
  q2_k: gguf(ggufBulkBits("q2_k"), Q6_K, OPS_Q2_Q3),
};

/**
 * Every weight format name, for messages and CLI help.
 *
 * @example
 * WEIGHT_FORMATS.includes("q4_k_m"); // true
 */
export const WEIGHT_FORMATS: readonly WeightFormat[] = Object.keys(FORMAT_BITS) as WeightFormat[];

const FORMAT_ALIASES: Readonly<Record<string, WeightFormat>> = {
  float32: "fp32",
  f32: "fp32",
  float: "fp32",
  bfloat16: "bf16",
  float16: "fp16",
  half: "fp16",
  f16: "fp16",
  float8: "fp8",
  float8_e4m3fn: "fp8",
  e4m3: "fp8",
  "fp8-dynamic": "fp8",
  w8a8: "int8",
  "awq-int4": "awq",
  "gptq-int4": "gptq",
  "gptq-int8": "int8",
  w4a16: "int4",
  "bnb-4bit": "nf4",
  "4bit": "nf4",
  bnb4: "nf4",
  "bnb-8bit": "int8",
  // unsloth "dynamic" GGUF mixes (UD-Q4_K_XL …) are within a few per cent of the K-quant mix of
  // the same bits (Qwen3-8B: UD-Q4_K_XL 5.12 GB vs Q4_K_M 5.03 GB on unsloth/Qwen3-8B-GGUF).
  q2_k_xl: "q2_k",
  q3_k_xl: "q3_k_l",
  q4_k_xl: "q4_k_m",
  q5_k_xl: "q5_k_m",
  q6_k_xl: "q6_k",
  q8_k_xl: "q8_0",
};

/**
 * Reads a weight format from user text (case-insensitive; `bfloat16`, `Q4_K_M`, `awq` ...).
 *
 * @example
 * parseWeightFormat("Q4_K_M"); // "q4_k_m"
 */
export function parseWeightFormat(text: string): WeightFormat | undefined {
  const key = text.trim().toLowerCase();
  if (key in FORMAT_BITS) return key as WeightFormat;
  return FORMAT_ALIASES[key];
}

/**
 * Weight format of a catalogue `dtype` string (`bfloat16`, `float8_e4m3fn`, `mxfp4 (MoE weights) + bfloat16`).
 *
 * @example
 * nativeFormat("float8_e4m3fn"); // "fp8"
 */
export function nativeFormat(dtype: string | undefined): WeightFormat {
  const d = (dtype ?? "").toLowerCase();
  if (d.includes("mxfp4")) return "mxfp4";
  if (d.includes("float8") || d.includes("fp8")) return "fp8";
  if (d.startsWith("float32") || d === "fp32") return "fp32";
  if (d.startsWith("float16") || d === "fp16") return "fp16";
  return "bf16";
}

/**
 * Every KV-cache dtype name.
 *
 * @example
 * KV_DTYPES.includes("fp8"); // true
 */
export const KV_DTYPES: readonly KvCacheDtype[] = ["auto", "fp32", "bf16", "fp16", "fp8", "q8_0", "q4_0"];

/**
 * Reads a KV-cache dtype (`fp8`, `fp8_e5m2`, `f16`, `q8_0` ...).
 *
 * @example
 * parseKvDtype("fp8_e4m3"); // "fp8"
 */
export function parseKvDtype(text: string): KvCacheDtype | undefined {
  const key = text.trim().toLowerCase();
  if ((KV_DTYPES as readonly string[]).includes(key)) return key as KvCacheDtype;
  if (key.startsWith("fp8")) return "fp8";
  if (key === "f16" || key === "float16" || key === "half") return "fp16";
  if (key === "bfloat16") return "bf16";
  if (key === "f32" || key === "float32") return "fp32";
  return undefined;
}

/**
 * Bytes per KV element. `auto` is 16-bit: vLLM/SGLang keep the activation dtype even for FP8
 * weights, llama.cpp defaults to f16. GGUF KV types use their block sizes (q8_0 34 B/32).
 *
 * @example
 * kvElementBytes("fp8"); // 1
 */
export function kvElementBytes(dtype: KvCacheDtype): number {
  switch (dtype) {
    case "fp32":
      return 4;
    case "fp8":
      return 1;
    case "q8_0":
      return 34 / 32;
    case "q4_0":
      return 18 / 32;
    default:
      return 2;
  }
}

/**
 * Whether a format is a pre-quantised checkpoint (downloaded as such) rather than quantised on load.
 *
 * @example
 * isPrequantised("awq"); // true
 */
export function isPrequantised(format: WeightFormat): boolean {
  return format !== "nf4" && format !== "fp32" && format !== "bf16" && format !== "fp16";
}
