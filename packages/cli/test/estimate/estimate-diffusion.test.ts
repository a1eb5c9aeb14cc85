import { describe, expect, it } from "vitest";
import { runEstimate } from "../../src/estimate-command.js";
import { testIo } from "../util/buffer-io.js";

describe("akash-sdl estimate for diffusion", () => {
  it("shows images per second and cost per thousand images instead of token rates", async () => {
    const io = testIo("/");
    const code = await runEstimate(
      [
        "--model",
        "stabilityai/stable-diffusion-xl-base-1.0",
        "--batch",
        "4",
        "--gpu",
        "a100:40",
        "--price",
        "a100=1.2",
      ],
      io,
    );
    expect(code).toBe(0);
    const out = io.stdout.text();
    expect(out).toMatch(/images\/s/);
    expect(out).toMatch(/\$\/1k img/);
    expect(out).toMatch(/50 steps × 2 denoiser call\(s\)/);
  });

  it("takes --vae-slicing, --vae-tiling, --tiny-vae and --steps (SDXL blog: slicing 15.40 GiB)", async () => {
    const io = testIo("/");
    const code = await runEstimate(
      [
        "--model",
        "stabilityai/stable-diffusion-xl-base-1.0",
        "--batch",
        "4",
        "--vae-slicing",
        "--vae-tiling",
        "--steps",
        "30",
        "--gpu",
        "a100:40",
        "--format",
        "json",
      ],
      io,
    );
    expect(code).toBe(0);
    const json = JSON.parse(io.stdout.text()) as {
      plans: { perGpu: { weightsGiB: number; activationsGiB: number }; imagesPerSec: number; speedBasis: string }[];
    };
    const p = json.plans[0];
    expect((p?.perGpu.weightsGiB ?? 0) + (p?.perGpu.activationsGiB ?? 0)).toBeCloseTo(15.4, 0);
    expect(p?.imagesPerSec ?? 0).toBeGreaterThan(0.5);
    expect(p?.speedBasis).toMatch(/^30 steps/);
  });

  it("documents --batch for speech and the VAE options in --help", async () => {
    const io = testIo("/");
    await runEstimate(["--help"], io);
    const out = io.stdout.text();
    expect(out).toMatch(/--vae-slicing/);
    expect(out).toMatch(/--tiny-vae/);
    expect(out).toMatch(/Speech \(whisper\):\n\s+--batch N\s+audio chunks/);
  });
});
