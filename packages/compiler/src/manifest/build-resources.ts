/**
 * A compute profile's resources as Go's `v2ComputeResources.toResources()` builds them
 * (SDL-SPEC §4.5, §4.6, §5.5): CPU `arch` attributes, memory, storage volumes with Go's
 * defaulted/normalised attributes in Go's (non-strict) stable order, GPU model attributes.
 */
import { sdlMapGet } from "@akash-sdl/core";
import type { SdlGpu, SdlResources, SdlScalar, SdlStorageVolume } from "@akash-sdl/core";
import { goSort, goSortStable } from "../go/go-sort.js";
import { goStringLess } from "../go/go-strings.js";
import type { Attribute, CPU, Endpoint, GPU, Resources, Storage } from "../proto/types.js";
import { interconnectGroupOf } from "./interconnect-group.js";

/**
 * Values Go could not decode (sizes such as `16GB`, timeouts such as `30s`), keyed by their
 * scalar, read the official TS SDK's way (see `checkCompilable`).
 *
 * @example
 * const overrides: TsValueOverrides = new Map();
 */
export type TsValueOverrides = ReadonlyMap<object, bigint | number | string>;

/** No overrides. */
export const NO_OVERRIDES: TsValueOverrides = new Map();

const sizeOf = (s: SdlScalar<bigint> | undefined, sizes: TsValueOverrides): bigint => {
  if (s === undefined) return 0n;
  if (s.value !== undefined) return s.value;
  const o = sizes.get(s);
  return typeof o === "bigint" ? o : 0n;
};

const byKey = (a: Attribute, b: Attribute): boolean => goStringLess(a.key, b.key);

/**
 * Sorts attributes by key with Go's `sort.Sort` (keys are unique wherever Go sorts them with it).
 *
 * @example
 * sortAttributes([{ key: "b", value: "" }, { key: "a", value: "" }])[0]?.key; // "a"
 */
export function sortAttributes(attributes: Attribute[]): Attribute[] {
  return goSort(attributes, byKey);
}

const GO_TRUE = new Set(["true", "on", "yes"]);
const GO_FALSE = new Set(["false", "off", "no"]);

/** Go `v2StorageAttributes.UnmarshalYAML`: default persistent, default class, normalise, sort. */
function storageAttributes(volume: SdlStorageVolume): Attribute[] {
  const attrs = volume.attributes;
  if (attrs === undefined || attrs.isNull) return [];
  const res = new Map<string, string>();
  for (const entry of attrs.raw.entries) res.set(entry.key.name, entry.value.value ?? "");
  if (!res.has("persistent")) res.set("persistent", "false");
  const persistent = res.get("persistent") ?? "";
  if ((res.get("class") ?? "") === "" && persistent === "true") res.set("class", "default");
  const out: Attribute[] = [];
  for (const [key, raw] of res) {
    let value = raw;
    if (key === "persistent") value = GO_TRUE.has(raw) ? "true" : GO_FALSE.has(raw) ? "false" : raw;
    out.push({ key, value });
  }
  return goSort(out, byKey);
}

/** `strconv.ParseBool` accepting Go's spellings; `false` on failure, as `AsBool` returns. */
function goParseBool(s: string): boolean {
  return s === "1" || s === "t" || s === "T" || s === "true" || s === "TRUE" || s === "True";
}

const persistentOf = (s: Storage): string => s.attributes.find((a) => a.key === "persistent")?.value ?? "";

/**
 * Go's storage `less` (SDL-SPEC §4.6): size, then persistent presence/text, then "not
 * persistent is less" (true for two ephemeral volumes — not a strict order), then name.
 */
function storageLess(a: Storage, b: Storage): boolean {
  if (a.quantity.val < b.quantity.val) return true;
  if (a.quantity.val > b.quantity.val) return false;
  const pa = persistentOf(a);
  const pb = persistentOf(b);
  const ea = pa !== "";
  const eb = pb !== "";
  if ((!ea && eb) || (ea && eb && goStringLess(pa, pb))) return true;
  if (ea && !eb) return false;
  if (!goParseBool(pa)) return true;
  if (!goParseBool(pb)) return false;
  return goStringLess(a.name, b.name);
}

/**
 * The storage volumes of a profile in Go's order (`sort.SliceStable` with Go's comparator).
 *
 * @example
 * buildStorageVolumes(resources).map((s) => s.name);
 */
export function buildStorageVolumes(resources: SdlResources, sizes: TsValueOverrides = NO_OVERRIDES): Storage[] {
  const volumes = (resources.storage?.volumes ?? []).map(
    (v): Storage => ({
      name: v.effectiveName,
      quantity: { val: sizeOf(v.size, sizes) },
      attributes: storageAttributes(v),
    }),
  );
  return goSortStable(volumes, storageLess);
}

/**
 * GPU attributes as Go builds them: one `vendor/nvidia/model/<model>[/ram/<n>Gi][/interface/<i>]`
 * per nvidia entry, the wildcard `vendor/nvidia/model/*` when there is none, plus
 * `interconnect/group=<group>` when the TS-SDK-only `interconnect` is set, sorted by key. A `ram`
 * Go cannot read is written as the TS SDK writes it when `overrides` holds its text (see
 * `checkCompilable`). Returns `[]` when the `attributes` block is absent or null.
 *
 * @example
 * gpuAttributes(gpu).map((a) => a.key); // ["vendor/nvidia/model/a100/ram/80Gi"]
 */
export function gpuAttributes(gpu: SdlGpu, overrides: TsValueOverrides = NO_OVERRIDES): Attribute[] {
  const attrs = gpu.attributes;
  if (attrs === undefined || attrs.isNull) return [];
  const nvidia = sdlMapGet(attrs.vendor, "nvidia");
  const out: Attribute[] = [];
  for (const model of nvidia === undefined || nvidia.isNull ? [] : nvidia.items) {
    let key = `vendor/nvidia/model/${model.model?.value ?? ""}`;
    const ram = model.ram;
    const tsRam = ram === undefined ? undefined : overrides.get(ram);
    if (ram !== undefined && !ram.isNull && ram.value !== undefined) key += `/ram/${ram.value.normalized}`;
    else if (typeof tsRam === "string") key += `/ram/${tsRam}`;
    const iface = model.interface;
    if (iface !== undefined && !iface.isNull) key += `/interface/${iface.value ?? ""}`;
    out.push({ key, value: "true" });
  }
  if (out.length === 0) out.push({ key: "vendor/nvidia/model/*", value: "true" });
  const group = interconnectGroupOf(gpu);
  if (group !== "") out.push({ key: "interconnect/group", value: group });
  return goSort(out, byKey);
}

function cpuValue(resources: SdlResources): CPU | undefined {
  const cpu = resources.cpu;
  if (cpu === undefined || cpu.isNull) return undefined;
  const attributes: Attribute[] = [];
  for (const entry of cpu.attributes?.entries ?? [])
    attributes.push({ key: entry.key.name, value: entry.value.value ?? "" });
  return { units: { val: BigInt(cpu.units?.value ?? 0) }, attributes: goSort(attributes, byKey) };
}

const noGpu = (): GPU => ({ units: { val: 0n }, attributes: [] });

/**
 * `toResources()` of a compute profile, with `id` and `endpoints` filled in by the caller.
 *
 * @example
 * buildResources(profile.resources, 1, []).gpu?.units.val; // 0n
 */
export function buildResources(
  resources: SdlResources | undefined,
  id: number,
  endpoints: Endpoint[],
  sizes: TsValueOverrides = NO_OVERRIDES,
): Resources {
  if (resources === undefined || resources.isNull) {
    return { id, cpu: undefined, memory: undefined, storage: [], gpu: noGpu(), endpoints };
  }
  const gpu = resources.gpu;
  const memory = resources.memory;
  return {
    id,
    cpu: cpuValue(resources),
    memory:
      memory === undefined || memory.isNull
        ? undefined
        : { quantity: { val: sizeOf(memory.size, sizes) }, attributes: [] },
    storage: buildStorageVolumes(resources, sizes),
    gpu:
      gpu === undefined || gpu.isNull
        ? noGpu()
        : { units: { val: BigInt(gpu.units?.value ?? 0) }, attributes: gpuAttributes(gpu, sizes) },
    endpoints,
  };
}

const copyAttributes = (list: readonly Attribute[]): Attribute[] => list.map((a) => ({ key: a.key, value: a.value }));

/**
 * A deep copy of built resources with another `endpoints` list — what {@link buildResources} of
 * the same profile and id returns, without re-reading, re-sorting or re-normalising anything.
 *
 * @example
 * copyResources(serviceResources, []).id === serviceResources.id; // true
 */
export function copyResources(r: Resources, endpoints: Endpoint[]): Resources {
  return {
    id: r.id,
    cpu:
      r.cpu === undefined
        ? undefined
        : { units: { val: r.cpu.units.val }, attributes: copyAttributes(r.cpu.attributes) },
    memory:
      r.memory === undefined
        ? undefined
        : { quantity: { val: r.memory.quantity.val }, attributes: copyAttributes(r.memory.attributes) },
    storage: r.storage.map((v) => ({
      name: v.name,
      quantity: { val: v.quantity.val },
      attributes: copyAttributes(v.attributes),
    })),
    gpu:
      r.gpu === undefined
        ? undefined
        : { units: { val: r.gpu.units.val }, attributes: copyAttributes(r.gpu.attributes) },
    endpoints,
  };
}
