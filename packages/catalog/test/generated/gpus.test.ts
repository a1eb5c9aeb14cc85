import { describe, expect, it } from "vitest";
import { GPUS } from "../../src/generated/gpus.js";
import { GPU_FIGURES } from "../../scripts/gpu-figures.mjs";
import { curatedGpus, HAS_DATA, providerDb } from "../support/data.js";

const key = (g: { vendor: string; model: string; ramGiB: number; interface: string }): string =>
  `${g.vendor}|${g.model}|${g.ramGiB}|${g.interface}`;

describe("GPUS against the source files", () => {
  it.skipIf(!HAS_DATA)("lists every provider-DB device id in exactly one entry, with that device's SKU", () => {
    const ids = GPUS.flatMap((g) => g.pciIds);
    expect(new Set(ids).size).toBe(ids.length);
    let devices = 0;
    for (const [vendorId, vendor] of Object.entries(providerDb())) {
      for (const [deviceId, device] of Object.entries(vendor.devices)) {
        devices++;
        const holders = GPUS.filter((g) => g.pciIds.includes(`${vendorId}:${deviceId}`.toLowerCase()));
        expect(holders).toHaveLength(1);
        const [g] = holders;
        expect(g?.vendor).toBe(vendor.name);
        expect(g?.model).toBe(device.name);
        expect(g?.ramGiB).toBe(Number.parseInt(device.memory_size, 10));
        expect(g?.interface).toBe(device.interface.toLowerCase().startsWith("sxm") ? "sxm" : "pcie");
        expect(g?.inProviderDb).toBe(true);
      }
    }
    expect(devices).toBe(98);
    // curated PCI ids add nothing beyond the provider DB
    expect(ids).toHaveLength(devices);
  });

  it.skipIf(!HAS_DATA)("holds one entry per curated SKU with its figures, and no other non-DB entries", () => {
    const curated = curatedGpus();
    expect(curated).toHaveLength(42);
    for (const c of curated) {
      const iface = c.interface === "PCIe" ? "pcie" : "sxm";
      const matches = GPUS.filter((g) => key(g) === key({ ...c, interface: iface }));
      expect(matches, `${c.model} ${c.ramGiB} ${c.interface}`).toHaveLength(1);
      const [g] = matches;
      expect(g?.inProviderDb).toBe(c.inAkashProviderGpuDb);
      // gpus.json wins; figures it leaves out come from scripts/gpu-figures.mjs.
      const extra = GPU_FIGURES.find((f) => f.model === c.model && f.ramGiB === c.ramGiB);
      expect(g?.bandwidthGBs).toBe(c.bandwidthGBs ?? extra?.bandwidthGBs);
      expect(g?.fp16Tflops).toBe(c.fp16Tflops ?? extra?.fp16Tflops);
      expect(g?.fp16TflopsFp16Accumulate).toBe(c.fp16TflopsFp16Accumulate ?? extra?.fp16TflopsFp16Accumulate);
      for (const id of c.pciIds) expect(g?.pciIds).toContain(id);
    }
    const notInDb = GPUS.filter((g) => !g.inProviderDb).map((g) => g.model).sort();
    expect(notInDb).toEqual(curated.filter((c) => !c.inAkashProviderGpuDb).map((c) => c.model).sort());
  });
});

describe("GPUS shape", () => {
  it("has one entry per (vendor, model, ramGiB, interface), sorted", () => {
    const keys = GPUS.map(key);
    expect(new Set(keys).size).toBe(keys.length);
    const sorted = [...GPUS].sort(
      (a, b) =>
        a.vendor.localeCompare(b.vendor, "en") ||
        (a.model < b.model ? -1 : a.model > b.model ? 1 : 0) ||
        a.ramGiB - b.ramGiB ||
        a.interface.localeCompare(b.interface, "en"),
    );
    expect(GPUS.map(key)).toEqual(sorted.map(key));
  });

  it("uses the SDL spelling: lower-case interface, lower-case sorted PCI ids, whole GiB", () => {
    for (const g of GPUS) {
      expect(["pcie", "sxm"]).toContain(g.interface);
      expect(["nvidia", "amd"]).toContain(g.vendor);
      expect(g.model).toBe(g.model.toLowerCase());
      expect(Number.isInteger(g.ramGiB) && g.ramGiB > 0).toBe(true);
      for (const id of g.pciIds) expect(id).toMatch(/^[0-9a-f]{4}:[0-9a-f]{4}$/);
      expect([...g.pciIds]).toEqual([...g.pciIds].sort());
      if (g.inProviderDb) expect(g.pciIds.length).toBeGreaterThan(0);
    }
  });

  it("merges SXM generations: v100 32Gi SXM2 and SXM3 become one sxm entry", () => {
    const v100 = GPUS.filter((g) => g.model === "v100" && g.ramGiB === 32);
    expect(v100.map((g) => `${g.interface}:${g.pciIds.join(",")}`)).toEqual([
      "pcie:10de:1df0",
      "sxm:10de:1db5,10de:1db8",
    ]);
  });

  it("gives h100, a100 and rtx4090 bandwidth and TFLOPS", () => {
    for (const model of ["h100", "a100", "rtx4090"]) {
      const entries = GPUS.filter((g) => g.model === model && g.bandwidthGBs !== undefined);
      expect(entries.length, model).toBeGreaterThan(0);
      for (const g of entries) {
        expect(g.bandwidthGBs).toBeGreaterThan(500);
        expect(g.fp16Tflops).toBeGreaterThan(100);
        expect(g.confidence).toBe("verified");
      }
    }
    const h100sxm = GPUS.find((g) => g.model === "h100" && g.interface === "sxm");
    expect(h100sxm).toMatchObject({ ramGiB: 80, bandwidthGBs: 3350, fp16Tflops: 989, pciIds: ["10de:2330"] });
    expect(GPUS.find((g) => g.model === "rtx4090")?.fp16TflopsFp16Accumulate).toBeGreaterThan(300);
  });

  it("lists OAM modules as sxm with a note", () => {
    const mi300x = GPUS.find((g) => g.model === "mi300x");
    expect(mi300x).toMatchObject({ vendor: "amd", interface: "sxm", inProviderDb: false, pciIds: [] });
    expect(mi300x?.notes).toMatch(/OAM/);
  });
});
