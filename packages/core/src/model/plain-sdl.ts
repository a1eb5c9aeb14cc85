import type { PlainDeploymentEntry, PlainProfiles } from "./plain-profiles.js";

/**
 * A plain, JSON-able description of a whole deployment: what an SDL says, without positions.
 * The estimator produces its resources, the builder writes it as SDL text, the compiler reads it.
 * Quantities keep the SDL spelling (`"500m"`, `"16Gi"`, `"0.000123"`), so nothing is lost or
 * rounded between the tools. Keys follow the SDL's own spelling where a JSON name is safe
 * (`http_options` becomes `httpOptions`, `min_window` `minWindow`, `readOnly` stays).
 *
 * @example
 * const sdl: PlainSdl = {
 *   version: "2.0",
 *   services: { web: { image: "nginx:1.27", expose: [{ port: 80, as: 80, to: [{ global: true }] }] } },
 *   profiles: {
 *     compute: { web: { resources: { cpu: { units: 0.5 }, memory: { size: "512Mi" }, storage: [{ size: "1Gi" }] } } },
 *     placement: { dc: { pricing: { web: { denom: "uakt", amount: "100" } } } },
 *   },
 *   deployment: { web: { dc: { profile: "web", count: 1 } } },
 * };
 */
export interface PlainSdl {
  /** `"2.0"` or `"2.1"`. */
  readonly version: string;
  /** Services by name. */
  readonly services: Readonly<Record<string, PlainService>>;
  /** Compute and placement profiles. */
  readonly profiles: PlainProfiles;
  /** Service name → placement name → profile and count. */
  readonly deployment: Readonly<Record<string, Readonly<Record<string, PlainDeploymentEntry>>>>;
  /** IP endpoints by name. */
  readonly endpoints?: Readonly<Record<string, { readonly kind: string }>>;
  /** The reclamation requirement. */
  readonly reclamation?: { readonly minWindow: string };
}

/**
 * `services.<name>`.
 *
 * @example
 * const s: PlainService = { image: "vllm/vllm-openai:v0.10.1", args: ["--model", "x"], env: ["HF_TOKEN=…"] };
 */
export interface PlainService {
  /** The container image. */
  readonly image: string;
  /** Entrypoint override. */
  readonly command?: readonly string[];
  /** Arguments. */
  readonly args?: readonly string[];
  /** `NAME=value` items. */
  readonly env?: readonly string[];
  /** Exposed ports. */
  readonly expose?: readonly PlainExpose[];
  /** Service names depended on. */
  readonly dependencies?: readonly string[];
  /** Mounts, permissions, confidential computing. */
  readonly params?: PlainParams;
  /** Private registry login. */
  readonly credentials?: PlainCredentials;
}

/**
 * One `expose` item.
 *
 * @example
 * const e: PlainExpose = { port: 8000, as: 80, proto: "TCP", to: [{ global: true }], httpOptions: { maxBodySize: 104857600 } };
 */
export interface PlainExpose {
  /** Container port. */
  readonly port: number;
  /** Port seen from outside. */
  readonly as?: number;
  /** `TCP` or `UDP` as written. */
  readonly proto?: string;
  /** Accepted host names. */
  readonly accept?: readonly string[];
  /** Destinations. */
  readonly to?: readonly PlainExposeTo[];
  /** Ingress options. */
  readonly httpOptions?: PlainHttpOptions;
}

/**
 * One `to` destination.
 *
 * @example
 * const t: PlainExposeTo = { global: true, ip: "myip" };
 */
export interface PlainExposeTo {
  /** Another service of the deployment. */
  readonly service?: string;
  /** Exposed to the internet. */
  readonly global?: boolean;
  /** An IP endpoint name. */
  readonly ip?: string;
}

/**
 * `http_options`, numbers in bytes and milliseconds (timeouts may be duration strings on Console).
 *
 * @example
 * const h: PlainHttpOptions = { readTimeout: 60000, nextCases: ["error", "timeout"] };
 */
export interface PlainHttpOptions {
  /** `max_body_size`. */
  readonly maxBodySize?: number;
  /** `read_timeout`. */
  readonly readTimeout?: number | string;
  /** `send_timeout`. */
  readonly sendTimeout?: number | string;
  /** `next_tries`. */
  readonly nextTries?: number;
  /** `next_timeout`. */
  readonly nextTimeout?: number;
  /** `next_cases`. */
  readonly nextCases?: readonly string[];
  /** `proxy_buffer_size` (Go only). */
  readonly proxyBufferSize?: number;
}

/**
 * `params`.
 *
 * @example
 * const p: PlainParams = { storage: { data: { mount: "/data", readOnly: false } }, tee: "cpu" };
 */
export interface PlainParams {
  /** Mounts by volume name. */
  readonly storage?: Readonly<Record<string, { readonly mount: string; readonly readOnly?: boolean }>>;
  /** `permissions.read`. */
  readonly permissions?: { readonly read: readonly string[] };
  /** `cpu` or `cpu-gpu`. */
  readonly tee?: string;
}

/**
 * `credentials`.
 *
 * @example
 * const c: PlainCredentials = { host: "ghcr.io", username: "me", password: "token" };
 */
export interface PlainCredentials {
  /** Registry host. */
  readonly host: string;
  /** User name. */
  readonly username: string;
  /** Password or token. */
  readonly password: string;
  /** E-mail. */
  readonly email?: string;
}
