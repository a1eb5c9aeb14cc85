import { describe, expect, it } from "vitest";
import { findGpus } from "../src/find-gpus.js";
import { GPUS } from "../src/generated/gpus.js";

describe("findGpus", () => {
  it("returns the whole catalogue for an empty query", () => {
    expect(findGpus()).toEqual(GPUS);
    expect(findGpus({})).toHaveLength(GPUS.length);
  });

  it("filters by every given field", () => {
    expect(findGpus({ model: "h100" }).map((g) => g.interface)).toEqual(["pcie", "sxm"]);
    const a100 = findGpus({ vendor: "nvidia", model: "a100", ramGiB: 80 });
    expect(a100.map((g) => g.interface)).toEqual(["pcie", "sxm"]);
    expect(findGpus({ model: "a100", ramGiB: 80, interface: "sxm" })[0]?.pciIds).toEqual(["10de:147f", "10de:20b2"]);
    expect(findGpus({ model: "a100" }).map((g) => g.ramGiB)).toEqual([40, 40, 64, 80, 80]);
    for (const g of findGpus({ vendor: "amd" })) expect(g.vendor).toBe("amd");
  });

  it("filters by provider-DB presence", () => {
    const absent = findGpus({ inProviderDb: false })
      .map((g) => g.model)
      .sort();
    expect(absent).toEqual(["a10", "a10g", "l4", "l40", "l40s", "mi250", "mi300x"]);
    expect(findGpus({ model: "l40s", inProviderDb: true })).toEqual([]);
  });

  it("matches exactly, like a provider does", () => {
    expect(findGpus({ model: "H100" })).toEqual([]);
    expect(findGpus({ model: "a100-80gb" })).toEqual([]);
    expect(findGpus({ model: "h100", ramGiB: 94 })).toEqual([]);
  });
});
