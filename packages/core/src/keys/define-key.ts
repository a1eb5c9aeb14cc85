import type { PerPath, SdlKeyInfo, SdlKeyType, SdlKeyVersion } from "./sdl-key-info.js";

const ALL_VERSIONS: readonly SdlKeyVersion[] = Object.freeze(["2.0", "2.1"]);

/**
 * Both deploy paths.
 *
 * @example
 * BOTH_PATHS.go; // true
 */
export const BOTH_PATHS: PerPath = Object.freeze({ go: true, console: true });

/**
 * Only the Go reference.
 *
 * @example
 * GO_ONLY.console; // false
 */
export const GO_ONLY: PerPath = Object.freeze({ go: true, console: false });

/**
 * Only the official TS SDK (Console).
 *
 * @example
 * CONSOLE_ONLY.go; // false
 */
export const CONSOLE_ONLY: PerPath = Object.freeze({ go: false, console: true });

/**
 * Neither path.
 *
 * @example
 * NO_PATH.go; // false
 */
export const NO_PATH: PerPath = Object.freeze({ go: false, console: false });

/**
 * The optional facts of a key, for {@link defineKey}.
 *
 * @example
 * const extra: KeyExtras = { requiredBy: BOTH_PATHS };
 */
export type KeyExtras = Partial<Omit<SdlKeyInfo, "path" | "type">>;

/**
 * Makes a key-table entry: both versions, both paths, required by neither unless `extra` says so.
 * The key's doc lives in `SDL_KEY_DOCS` (see `sdlKeyDoc`), its citation in a comment beside the entry.
 *
 * @example
 * defineKey("services.*.image", "string", { requiredBy: BOTH_PATHS });
 */
export function defineKey(path: string, type: SdlKeyType, extra: KeyExtras = {}): SdlKeyInfo {
  return Object.freeze({
    path,
    type,
    versions: ALL_VERSIONS,
    acceptedBy: BOTH_PATHS,
    requiredBy: NO_PATH,
    ...extra,
  });
}
