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

// Calibration: huggingface/blog `simple_sdxl_optimizations.md` (A100 40GB, SDXL fp16, 4 images at
// 1024², https://github.com/huggingface/blog/blob/main/simple_sdxl_optimizations.md), peaks in GiB
// (torch.cuda.max_memory_allocated): default 21.72, model CPU offload 20.21, sequential offload
// 19.91, VAE slicing 15.40, VAE slicing + sequential offload 11.47, tiny autoencoder 15.48.
// - Slicing decodes one image at a time, so 15.40 is the UNet phase: 6.53 GiB of weights + 8.87 GiB
//   of UNet activations for 4 images (classifier-free guidance doubles the batch) → 2.22 GiB per
//   image-megapixel. The tiny autoencoder's 15.48 is the same phase.
// - With the pipeline resident the VAE decode of 4 images adds 21.72 − 6.53 = 15.2 GiB (3.8 per
//   image-MP; SDXL's VAE runs in fp32). Offloaded, the VAE decodes alone and the peak is 19.9–20.2
//   GiB: 4.9 GiB per image-MP above its own weights — the allocator cannot reuse the UNet's freed
//   blocks. Each figure is used where it was measured.
// - Sequential offload with slicing peaks 2.6 GiB above the UNet activations: the hooks keep about
//   half of the running component's weights on the GPU (prefetched blocks and their copies).
// Flux transformer alone: 22.63 GiB peak for 22.17 GiB of bf16 weights at 1024² (diffusers
// benchmarks) → ≈ 0.46 GiB per image-MP.
const UNET_ACT_PER_MP = 2.22 * GIB;
const DIT_ACT_PER_MP = 0.46 * GIB;
const VAE_FP32_PER_MP = 3.8 * GIB;
const VAE_FP32_ALONE_PER_MP = 4.9 * GIB;
/** 16-bit VAEs (SD 1.5 fp16, Flux bf16) hold half the fp32 bytes. */
const VAE_16BIT_PER_MP = VAE_FP32_PER_MP / 2;
const VAE_16BIT_ALONE_PER_MP = VAE_FP32_ALONE_PER_MP / 2;
/** Share of the running component's weights sequential offload keeps on the GPU (fitted: 11.47 GiB). */
const SEQUENTIAL_RESIDENT = 0.5;
/**
 * Tiny autoencoder (madebyollin/taesd, taesdxl): ~2.4M parameters ("just 10MB" in the blog), 16-bit;
 * its 64-channel decoder holds ≈ 0.5 GiB per image-MP (assumed; the blog's 15.48 GiB shows it stays
 * below the UNet phase).
 */
const TINY_VAE_PARAMS = 2.4e6;
const TINY_VAE_PER_MP = 0.5 * GIB;
/** CUDA context + cuDNN/cuBLAS workspaces for a single-process pipeline. */
const PIPELINE_OVERHEAD = 0.75 * GIB;

/**
 * Diffusion run settings.
 *
 * @example
 * const s: DiffusionSetup = { format: "fp16", resolution: 1024, batch: 1, offload: "none", vaeSlicing: true };
 */
export interface DiffusionSetup {
  readonly format: WeightFormat;
  /** Image side in pixels. */
  readonly resolution: number;
  /** Images per batch. */
  readonly batch: number;
  readonly offload: DiffusionOffload;
  /** `enable_vae_slicing()`: the VAE decodes the batch one image at a time. */
  readonly vaeSlicing?: boolean;
  /** `enable_vae_tiling()`: the VAE decodes tiles of its sample size (overlapping by a quarter). */
  readonly vaeTiling?: boolean;
  /** A tiny autoencoder (TAESD/TAESDXL/TAEF1) replaces the VAE. */
  readonly tinyVae?: boolean;
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

/** SDXL-class UNets (> 2B parameters) decode with their VAE upcast to fp32 (it overflows in fp16). */
const vaeInFp32 = (p: DiffusionParts, format: WeightFormat): boolean =>
  format === "fp32" || (p.denoiserKind === "unet" && p.denoiser > 2e9);

/**
 * Side in pixels of the VAE's decode tiles (diffusers `AutoencoderKL`: `tile_sample_min_size =
 * config.sample_size` — 512 for SD 1.x, 1024 for SDXL and Flux).
 *
 * @example
 * vaeTileSide(diffusionParts(sdxl)); // 1024
 */
export function vaeTileSide(p: DiffusionParts): number {
  return p.denoiserKind === "unet" && p.denoiser < 1.5e9 ? 512 : 1024;
}

/**
 * Diffusion pipeline memory: `VRAM ≈ resident components × bytes + max(denoiser activations × batch,
 * VAE decode × images decoded at once)` (ESTIMATOR.md §1.9). With model CPU offload only the running
 * component is resident; with sequential offload about half of it. VAE slicing decodes one image at
 * a time, tiling caps each decode at one tile, a tiny autoencoder replaces the VAE. SDXL's VAE
 * decodes in fp32 (it overflows in fp16), others in 16-bit. Checks: the SDXL blog's seven peaks
 * within 3 %; Flux.1 bf16 ≈ 34 GiB without offload and ≈ 23 GiB with model offload ("about 33 GB",
 * "24 GB" in FLUX.1-schnell discussion #5).
 *
 * @example
 * diffusionMemory(sdxl, { format: "fp16", resolution: 1024, batch: 4, offload: "none" }).total / 2 ** 30; // ≈ 22.5
 */
export function diffusionMemory(m: ModelProfile, s: DiffusionSetup): DiffusionMemory {
  const p = diffusionParts(m);
  const bits = FORMAT_BITS[s.format];
  const wBytes = (n: number): number => (n * bits.linear) / 8;
  const fp32Vae = vaeInFp32(p, s.format);
  const vaeBytes = s.tinyVae ? TINY_VAE_PARAMS * 2 : (p.vae * (s.format === "fp32" ? 32 : 16)) / 8;
  const denoiser = wBytes(p.denoiser);
  const encoders = p.textEncoders.map(wBytes);
  const pipelineWeights = denoiser + encoders.reduce((a, b) => a + b, 0) + vaeBytes;
  const mp = (s.resolution * s.resolution) / 2 ** 20;
  const batch = Math.max(1, s.batch);
  const actDenoise = denoiserActivationBytes(m, s.resolution, s.format) * batch;
  // Pixels one VAE decode holds at once: one tile (its side plus a quarter of overlap) or the image.
  const tile = vaeTileSide(p);
  const decodeMp = s.vaeTiling ? Math.min(mp, (tile * tile) / 2 ** 20) : mp;
  const decoded = s.vaeSlicing ? 1 : batch;
  const vaeAct = (alone: boolean): number => {
    if (s.tinyVae) return TINY_VAE_PER_MP * decodeMp * decoded;
    const per = fp32Vae
      ? alone
        ? VAE_FP32_ALONE_PER_MP
        : VAE_FP32_PER_MP
      : alone
        ? VAE_16BIT_ALONE_PER_MP
        : VAE_16BIT_PER_MP;
    return per * decodeMp * decoded;
  };
  let weights: number;
  let activations: number;
  if (s.offload === "none") {
    weights = pipelineWeights;
    activations = Math.max(actDenoise, vaeAct(false));
  } else {
    const largestEncoder = Math.max(0, ...encoders);
    const fraction = s.offload === "sequential" ? SEQUENTIAL_RESIDENT : 1;
    const phases = [
      { w: denoiser * fraction, a: actDenoise },
      { w: vaeBytes * fraction, a: vaeAct(true) },
      { w: largestEncoder * fraction, a: 0 },
    ];
    const peak = phases.reduce((best, ph) => (ph.w + ph.a > best.w + best.a ? ph : best));
    weights = peak.w;
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
