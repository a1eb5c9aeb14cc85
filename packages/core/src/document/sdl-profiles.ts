import type { DecAmount } from "../scalars/dec-amount.js";
import type { GpuRam } from "../scalars/parse-gpu-ram.js";
import type { SdlKey, SdlList, SdlMap, SdlObjectBase, SdlScalar } from "./sdl-node.js";

/**
 * `profiles`.
 *
 * @example
 * sdlMapGet(doc.profiles?.compute, "web")?.resources?.cpu?.units?.value; // 100 (millicpu)
 */
export interface SdlProfiles extends SdlObjectBase {
  /** `profiles.compute`: profile name → compute profile. */
  readonly compute: SdlMap<SdlComputeProfile> | undefined;
  /** `profiles.placement`: placement name → placement profile. */
  readonly placement: SdlMap<SdlPlacementProfile> | undefined;
}

/**
 * `profiles.compute.<name>`.
 *
 * @example
 * profile.resources?.memory?.size?.value; // 134217728n
 */
export interface SdlComputeProfile extends SdlObjectBase {
  /** The profile name. */
  readonly name: SdlKey;
  /** `resources` (Go panics when a deployed profile has none). */
  readonly resources: SdlResources | undefined;
}

/**
 * `profiles.compute.<name>.resources`.
 *
 * @example
 * resources.storage?.volumes.map((v) => v.effectiveName); // ["default"]
 */
export interface SdlResources extends SdlObjectBase {
  /** `cpu`. */
  readonly cpu: SdlCpu | undefined;
  /** `memory`. */
  readonly memory: SdlMemory | undefined;
  /** `storage`: a single volume map or a list of volumes. */
  readonly storage: SdlStorage | undefined;
  /** `gpu`. */
  readonly gpu: SdlGpu | undefined;
}

/**
 * `resources.cpu`.
 *
 * @example
 * cpu.units?.value; // 500 for `units: 0.5`
 */
export interface SdlCpu extends SdlObjectBase {
  /** `units` in millicpu (Go's truncating rule). */
  readonly units: SdlScalar<number> | undefined;
  /** `attributes` (Go allows only `arch`). */
  readonly attributes: SdlMap<SdlScalar<string>> | undefined;
}

/**
 * `resources.memory`.
 *
 * @example
 * memory.size?.value; // 536870912n for `512Mi`
 */
export interface SdlMemory extends SdlObjectBase {
  /** `size` in bytes. */
  readonly size: SdlScalar<bigint> | undefined;
}

/**
 * `resources.storage` in either form.
 *
 * @example
 * storage.form; // "list"
 */
export interface SdlStorage extends SdlObjectBase {
  /** `"single"` for one volume map, `"list"` for a sequence of volumes. */
  readonly form: "single" | "list";
  /** Volumes in source order (Go re-sorts them later; the compiler does that). */
  readonly volumes: readonly SdlStorageVolume[];
}

/**
 * One storage volume.
 *
 * @example
 * volume.effectiveName; // "default" when no name is given
 */
export interface SdlStorageVolume extends SdlObjectBase {
  /** `name` as written. */
  readonly name: SdlScalar<string> | undefined;
  /** The name Go uses: `"default"` for the single-map form or a missing/empty name. */
  readonly effectiveName: string;
  /** `size` in bytes. */
  readonly size: SdlScalar<bigint> | undefined;
  /** `attributes`. */
  readonly attributes: SdlStorageAttributes | undefined;
}

/**
 * Storage `attributes`. Go reads them as raw strings; `persistent` is normalized with Go's
 * true/on/yes and false/off/no rule.
 *
 * @example
 * attrs.persistent?.value; // true
 */
export interface SdlStorageAttributes extends SdlObjectBase {
  /** `persistent` (`undefined` value when it is not one of Go's six words). */
  readonly persistent: SdlScalar<boolean> | undefined;
  /** `class` as written (checked by the validator). */
  readonly class: SdlScalar<string> | undefined;
  /** Every attribute as Go's raw string, in source order (unknown keys included). */
  readonly raw: SdlMap<SdlScalar<string>>;
}

/**
 * `resources.gpu`.
 *
 * @example
 * gpu.units?.value; // 1
 */
export interface SdlGpu extends SdlObjectBase {
  /** `units` (unsigned integer). */
  readonly units: SdlScalar<number> | undefined;
  /** `attributes`. */
  readonly attributes: SdlGpuAttributes | undefined;
}

/**
 * `gpu.attributes`.
 *
 * @example
 * sdlMapGet(attrs.vendor, "nvidia")?.items[0]?.model?.value; // "a100"
 */
export interface SdlGpuAttributes extends SdlObjectBase {
  /** `vendor`: vendor name → model list (`nvidia: ~` gives a null list). */
  readonly vendor: SdlMap<SdlList<SdlGpuModel>> | undefined;
}

/**
 * One GPU model entry under a vendor.
 *
 * @example
 * model.ram?.value?.normalized; // "80Gi"
 */
export interface SdlGpuModel extends SdlObjectBase {
  /** `model`. */
  readonly model: SdlScalar<string> | undefined;
  /** `ram`, with Go's whole-Gi normalization. */
  readonly ram: SdlScalar<GpuRam> | undefined;
  /** `interface` as written (`pcie` / `sxm`; checked by the validator). */
  readonly interface: SdlScalar<string> | undefined;
}

/**
 * `profiles.placement.<name>`.
 *
 * @example
 * sdlMapGet(placement.pricing, "web")?.amount?.value?.text18; // "50.000000000000000000"
 */
export interface SdlPlacementProfile extends SdlObjectBase {
  /** The placement name (also the group name). */
  readonly name: SdlKey;
  /** `attributes`: key → raw scalar text, in source order (Go sorts them later). */
  readonly attributes: SdlMap<SdlScalar<string>> | undefined;
  /** `signedBy`. */
  readonly signedBy: SdlSignedBy | undefined;
  /** `pricing`: compute profile name → price. */
  readonly pricing: SdlMap<SdlPrice> | undefined;
}

/**
 * `signedBy` (camelCase keys in YAML).
 *
 * @example
 * signedBy.anyOf?.items.map((i) => i.value);
 */
export interface SdlSignedBy extends SdlObjectBase {
  /** `allOf`. */
  readonly allOf: SdlList<SdlScalar<string>> | undefined;
  /** `anyOf`. */
  readonly anyOf: SdlList<SdlScalar<string>> | undefined;
}

/**
 * One `pricing.<profile>` entry.
 *
 * @example
 * price.denom?.value; // "uakt"
 */
export interface SdlPrice extends SdlObjectBase {
  /** `denom`. */
  readonly denom: SdlScalar<string> | undefined;
  /** `amount` (Go's LegacyDec: 18 decimals). */
  readonly amount: SdlScalar<DecAmount> | undefined;
}
