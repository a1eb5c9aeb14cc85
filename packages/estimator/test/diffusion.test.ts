import { describe, expect, it } from "vitest";
import { diffusionMemory, diffusionParts, estimate } from "../src/index.js";
import { GIB, model, rel } from "./support/fixtures.js";

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
