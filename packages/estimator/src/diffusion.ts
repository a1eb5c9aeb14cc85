import { FORMAT_BITS } from "./formats.js";
import type { ModelProfile } from "./model-profile.js";
import type { DiffusionOffload, WeightFormat } from "./request.js";

const GIB = 2 ** 30;

/**
 * Parameter counts of a diffusion pipeline's parts.
 *
 * @example
 * const p: DiffusionParts = { denoiser: 2.6e9, denoiserKind: "unet", textEncoders: [8.2e8], vae: 8.4e7 };
 */
export interface DiffusionParts {
  /** UNet or transformer (the network run at every step). */
  readonly denoiser: number;
  readonly denoiserKind: "unet" | "transformer";
  /** Text encoders (CLIP, OpenCLIP, T5), each. */
  readonly textEncoders: readonly number[];
  readonly vae: number;
}

/**
 * Splits a catalogue `components` map (`unet`, `transformer`, `text_encoder(s)`, `t5_xxl`,
 * `clip_l`, `vae`) into denoiser, text encoders and VAE.
 *
 * @example
 * diffusionParts(sdxl).denoiser; // 2.6e9
 */
export function diffusionParts(m: ModelProfile): DiffusionParts {
  let denoiser = 0;
  let denoiserKind: "unet" | "transformer" = "unet";
  let vae = 0;
  const textEncoders: number[] = [];
  for (const [name, n] of Object.entries(m.components)) {
    const key = name.toLowerCase();
    if (key.includes("unet")) denoiser += n;
    else if (key.includes("transformer") || key.includes("dit")) {
      denoiser += n;
      denoiserKind = "transformer";
    } else if (key.includes("vae")) vae += n;
    else textEncoders.push(n);
  }
  if (denoiser === 0) denoiser = Math.max(0, m.params - vae - textEncoders.reduce((a, b) => a + b, 0));
  return { denoiser, denoiserKind, textEncoders, vae };
}

// Calibration (huggingface/blog `simple_sdxl_optimizations.md`, A100, 1024², fp16, 4 images):
// 21.72 GiB peak = 6.53 GiB weights + VAE decode of 4 images (≈ 3.8 GiB each; SDXL's VAE runs in
// fp32); with VAE slicing 15.40 GiB → UNet activations ≈ 8.88 GiB / 4 = 2.22 GiB per image
// (classifier-free guidance doubles the batch). Flux transformer alone: 22.63 GiB peak for
// 22.17 GiB of bf16 weights at 1024² (diffusers benchmarks) → ≈ 0.46 GiB per image.
const UNET_ACT_PER_MP = 2.22 * GIB;
const DIT_ACT_PER_MP = 0.46 * GIB;
const VAE_FP32_PER_MP = 3.8 * GIB;
const VAE_16BIT_PER_MP = 1.9 * GIB;
/** CUDA context + cuDNN/cuBLAS workspaces for a single-process pipeline. */
const PIPELINE_OVERHEAD = 0.75 * GIB;

/**
 * Diffusion run settings.
 *
 * @example
 * const s: DiffusionSetup = { format: "fp16", resolution: 1024, batch: 1, offload: "none" };
 */
export interface DiffusionSetup {
  readonly format: WeightFormat;
  /** Image side in pixels. */
  readonly resolution: number;
  /** Images per batch. */
  readonly batch: number;
  readonly offload: DiffusionOffload;
}

/**
 * Per-GPU memory of a diffusion pipeline, in bytes.
 *
 * @example
 * const total = (m: DiffusionMemory): number => m.weights + m.activations + m.overhead;
 */
export interface DiffusionMemory {
  readonly weights: number;
  readonly activations: number;
  readonly overhead: number;
  readonly total: number;
  /** Bytes of the whole pipeline (download size at this format). */
  readonly pipelineWeights: number;
}

/**
 * Denoiser activation bytes per image: UNet feature maps scale with pixels (2.22 GiB per
 * megapixel-image, SDXL-calibrated), DiT activations with tokens (0.46 GiB per megapixel, Flux);
 * 32-bit runs double them.
 *
 * @example
 * denoiserActivationBytes(sdxl, 1024, "fp16") / 2 ** 30; // 2.22
 */
export function denoiserActivationBytes(m: ModelProfile, resolution: number, format: WeightFormat): number {
  const mp = (resolution * resolution) / 2 ** 20;
  const per = diffusionParts(m).denoiserKind === "transformer" ? DIT_ACT_PER_MP : UNET_ACT_PER_MP;
  return per * mp * (format === "fp32" ? 2 : 1);
}

/**
 * Diffusion pipeline memory: `VRAM ≈ resident components × bytes + max(denoiser activations × batch,
 * VAE decode × batch)` (ESTIMATOR.md §1.9). With model CPU offload only the running component is
 * resident; with sequential offload only a block of it. SDXL's VAE decodes in fp32 (it overflows
 * in fp16), others in 16-bit. Check: Flux.1 bf16 ≈ 34 GiB without offload and ≈ 23 GiB with model
 * offload ("about 33 GB", "24 GB" in FLUX.1-schnell discussion #5).
 *
 * @example
 * diffusionMemory(sdxl, { format: "fp16", resolution: 1024, batch: 4, offload: "none" }).total / 2 ** 30; // ≈ 22.5
 */
export function diffusionMemory(m: ModelProfile, s: DiffusionSetup): DiffusionMemory {
  const p = diffusionParts(m);
  const bits = FORMAT_BITS[s.format];
  const wBytes = (n: number): number => (n * bits.linear) / 8;
  const vaeBytes = (p.vae * (s.format === "fp32" ? 32 : 16)) / 8;
  const denoiser = wBytes(p.denoiser);
  const encoders = p.textEncoders.map(wBytes);
  const pipelineWeights = denoiser + encoders.reduce((a, b) => a + b, 0) + vaeBytes;
  const mp = (s.resolution * s.resolution) / 2 ** 20;
  const batch = Math.max(1, s.batch);
  const actDenoise = denoiserActivationBytes(m, s.resolution, s.format) * batch;
  const sdxlLike = p.denoiserKind === "unet" && p.denoiser > 2e9;
  const actVae = (sdxlLike || s.format === "fp32" ? VAE_FP32_PER_MP : VAE_16BIT_PER_MP) * mp * batch;
  let weights: number;
  let activations: number;
  if (s.offload === "none") {
    weights = pipelineWeights;
    activations = Math.max(actDenoise, actVae);
  } else {
    const largestEncoder = Math.max(0, ...encoders);
    const phases = [
      { w: denoiser, a: actDenoise },
      { w: vaeBytes, a: actVae },
      { w: largestEncoder, a: 0 },
    ];
    const fraction = s.offload === "sequential" ? 0.05 : 1;
    const peak = phases.reduce((best, ph) => (ph.w * fraction + ph.a > best.w * fraction + best.a ? ph : best));
    weights = peak.w * fraction;
    activations = peak.a;
  }
  const total = weights + activations + PIPELINE_OVERHEAD;
  return { weights, activations, overhead: PIPELINE_OVERHEAD, total, pipelineWeights };
}

/**
 * Activation bytes of diffusion fine-tuning per GPU: the denoiser's forward activations kept for
 * the backward pass — × 2 with gradient checkpointing (checkpoints plus one recomputed block),
 * × 6 without (a rough rule; no measurement in the sources).
 *
 * @example
 * diffusionTrainingActivationBytes(sdxl, 1024, 1, true) / 2 ** 30; // ≈ 4.4
 */
export function diffusionTrainingActivationBytes(
  m: ModelProfile,
  resolution: number,
  batch: number,
  checkpointing: boolean,
): number {
  return denoiserActivationBytes(m, resolution, "bf16") * Math.max(1, batch) * (checkpointing ? 2 : 6);
}
