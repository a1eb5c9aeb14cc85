import { BOTH_PATHS, defineKey } from "./define-key.js";
import type { SdlKeyInfo } from "./sdl-key-info.js";

// SPEC (the citation of the entries marked "Source: SPEC."): SDL-SPEC.md §2.1–2.2, §2.9–2.11; Go go/sdl/sdl.go, v2.go; alpha.45 sdl-schema.yaml.

/**
 * The top-level keys and the small sections: `version`, `include`, `deployment`, `endpoints`,
 * `reclamation` (services and profiles are in their own tables). Go refuses any other top-level
 * key (`sdl: unexpected field`).
 *
 * @example
 * TOP_LEVEL_KEYS.map((k) => k.path);
 */
export const TOP_LEVEL_KEYS: readonly SdlKeyInfo[] = [
  // Source: SPEC.
  defineKey("version", "version", {
    requiredBy: BOTH_PATHS,
    enum: ["2.0", "2.1"],
  }),
  defineKey("include", "string-list"),
  // Source: SPEC.
  defineKey("deployment", "map", {
    requiredBy: BOTH_PATHS,
  }),
  defineKey("deployment.*", "map"),
  defineKey("deployment.*.*", "struct", { goUnknownKeys: "ignore" }),
  defineKey("deployment.*.*.profile", "string", { requiredBy: BOTH_PATHS }),
  defineKey("deployment.*.*.count", "uint32", {
    requiredBy: BOTH_PATHS,
    console: { minimum: 1, type: "integer" },
  }),
  // Source: SPEC.
  defineKey("endpoints", "map", {
    consoleKeyPattern: "^[a-z]+[-_0-9a-z]+$",
  }),
  defineKey("endpoints.*", "struct", { goUnknownKeys: "ignore" }),
  defineKey("endpoints.*.kind", "string", { requiredBy: BOTH_PATHS, enum: ["ip"] }),
  // Source: SPEC.
  defineKey("reclamation", "struct", {
    goUnknownKeys: "ignore",
  }),
  defineKey("reclamation.min_window", "duration", {
    requiredBy: BOTH_PATHS,
    console: { type: "string", pattern: "^[1-9][0-9]*(s|m|h)$" },
  }),
];
