import { childKeys, keyPatternOf, lastSegment } from "@akash-sdl/core";

/**
 * Key order people use when writing SDLs (the order of the SDL spec's tables and of the
 * awesome-akash files), by document path. `*` matches any name, `#` any list index. Core's SDL
 * key table (`SDL_KEYS`) lists keys in Go's struct order (`version` last, `to` before `accept`,
 * `storage` before `gpu`), which is not how people write them, so this order comes first and
 * core's table supplies the keys it does not name (newer ones such as `proxy`).
 */
const KEY_ORDER: readonly (readonly [string, readonly string[]])[] = [
  ["", ["version", "include", "services", "profiles", "deployment", "endpoints", "reclamation"]],
  ["services.*", ["image", "command", "args", "env", "expose", "dependencies", "params", "credentials"]],
  ["services.*.expose.#", ["port", "as", "proto", "accept", "http_options", "to"]],
  [
    "services.*.expose.#.http_options",
    [
      "max_body_size",
      "read_timeout",
      "send_timeout",
      "next_tries",
      "next_timeout",
      "next_cases",
      "proxy_buffer_size",
      "proxy",
    ],
  ],
  ["services.*.expose.#.to.#", ["service", "global", "ip", "http_options"]],
  ["services.*.params", ["storage", "permissions", "tee"]],
  ["services.*.params.storage.*", ["mount", "readOnly"]],
  ["services.*.credentials", ["host", "username", "password", "email"]],
  ["profiles", ["compute", "placement"]],
  ["profiles.compute.*", ["resources"]],
  ["profiles.compute.*.resources", ["cpu", "memory", "gpu", "storage"]],
  ["profiles.compute.*.resources.cpu", ["units", "attributes"]],
  ["profiles.compute.*.resources.memory", ["size"]],
  ["profiles.compute.*.resources.gpu", ["units", "attributes"]],
  ["profiles.compute.*.resources.gpu.attributes", ["vendor", "interconnect"]],
  ["profiles.compute.*.resources.gpu.attributes.vendor", ["nvidia", "amd"]],
  ["profiles.compute.*.resources.gpu.attributes.vendor.*.#", ["model", "ram", "interface"]],
  ["profiles.compute.*.resources.storage", ["name", "size", "attributes"]],
  ["profiles.compute.*.resources.storage.#", ["name", "size", "attributes"]],
  ["profiles.compute.*.resources.storage.attributes", ["persistent", "class"]],
  ["profiles.compute.*.resources.storage.#.attributes", ["persistent", "class"]],
  ["profiles.placement.*", ["attributes", "signedBy", "pricing"]],
  ["profiles.placement.*.signedBy", ["anyOf", "allOf"]],
  ["profiles.placement.*.pricing.*", ["denom", "amount"]],
  ["deployment.*.*", ["profile", "count"]],
  ["endpoints.*", ["kind"]],
  ["reclamation", ["min_window"]],
];

function matches(pattern: readonly string[], path: readonly (string | number)[]): boolean {
  if (pattern.length !== path.length) return false;
  return pattern.every((segment, i) => {
    const actual = path[i];
    if (segment === "#") return typeof actual === "number";
    if (typeof actual === "number") return false;
    return segment === "*" || segment === actual;
  });
}

const PATTERNS = KEY_ORDER.map(([pattern, keys]) => ({ segments: pattern === "" ? [] : pattern.split("."), keys }));

/**
 * The conventional key order of the mapping at `path`, or `undefined` for a mapping whose keys
 * are names (services, profiles, attributes), which keep the order they were given in.
 *
 * @example
 * keyOrderAt(["services", "web"]); // ["image", "command", "args", "env", "expose", ...]
 */
export function keyOrderAt(path: readonly (string | number)[]): readonly string[] | undefined {
  // Exact literals win over wildcards (`deployment.*.*` must not shadow anything more specific).
  let best: { keys: readonly string[]; literals: number } | undefined;
  for (const p of PATTERNS) {
    if (!matches(p.segments, path)) continue;
    const literals = p.segments.filter((s) => s !== "*" && s !== "#").length;
    if (best === undefined || literals > best.literals) best = { keys: p.keys, literals };
  }
  const pattern = keyPatternOf(path);
  const fromCore =
    pattern === undefined
      ? []
      : childKeys(pattern)
          .map((k) => lastSegment(k.path))
          .filter((k) => k !== "*" && k !== "[]");
  if (best === undefined) return fromCore.length > 0 ? fromCore : undefined;
  const own = best.keys;
  return [...own, ...fromCore.filter((k) => !own.includes(k))];
}

/**
 * The keys of `value` in conventional order: known keys in table order first, then the others in
 * the order given.
 *
 * @example
 * orderedKeys(["services", "web"], { expose: [], image: "nginx" }); // ["image", "expose"]
 */
export function orderedKeys(path: readonly (string | number)[], value: Readonly<Record<string, unknown>>): string[] {
  const keys = Object.keys(value);
  const order = keyOrderAt(path);
  if (order === undefined) return keys;
  const known = order.filter((k) => keys.includes(k));
  return [...known, ...keys.filter((k) => !order.includes(k))];
}
