import { GPUS } from "@akash-sdl/catalog";
import { describe, expect, it } from "vitest";
import { parseGpuPattern, selectGpus } from "../src/index.js";

describe("GPU selection", () => {
  it("parses model[:ram[:interface]] and the a100-80gb form", () => {
    expect(parseGpuPattern("a100:80Gi:sxm")).toEqual({ model: "a100", ramGiB: 80, interface: "sxm" });
    expect(parseGpuPattern("A100-80GB")).toEqual({ model: "a100", ramGiB: 80 });
    expect(parseGpuPattern("rtx4090")).toEqual({ model: "rtx4090" });
  });

  it("uses every offered SKU by default and only those", () => {
    const s = selectGpus(GPUS, undefined, false);
    expect(s.pinned).toBe(false);
    expect(s.gpus.length).toBe(GPUS.filter((g) => g.inProviderDb).length);
  });

  it("pins named models, warns about unoffered ones, and suggests names for unknown ones", () => {
    const s = selectGpus(GPUS, ["h100", "l40s", "h10"], false);
    expect(s.gpus.map((g) => g.model).sort()).toEqual(["h100", "h100", "l40s"]);
    expect(s.diagnostics.map((d) => d.code)).toEqual(["estimate/gpu-not-offered", "estimate/unknown-gpu"]);
    expect(s.diagnostics[1]?.hints?.[0]).toMatch(/h100/);
  });
});
