import type { ImageRef } from "../scalars/parse-image-ref.js";
import type { SdlKey, SdlList, SdlMap, SdlObjectBase, SdlScalar } from "./sdl-node.js";

/**
 * `services.<name>`: one container service.
 *
 * @example
 * const web: SdlService | undefined = sdlMapGet(doc.services, "web");
 * web?.image?.value; // "nginx:1.25"
 */
export interface SdlService extends SdlObjectBase {
  /** The service name (the map key). */
  readonly name: SdlKey;
  /** `image`: the raw text Go uses. */
  readonly image: SdlScalar<string> | undefined;
  /** `image` split into registry/repository/tag/digest (advisory: Go does not parse it). */
  readonly imageRef: ImageRef | undefined;
  /** `command` (nil vs `[]` matters for the manifest). */
  readonly command: SdlList<SdlScalar<string>> | undefined;
  /** `args`. */
  readonly args: SdlList<SdlScalar<string>> | undefined;
  /** `env`: `NAME=value` items. */
  readonly env: SdlList<SdlScalar<string>> | undefined;
  /** `expose`. */
  readonly expose: SdlList<SdlExpose> | undefined;
  /** `dependencies` (decoded by Go, then ignored). */
  readonly dependencies: SdlList<SdlDependency> | undefined;
  /** `params`. */
  readonly params: SdlParams | undefined;
  /** `credentials` (private registry). */
  readonly credentials: SdlCredentials | undefined;
}

/**
 * One `expose` item.
 *
 * @example
 * expose.port?.value; // 80
 */
export interface SdlExpose extends SdlObjectBase {
  /** `port` (uint32). */
  readonly port: SdlScalar<number> | undefined;
  /** `as` (uint32; absent = 0 = same as port). */
  readonly as: SdlScalar<number> | undefined;
  /** `proto` as written (Go upper-cases it later). */
  readonly proto: SdlScalar<string> | undefined;
  /** `accept`: host names (nil vs `[]` matters for the manifest). */
  readonly accept: SdlList<SdlScalar<string>> | undefined;
  /** `to`. */
  readonly to: SdlList<SdlExposeTo> | undefined;
  /** `http_options`. */
  readonly httpOptions: SdlHttpOptions | undefined;
}

/**
 * One `expose[].to` item.
 *
 * @example
 * to.global?.value; // true
 */
export interface SdlExposeTo extends SdlObjectBase {
  /** `service`. */
  readonly service: SdlScalar<string> | undefined;
  /** `global` (bool; YAML 1.1 words accepted, as in Go). */
  readonly global: SdlScalar<boolean> | undefined;
  /** `ip`: an endpoint name. */
  readonly ip: SdlScalar<string> | undefined;
  /** `http_options` under `to`: decoded by Go and never used. */
  readonly httpOptions: SdlHttpOptions | undefined;
}

/**
 * `http_options`: all uint32, Go defaults apply later (0 = default).
 *
 * @example
 * opts.maxBodySize?.value; // 10485760
 */
export interface SdlHttpOptions extends SdlObjectBase {
  /** `max_body_size`. */
  readonly maxBodySize: SdlScalar<number> | undefined;
  /** `read_timeout`. */
  readonly readTimeout: SdlScalar<number> | undefined;
  /** `send_timeout`. */
  readonly sendTimeout: SdlScalar<number> | undefined;
  /** `next_tries`. */
  readonly nextTries: SdlScalar<number> | undefined;
  /** `next_timeout`. */
  readonly nextTimeout: SdlScalar<number> | undefined;
  /** `next_cases`. */
  readonly nextCases: SdlList<SdlScalar<string>> | undefined;
  /** `proxy_buffer_size`. */
  readonly proxyBufferSize: SdlScalar<number> | undefined;
}

/**
 * One `dependencies` item.
 *
 * @example
 * dep.service?.value; // "db"
 */
export interface SdlDependency extends SdlObjectBase {
  /** `service`. */
  readonly service: SdlScalar<string> | undefined;
}

/**
 * `params`.
 *
 * @example
 * sdlMapGet(service.params?.storage, "data")?.mount?.value; // "/var/lib/data"
 */
export interface SdlParams extends SdlObjectBase {
  /** `storage`: volume name → mount parameters. */
  readonly storage: SdlMap<SdlStorageParams> | undefined;
  /** `permissions`. */
  readonly permissions: SdlPermissions | undefined;
  /** `tee` as written (`cpu` / `cpu-gpu`; checked by the validator). */
  readonly tee: SdlScalar<string> | undefined;
}

/**
 * `params.storage.<volume>`.
 *
 * @example
 * p.readOnly?.value; // false
 */
export interface SdlStorageParams extends SdlObjectBase {
  /** `mount`: an absolute path. */
  readonly mount: SdlScalar<string> | undefined;
  /** `readOnly` (bool). */
  readonly readOnly: SdlScalar<boolean> | undefined;
}

/**
 * `params.permissions`.
 *
 * @example
 * perms.read?.items.map((i) => i.value); // ["logs"]
 */
export interface SdlPermissions extends SdlObjectBase {
  /** `read`. */
  readonly read: SdlList<SdlScalar<string>> | undefined;
}

/**
 * `credentials` for a private image registry.
 *
 * @example
 * creds.host?.value; // "ghcr.io"
 */
export interface SdlCredentials extends SdlObjectBase {
  /** `host`. */
  readonly host: SdlScalar<string> | undefined;
  /** `username`. */
  readonly username: SdlScalar<string> | undefined;
  /** `password`. */
  readonly password: SdlScalar<string> | undefined;
  /** `email` (kept by 2.1 only). */
  readonly email: SdlScalar<string> | undefined;
}
