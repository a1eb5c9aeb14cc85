import { describe, expect, it } from "vitest";
import { GPU_SKUS } from "../src/generated/gpu-skus.js";
import { GPUS } from "../src/generated/gpus.js";
import { findGpuSkus } from "../src/find-gpu-skus.js";
import { findGpus } from "../src/find-gpus.js";
import type { GpuQuery } from "../src/matches-gpu-query.js";
import type { GpuSpec } from "../src/gpu-spec.js";

const sku = (g: GpuSpec) => ({
  vendor: g.vendor,
  model: g.model,
  ramGiB: g.ramGiB,
  interface: g.interface,
  inProviderDb: g.inProviderDb,
});

describe("GPU_SKUS", () => {
  it("is GPUS without PCI ids and figures, entry by entry in the same order", () => {
    expect(GPU_SKUS).toEqual(GPUS.map(sku));
    for (const g of GPU_SKUS)
      expect(Object.keys(g)).toEqual(["vendor", "model", "ramGiB", "interface", "inProviderDb"]);
  });
});

describe("findGpuSkus", () => {
  it("finds what findGpus finds, for every field of every SKU and for queries that match nothing", () => {
    const queries: GpuQuery[] = [{}, { model: "H100" }, { model: "a100-80gb" }, { model: "h100", ramGiB: 94 }];
    for (const g of GPUS) {
      queries.push(
        { model: g.model },
        { vendor: g.vendor, model: g.model },
        { vendor: g.vendor, model: g.model, ramGiB: g.ramGiB },
        { model: g.model, interface: g.interface },
        { model: g.model, ramGiB: g.ramGiB, interface: g.interface, inProviderDb: g.inProviderDb },
      );
    }
    queries.push({ inProviderDb: true }, { inProviderDb: false }, { vendor: "amd" }, { interface: "sxm" });
    for (const q of queries) expect(findGpuSkus(q), JSON.stringify(q)).toEqual(findGpus(q).map(sku));
  });

  it("matches exactly, like a provider does", () => {
    expect(findGpuSkus({ model: "h100" }).map((g) => g.interface)).toEqual(["pcie", "sxm"]);
    expect(findGpuSkus({ vendor: "nvidia", model: "a100", ramGiB: 80 })).toHaveLength(2);
    expect(findGpuSkus({ model: "H100" })).toEqual([]);
  });
});
