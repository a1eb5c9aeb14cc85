import type { YamlNode } from "@akash-sdl/core";

/** Top-level keys only an SDL has. */
const SDL_KEYS: ReadonlySet<string> = new Set(["profiles", "deployment", "endpoints"]);
/** Top-level keys of other well-known YAML files (Compose, GitHub Actions, GitLab CI, Kubernetes, Helm charts). */
const FOREIGN_KEYS: ReadonlySet<string> = new Set([
  "jobs",
  "on",
  "steps",
  "stages",
  "apiVersion",
  "kind",
  "volumes",
  "networks",
  "configs",
  "secrets",
  "x-",
  "runs",
  "workflows",
]);
/** Keys of a Compose service that an SDL service never has. */
const COMPOSE_SERVICE_KEYS: ReadonlySet<string> = new Set([
  "build",
  "ports",
  "depends_on",
  "volumes",
  "environment",
  "container_name",
  "restart",
  "networks",
  "healthcheck",
]);
/** SDL versions as Go reads them. */
const SDL_VERSION = /^v?2(\.[01](\.0)?)?$/;

function keys(node: YamlNode | null | undefined): string[] {
  return node?.kind === "map" ? node.pairs.flatMap((p) => (p.key.kind === "scalar" ? [p.key.text] : [])) : [];
}

/**
 * `true` unless the YAML is clearly something other than an Akash SDL: a Docker Compose file
 * (even with `version: "2"`), a CI workflow, a Kubernetes manifest. A mapping with `profiles`,
 * `deployment` or `endpoints` is always an SDL; so is an SDL version without foreign signs.
 *
 * @example
 * looksLikeSdl(parse("version: '2'\nservices:\n  web:\n    build: .\n").tree.root); // false
 */
export function looksLikeSdl(root: YamlNode | null): boolean {
  if (root?.kind !== "map") return false;
  const top = keys(root);
  if (top.some((k) => SDL_KEYS.has(k))) return true;
  if (top.some((k) => FOREIGN_KEYS.has(k) || k.startsWith("x-"))) return false;
  const services = root.pairs.find((p) => p.key.kind === "scalar" && p.key.text === "services")?.value;
  if (services?.kind === "map") {
    for (const pair of services.pairs) {
      if (keys(pair.value).some((k) => COMPOSE_SERVICE_KEYS.has(k))) return false;
    }
  }
  const version = root.pairs.find((p) => p.key.kind === "scalar" && p.key.text === "version")?.value;
  if (version?.kind === "scalar") return SDL_VERSION.test(version.text.trim());
  return services !== undefined;
}
