import { describe, expect, it } from "vitest";
import { diffusionMemory, diffusionParts, diffusionSpeed, estimate, vaeTileSide } from "../src/index.js";
import { GIB, gpu, model, rel } from "./support/fixtures.js";

// huggingface/blog simple_sdxl_optimizations.md (A100 40GB, SDXL fp16 + SDPA, 4 images at 1024², 50
// steps): peak GiB and latency, https://github.com/huggingface/blog/blob/main/simple_sdxl_optimizations.md
const SDXL_BLOG = [
  ["default", {}, "none", 21.72, 11.413],
  ["model CPU offload", {}, "model", 20.21, 16.082],
  ["sequential CPU offload", {}, "sequential", 19.91, 67.034],
  ["VAE slicing", { vaeSlicing: true }, "none", 15.4, 11.232],
  ["VAE slicing + sequential CPU offload", { vaeSlicing: true }, "sequential", 11.47, 66.869],
  ["tiny autoencoder", { tinyVae: true }, "none", 15.48, 10.45],
] as const;

describe("diffusion pipelines", () => {
  it("splits components into denoiser, text encoders and VAE", () => {
    const p = diffusionParts(model("black-forest-labs/FLUX.1-dev").profile);
    expect(p.denoiserKind).toBe("transformer");
    expect(p.denoiser).toBe(11.9e9);
    expect(p.textEncoders).toHaveLength(2);
    expect(diffusionParts(model("stabilityai/stable-diffusion-xl-base-1.0").profile).denoiserKind).toBe("unet");
  });

  it("SDXL fp16, 4 images at 1024²: 21.72 GiB peak without offload (HF blog, A100)", () => {
    const m = diffusionMemory(model("stabilityai/stable-diffusion-xl-base-1.0").profile, {
      format: "fp16",
      resolution: 1024,
      batch: 4,
      offload: "none",
    });
    expect(rel((m.weights + m.activations) / GIB, 21.72)).toBeLessThan(0.03);
  });

  it.each(SDXL_BLOG)(
    "SDXL blog, %s: peak memory within 3 %% and time within 10 %%",
    (_l, opts, offload, gib, seconds) => {
      const sdxl = model("stabilityai/stable-diffusion-xl-base-1.0").profile;
      const setup = { format: "fp16", resolution: 1024, batch: 4, offload, ...opts } as const;
      const m = diffusionMemory(sdxl, setup);
      expect(rel((m.weights + m.activations) / GIB, gib)).toBeLessThan(0.03);
      const speed = diffusionSpeed(sdxl, gpu("a100", 40, "sxm"), setup);
      expect(rel(4 / (speed?.imagesPerSec ?? 1), seconds)).toBeLessThan(0.1);
    },
  );

  it("VAE tiling caps the decode at one tile: no change at SDXL's 1024² tile size, less at 2048²", () => {
    const sdxl = model("stabilityai/stable-diffusion-xl-base-1.0").profile;
    expect(vaeTileSide(diffusionParts(sdxl))).toBe(1024);
    const at = (resolution: number, vaeTiling: boolean): number =>
      diffusionMemory(sdxl, { format: "fp16", resolution, batch: 1, offload: "none", vaeTiling }).total;
    expect(at(1024, true)).toBe(at(1024, false));
    // 2048²: the decode of 4 MP drops to one 1 MP tile; the UNet phase (8.9 GiB) becomes the peak.
    expect(at(2048, true)).toBeLessThan(0.75 * at(2048, false));
  });

  it("images per second scale with the tensor rate; FLUX.1-schnell's 4 steps are ~7× faster than dev's 28", () => {
    const dev = model("black-forest-labs/FLUX.1-dev").profile;
    const schnell = model("black-forest-labs/FLUX.1-schnell").profile;
    const setup = { format: "bf16", resolution: 1024, batch: 1, offload: "none" } as const;
    const h100 = gpu("h100", 80, "sxm");
    const d = diffusionSpeed(dev, h100, setup);
    const s = diffusionSpeed(schnell, h100, setup);
    expect(d?.steps).toBe(28);
    expect(s?.steps).toBe(4);
    expect((s?.imagesPerSec ?? 0) / (d?.imagesPerSec ?? 1)).toBeGreaterThan(5);
    const a100 = diffusionSpeed(dev, gpu("a100", 80, "sxm"), setup);
    expect((d?.imagesPerSec ?? 0) / (a100?.imagesPerSec ?? 1)).toBeCloseTo(989 / 312, 1);
  });

  it("estimate() reports images per second and cost per thousand images, not tokens", () => {
    const r = estimate({
      model: "stabilityai/stable-diffusion-xl-base-1.0",
      prices: { a100: 1.2 },
      constraints: { gpuModels: ["a100"] },
    });
    const p = r.plans[0];
    expect(p?.throughput.decodeTokensPerSec).toBeNull();
    expect(p?.throughput.imagesPerSec ?? 0).toBeGreaterThan(0.2);
    expect(p?.costPerThousandImages ?? 0).toBeGreaterThan(0);
    expect(p?.costPerMillionTokens).toBeNull();
  });

  it("a batch that does not fit is offered VAE slicing before CPU offload", () => {
    const r = estimate({
      model: "stabilityai/stable-diffusion-xl-base-1.0",
      batchSize: 4,
      constraints: { gpuModels: ["rtx4000ada"], gpuCount: 1 },
    });
    const kinds = r.plans[0]?.fixes.map((f) => f.kind) ?? [];
    expect(r.plans[0]?.fits).toBe(false);
    expect(kinds[0]).toBe("vae");
  });

  it("FLUX.1 bf16: about 33 GB without offload, about 24 GB with model CPU offload", () => {
    const flux = model("black-forest-labs/FLUX.1-schnell").profile;
    const none = diffusionMemory(flux, { format: "bf16", resolution: 1024, batch: 1, offload: "none" });
    const offload = diffusionMemory(flux, { format: "bf16", resolution: 1024, batch: 1, offload: "model" });
    expect(rel(none.total / 1e9, 33)).toBeLessThan(0.12);
    expect(rel(offload.total / 1e9, 24)).toBeLessThan(0.08);
    // The transformer alone holds 22.17 GiB of bf16 weights (diffusers benchmark peak 22.63 GiB).
    expect(offload.weights / GIB).toBeCloseTo(22.17, 1);
  });

  it("SD 1.5 runs within the README's 10 GB even in fp32, and under 4 GiB in fp16", () => {
    const sd = model("stable-diffusion-v1-5/stable-diffusion-v1-5").profile;
    expect(
      diffusionMemory(sd, { format: "fp32", resolution: 512, batch: 1, offload: "none" }).total / 1e9,
    ).toBeLessThan(10);
    expect(
      diffusionMemory(sd, { format: "fp16", resolution: 512, batch: 1, offload: "none" }).total / GIB,
    ).toBeLessThan(4);
  });

  it("sequential offload needs less than model offload, which needs less than none", () => {
    const sdxl = model("stabilityai/stable-diffusion-xl-base-1.0").profile;
    const at = (offload: "none" | "model" | "sequential"): number =>
      diffusionMemory(sdxl, { format: "fp16", resolution: 1024, batch: 1, offload }).total;
    expect(at("sequential")).toBeLessThan(at("model"));
    expect(at("model")).toBeLessThan(at("none"));
  });

  it("estimate() uses the diffusion rule, not the LLM formula, and proposes offload when a GPU is too small", () => {
    const r = estimate({ model: "flux.1-dev", constraints: { gpuModels: ["rtx4090"] } });
    const p = r.plans[0];
    expect(p?.fits).toBe(false);
    expect(p?.kvBytesPerToken).toBeNull();
    expect(p?.fixes.map((f) => f.kind)).toContain("offload");
  });
});

describe("diffusion ranking", () => {
  it("among equal plans the faster tensor rate ranks first, not a 2016 P100 (SDXL: compute-bound denoising)", () => {
    const plans = estimate({ model: "stabilityai/stable-diffusion-xl-base-1.0" }).plans;
    expect(plans[0]?.gpu.model).not.toBe("p100");
    const same = plans.filter(
      (p) => p.gpuCount === plans[0]!.gpuCount && p.gpu.ramGiB === plans[0]!.gpu.ramGiB && p.fits,
    );
    for (let i = 1; i < same.length; i++)
      expect(same[i - 1]!.gpu.fp16Tflops ?? 0).toBeGreaterThanOrEqual(same[i]!.gpu.fp16Tflops ?? 0);
  });
});
