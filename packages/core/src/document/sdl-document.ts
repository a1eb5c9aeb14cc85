import type { DurationValue } from "../scalars/parse-duration.js";
import type { SemverVersion } from "../scalars/parse-semver-tolerant.js";
import type { SdlKey, SdlList, SdlMap, SdlNodeBase, SdlObjectBase, SdlScalar } from "./sdl-node.js";
import type { SdlProfiles } from "./sdl-profiles.js";
import type { SdlService } from "./sdl-service.js";

/**
 * Which Go decoder reads the document: `"2.0"` for version 2.0.0 exactly, `"2.1"` for any version
 * ≥ 2.1.0 (so `3.0` and `2.10` are decoded as 2.1).
 *
 * @example
 * const decoder: SdlDecoder = "2.1";
 */
export type SdlDecoder = "2.0" | "2.1";

/**
 * The typed SDL document (2.0 and 2.1 share one shape; `version.decoder` says which rules apply).
 * Absent sections are `undefined`. Every node links back to its tree node and span.
 *
 * @example
 * const { document } = parse(text);
 * document?.version?.decoder; // "2.0"
 */
export interface SdlDocument extends SdlObjectBase {
  /** The version, as Go finds it. */
  readonly version: SdlVersion | undefined;
  /** `include` (decoded by Go, then ignored). */
  readonly include: SdlList<SdlScalar<string>> | undefined;
  /** `services`: name → service. */
  readonly services: SdlMap<SdlService> | undefined;
  /** `profiles`. */
  readonly profiles: SdlProfiles | undefined;
  /** `deployment`: service name → placement name → `{profile, count}`. */
  readonly deployment: SdlMap<SdlDeployment> | undefined;
  /** `endpoints`: name → endpoint. */
  readonly endpoints: SdlMap<SdlEndpoint> | undefined;
  /** `reclamation`. */
  readonly reclamation: SdlReclamation | undefined;
}

/**
 * The version. Go scans the root mapping for the first scalar whose text is `version` and reads
 * the node after it with `semver.ParseTolerant`, so an unquoted `version: 2.0` is fine.
 *
 * @example
 * doc.version?.raw; // "2.0"
 */
export interface SdlVersion extends SdlNodeBase {
  /** The `version` key Go found. */
  readonly key: SdlKey;
  /** The text Go parses (the next node's scalar text; `""` for a non-scalar). */
  readonly raw: string;
  /** The tolerant semver parse, or `undefined` when it failed. */
  readonly parsed: SemverVersion | undefined;
  /** The decoder Go picks, or `undefined` for an unsupported or unparsable version. */
  readonly decoder: SdlDecoder | undefined;
}

/**
 * `deployment.<service>`: placement name → placement deployment.
 *
 * @example
 * sdlMapGet(sdlMapGet(doc.deployment, "web"), "dcloud")?.count?.value; // 1
 */
export type SdlDeployment = SdlMap<SdlPlacementDeployment>;

/**
 * `deployment.<service>.<placement>`.
 *
 * @example
 * d.profile?.value; // "web"
 */
export interface SdlPlacementDeployment extends SdlObjectBase {
  /** The placement name (the map key). */
  readonly placement: SdlKey;
  /** `profile`: a compute profile name. */
  readonly profile: SdlScalar<string> | undefined;
  /** `count` (uint32). */
  readonly count: SdlScalar<number> | undefined;
}

/**
 * `endpoints.<name>`.
 *
 * @example
 * endpoint.kind?.value; // "ip"
 */
export interface SdlEndpoint extends SdlObjectBase {
  /** The endpoint name. */
  readonly name: SdlKey;
  /** `kind` (must be `ip`; checked by the validator). */
  readonly kind: SdlScalar<string> | undefined;
}

/**
 * `reclamation`.
 *
 * @example
 * doc.reclamation?.minWindow?.value?.seconds; // 3600n for "1h"
 */
export interface SdlReclamation extends SdlObjectBase {
  /** `min_window` as a Go duration. */
  readonly minWindow: SdlScalar<DurationValue> | undefined;
}
