/**
 * The manifest as Go's `json.Marshal` sees it (SDL-SPEC §6.1): field names and order from the Go
 * json tags, `omitempty` applied, nil slices as `null`, 64-bit values as decimal strings.
 */
import type { GoJsonValue } from "../go/go-json.js";
import type { Attribute, Endpoint, Resources } from "../proto/types.js";
import type { Manifest, ManifestExpose, ManifestService, ManifestServiceParams } from "./manifest-types.js";

type JsonObject = { [key: string]: GoJsonValue };

const KIND_NUMBER: Readonly<Record<Endpoint["kind"], number>> = { SHARED_HTTP: 0, RANDOM_PORT: 1, LEASED_IP: 2 };

/**
 * Attributes as Go writes them (`key`, `value`, both omitempty).
 *
 * @example
 * attributesJson([{ key: "a", value: "" }]); // [{ key: "a" }]
 */
export function attributesJson(attributes: readonly Attribute[]): GoJsonValue[] {
  return attributes.map((a) => {
    const o: JsonObject = {};
    if (a.key !== "") o["key"] = a.key;
    if (a.value !== "") o["value"] = a.value;
    return o;
  });
}

function valueJson(field: "units" | "size", val: bigint, attributes: readonly Attribute[]): JsonObject {
  const o: JsonObject = { [field]: { val: val.toString() } };
  if (attributes.length > 0) o["attributes"] = attributesJson(attributes);
  return o;
}

function endpointJson(e: Endpoint): JsonObject {
  const kind = KIND_NUMBER[e.kind];
  return kind === 0 ? { sequence_number: e.sequenceNumber } : { kind, sequence_number: e.sequenceNumber };
}

/**
 * `resources/v1beta4.Resources` as Go's JSON (`memory.size`, `storage[].size`, `kind` omitted
 * when SHARED_HTTP, `endpoints` always).
 *
 * @example
 * resourcesJson(resources)["id"]; // 1
 */
export function resourcesJson(r: Resources): { [key: string]: GoJsonValue } {
  const o: JsonObject = { id: r.id };
  if (r.cpu !== undefined) o["cpu"] = valueJson("units", r.cpu.units.val, r.cpu.attributes);
  if (r.memory !== undefined) o["memory"] = valueJson("size", r.memory.quantity.val, r.memory.attributes);
  if (r.storage.length > 0) {
    o["storage"] = r.storage.map((s) => {
      const so: JsonObject = { name: s.name, size: { val: s.quantity.val.toString() } };
      if (s.attributes.length > 0) so["attributes"] = attributesJson(s.attributes);
      return so;
    });
  }
  if (r.gpu !== undefined) o["gpu"] = valueJson("units", r.gpu.units.val, r.gpu.attributes);
  o["endpoints"] = r.endpoints.map(endpointJson);
  return o;
}

function exposeJson(e: ManifestExpose): JsonObject {
  const h = e.httpOptions;
  const http: JsonObject = {
    maxBodySize: h.maxBodySize,
    readTimeout: h.readTimeout,
    sendTimeout: h.sendTimeout,
    nextTries: h.nextTries,
    nextTimeout: h.nextTimeout,
  };
  if (h.nextCases.length > 0) http["nextCases"] = [...h.nextCases];
  if (h.proxyBufferSize !== 0) http["proxyBufferSize"] = h.proxyBufferSize;
  return {
    port: e.port,
    externalPort: e.externalPort,
    proto: e.proto,
    service: e.service,
    global: e.global,
    hosts: e.hosts === null ? null : [...e.hosts],
    httpOptions: http,
    ip: e.ip,
    endpointSequenceNumber: e.endpointSequenceNumber,
  };
}

function paramsJson(p: ManifestServiceParams): JsonObject {
  const o: JsonObject = {
    storage: p.storage === null ? null : p.storage.map((s) => ({ name: s.name, mount: s.mount, readOnly: s.readOnly })),
  };
  if (p.permissions !== undefined)
    o["permissions"] = p.permissions.read.length > 0 ? { read: [...p.permissions.read] } : {};
  if (p.tee !== undefined) o["tee"] = { type: p.tee.type, attestation: p.tee.attestation };
  return o;
}

const list = (l: readonly string[] | null): GoJsonValue => (l === null ? null : [...l]);

function serviceJson(s: ManifestService): JsonObject {
  const o: JsonObject = {
    name: s.name,
    image: s.image,
    command: list(s.command),
    args: list(s.args),
    env: list(s.env),
    resources: resourcesJson(s.resources),
    count: s.count,
    expose: s.expose.map(exposeJson),
  };
  if (s.params !== undefined) o["params"] = paramsJson(s.params);
  const c = s.credentials;
  o["credentials"] = c === null ? null : { host: c.host, email: c.email, username: c.username, password: c.password };
  if (s.interconnectGroup !== "") o["interconnectGroup"] = s.interconnectGroup;
  return o;
}

/**
 * The manifest as an ordered JSON value, exactly as Go marshals `manifest.Manifest`.
 *
 * @example
 * goJsonMarshal(manifestJson(manifest)); // the provider request body
 */
export function manifestJson(manifest: Manifest): GoJsonValue {
  return manifest.map((g) => ({ name: g.name, services: g.services.map(serviceJson) }));
}
