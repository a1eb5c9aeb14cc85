import type { YamlNode } from "@akash-sdl/core";

/** Top-level keys that only an SDL has (Compose files have `version` and `services` too). */
const SDL_KEYS: ReadonlySet<string> = new Set(["profiles", "deployment", "endpoints"]);

/** SDL versions as written (Go accepts `2`, `2.0`, `v2.0`, `2.1`, `2.1.0`). */
const SDL_VERSION = /^v?2(\.[01](\.0)?)?$/;

/**
 * `true` when the root of a YAML tree looks like an Akash SDL: a mapping with one of the keys
 * `profiles`, `deployment` or `endpoints`, or with `version` 2.0/2.1. Used to skip foreign YAML
 * (Compose files, CI workflows, Helm values) found while searching directories.
 *
 * @example
 * looksLikeSdl(parse("version: '2.0'\nservices: {}\n").tree.root); // true
 * looksLikeSdl(parse("version: '3.8'\nservices: {}\n").tree.root); // false
 */
export function looksLikeSdl(root: YamlNode | null): boolean {
  if (root?.kind !== "map") return false;
  for (const pair of root.pairs) {
    if (pair.key.kind !== "scalar") continue;
    if (SDL_KEYS.has(pair.key.text)) return true;
    if (pair.key.text === "version" && pair.value?.kind === "scalar" && SDL_VERSION.test(pair.value.text.trim())) return true;
  }
  return false;
}
