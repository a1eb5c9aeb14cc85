import type { PlainHttpOptions, PlainSdl } from "@akash-sdl/core";
import type { HttpOptionsSpec, SdlSpec, ServiceSpec } from "./sdl-spec.js";

function httpOptions(h: PlainHttpOptions): HttpOptionsSpec {
  const out: Record<string, unknown> = {
    max_body_size: h.maxBodySize,
    read_timeout: h.readTimeout,
    send_timeout: h.sendTimeout,
    next_tries: h.nextTries,
    next_timeout: h.nextTimeout,
    next_cases: h.nextCases,
    proxy_buffer_size: h.proxyBufferSize,
  };
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out as HttpOptionsSpec;
}

/**
 * Turns core's plain SDL value (`toPlainSdl(document)`, camelCase where the SDL has snake_case)
 * into a builder spec with the SDL's own key names, so a parsed document can be rebuilt or
 * changed and written again. Service `dependencies` (ignored by Go and Console) are left out.
 *
 * @example
 * const { document } = parse(text);
 * if (document) buildSdl(fromPlainSdl(toPlainSdl(document))).text;
 */
export function fromPlainSdl(plain: PlainSdl): SdlSpec {
  const services: Record<string, ServiceSpec> = {};
  for (const [name, s] of Object.entries(plain.services)) {
    const { dependencies: _ignored, expose, ...rest } = s;
    services[name] = {
      ...(rest as Omit<ServiceSpec, "expose">),
      ...(expose !== undefined
        ? {
            expose: expose.map(({ httpOptions: h, ...e }) => ({
              ...(e as Omit<NonNullable<ServiceSpec["expose"]>[number], "http_options">),
              ...(h !== undefined ? { http_options: httpOptions(h) } : {}),
            })),
          }
        : {}),
    };
  }
  return {
    // `2`, `v2.0`, `2.0.0` are what Go reads as 2.0; `2.1.0` as 2.1 (semver.ParseTolerant, SDL-SPEC §2.2).
    ...(/^v?2(\.0){0,2}$/.test(plain.version.trim())
      ? { version: "2.0" as const }
      : /^v?2\.1(\.0)?$/.test(plain.version.trim())
        ? { version: "2.1" as const }
        : {}),
    services,
    profiles: plain.profiles as unknown as SdlSpec["profiles"],
    deployment: plain.deployment,
    ...(plain.endpoints !== undefined ? { endpoints: plain.endpoints as SdlSpec["endpoints"] } : {}),
    ...(plain.reclamation !== undefined ? { reclamation: { min_window: plain.reclamation.minWindow } } : {}),
  };
}
