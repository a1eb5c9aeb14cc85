// Advice a person can act on (issue 11): cheap knobs first, each re-checked, other engines before
// more or bigger GPUs; replicas instead of splitting a small model over many GPUs.
import { describe, expect, it } from "vitest";
import { estimate } from "../src/index.js";

describe("fixes when vLLM does not fit", () => {
  // vllm #23278: `vllm serve openai/gpt-oss-120b` on one H100 reports "Available KV cache memory:
  // -2.14 GiB"; the same issue's workaround is --max-num-seqs with a higher memory fraction.
  const r = estimate({ model: "openai/gpt-oss-120b", constraints: { gpuModels: ["h100:80:sxm"], gpuCount: 1 } });
  const p = r.plans[0]!;
  const kinds = p.fixes.map((f) => f.kind);

  it("gpt-oss-120b on one 80 GB H100 does not fit with the defaults", () => {
    expect(p.fits).toBe(false);
  });

  it("offers --max-num-seqs 256 with --gpu-memory-utilization 0.95, re-checked to fit", () => {
    const both = p.fixes.find(
      (f) => f.kind === "utilization" && /--max-num-seqs 256 --gpu-memory-utilization 0\.95/.test(f.description),
    );
    expect(both).toBeDefined();
    const checked = estimate({
      model: "openai/gpt-oss-120b",
      maxNumSeqs: 256,
      gpuMemoryUtilization: 0.95,
      constraints: { gpuModels: ["h100:80:sxm"], gpuCount: 1 },
    });
    expect(checked.plans[0]?.fits).toBe(true);
  });

  it("offers llama.cpp/Ollama with the MXFP4 GGUF, which fits one H100", () => {
    const engine = p.fixes.find((f) => f.kind === "engine");
    expect(engine?.description).toMatch(/llama\.cpp or Ollama \(the MXFP4 GGUF/);
    const checked = estimate({
      model: "openai/gpt-oss-120b",
      engine: "llama.cpp",
      constraints: { gpuModels: ["h100:80:sxm"], gpuCount: 1 },
    });
    expect(checked.plans[0]?.weightFormat).toBe("mxfp4");
    expect(checked.plans[0]?.fits).toBe(true);
  });

  it("lists the knobs and other engines before more or bigger GPUs", () => {
    const firstHardware = kinds.findIndex((k) => k === "gpus" || k === "gpu");
    const lastKnob = Math.max(
      ...["max-num-seqs", "utilization", "context", "engine"].map((k) =>
        kinds.lastIndexOf(k as (typeof kinds)[number]),
      ),
    );
    expect(lastKnob).toBeGreaterThanOrEqual(0);
    if (firstHardware >= 0) expect(lastKnob).toBeLessThan(firstHardware);
  });

  it("every fix except the shorter context is one that fits when applied", () => {
    const util = p.fixes.find((f) => f.kind === "utilization" && !/max-num-seqs/.test(f.description));
    if (util) {
      const checked = estimate({
        model: "openai/gpt-oss-120b",
        gpuMemoryUtilization: 0.95,
        constraints: { gpuModels: ["h100:80:sxm"], gpuCount: 1 },
      });
      expect(checked.plans[0]?.fits).toBe(true);
    }
  });
});

describe("replicas", () => {
  it("64 GPUs for an 8B model: the plan suggests replicas of the smallest fitting plan", () => {
    const p = estimate({
      model: "llama-3.1-8b",
      context: 8192,
      constraints: { gpuModels: ["h100:80:sxm"], gpuCount: 64 },
    }).plans[0]!;
    expect(p.fits).toBe(true);
    const note = p.notes.find((n) => /replicas/.test(n));
    expect(note).toMatch(/64 replicas of 1 GPU \(deployment count: 64\)/);
  });

  it("no replica note when the pinned count is what the model needs", () => {
    const p = estimate({
      model: "llama-3.3-70b",
      context: 8192,
      constraints: { gpuModels: ["h100:80:sxm"], gpuCount: 2 },
    }).plans[0]!;
    expect(p.notes.some((n) => /replicas/.test(n))).toBe(false);
  });
});
