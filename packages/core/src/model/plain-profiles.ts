/**
 * `profiles`.
 *
 * @example
 * const p: PlainProfiles = { compute: {}, placement: {} };
 */
export interface PlainProfiles {
  /** Compute profiles by name. */
  readonly compute: Readonly<Record<string, { readonly resources: PlainResources }>>;
  /** Placement profiles by name. */
  readonly placement: Readonly<Record<string, PlainPlacement>>;
}

/**
 * The `resources` of a compute profile. The estimator's plans fill it (`toResources`).
 *
 * @example
 * const r: PlainResources = { cpu: { units: 8 }, memory: { size: "64Gi" }, storage: [{ size: "100Gi" }], gpu: { units: 1, attributes: { vendor: { nvidia: [{ model: "h100", ram: "80Gi" }] } } } };
 */
export interface PlainResources {
  /** CPU cores (`8`, `0.5`) or millicpu (`"500m"`), and the optional `arch`. */
  readonly cpu: { readonly units: number | string; readonly attributes?: { readonly arch?: string } };
  /** Memory size, e.g. `"16Gi"`. */
  readonly memory: { readonly size: string };
  /** Volumes (the single-map form of the SDL is one unnamed volume). */
  readonly storage: readonly PlainStorageVolume[];
  /** GPUs, when any. */
  readonly gpu?: PlainGpu;
}

/**
 * `resources.gpu`.
 *
 * @example
 * const g: PlainGpu = { units: 2, attributes: { vendor: { nvidia: [{ model: "a100", ram: "80Gi", interface: "sxm" }] } } };
 */
export interface PlainGpu {
  /** How many GPUs. */
  readonly units: number;
  /** Vendors and acceptable models (an empty or null list: any model of the vendor). */
  readonly attributes?: { readonly vendor: Readonly<Partial<Record<string, readonly PlainGpuModel[] | null>>> };
}

/**
 * One acceptable GPU model.
 *
 * @example
 * const m: PlainGpuModel = { model: "h100", ram: "80Gi" };
 */
export interface PlainGpuModel {
  /** Model name, e.g. `h100`. */
  readonly model: string;
  /** GPU memory, e.g. `80Gi`. */
  readonly ram?: string;
  /** `pcie` or `sxm`. */
  readonly interface?: string;
}

/**
 * One storage volume.
 *
 * @example
 * const v: PlainStorageVolume = { name: "shm", size: "10Gi", attributes: { persistent: false, class: "ram" } };
 */
export interface PlainStorageVolume {
  /** Volume name (absent: `default`). */
  readonly name?: string;
  /** Size, e.g. `"100Gi"`. */
  readonly size: string;
  /** Persistence and class. */
  readonly attributes?: { readonly persistent?: boolean; readonly class?: string };
}

/**
 * A placement profile.
 *
 * @example
 * const p: PlainPlacement = { attributes: { region: "us-west" }, pricing: { web: { denom: "uact", amount: "1000" } } };
 */
export interface PlainPlacement {
  /** Required provider attributes. */
  readonly attributes?: Readonly<Record<string, string>>;
  /** Required auditors. */
  readonly signedBy?: { readonly allOf?: readonly string[]; readonly anyOf?: readonly string[] };
  /** Highest price per block by compute profile name. */
  readonly pricing: Readonly<Record<string, PlainPrice>>;
}

/**
 * A price per block.
 *
 * @example
 * const price: PlainPrice = { denom: "uakt", amount: "100" };
 */
export interface PlainPrice {
  /** Denomination. */
  readonly denom: string;
  /** Amount as written (decimal text, up to 18 decimals). */
  readonly amount: string;
}

/**
 * `deployment.<service>.<placement>`.
 *
 * @example
 * const d: PlainDeploymentEntry = { profile: "web", count: 2 };
 */
export interface PlainDeploymentEntry {
  /** Compute profile name. */
  readonly profile: string;
  /** Instances. */
  readonly count: number;
}
