// Visible memory on ECC GDDR data-centre cards (issue 11).
import { GPUS } from "@akash-sdl/catalog";
import { describe, expect, it } from "vitest";
import { estimate, hasEccGddr, visibleMemoryGiB } from "../src/index.js";

const card = (model: string) => GPUS.find((g) => g.model === model)!;

describe("visible memory", () => {
  it("an A10G shows 22.30 GiB (AWS g5: vLLM 'total GPU memory (22.30 GiB)', PyTorch 'total capacity of 22.30 GiB')", () => {
    expect(visibleMemoryGiB(card("a10g"))).toBeCloseTo(22.3, 0);
    expect(Math.abs(visibleMemoryGiB(card("a10g")) - 22.3)).toBeLessThan(0.1);
  });

  it("a T4 shows 14.75 GiB (PyTorch OOM messages on Colab T4: '14.75 GiB total capacity')", () => {
    expect(Math.abs(visibleMemoryGiB(card("t4")) - 14.75)).toBeLessThan(0.1);
  });

  it("HBM and consumer cards keep the plain figure (H100 79.22 GiB, RTX 4090 23.58 GiB, vLLM logs)", () => {
    expect(visibleMemoryGiB(card("h100"))).toBeCloseTo(79.22, 2);
    expect(visibleMemoryGiB(card("rtx4090"))).toBeCloseTo(23.58, 2);
    expect(visibleMemoryGiB({ ramGiB: 24 })).toBeCloseTo(23.58, 2);
  });

  it("marks the ECC GDDR data-centre cards only", () => {
    for (const m of ["a10", "a10g", "a40", "l4", "l40", "l40s", "t4", "p40"])
      expect(hasEccGddr({ model: m }), m).toBe(true);
    for (const m of ["a100", "h100", "rtx4090", "rtxa6000", "a5000", "v100", "mi300x"])
      expect(hasEccGddr({ model: m }), m).toBe(false);
  });

  it("the plan's usable memory on an A10G follows (vLLM 0.90 × 22.30 = 20.07 GiB in the same log)", () => {
    const p = estimate({
      model: "llama-3.1-8b",
      context: 8192,
      constraints: { gpuModels: ["a10g"], includeUnofferedGpus: true },
    }).plans[0]!;
    expect(Math.abs(p.perGpu.usableGiB - 20.07)).toBeLessThan(0.1);
  });
});
