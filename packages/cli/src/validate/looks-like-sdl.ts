import type { YamlMap, YamlNode } from "@akash-sdl/core";

/** Top-level keys that only an SDL has (Compose files have `version` and `services` too). */
const SDL_KEYS: ReadonlySet<string> = new Set(["profiles", "deployment", "endpoints"]);

/** SDL versions as written (Go accepts `2`, `2.0`, `v2.0`, `2.1`, `2.1.0`). */
const SDL_VERSION = /^v?2(\.[01](\.0)?)?$/;

/**
 * Service keys of Docker Compose that an SDL service never has (an SDL service has `image`,
 * `command`, `args`, `env`, `expose`, `depends_on`, `credentials`, `params`).
 */
const COMPOSE_SERVICE_KEYS: ReadonlySet<string> = new Set([
  "build",
  "ports",
  "volumes",
  "container_name",
  "restart",
  "environment",
  "networks",
  "healthcheck",
  "deploy",
  "labels",
  "links",
  "entrypoint",
  "working_dir",
  "extra_hosts",
  "logging",
  "ulimits",
  "cap_add",
  "cap_drop",
  "privileged",
  "tty",
  "stdin_open",
  "env_file",
  "secrets",
  "configs",
  "extends",
  "volumes_from",
  "network_mode",
  "pid",
  "shm_size",
  "devices",
  "runtime",
]);

/** Top-level keys of Docker Compose that an SDL never has (`x-…` extension fields too). */
const COMPOSE_TOP_KEYS: ReadonlySet<string> = new Set(["volumes", "networks", "configs", "secrets"]);

const keysOf = (map: YamlMap): string[] => map.pairs.flatMap((p) => (p.key.kind === "scalar" ? [p.key.text] : []));
const pairValueOf = (map: YamlMap, key: string): YamlNode | null | undefined =>
  map.pairs.find((p) => p.key.kind === "scalar" && p.key.text === key)?.value;

/** `true` when some service of a `services` mapping uses a Compose-only key. */
function hasComposeService(services: YamlNode | null | undefined): boolean {
  if (services?.kind !== "map") return false;
  return services.pairs.some(
    (s) => s.value?.kind === "map" && keysOf(s.value).some((k) => COMPOSE_SERVICE_KEYS.has(k)),
  );
}

/**
 * What a YAML file is when it is clearly not an Akash SDL: `"a Docker Compose file"` (services
 * with Compose-only keys such as `ports`/`build`/`volumes`, even under `version: "2"`), `"a GitHub
 * Actions workflow"` (`on` + `jobs`), `"a GitLab CI file"`, `"a Kubernetes manifest"`
 * (`apiVersion` + `kind`), or `"YAML without SDL sections"` (none of `profiles`, `deployment`,
 * `endpoints` and no SDL version). `undefined` when it may be an SDL (then it is validated).
 *
 * @example
 * foreignYamlKind(parse('version: "2"\nservices:\n  web:\n    build: .\n').tree.root); // "a Docker Compose file"
 */
export function foreignYamlKind(root: YamlNode | null): string | undefined {
  if (root?.kind !== "map") return undefined;
  // The common case first, without building the key list: a file with an SDL section.
  for (const pair of root.pairs) if (pair.key.kind === "scalar" && SDL_KEYS.has(pair.key.text)) return undefined;
  const keys = keysOf(root);
  if (keys.includes("jobs") && (keys.includes("on") || keys.includes("true"))) return "a GitHub Actions workflow";
  if (keys.includes("stages") || keys.includes("before_script")) return "a GitLab CI file";
  if (keys.includes("apiVersion") && keys.includes("kind")) return "a Kubernetes manifest";
  if (
    hasComposeService(pairValueOf(root, "services")) ||
    keys.some((k) => COMPOSE_TOP_KEYS.has(k) || k.startsWith("x-"))
  )
    return "a Docker Compose file";
  const version = pairValueOf(root, "version");
  if (version?.kind === "scalar" && SDL_VERSION.test(version.text.trim())) return undefined;
  return "YAML without SDL sections";
}
