/**
 * Exposes, IP lease sequence numbers and resource endpoints as Go builds them (SDL-SPEC §5.2,
 * §5.5; Go `sdl/expose.go`, `computeEndpointSequenceNumbers`, `manifest/v2beta3` `ServiceExposes`).
 */
import type { SdlExpose, SdlHttpOptions, SdlScalar, SdlService } from "@akash-sdl/core";
import { goSort } from "../go/go-sort.js";
import { goStringCompare, goStringLess } from "../go/go-strings.js";
import type { Endpoint } from "../proto/types.js";
import { NO_OVERRIDES } from "./build-resources.js";
import type { TsValueOverrides } from "./build-resources.js";
import type { ManifestExpose, ManifestHttpOptions } from "./manifest-types.js";

const DEFAULT_NEXT_CASES: readonly string[] = Object.freeze(["error", "timeout"]);

/**
 * IP endpoint name → lease sequence number. Every `to` entry of every deployed service (sorted
 * by name) that is not "global without ip" adds its `ip` (`""` for non-global entries, which is
 * what shifts the numbers); the list is sorted and numbered from 1, the last occurrence winning.
 *
 * @example
 * endpointSequenceNumbers([web]).get("myip"); // 1
 */
export function endpointSequenceNumbers(
  deployedServices: readonly (SdlService | undefined)[],
): ReadonlyMap<string, number> {
  const names: string[] = [];
  let named = false;
  for (const service of deployedServices) {
    for (const expose of service?.expose?.items ?? []) {
      for (const to of expose.to?.items ?? []) {
        const global = to.global?.value ?? false;
        const ip = to.ip?.value ?? "";
        if (global && ip === "") continue;
        names.push(ip);
        if (ip !== "") named = true;
      }
    }
  }
  // Only named IPs' numbers are ever looked up; without one, every lookup misses.
  if (!named) return NO_SEQUENCE_NUMBERS;
  names.sort(goStringCompare);
  const seq = new Map<string, number>();
  for (let i = 0; i < names.length; i++) seq.set(names[i] as string, i + 1);
  return seq;
}

const NO_SEQUENCE_NUMBERS: ReadonlyMap<string, number> = new Map();

/**
 * Go's `v2HTTPOptions.asManifest()` defaults: 0 → 1048576 / 60000 / 60000 / 3, empty
 * `next_cases` → `["error","timeout"]`; `proxy_buffer_size` is not defaulted. Timeouts Go could
 * not decode (`30s`) come from `overrides` (the TS SDK's milliseconds).
 *
 * @example
 * httpOptions(undefined).nextCases; // ["error", "timeout"]
 */
export function httpOptions(
  options: SdlHttpOptions | undefined,
  overrides: TsValueOverrides = NO_OVERRIDES,
): ManifestHttpOptions {
  const cases = options?.nextCases?.items.map((c) => c.value ?? "") ?? DEFAULT_NEXT_CASES;
  return {
    maxBodySize: options?.maxBodySize?.value || 1048576,
    readTimeout: timeoutOf(options?.readTimeout, overrides) || 60000,
    sendTimeout: timeoutOf(options?.sendTimeout, overrides) || 60000,
    nextTries: options?.nextTries?.value || 3,
    nextTimeout: options?.nextTimeout?.value ?? 0,
    nextCases: cases.length === 0 ? DEFAULT_NEXT_CASES : cases,
    proxyBufferSize: options?.proxyBufferSize?.value ?? 0,
  };
}

/** A timeout in ms: the decoded value, else the TS SDK's reading from `overrides`, else 0. */
function timeoutOf(s: SdlScalar<number> | undefined, overrides: TsValueOverrides): number {
  if (s === undefined) return 0;
  const o = s.value === undefined ? overrides.get(s) : undefined;
  return typeof o === "number" ? o : (s.value ?? 0);
}

/** `ServiceExposes.Less`: service, port, proto, then global first. */
function exposeLess(a: ManifestExpose, b: ManifestExpose): boolean {
  if (a.service !== b.service) return goStringLess(a.service, b.service);
  if (a.port !== b.port) return a.port < b.port;
  if (a.proto !== b.proto) return a.proto < b.proto;
  if (a.global !== b.global) return a.global;
  return false;
}

function protoOf(expose: SdlExpose): "TCP" | "UDP" {
  const p = expose.proto?.value;
  if (p === undefined || p === "TCP" || p === "tcp") return "TCP";
  return p === "UDP" || p.toUpperCase() === "UDP" ? "UDP" : "TCP";
}

/**
 * A service's manifest exposes: one per `to` entry (one non-global expose when `to` is empty),
 * sorted with Go's `sort.Sort`.
 *
 * @example
 * buildExposes(service, seq).map((e) => e.port);
 */
export function buildExposes(
  service: SdlService,
  seq: ReadonlyMap<string, number>,
  overrides: TsValueOverrides = NO_OVERRIDES,
): ManifestExpose[] {
  const out: ManifestExpose[] = [];
  for (const expose of service.expose?.items ?? []) {
    const port = expose.port?.value ?? 0;
    const externalPort = expose.as?.value ?? 0;
    const proto = protoOf(expose);
    const accept = expose.accept;
    const hosts = accept === undefined || accept.isNull ? null : accept.items.map((h) => h.value ?? "");
    const options = httpOptions(
      expose.httpOptions === undefined || expose.httpOptions.isNull ? undefined : expose.httpOptions,
      overrides,
    );
    const targets = expose.to?.items ?? [];
    if (targets.length === 0) {
      out.push({
        port,
        externalPort,
        proto,
        service: "",
        global: false,
        hosts,
        httpOptions: options,
        ip: "",
        endpointSequenceNumber: 0,
      });
      continue;
    }
    for (const to of targets) {
      const global = to.global?.value ?? false;
      const ip = to.ip?.value ?? "";
      const endpointSequenceNumber = global && ip !== "" ? (seq.get(ip) ?? 0) : 0;
      out.push({
        port,
        externalPort,
        proto,
        service: to.service?.value ?? "",
        global,
        hosts,
        httpOptions: options,
        ip,
        endpointSequenceNumber,
      });
    }
  }
  return goSort(out, exposeLess);
}

const bySequence = (a: Endpoint, b: Endpoint): boolean => a.sequenceNumber < b.sequenceNumber;

/**
 * Resource endpoints of sorted exposes: for each global expose, SHARED_HTTP (TCP to external
 * port 80) or RANDOM_PORT, plus LEASED_IP when it has an IP, each pair sorted by sequence number.
 *
 * @example
 * exposeEndpoints(exposes); // [{ kind: "SHARED_HTTP", sequenceNumber: 0 }]
 */
export function exposeEndpoints(exposes: readonly ManifestExpose[]): Endpoint[] {
  const out: Endpoint[] = [];
  for (const e of exposes) {
    if (!e.global) continue;
    const external = e.externalPort === 0 ? e.port : e.externalPort;
    const port: Endpoint = {
      kind: e.proto === "TCP" && external === 80 ? "SHARED_HTTP" : "RANDOM_PORT",
      sequenceNumber: 0,
    };
    if (e.ip === "") {
      out.push(port);
      continue;
    }
    // The pair [LEASED_IP, port] sorted by sequence number as Go's insertion sort leaves it.
    const leased: Endpoint = { kind: "LEASED_IP", sequenceNumber: e.endpointSequenceNumber };
    if (bySequence(port, leased)) out.push(port, leased);
    else out.push(leased, port);
  }
  return out;
}

/**
 * Go's `sort.Sort(Endpoints)` (by sequence number; unstable above 12 elements), used when v2.1
 * merges services into one resource unit.
 *
 * @example
 * sortEndpoints([{ kind: "LEASED_IP", sequenceNumber: 1 }, { kind: "RANDOM_PORT", sequenceNumber: 0 }])[0]?.kind; // "RANDOM_PORT"
 */
export function sortEndpoints(endpoints: Endpoint[]): Endpoint[] {
  return goSort(endpoints, bySequence);
}
