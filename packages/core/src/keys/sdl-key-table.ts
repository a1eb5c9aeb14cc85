import type { DeployPath, SdlKeyInfo } from "./sdl-key-info.js";
import { PROFILE_KEYS } from "./sdl-keys-profiles.js";
import { SERVICE_KEYS } from "./sdl-keys-services.js";
import { TOP_LEVEL_KEYS } from "./sdl-keys-top.js";

/**
 * Every SDL key of 2.0/2.1 and of the official TS SDK's newer input (alpha.45), with its type,
 * versions, which path accepts and requires it, its allowed values and a one-line doc. The
 * document builders' key lists, the unknown-key warnings and {@link sdlJsonSchema} read it.
 *
 * @example
 * SDL_KEYS.find((k) => k.path === "services.*.expose[].port")?.type; // "uint32"
 */
export const SDL_KEYS: readonly SdlKeyInfo[] = Object.freeze(
  [...TOP_LEVEL_KEYS, ...SERVICE_KEYS, ...PROFILE_KEYS].sort((a, b) => topRank(a.path) - topRank(b.path)),
);

/** Top-level keys in the order of Go's `v2` struct fields (the order the builders list them in). */
function topRank(pattern: string): number {
  const top = pattern.split(/[.[]/, 1)[0] ?? "";
  const rank = ["include", "services", "profiles", "deployment", "endpoints", "reclamation", "version"].indexOf(top);
  return rank < 0 ? 99 : rank;
}

const BY_PATH = new Map<string, SdlKeyInfo>(SDL_KEYS.map((k) => [k.path, k]));
const CHILDREN = new Map<string, SdlKeyInfo[]>();
for (const info of SDL_KEYS) {
  const parent = parentPattern(info.path);
  const list = CHILDREN.get(parent) ?? [];
  list.push(info);
  CHILDREN.set(parent, list);
}

/**
 * The pattern of a key's parent: `services.*.image` → `services.*`, `a.to[]` → `a.to`,
 * a top-level key → `""`.
 *
 * @example
 * parentPattern("services.*.expose[]"); // "services.*.expose"
 */
export function parentPattern(pattern: string): string {
  if (pattern.endsWith("[]")) return pattern.slice(0, -2);
  const dot = pattern.lastIndexOf(".");
  return dot < 0 ? "" : pattern.slice(0, dot);
}

/**
 * The last segment of a pattern: a key name, `*` or `[]`.
 *
 * @example
 * lastSegment("services.*.expose[]"); // "[]"
 */
export function lastSegment(pattern: string): string {
  if (pattern.endsWith("[]")) return "[]";
  return pattern.slice(pattern.lastIndexOf(".") + 1);
}

/**
 * The table entry for a pattern, e.g. `sdlKey("services.*.image")`.
 *
 * @example
 * sdlKey("profiles.compute.*.resources.cpu.units")?.requiredBy.go; // true
 */
export function sdlKey(pattern: string): SdlKeyInfo | undefined {
  return BY_PATH.get(pattern);
}

/**
 * The entries directly below a pattern (named keys, and the `*` or `[]` entry of a map or list),
 * optionally only those a deploy path accepts. `""` gives the top level.
 *
 * @example
 * childKeys("services.*.expose[].to[]").map((k) => lastSegment(k.path)); // ["service", "global", "ip", "http_options"]
 */
export function childKeys(pattern: string, path?: DeployPath): readonly SdlKeyInfo[] {
  const all = CHILDREN.get(pattern) ?? [];
  return path === undefined ? all : all.filter((k) => k.acceptedBy[path]);
}

/**
 * The key names a deploy path reads at a pattern (no `*`/`[]` entries): what the document
 * builders accept before they warn about an unknown key.
 *
 * @example
 * keyNamesAt("services.*.params"); // ["storage", "permissions", "tee"]
 */
export function keyNamesAt(pattern: string, path: DeployPath = "go"): readonly string[] {
  // The names become the keys of an object, and are read back from it: the engine gives back its
  // unique (internalized) copy of each, so that comparing one with a name written in the code
  // (`view.pair("image")`) is a pointer comparison. Names at one pattern are unique and never
  // array indices, so the order is the table's.
  const names: Record<string, true> = {};
  for (const k of childKeys(pattern, path)) {
    const name = lastSegment(k.path);
    if (name !== "*" && name !== "[]") names[name] = true;
  }
  return Object.keys(names);
}

/**
 * The table pattern of a document path (`["services","web","expose",0,"port"]` →
 * `services.*.expose[].port`), or `undefined` when the path leaves the table (an unknown key).
 *
 * @example
 * keyPatternOf(["profiles", "compute", "web", "resources", "cpu"]); // "profiles.compute.*.resources.cpu"
 */
export function keyPatternOf(docPath: readonly (string | number)[]): string | undefined {
  let pattern = "";
  for (const segment of docPath) {
    const type = pattern === "" ? "struct" : BY_PATH.get(pattern)?.type;
    const isIndex = typeof segment === "number";
    let next: string;
    if (type === "list") next = isIndex ? `${pattern}[]` : "";
    // The single-volume form has the volume's keys right below `storage`.
    else if (type === "volumes") next = isIndex ? `${pattern}[]` : `${pattern}[].${segment}`;
    else if (type === "map") next = isIndex ? "" : `${pattern}.*`;
    else if (type === "struct" || type === "any")
      next = isIndex ? "" : pattern === "" ? segment : `${pattern}.${segment}`;
    else next = "";
    if (next === "" || !BY_PATH.has(next)) return undefined;
    pattern = next;
  }
  return pattern;
}
