/**
 * A whole deployment as the SDL writes it (YAML key names, `snake_case` where the SDL has it).
 * {@link buildSdl} turns it into text; `version` is picked from the features used when absent.
 *
 * @example
 * const spec: SdlSpec = {
 *   services: { web: { image: "nginx:1.27", expose: [{ port: 80, as: 80, to: [{ global: true }] }] } },
 *   profiles: {
 *     compute: { web: { resources: { cpu: { units: 0.5 }, memory: { size: "512Mi" }, storage: { size: "1Gi" } } } },
 *     placement: { dcloud: { pricing: { web: { denom: "uact", amount: 1000 } } } },
 *   },
 *   deployment: { web: { dcloud: { profile: "web", count: 1 } } },
 * };
 */
export interface SdlSpec {
  /** `"2.0"` or `"2.1"`; default: 2.0 unless a 2.1 feature needs 2.1. */
  readonly version?: "2.0" | "2.1";
  /** Service name → service. */
  readonly services: Readonly<Record<string, ServiceSpec>>;
  /** Compute and placement profiles. */
  readonly profiles: {
    /** Compute profile name → resources. */
    readonly compute: Readonly<Record<string, ComputeProfileSpec>>;
    /** Placement name → attributes, auditors and prices. */
    readonly placement: Readonly<Record<string, PlacementSpec>>;
  };
  /** Service name → placement name → profile and count. */
  readonly deployment: Readonly<Record<string, Readonly<Record<string, DeploymentSpec>>>>;
  /** IP endpoint name → `{ kind: "ip" }`. */
  readonly endpoints?: Readonly<Record<string, { readonly kind: "ip" }>>;
  /** Lease reclamation window, e.g. `{ min_window: "1h" }`. */
  readonly reclamation?: { readonly min_window: string };
}

/**
 * `services.<name>`.
 *
 * @example
 * const s: ServiceSpec = { image: "vllm/vllm-openai:v0.11.0", args: ["--model", "x"], env: ["HF_TOKEN="] };
 */
export interface ServiceSpec {
  /** Container image with a tag. */
  readonly image: string;
  /** Entry point override. */
  readonly command?: readonly string[];
  /** Arguments. */
  readonly args?: readonly string[];
  /** `NAME=value` entries. */
  readonly env?: readonly string[];
  /** Ports to expose. */
  readonly expose?: readonly ExposeSpec[];
  /** Storage mounts, permissions and TEE. */
  readonly params?: ParamsSpec;
  /** Private registry credentials. */
  readonly credentials?: CredentialsSpec;
}

/**
 * One `expose` entry.
 *
 * @example
 * const e: ExposeSpec = { port: 8000, as: 80, to: [{ global: true }], http_options: { max_body_size: 104857600 } };
 */
export interface ExposeSpec {
  /** Container port. */
  readonly port: number;
  /** External port (default: `port`). */
  readonly as?: number;
  /** `tcp` (default) or `udp`. */
  readonly proto?: "tcp" | "udp" | "TCP" | "UDP";
  /** Host names to accept. */
  readonly accept?: readonly string[];
  /** HTTP proxy options. */
  readonly http_options?: HttpOptionsSpec;
  /** Who may reach the port: other services, the internet (`global`), an IP endpoint. */
  readonly to?: readonly ExposeToSpec[];
}

/**
 * `expose[].to[]`.
 *
 * @example
 * const t: ExposeToSpec = { global: true, ip: "myip" };
 */
export interface ExposeToSpec {
  /** Another service of the deployment. */
  readonly service?: string;
  /** Reachable from the internet. */
  readonly global?: boolean;
  /** A leased IP endpoint name (needs `global: true`). */
  readonly ip?: string;
}

/**
 * `expose[].http_options` (Go defaults apply when absent).
 *
 * @example
 * const h: HttpOptionsSpec = { read_timeout: 60000, next_cases: ["error", "timeout"] };
 */
export interface HttpOptionsSpec {
  /** Bytes, ≤ 104857600. */
  readonly max_body_size?: number;
  /** Milliseconds, ≤ 60000. */
  readonly read_timeout?: number;
  /** Milliseconds, ≤ 60000. */
  readonly send_timeout?: number;
  /** Retries. */
  readonly next_tries?: number;
  /** Milliseconds. */
  readonly next_timeout?: number;
  /** When to retry: `error`, `timeout`, `500`, … or `off`. */
  readonly next_cases?: readonly string[];
}

/**
 * `services.<name>.params`.
 *
 * @example
 * const p: ParamsSpec = { storage: { models: { mount: "/data" } }, tee: "cpu" };
 */
export interface ParamsSpec {
  /** Volume name → mount point. */
  readonly storage?: Readonly<Record<string, { readonly mount: string; readonly readOnly?: boolean }>>;
  /** Read access to deployment data, e.g. `{ read: ["logs"] }`. */
  readonly permissions?: { readonly read: readonly string[] };
  /** Trusted execution (SDL 2.1). */
  readonly tee?: "cpu" | "cpu-gpu";
}

/**
 * Private registry credentials (`email` needs SDL 2.1 to reach the manifest).
 *
 * @example
 * const c: CredentialsSpec = { host: "ghcr.io", username: "me", password: "token" };
 */
export interface CredentialsSpec {
  /** Registry host. */
  readonly host: string;
  /** User name. */
  readonly username: string;
  /** Password or token. */
  readonly password: string;
  /** E-mail (2.1). */
  readonly email?: string;
}

/**
 * `profiles.compute.<name>`.
 *
 * @example
 * const c: ComputeProfileSpec = { resources: { cpu: { units: 1 }, memory: { size: "1Gi" }, storage: [{ size: "1Gi" }] } };
 */
export interface ComputeProfileSpec {
  /** What one instance gets. */
  readonly resources: ResourcesSpec;
}

/**
 * `profiles.compute.<name>.resources`.
 *
 * @example
 * const r: ResourcesSpec = { cpu: { units: 4, attributes: { arch: "amd64" } }, memory: { size: "16Gi" }, storage: { size: "10Gi" } };
 */
export interface ResourcesSpec {
  /** CPU units (`0.5`, `"500m"`, `4`) and architecture. */
  readonly cpu: { readonly units: number | string; readonly attributes?: { readonly arch?: "amd64" | "arm64" } };
  /** Memory size, e.g. `"16Gi"`. */
  readonly memory: { readonly size: string };
  /** GPUs. */
  readonly gpu?: GpuSpec;
  /** One volume or a list of volumes. */
  readonly storage: StorageVolumeSpec | readonly StorageVolumeSpec[];
}

/**
 * `resources.gpu`.
 *
 * @example
 * const g: GpuSpec = { units: 1, attributes: { vendor: { nvidia: [{ model: "h100", ram: "80Gi" }] } } };
 */
export interface GpuSpec {
  /** GPUs per instance. */
  readonly units: number;
  /** Vendor → accepted models; `interconnect` asks for linked GPUs. */
  readonly attributes?: {
    readonly vendor: Readonly<Partial<Record<"nvidia" | "amd", readonly GpuModelSpec[] | null>>>;
    readonly interconnect?: readonly never[] | { readonly group: string };
  };
}

/**
 * One accepted GPU model.
 *
 * @example
 * const m: GpuModelSpec = { model: "a100", ram: "80Gi", interface: "sxm" };
 */
export interface GpuModelSpec {
  /** Akash model name (`h100`). */
  readonly model: string;
  /** Memory, e.g. `"80Gi"`. */
  readonly ram?: string;
  /** `pcie` or `sxm`. */
  readonly interface?: "pcie" | "sxm";
}

/**
 * One storage volume.
 *
 * @example
 * const v: StorageVolumeSpec = { name: "models", size: "100Gi", attributes: { persistent: true, class: "beta3" } };
 */
export interface StorageVolumeSpec {
  /** Absent for the default (ephemeral) volume. */
  readonly name?: string;
  /** Size, e.g. `"10Gi"`. */
  readonly size: string;
  /** Persistence and class (`beta1`–`beta3`, `ram`). */
  readonly attributes?: { readonly persistent?: boolean; readonly class?: string };
}

/**
 * `profiles.placement.<name>`.
 *
 * @example
 * const p: PlacementSpec = { attributes: { region: "us-west" }, pricing: { web: { denom: "uact", amount: 1000 } } };
 */
export interface PlacementSpec {
  /** Provider attributes to match. */
  readonly attributes?: Readonly<Record<string, string | number | boolean>>;
  /** Auditors that must (`allOf`) or may (`anyOf`) have signed the provider's attributes. */
  readonly signedBy?: { readonly anyOf?: readonly string[]; readonly allOf?: readonly string[] };
  /** Compute profile name → price ceiling per block. */
  readonly pricing: Readonly<Record<string, PriceSpec>>;
}

/**
 * A price ceiling per block.
 *
 * @example
 * const p: PriceSpec = { denom: "uact", amount: 1000 };
 */
export interface PriceSpec {
  /** `uact` (default on mainnet) or `uakt`. */
  readonly denom: string;
  /** Amount per block (up to 18 decimals). */
  readonly amount: number | string;
}

/**
 * `deployment.<service>.<placement>`.
 *
 * @example
 * const d: DeploymentSpec = { profile: "web", count: 1 };
 */
export interface DeploymentSpec {
  /** Compute profile name. */
  readonly profile: string;
  /** Instances. */
  readonly count: number;
}
