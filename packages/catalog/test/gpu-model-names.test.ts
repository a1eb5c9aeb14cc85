import { describe, expect, it } from "vitest";
import { GPUS } from "../src/generated/gpus.js";
import { gpuModelNames } from "../src/gpu-model-names.js";

describe("gpuModelNames", () => {
  it("lists distinct provider-DB names of a vendor, sorted", () => {
    expect(gpuModelNames("amd")).toEqual(["mi100", "mi60"]);
    const nvidia = gpuModelNames("nvidia");
    expect(nvidia).toEqual([...new Set(nvidia)].sort());
    expect(nvidia).toEqual(expect.arrayContaining(["h100", "h200", "a100", "rtx4090", "rtxa6000", "pro6000se"]));
    expect(nvidia).not.toContain("l40s");
    expect(nvidia).toHaveLength(
      new Set(GPUS.filter((g) => g.vendor === "nvidia" && g.inProviderDb).map((g) => g.model)).size,
    );
  });

  it("can include curated models that no provider advertises", () => {
    expect(gpuModelNames("amd", { includeNotInProviderDb: true })).toEqual(["mi100", "mi250", "mi300x", "mi60"]);
    expect(gpuModelNames("nvidia", { includeNotInProviderDb: true })).toContain("l40s");
  });
});
