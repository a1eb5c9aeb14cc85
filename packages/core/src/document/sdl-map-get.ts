import type { SdlMap } from "./sdl-node.js";

/**
 * The value of a typed map entry by name (the last one when the key is repeated, as in Go), or
 * `undefined` when the map or the entry is absent.
 *
 * @example
 * sdlMapGet(doc.services, "web")?.image?.value; // "nginx"
 */
export function sdlMapGet<T>(map: SdlMap<T> | undefined, name: string): T | undefined {
  if (map === undefined) return undefined;
  for (let i = map.entries.length - 1; i >= 0; i--) {
    const entry = map.entries[i];
    if (entry !== undefined && entry.key.name === name) return entry.value;
  }
  return undefined;
}
