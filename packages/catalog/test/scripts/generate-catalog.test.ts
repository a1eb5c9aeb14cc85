import { describe, expect, it } from "vitest";
import {
  buildAliases,
  buildGpus,
  buildModels,
  derivedAliases,
  normalizeInterface,
  normalizePciId,
  parseMemoryGiB,
  primaryAlias,
  toTsLiteral,
} from "../../scripts/generate-catalog.mjs";

const db = (devices: Record<string, { name: string; interface: string; memory_size: string }>): unknown => ({
  "10de": { name: "nvidia", devices },
});

describe("normalisation helpers", () => {
  it("map provider interfaces to the SDL spelling", () => {
    expect(normalizeInterface("PCIe")).toBe("pcie");
    for (const sxm of ["SXM", "SXM2", "SXM3", "SXM4", "SXM5"]) expect(normalizeInterface(sxm)).toBe("sxm");
    expect(normalizeInterface("OAM")).toBe("sxm");
    expect(() => normalizeInterface("NVLink")).toThrow(/unknown GPU interface/);
  });

  it("parse memory sizes and PCI ids", () => {
    expect(parseMemoryGiB("80Gi")).toBe(80);
    expect(() => parseMemoryGiB("80GB")).toThrow(/memory_size/);
    expect(normalizePciId("10DE:233B")).toBe("10de:233b");
    expect(normalizePciId("0x10de:0x2330")).toBe("10de:2330");
    expect(() => normalizePciId("10de-2330")).toThrow(/malformed/);
  });

  it("writes TypeScript literals with bare keys and JSON strings", () => {
    expect(toTsLiteral({ a: 1, "b-c": ["x", "y"], d: { e: true } })).toBe(
      '{\n  a: 1,\n  "b-c": ["x", "y"],\n  d: {\n    e: true,\n  },\n}',
    );
  });
});

describe("aliases", () => {
  it("derive short names from the repository name", () => {
    expect(primaryAlias("meta-llama/Llama-3.1-8B-Instruct")).toBe("llama-3.1-8b-instruct");
    expect(primaryAlias("Qwen/Qwen3-235B-A22B-FP8")).toBe("qwen3-235b-a22b-fp8");
    expect(derivedAliases("llama-3.1-8b-instruct")).toEqual(["llama-3.1-8b"]);
    expect(derivedAliases("meta-llama-3-8b")).toEqual(["llama-3-8b"]);
    expect(derivedAliases("llama-2-7b-hf")).toEqual(["llama-2-7b"]);
    expect(derivedAliases("gemma-3-4b-it")).toEqual(["gemma-3-4b"]);
    expect(derivedAliases("mistral-7b-instruct-v0.3")).toEqual(["mistral-7b", "mistral-7b-instruct"]);
    expect(derivedAliases("qwen3-235b-a22b-fp8")).toEqual([]);
  });

  it("drop an alias that two models would share, keeping primaries", () => {
    const aliases = buildAliases([
      "meta-llama/Llama-3.1-8B",
      "meta-llama/Llama-3.1-8B-Instruct",
      "mistralai/Mistral-7B-v0.1",
      "mistralai/Mistral-7B-Instruct-v0.3",
      "a/Same-Name",
      "b/Same-Name",
    ]);
    expect(aliases.get("meta-llama/Llama-3.1-8B")).toEqual(["llama-3.1-8b"]);
    expect(aliases.get("meta-llama/Llama-3.1-8B-Instruct")).toEqual(["llama-3.1-8b-instruct"]);
    expect(aliases.get("mistralai/Mistral-7B-v0.1")).toEqual(["mistral-7b-v0.1"]);
    expect(aliases.get("mistralai/Mistral-7B-Instruct-v0.3")).toEqual([
      "mistral-7b-instruct-v0.3",
      "mistral-7b-instruct",
    ]);
    expect(aliases.get("a/Same-Name")).toEqual([]);
    expect(aliases.get("b/Same-Name")).toEqual([]);
  });
});

describe("buildModels", () => {
  const base = {
    id: "o/M-1B",
    family: "f",
    task: "embedding",
    params: 1,
    maxContext: 8,
    dtype: "float32",
    source: "s",
  };

  it("drops null fields and adds aliases", () => {
    const [m] = buildModels([{ ...base, layers: null, activeParams: null, heads: 4 }]);
    expect(m).toEqual({ ...base, aliases: ["m-1b"], heads: 4 });
    expect(Object.keys(m ?? {})).not.toContain("layers");
  });

  it("rejects unknown tasks, unknown fields and duplicate ids", () => {
    expect(() => buildModels([{ ...base, task: "chat" }])).toThrow(/unknown task/);
    expect(() => buildModels([{ ...base, colour: "red" }])).toThrow(/not in ModelSpec/);
    expect(() => buildModels([base, { ...base, id: "O/m-1b" }])).toThrow(/duplicate id/);
  });
});

describe("buildGpus", () => {
  const devices = {
    "1db5": { name: "v100", interface: "SXM2", memory_size: "32Gi" },
    "1db8": { name: "v100", interface: "SXM3", memory_size: "32Gi" },
    "1df0": { name: "v100", interface: "PCIe", memory_size: "32Gi" },
  };

  it("merges SKUs that differ only in SXM generation and attaches curated figures", () => {
    const gpus = buildGpus(db(devices), [
      {
        vendor: "nvidia",
        model: "v100",
        ramGiB: 32,
        interface: "SXM",
        pciIds: ["10de:1db8"],
        bandwidthGBs: 900,
        fp16Tflops: 125,
        inAkashProviderGpuDb: true,
      },
      {
        vendor: "nvidia",
        model: "l4",
        ramGiB: 24,
        interface: "PCIe",
        pciIds: [],
        bandwidthGBs: 300,
        fp16Tflops: 121,
        inAkashProviderGpuDb: false,
        notes: null,
      },
    ]);
    expect(gpus.map((g) => `${g.model}/${g.ramGiB}/${g.interface}/${g.pciIds.join("+")}/${g.inProviderDb}`)).toEqual([
      "l4/24/pcie//false",
      "v100/32/pcie/10de:1df0/true",
      "v100/32/sxm/10de:1db5+10de:1db8/true",
    ]);
    expect(gpus[2]).toMatchObject({ bandwidthGBs: 900, fp16Tflops: 125 });
    expect(gpus[0]).not.toHaveProperty("notes");
  });

  it("fails when curated PCI ids point at another SKU or the DB flag disagrees", () => {
    expect(() =>
      buildGpus(db(devices), [
        { vendor: "nvidia", model: "v100", ramGiB: 16, interface: "SXM", pciIds: ["10de:1db5"] },
      ]),
    ).toThrow(/belong to provider-DB SKU nvidia\|v100\|32\|sxm/);
    expect(() =>
      buildGpus(db(devices), [
        { vendor: "nvidia", model: "v100", ramGiB: 32, interface: "PCIe", pciIds: [], inAkashProviderGpuDb: false },
      ]),
    ).toThrow(/inAkashProviderGpuDb/);
  });
});
