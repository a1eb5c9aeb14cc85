import type { SdlSpec } from "./sdl-spec.js";

/**
 * The SDL version a spec needs: `"2.1"` when a service uses `params.tee` or sets
 * `credentials.email` (Go's 2.0 decoder drops the e-mail, SDL-SPEC §5.4; TEE fixtures are 2.1,
 * §6.6), `"2.0"` otherwise. An explicit `spec.version` wins.
 *
 * @example
 * pickVersion({ services: { web: { image: "x", params: { tee: "cpu" } } }, profiles: { compute: {}, placement: {} }, deployment: {} }); // "2.1"
 */
export function pickVersion(spec: SdlSpec): "2.0" | "2.1" {
  if (spec.version !== undefined) return spec.version;
  for (const service of Object.values(spec.services)) {
    if (service.params?.tee !== undefined) return "2.1";
    if (service.credentials?.email !== undefined) return "2.1";
  }
  return "2.0";
}
