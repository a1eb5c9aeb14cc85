/**
 * The provider manifest as Go's `manifest/v2beta3` structs hold it (SDL-SPEC §5–6). 64-bit values
 * are `bigint`; `null` marks a Go nil slice or pointer that Go serialises as `null`, `undefined`
 * one that Go leaves out (`omitempty`). Resources use the protobuf types the group specs use.
 */
import type { Resources } from "../proto/types.js";

/**
 * `httpOptions` of an expose, after Go's defaults.
 *
 * @example
 * opts.maxBodySize; // 1048576
 */
export interface ManifestHttpOptions {
  /** `maxBodySize`. */
  readonly maxBodySize: number;
  /** `readTimeout` (ms). */
  readonly readTimeout: number;
  /** `sendTimeout` (ms). */
  readonly sendTimeout: number;
  /** `nextTries`. */
  readonly nextTries: number;
  /** `nextTimeout`. */
  readonly nextTimeout: number;
  /** `nextCases`. */
  readonly nextCases: readonly string[];
  /** `proxyBufferSize` (0 = left out). */
  readonly proxyBufferSize: number;
}

/**
 * One manifest expose.
 *
 * @example
 * expose.proto; // "TCP"
 */
export interface ManifestExpose {
  /** Container port. */
  readonly port: number;
  /** `as` (0 = same as port). */
  readonly externalPort: number;
  /** `TCP` or `UDP`. */
  readonly proto: "TCP" | "UDP";
  /** Target service (`""` for none). */
  readonly service: string;
  /** Global exposure. */
  readonly global: boolean;
  /** Accepted host names (`null` when `accept` is absent). */
  readonly hosts: readonly string[] | null;
  /** HTTP options. */
  readonly httpOptions: ManifestHttpOptions;
  /** IP endpoint name (`""` for none). */
  readonly ip: string;
  /** IP lease sequence number. */
  readonly endpointSequenceNumber: number;
}

/**
 * One `params.storage` mount.
 *
 * @example
 * const p: ManifestStorageParams = { name: "data", mount: "/data", readOnly: false };
 */
export interface ManifestStorageParams {
  /** Volume name. */
  readonly name: string;
  /** Mount path. */
  readonly mount: string;
  /** Read-only mount. */
  readonly readOnly: boolean;
}

/**
 * Service `params`.
 *
 * @example
 * params.tee?.type; // "cpu"
 */
export interface ManifestServiceParams {
  /** Storage mounts sorted by volume name (`null` when none). */
  readonly storage: readonly ManifestStorageParams[] | null;
  /** `permissions` (`undefined` when absent). */
  readonly permissions: { readonly read: readonly string[] } | undefined;
  /** `tee` (`undefined` when absent). */
  readonly tee: { readonly type: string; readonly attestation: boolean } | undefined;
}

/**
 * Private registry credentials.
 *
 * @example
 * creds.email; // "" under SDL 2.0
 */
export interface ManifestCredentials {
  /** Registry host. */
  readonly host: string;
  /** E-mail (2.1 only; `""` under 2.0). */
  readonly email: string;
  /** User name. */
  readonly username: string;
  /** Password. */
  readonly password: string;
}

/**
 * One manifest service.
 *
 * @example
 * service.count; // 1
 */
export interface ManifestService {
  /** Service name. */
  readonly name: string;
  /** Image. */
  readonly image: string;
  /** `command` (`null` when absent). */
  readonly command: readonly string[] | null;
  /** `args` (`null` when absent). */
  readonly args: readonly string[] | null;
  /** `env` (`null` when absent). */
  readonly env: readonly string[] | null;
  /** Resources, with this service's own endpoints. */
  readonly resources: Resources;
  /** Replica count. */
  readonly count: number;
  /** Exposes in Go's sorted order. */
  readonly expose: readonly ManifestExpose[];
  /** `params` (`undefined` when absent). */
  readonly params: ManifestServiceParams | undefined;
  /** Credentials (`null` when absent). */
  readonly credentials: ManifestCredentials | null;
  /** GPU interconnect group (TS SDK alpha.45 / Go rc5 only; `""` = none, left out of the JSON). */
  readonly interconnectGroup: string;
}

/**
 * One manifest group (one per placement).
 *
 * @example
 * group.name; // "dcloud"
 */
export interface ManifestGroup {
  /** Placement name. */
  readonly name: string;
  /** Services sorted by name. */
  readonly services: readonly ManifestService[];
}

/**
 * The provider manifest: groups sorted by name.
 *
 * @example
 * const names = (m: Manifest) => m.map((g) => g.name);
 */
export type Manifest = readonly ManifestGroup[];
