#!/usr/bin/env node
// Generates packages/catalog/src/generated/{gpus,gpu-skus,models}.ts from the shared data folder.
//
//   node scripts/generate-catalog.mjs [dataDir]      (or AKASH_SDL_DATA=dataDir)
//
// Inputs (relative to dataDir): provider-configs/devices/pcie/gpus.json (the provider GPU database),
// gpus.json (curated GPU performance figures) and models.json (curated AI models).
// Plain Node 20 ESM, no dependencies. The functions are exported so that tests can re-run the
// generation in memory and compare it with the checked-in files.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { withGpuFigures } from "./gpu-figures.mjs";

const SCRIPT_DIR = dirname(fileURLToPath(import.meta.url));
/** The catalog package folder. */
export const PACKAGE_DIR = resolve(SCRIPT_DIR, "..");
/** The repository root (…/packages/catalog/scripts → …). */
const REPO_ROOT = resolve(PACKAGE_DIR, "../..");

export const PROVIDER_DB_PATH = "provider-configs/devices/pcie/gpus.json";
export const CURATED_GPUS_PATH = "gpus.json";
export const MODELS_PATH = "models.json";
export const OUTPUT_GPUS = "src/generated/gpus.ts";
export const OUTPUT_GPU_SKUS = "src/generated/gpu-skus.ts";
export const OUTPUT_MODELS = "src/generated/models.ts";

const VENDORS = new Set(["nvidia", "amd"]);
const TASKS = new Set(["text-generation", "speech-to-text", "text-to-image", "embedding"]);
const CONFIDENCE = new Set(["verified", "partly-verified", "unverified"]);
/** ModelSpec fields in output order (after `id` and `aliases`). */
const MODEL_FIELDS = [
  "family",
  "task",
  "params",
  "activeParams",
  "layers",
  "hiddenSize",
  "heads",
  "kvHeads",
  "headDim",
  "vocab",
  "maxContext",
  "dtype",
  "kvBytesPerTokenBf16",
  "intermediateSize",
  "tieEmbeddings",
  "slidingWindow",
  "experts",
  "expertsPerToken",
  "encoderLayers",
  "decoderLayers",
  "officialVramGB",
  "audioContextFrames",
  "components",
  "defaultResolution",
  "source",
  "notes",
];
const REQUIRED_MODEL_FIELDS = ["family", "task", "params", "maxContext", "dtype", "source"];

/** The data folder: argument, else `$AKASH_SDL_DATA`, else `../shared/data` beside the repository. */
export function resolveDataDir(arg = process.argv[2]) {
  return resolve(arg ?? process.env.AKASH_SDL_DATA ?? join(REPO_ROOT, "../shared/data"));
}

/** SDL interface spelling: `PCIe` → `pcie`; `SXM`, `SXM2..5` → `sxm`; `OAM` → `sxm` (the SDL has no `oam`). */
export function normalizeInterface(raw) {
  if (/^pcie$/i.test(raw)) return "pcie";
  if (/^sxm\d*$/i.test(raw)) return "sxm";
  if (/^oam$/i.test(raw)) return "sxm";
  throw new Error(`unknown GPU interface ${JSON.stringify(raw)}`);
}

/** `"80Gi"` → 80. */
export function parseMemoryGiB(raw) {
  const m = /^(\d+)Gi$/.exec(raw);
  if (!m) throw new Error(`unexpected memory_size ${JSON.stringify(raw)} (expected "<n>Gi")`);
  return Number(m[1]);
}

/** `10DE:2330` / `0x10de:0x2330` → `10de:2330`. */
export function normalizePciId(raw) {
  const m = /^(?:0x)?([0-9a-f]{4}):(?:0x)?([0-9a-f]{4})$/i.exec(raw.trim());
  if (!m) throw new Error(`malformed PCI id ${JSON.stringify(raw)}`);
  return `${m[1].toLowerCase()}:${m[2].toLowerCase()}`;
}

const gpuKey = (g) => `${g.vendor}|${g.model}|${g.ramGiB}|${g.interface}`;
const compareText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** Sort order: vendor, model, ramGiB (ascending), interface. */
export function compareGpus(a, b) {
  return (
    compareText(a.vendor, b.vendor) ||
    compareText(a.model, b.model) ||
    a.ramGiB - b.ramGiB ||
    compareText(a.interface, b.interface)
  );
}

/**
 * Merges the provider GPU database with the curated figures into a sorted GpuSpec list.
 * Throws when the two sources disagree (a curated PCI id that the database files under another
 * SKU, or an `inAkashProviderGpuDb` flag that does not match).
 */
export function buildGpus(providerDb, curated) {
  const byKey = new Map();
  const keyOfPci = new Map();
  for (const [vendorId, vendor] of Object.entries(providerDb)) {
    if (!VENDORS.has(vendor.name)) throw new Error(`unknown GPU vendor ${JSON.stringify(vendor.name)}`);
    for (const [deviceId, device] of Object.entries(vendor.devices)) {
      const pci = normalizePciId(`${vendorId}:${deviceId}`);
      const spec = {
        vendor: vendor.name,
        model: device.name,
        ramGiB: parseMemoryGiB(device.memory_size),
        interface: normalizeInterface(device.interface),
      };
      const key = gpuKey(spec);
      const entry = byKey.get(key) ?? { ...spec, pciIds: new Set(), inProviderDb: true };
      entry.pciIds.add(pci);
      byKey.set(key, entry);
      keyOfPci.set(pci, key);
    }
  }
  for (const c of curated) {
    if (!VENDORS.has(c.vendor)) throw new Error(`gpus.json: unknown vendor ${JSON.stringify(c.vendor)}`);
    const spec = { vendor: c.vendor, model: c.model, ramGiB: c.ramGiB, interface: normalizeInterface(c.interface) };
    const label = `gpus.json ${c.vendor}/${c.model}/${c.ramGiB}/${c.interface}`;
    if (!Number.isInteger(spec.ramGiB) || spec.ramGiB <= 0) throw new Error(`${label}: bad ramGiB`);
    const pciIds = (c.pciIds ?? []).map(normalizePciId);
    // The PCI ids decide which provider-DB SKU an entry describes; the key must agree with them.
    const pciKeys = new Set(pciIds.map((id) => keyOfPci.get(id)).filter((k) => k !== undefined));
    if (pciKeys.size > 1)
      throw new Error(`${label}: PCI ids span several provider-DB SKUs (${[...pciKeys].join(", ")})`);
    const key = gpuKey(spec);
    const [pciKey] = pciKeys;
    if (pciKey !== undefined && pciKey !== key)
      throw new Error(`${label}: PCI ids belong to provider-DB SKU ${pciKey}`);
    const existing = byKey.get(key);
    const inDb = existing?.inProviderDb === true;
    if (c.inAkashProviderGpuDb !== undefined && c.inAkashProviderGpuDb !== inDb) {
      throw new Error(`${label}: inAkashProviderGpuDb is ${c.inAkashProviderGpuDb} but the provider DB says ${inDb}`);
    }
    if (existing?.curated) throw new Error(`${label}: two gpus.json entries for one SKU`);
    if (c.confidence != null && !CONFIDENCE.has(c.confidence)) throw new Error(`${label}: bad confidence`);
    const entry = existing ?? { ...spec, pciIds: new Set(), inProviderDb: false };
    for (const id of pciIds) entry.pciIds.add(id);
    let notes = c.notes ?? undefined;
    if (/^oam$/i.test(c.interface)) {
      const oam = "OAM module: the SDL knows only pcie|sxm, so it is listed as sxm";
      notes = notes ? `${notes}; ${oam}` : oam;
    }
    entry.curated = {
      bandwidthGBs: c.bandwidthGBs,
      fp16Tflops: c.fp16Tflops,
      fp16TflopsFp16Accumulate: c.fp16TflopsFp16Accumulate,
      confidence: c.confidence,
      source: c.source,
      notes,
    };
    byKey.set(key, entry);
  }
  return [...byKey.values()]
    .map((e) =>
      dropAbsent(
        withGpuFigures(
          dropAbsent({
            vendor: e.vendor,
            model: e.model,
            ramGiB: e.ramGiB,
            interface: e.interface,
            pciIds: [...e.pciIds].sort(),
            inProviderDb: e.inProviderDb,
            ...e.curated,
          }),
        ),
      ),
    )
    .sort(compareGpus);
}

/** GpuSku fields, in output order: what a validator needs of a SKU (no PCI ids, no figures). */
const SKU_FIELDS = ["vendor", "model", "ramGiB", "interface", "inProviderDb"];

/** The GpuSku projection of a GpuSpec list, same order. */
export function toGpuSkus(gpus) {
  return gpus.map((g) => Object.fromEntries(SKU_FIELDS.map((k) => [k, g[k]])));
}

/** What each GpuSpec adds to its GpuSku (PCI ids, figures, sources), same order. */
export function toGpuDetails(gpus) {
  return gpus.map((g) => Object.fromEntries(Object.entries(g).filter(([k]) => !SKU_FIELDS.includes(k))));
}

/** Removes `null`/`undefined` fields. */
function dropAbsent(obj) {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== null && v !== undefined));
}

/** The repository name of a Hugging Face id, lower-case: `meta-llama/Llama-3.1-8B` → `llama-3.1-8b`. */
export function primaryAlias(id) {
  return id.slice(id.lastIndexOf("/") + 1).toLowerCase();
}

/**
 * Shorter spellings of a primary alias: without a leading `meta-`, without a trailing
 * `-instruct`/`-hf`/`-it` and without a trailing `-v0.N`, in every combination.
 */
export function derivedAliases(primary) {
  const steps = [
    (s) => s.replace(/^meta-(?=.)/, ""),
    (s) => s.replace(/-(?:instruct|hf|it)$/, ""),
    (s) => s.replace(/-v0\.\d+$/, ""),
  ];
  const seen = new Set([primary]);
  const queue = [primary];
  while (queue.length > 0) {
    const current = queue.shift();
    for (const step of steps) {
      const next = step(current);
      if (next !== "" && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  seen.delete(primary);
  return [...seen].sort();
}

/**
 * Aliases for each id: the primary alias, then the derived ones. A primary alias is kept unless
 * two models share it; a derived alias is kept only when no other model has it (as its primary
 * or derived alias). So every alias belongs to exactly one model.
 */
export function buildAliases(ids) {
  const count = (map, alias) => map.set(alias, (map.get(alias) ?? 0) + 1);
  const primaries = new Map();
  const all = new Map();
  const candidates = ids.map((id) => {
    const primary = primaryAlias(id);
    const derived = derivedAliases(primary);
    count(primaries, primary);
    for (const a of new Set([primary, ...derived])) count(all, a);
    return { id, primary, derived };
  });
  return new Map(
    candidates.map(({ id, primary, derived }) => [
      id,
      [...(primaries.get(primary) === 1 ? [primary] : []), ...derived.filter((a) => all.get(a) === 1)],
    ]),
  );
}

/** models.json → sorted-as-given ModelSpec list, `null` fields dropped, aliases added. */
export function buildModels(models) {
  const ids = new Set();
  for (const m of models) {
    if (typeof m.id !== "string" || !m.id.includes("/")) throw new Error(`models.json: bad id ${JSON.stringify(m.id)}`);
    if (ids.has(m.id.toLowerCase())) throw new Error(`models.json: duplicate id ${m.id}`);
    ids.add(m.id.toLowerCase());
    for (const k of Object.keys(m)) {
      if (k !== "id" && !MODEL_FIELDS.includes(k))
        throw new Error(`models.json ${m.id}: field ${k} is not in ModelSpec`);
    }
    for (const k of REQUIRED_MODEL_FIELDS) {
      if (m[k] === null || m[k] === undefined) throw new Error(`models.json ${m.id}: missing ${k}`);
    }
    if (!TASKS.has(m.task)) throw new Error(`models.json ${m.id}: unknown task ${JSON.stringify(m.task)}`);
  }
  const aliases = buildAliases(models.map((m) => m.id));
  return models.map((m) => {
    const out = { id: m.id, aliases: aliases.get(m.id) };
    for (const k of MODEL_FIELDS) if (m[k] !== null && m[k] !== undefined) out[k] = m[k];
    return out;
  });
}

/** TypeScript literal for a JSON-like value, 2-space indented, keys unquoted where possible. */
export function toTsLiteral(value, indent = "") {
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== "object" || v === null))
      return `[${value.map((v) => toTsLiteral(v)).join(", ")}]`;
    const inner = indent + "  ";
    return `[\n${value.map((v) => inner + toTsLiteral(v, inner)).join(",\n")},\n${indent}]`;
  }
  if (typeof value === "object" && value !== null) {
    const inner = indent + "  ";
    const lines = Object.entries(value).map(([k, v]) => {
      const key = /^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k);
      return `${inner}${key}: ${toTsLiteral(v, inner)}`;
    });
    return lines.length === 0 ? "{}" : `{\n${lines.join(",\n")},\n${indent}}`;
  }
  if (typeof value === "number" && !Number.isFinite(value)) throw new Error(`non-finite number ${value}`);
  return JSON.stringify(value);
}

/** Reads `SOURCE.md` of a data sub-folder: repository, commit and the sha256 it records per file. */
export function readSourceMd(path) {
  if (!existsSync(path)) return undefined;
  const text = readFileSync(path, "utf8");
  const repo = /Source repository:\s*(\S+)/.exec(text)?.[1];
  const commit = /Commit:\s*`([0-9a-f]{40})`/.exec(text)?.[1];
  const sha256 = new Map(
    [...text.matchAll(/`([^`]+)`\s*\(\d+ bytes, sha256 `([0-9a-f]{64})`\)/g)].map((m) => [m[1], m[2]]),
  );
  return { repo, commit, sha256 };
}

const sha256Hex = (buf) => createHash("sha256").update(buf).digest("hex");

function readJson(dataDir, rel) {
  const path = join(dataDir, rel);
  if (!existsSync(path)) throw new Error(`data file not found: ${path}`);
  const bytes = readFileSync(path);
  return { rel, sha256: sha256Hex(bytes), value: JSON.parse(bytes.toString("utf8")) };
}

function header(inputs, what) {
  const lines = [
    "// GENERATED FILE: do not edit by hand.",
    "// Regenerate with `pnpm --filter @akash-sdl/catalog generate` (scripts/generate-catalog.mjs).",
    `// ${what}`,
    "// Inputs (paths relative to the shared data folder):",
  ];
  for (const i of inputs) {
    lines.push(`//   ${i.rel}  sha256 ${i.sha256}`);
    lines.push(`//     ${i.origin}`);
  }
  return lines.join("\n");
}

/**
 * Runs the whole generation in memory. Returns the files to write, keyed by their path relative
 * to the package folder.
 */
export function generateCatalog(dataDir) {
  const providerDb = readJson(dataDir, PROVIDER_DB_PATH);
  const curatedGpus = readJson(dataDir, CURATED_GPUS_PATH);
  const models = readJson(dataDir, MODELS_PATH);
  const source = readSourceMd(join(dataDir, "provider-configs/SOURCE.md"));
  if (source === undefined || source.commit === undefined)
    throw new Error("provider-configs/SOURCE.md with a commit is required");
  const recorded = source.sha256.get(PROVIDER_DB_PATH.slice("provider-configs/".length));
  if (recorded !== undefined && recorded !== providerDb.sha256) {
    throw new Error(`${PROVIDER_DB_PATH}: sha256 ${providerDb.sha256} differs from SOURCE.md (${recorded})`);
  }
  providerDb.origin = `${source.repo ?? "provider-configs"} @ ${source.commit} (provider-configs/SOURCE.md)`;
  const curatedOrigin = "curated for akash-sdl (no SOURCE.md; each entry's `source` cites its origin)";
  curatedGpus.origin = curatedOrigin;
  models.origin = curatedOrigin;

  const gpus = buildGpus(providerDb.value, curatedGpus.value);
  const modelSpecs = buildModels(models.value);
  const gpusTs = [
    header(
      [providerDb, curatedGpus],
      "One entry per (vendor, model, ramGiB, interface); provider-DB SKUs have inProviderDb: true.",
    ),
    "",
    'import type { GpuSku, GpuSpec } from "../gpu-spec.js";',
    'import { GPU_SKUS } from "./gpu-skus.js";',
    "",
    "/** What each entry adds to its GPU_SKUS entry (same index): PCI ids and figures. */",
    `const DETAILS: readonly Omit<GpuSpec, keyof GpuSku>[] = ${toTsLiteral(toGpuDetails(gpus))};`,
    "",
    "/**",
    " * Every GPU SKU: the provider GPU database merged with curated bandwidth and TFLOPS figures,",
    " * sorted by vendor, model, memory and interface. Each entry is its `GPU_SKUS` entry plus its",
    " * details (fields in the order of `GpuSpec`), so a bundle that uses only `GPU_SKUS` leaves these out.",
    " *",
    " * @example",
    ' * const h100 = GPUS.filter((g) => g.model === "h100");',
    " */",
    "export const GPUS: readonly GpuSpec[] = /* @__PURE__ */ GPU_SKUS.map((s, i) => {",
    "  const { pciIds, ...figures } = DETAILS[i] as Omit<GpuSpec, keyof GpuSku>;",
    "  return {",
    "    vendor: s.vendor,",
    "    model: s.model,",
    "    ramGiB: s.ramGiB,",
    "    interface: s.interface,",
    "    pciIds,",
    "    inProviderDb: s.inProviderDb,",
    "    ...figures,",
    "  };",
    "});",
    "",
  ].join("\n");
  const gpuSkusTs = [
    header(
      [providerDb, curatedGpus],
      "The SKU fields of every GPUS entry (same order), without PCI ids or figures: small enough for a browser validator.",
    ),
    "",
    'import type { GpuSku } from "../gpu-spec.js";',
    "",
    "/**",
    " * Every GPU SKU of `GPUS`, in the same order, with only vendor, model, memory, interface and",
    " * provider-DB presence.",
    " *",
    " * @example",
    ' * const sxm = GPU_SKUS.filter((g) => g.interface === "sxm");',
    " */",
    `export const GPU_SKUS: readonly GpuSku[] = ${toTsLiteral(toGpuSkus(gpus))};`,
    "",
  ].join("\n");
  const modelsTs = [
    header([models], "Every model of models.json in source order; null fields dropped; aliases derived from the id."),
    "",
    'import type { ModelSpec } from "../model-spec.js";',
    "",
    "/**",
    " * Every catalogued AI model with its architecture numbers and short aliases.",
    " *",
    " * @example",
    ' * const llms = MODELS.filter((m) => m.task === "text-generation");',
    " */",
    `export const MODELS: readonly ModelSpec[] = ${toTsLiteral(modelSpecs)};`,
    "",
  ].join("\n");
  return { [OUTPUT_GPUS]: gpusTs, [OUTPUT_GPU_SKUS]: gpuSkusTs, [OUTPUT_MODELS]: modelsTs };
}

function main() {
  const dataDir = resolveDataDir();
  const files = generateCatalog(dataDir);
  for (const [rel, text] of Object.entries(files)) {
    const out = join(PACKAGE_DIR, rel);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, text);
    console.log(`wrote ${rel} (${text.length} chars) from ${dataDir}`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    main();
  } catch (error) {
    console.error(`generate-catalog: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
