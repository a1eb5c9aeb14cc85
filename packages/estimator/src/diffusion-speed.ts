import type { GpuSpec } from "@akash-sdl/catalog";
import { type DiffusionSetup, diffusionParts } from "./diffusion.js";
import { FORMAT_BITS } from "./formats.js";
import { denseTflops } from "./gpu-traits.js";
import type { ModelProfile } from "./model-profile.js";

const GB = 1e9;

/**
 * Share of the dense 16-bit tensor rate diffusers reaches in the denoiser and VAE (assumed; with
 * it the SDXL blog's 11.41 s for 4 images × 50 steps on an A100 implies 3.8 TFLOPs per UNet call
 * per megapixel, close to the 3.4 that SD 1.5's UNet needs by FLOP count — see below).
 */
const MFU = 0.45;

/**
 * UNet FLOPs per call and image-megapixel: SD 1.5 (0.86B) 0.84 TFLOPs at 512² (TensorRT count:
 * 1.68 TFLOPs per guided step of batch 2, NVIDIA "Stable Diffusion 推理加速技巧解析" slides,
 * https://www.sgpjbg.com/bgdown/155314.html) → 3.36 per MP; SDXL (2.6B) from the SDXL blog's A100
 * time at `MFU` → 3.79 per MP. Linear in the UNet's parameters between the two.
 */
const unetFlopsPerMp = (params: number): number => 3.36e12 + ((params - 0.86e9) * (3.79e12 - 3.36e12)) / 1.74e9;

/** VAE decoder: 2.54 TFLOPs per 512² image (same slides) → 10.2 TFLOPs per megapixel. */
const VAE_FLOPS_PER_MP = 10.2e12;

/**
 * Host↔GPU transfer rates under offload, fitted to the SDXL blog (A100, 4 images, 50 steps): model
 * offload moves the pipeline once per call and took 16.08 s against 11.41 s (4.67 s for 7.0 GB,
 * hooks included); sequential offload moves the UNet for every step: 67.03 s (55.6 s for 50 × 5.2 GB).
 */
const MODEL_OFFLOAD_GBS = 1.5;
const SEQUENTIAL_OFFLOAD_GBS = 4.7;

/**
 * Images per second of a diffusion pipeline and how it was computed.
 *
 * @example
 * const label = (s: DiffusionSpeed): string => `${s.imagesPerSec.toFixed(2)} images/s`;
 */
export interface DiffusionSpeed {
  readonly imagesPerSec: number;
  readonly steps: number;
  readonly basis: string;
}

/**
 * Denoising steps when none are given: diffusers' pipeline defaults (50 for Stable Diffusion and
 * SDXL, 28 for FLUX.1-dev) and 4 for the timestep-distilled FLUX.1-schnell (its model card).
 *
 * @example
 * defaultDiffusionSteps(fluxSchnell); // 4
 */
export function defaultDiffusionSteps(m: Pick<ModelProfile, "id" | "components" | "params">): number {
  if (/schnell|turbo|lightning/i.test(m.id)) return 4;
  return diffusionParts(m as ModelProfile).denoiserKind === "transformer" ? 28 : 50;
}

/**
 * Images per second: per image `steps × guidance × F_denoiser + F_vae` FLOPs at `MFU` of the
 * GPU's dense 16-bit tensor rate (fp32 VAEs at half of it, TF32), plus offload transfers. F_denoiser
 * per call: UNets from their measured cost per megapixel; transformers `2·P·T × (1 + 0.15·T/4608)`
 * with `T` latent patches ((side/16)²) plus the text tokens (attention adds ~15 % at 1024²).
 * Classifier-free guidance doubles UNet calls; FLUX is guidance-distilled (one call per step).
 * Returns `null` without a tensor rate for the GPU.
 *
 * @example
 * diffusionSpeed(sdxl, a100, { format: "fp16", resolution: 1024, batch: 4, offload: "none" })?.imagesPerSec; // ≈ 0.35
 */
export function diffusionSpeed(
  m: ModelProfile,
  gpu: GpuSpec,
  s: DiffusionSetup & { readonly steps?: number },
): DiffusionSpeed | null {
  const tflops = denseTflops(gpu, false);
  if (!tflops) return null;
  const p = diffusionParts(m);
  const steps = Math.max(1, Math.round(s.steps ?? defaultDiffusionSteps(m)));
  const mp = (s.resolution * s.resolution) / 2 ** 20;
  const batch = Math.max(1, s.batch);
  let perCall: number;
  let guidance: number;
  if (p.denoiserKind === "transformer") {
    const tokens = (s.resolution / 16) ** 2 + m.maxContext;
    perCall = 2 * p.denoiser * tokens * (1 + (0.15 * tokens) / 4608);
    guidance = 1;
  } else {
    perCall = unetFlopsPerMp(p.denoiser) * mp;
    guidance = 2;
  }
  const fp32 = s.format === "fp32";
  const rate = MFU * tflops * 1e12 * (fp32 ? 0.5 : 1);
  const vaeFp32 = fp32 || (p.denoiserKind === "unet" && p.denoiser > 2e9);
  const vaeFlops = s.tinyVae ? VAE_FLOPS_PER_MP * mp * 0.05 : VAE_FLOPS_PER_MP * mp;
  const compute = (steps * guidance * perCall) / rate + vaeFlops / (MFU * tflops * 1e12 * (vaeFp32 ? 0.5 : 1));
  const bits = FORMAT_BITS[s.format];
  const pipelineBytes = ((p.denoiser + p.textEncoders.reduce((a, b) => a + b, 0)) * bits.linear) / 8;
  const denoiserBytes = (p.denoiser * bits.linear) / 8;
  const transfer =
    s.offload === "model"
      ? pipelineBytes / (MODEL_OFFLOAD_GBS * GB) / batch
      : s.offload === "sequential"
        ? (steps * denoiserBytes) / (SEQUENTIAL_OFFLOAD_GBS * GB) / batch
        : 0;
  const perImage = compute + transfer;
  const basis =
    `${steps} steps × ${guidance} denoiser call(s) of ${(perCall / 1e12).toFixed(1)} TFLOPs + VAE ${(vaeFlops / 1e12).toFixed(1)} TFLOPs` +
    ` at MFU ${MFU} of ${Math.round(tflops)} TFLOPS` +
    (transfer > 0 ? `, ${s.offload} offload transfers ${transfer.toFixed(2)} s per image` : "");
  return { imagesPerSec: 1 / perImage, steps, basis };
}
