import { describe, expect, it } from "vitest";
import { estimate, hostResources, planCost, priceFor, toResources } from "../src/index.js";
import { gpu } from "./support/fixtures.js";

describe("cost", () => {
  it("looks prices up by the most specific key, ignoring case and the Gi suffix", () => {
    const prices = { H100: 2.2, "h100:80Gi:sxm": 2.5, "a100-80gb": 1.3, a10g: 0.9 };
    expect(priceFor(gpu("h100", 80, "sxm"), prices)).toBe(2.5);
    expect(priceFor(gpu("h100", 80, "pcie"), prices)).toBe(2.2);
    expect(priceFor(gpu("a100", 80, "pcie"), prices)).toBe(1.3);
    expect(priceFor(gpu("a100", 40, "pcie"), prices)).toBeUndefined();
    expect(priceFor(gpu("a10g", 24, "pcie"), prices)).toBe(0.9);
  });

  it("prices per hour and per million tokens: price × GPUs × 10^6 / (3600 × tokens/s)", () => {
    expect(planCost(2, 4, 1000)).toEqual({ perHour: 8, perMillionTokens: 2.2222 });
    expect(planCost(2, 1, null)).toEqual({ perHour: 2, perMillionTokens: null });
  });

  it("ranks priced plans by cost per million tokens, before unpriced ones", () => {
    const r = estimate({ model: "llama-3.1-8b", context: 8192, prices: { rtx4090: 0.35, h100: 2, a100: 1.2 } });
    const priced = r.plans.filter((p) => p.costPerMillionTokens !== null);
    expect(priced.length).toBeGreaterThan(2);
    expect(r.plans.slice(0, priced.length)).toEqual(priced);
    for (let i = 1; i < priced.length; i++)
      expect(priced[i]!.costPerMillionTokens!).toBeGreaterThanOrEqual(priced[i - 1]!.costPerMillionTokens!);
    expect(r.diagnostics.map((d) => d.code)).toEqual(["estimate/no-price"]);
  });

  it("puts plans over the budget last and warns when none meets it", () => {
    const prices = { rtx4090: 0.35, h100: 2, a100: 1.2 };
    const within = estimate({ model: "llama-3.1-8b", context: 8192, prices, constraints: { budgetPerHour: 0.5 } });
    expect(within.plans[0]?.gpu.model).toBe("rtx4090");
    expect(within.plans.at(-1)?.costPerHour).toBeGreaterThan(0.5);
    const none = estimate({ model: "llama-3.1-8b", context: 8192, prices, constraints: { budgetPerHour: 0.1 } });
    expect(none.diagnostics.map((d) => d.code)).toContain("estimate/over-budget");
  });
});

describe("host resources", () => {
  it("states a rule for every number and follows the template ranges", () => {
    const one = hostResources({
      workload: "llm-inference",
      gpusPerNode: 1,
      weightsPerNodeBytes: 16e9,
      checkpointBytes: 16e9,
      needsShm: true,
    });
    expect(one.cpu).toBe(8);
    expect(one.memoryGiB).toBeGreaterThanOrEqual(16);
    expect(one.storageGiB).toBeGreaterThan(16e9 / 2 ** 30);
    expect(one.shmGiB).toBe(10);
    expect(Object.values(one.rules).every((r) => r.length > 10)).toBe(true);
    const eight = hostResources({
      workload: "llm-inference",
      gpusPerNode: 8,
      weightsPerNodeBytes: 700e9,
      checkpointBytes: 700e9,
      needsShm: true,
    });
    expect([eight.cpu, eight.memoryGiB, eight.shmGiB]).toEqual([64, 256, 32]);
  });

  it("sizes the model volume from the files: 70B bf16 (131 GiB) gets a volume below the template's 200 Gi", () => {
    const h = hostResources({
      workload: "llm-inference",
      gpusPerNode: 2,
      weightsPerNodeBytes: 141e9,
      checkpointBytes: 141e9,
      needsShm: true,
    });
    expect(h.storageGiB).toBeGreaterThan(131);
    expect(h.storageGiB).toBeLessThanOrEqual(200);
  });
});

describe("toResources", () => {
  it("writes GPU attributes, CPU, memory, a persistent model volume and a RAM-class shm volume", () => {
    const plan = estimate({
      model: "llama-3.3-70b",
      context: 8192,
      gpuMemoryUtilization: 0.95,
      constraints: { gpuModels: ["h100:80:sxm"], gpuCount: 2 },
    }).plans[0]!;
    const sdl = toResources(plan);
    expect(sdl.resources.gpu).toEqual({
      units: 2,
      attributes: { vendor: { nvidia: [{ model: "h100", ram: "80Gi" }] } },
    });
    expect(sdl.resources.cpu.units).toBe(plan.host.cpu);
    expect(sdl.resources.memory.size).toBe(`${plan.host.memoryGiB}Gi`);
    expect(sdl.resources.storage).toContainEqual({
      name: "models",
      size: `${plan.host.storageGiB}Gi`,
      attributes: { persistent: true, class: "beta3" },
    });
    expect(sdl.resources.storage).toContainEqual({
      name: "shm",
      size: "10Gi",
      attributes: { persistent: false, class: "ram" },
    });
    expect(sdl.mounts).toContainEqual({ volume: "shm", mount: "/dev/shm", readOnly: false });
    expect(sdl.mounts).toContainEqual({ volume: "models", mount: "/root/.cache/huggingface", readOnly: false });
    expect(toResources(plan, { pinInterface: true }).resources.gpu.attributes.vendor.nvidia?.[0]?.interface).toBe(
      "sxm",
    );
  });

  it("gives per-node GPUs for multi-node plans and no shm for Ollama", () => {
    const big = estimate({
      model: "llama-3.1-405b",
      context: 8192,
      constraints: { gpuModels: ["h100:80:sxm"], gpuCount: 24 },
    }).plans[0]!;
    const sdl = toResources(big);
    expect(sdl.nodes).toBe(3);
    expect(sdl.resources.gpu.units).toBe(8);
    const small = estimate({ model: "llama3.1:8b", constraints: { gpuModels: ["rtx3090"] } }).plans[0]!;
    expect(toResources(small).resources.storage.some((s) => s.name === "shm")).toBe(false);
    expect(toResources(small).mounts[0]?.mount).toBe("/root/.ollama");
  });
});
