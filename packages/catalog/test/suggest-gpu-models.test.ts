import { describe, expect, it } from "vitest";
import { gpuModelNames } from "../src/gpu-model-names.js";
import { suggestGpuModels } from "../src/suggest-gpu-models.js";

describe("suggestGpuModels", () => {
  it("suggests the closest provider-DB names", () => {
    expect(suggestGpuModels("nvidia", "h10")[0]).toBe("h100");
    expect(suggestGpuModels("nvidia", "RTX-4090")[0]).toBe("rtx4090");
    expect(suggestGpuModels("nvidia", "a100-80gb")[0]).toBe("a100");
    expect(suggestGpuModels("amd", "mi-100")[0]).toBe("mi100");
  });

  it("respects the limit and suggests only names the provider DB knows", () => {
    const known = new Set(gpuModelNames("nvidia"));
    const out = suggestGpuModels("nvidia", "l40s", 5);
    expect(out.length).toBeLessThanOrEqual(5);
    for (const n of out) expect(known.has(n)).toBe(true);
    expect(out).not.toContain("l40s");
    expect(suggestGpuModels("nvidia", "h100", 0)).toEqual([]);
    expect(suggestGpuModels("nvidia", "zzzzzzzzzzzzzzzz")).toEqual([]);
  });
});
