import { BOTH_PATHS, defineKey } from "./define-key.js";
import type { SdlKeyInfo } from "./sdl-key-info.js";

const SPEC = "SDL-SPEC.md §2.1–2.2, §2.9–2.11; Go go/sdl/sdl.go, v2.go; alpha.45 sdl-schema.yaml";

/**
 * The top-level keys and the small sections: `version`, `include`, `deployment`, `endpoints`,
 * `reclamation` (services and profiles are in their own tables). Go refuses any other top-level
 * key (`sdl: unexpected field`).
 *
 * @example
 * TOP_LEVEL_KEYS.map((k) => k.path);
 */
export const TOP_LEVEL_KEYS: readonly SdlKeyInfo[] = [
  defineKey("version", "version", 'The SDL version: "2.0" or "2.1" (quote it).', {
    requiredBy: BOTH_PATHS,
    enum: ["2.0", "2.1"],
    source: SPEC,
  }),
  defineKey("include", "string-list", "Other files to include (decoded by Go and ignored)."),
  defineKey("deployment", "map", "How many instances of which service run on which placement, by service name.", {
    requiredBy: BOTH_PATHS,
    source: SPEC,
  }),
  defineKey("deployment.*", "map", "The placements of one service, by placement profile name."),
  defineKey("deployment.*.*", "struct", "One service on one placement.", { goUnknownKeys: "ignore" }),
  defineKey("deployment.*.*.profile", "string", "The compute profile of each instance.", { requiredBy: BOTH_PATHS }),
  defineKey("deployment.*.*.count", "uint32", "How many instances (at least 1).", {
    requiredBy: BOTH_PATHS,
    console: { minimum: 1, type: "integer" },
  }),
  defineKey("endpoints", "map", "IP endpoints (leased IPs) that exposes refer to, by name.", {
    consoleKeyPattern: "^[a-z]+[-_0-9a-z]+$",
    source: SPEC,
  }),
  defineKey("endpoints.*", "struct", "One IP endpoint.", { goUnknownKeys: "ignore" }),
  defineKey("endpoints.*.kind", "string", "The endpoint kind; only `ip`.", { requiredBy: BOTH_PATHS, enum: ["ip"] }),
  defineKey("reclamation", "struct", "What the deployment requires of a provider's reclamation window.", {
    goUnknownKeys: "ignore",
    source: SPEC,
  }),
  defineKey("reclamation.min_window", "duration", "The shortest reclamation window accepted, e.g. `24h`.", {
    requiredBy: BOTH_PATHS,
    console: { type: "string", pattern: "^[1-9][0-9]*(s|m|h)$" },
  }),
];
