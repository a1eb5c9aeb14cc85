import type { SdlDocument } from "../document/sdl-document.js";
import type { SdlList, SdlMap, SdlNodeBase, SdlScalar } from "../document/sdl-node.js";
import type { SdlPlacementProfile, SdlResources } from "../document/sdl-profiles.js";
import type { SdlExpose, SdlHttpOptions, SdlService } from "../document/sdl-service.js";
import type { YamlNode } from "../tree/yaml-node.js";
import type { PlainPlacement, PlainResources, PlainStorageVolume } from "./plain-profiles.js";
import type { PlainExpose, PlainHttpOptions, PlainSdl, PlainService } from "./plain-sdl.js";

function deref(node: YamlNode | null): YamlNode | null {
  let n = node;
  for (let hops = 0; n !== null && n.kind === "alias" && hops < 64; hops++) n = n.target ?? null;
  return n !== null && n.kind === "alias" ? null : n;
}

/** The scalar text as written (the SDL spelling of a quantity, a price or a name). */
function text(leaf: SdlNodeBase | undefined): string | undefined {
  const n = deref(leaf?.node ?? null);
  return n !== null &&
    n.kind === "scalar" &&
    !(n.style === "plain" && (n.text === "" || n.text === "~" || n.text === "null"))
    ? n.text
    : undefined;
}

/** A number as YAML reads it when the text is a plain number, else the text (`0.5` → 0.5, `500m` → "500m"). */
function numberOrText(leaf: SdlNodeBase | undefined): number | string | undefined {
  const n = deref(leaf?.node ?? null);
  if (n === null || n.kind !== "scalar") return undefined;
  return typeof n.value === "number" ? n.value : text(leaf);
}

function strings(list: SdlList<SdlScalar<string>> | undefined): readonly string[] | undefined {
  return list === undefined ? undefined : list.items.flatMap((i) => (i.value === undefined ? [] : [i.value]));
}

/** A map with Go's semantics: the last of repeated keys wins. */
function record<T, U>(
  map: SdlMap<T> | undefined,
  convert: (value: T, name: string) => U | undefined,
): Record<string, U> {
  const out: Record<string, U> = {};
  for (const e of map?.entries ?? []) {
    const v = convert(e.value, e.key.name);
    if (v !== undefined) out[e.key.name] = v;
  }
  return out;
}

/** Adds the defined fields only (JSON-able output without `undefined` members). */
function defined<T extends object>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as T;
}

/**
 * The plain value of a typed document: every section as plain JSON-able data with the SDL's own
 * spellings, for the estimator → builder → compiler hand-offs. Fields Go requires but the document
 * lacks get Go's zero values (`""`, `0`, `[]`), so validate the document first; keys Go ignores
 * are left out. Never throws.
 *
 * @example
 * const { document } = parse(text);
 * if (document) toPlainSdl(document).services["web"]?.image; // "nginx:1.27"
 */
export function toPlainSdl(document: SdlDocument): PlainSdl {
  const compute = record(document.profiles?.compute, (p) => ({ resources: toPlainResources(p.resources) }));
  const placement = record(document.profiles?.placement, toPlainPlacement);
  return defined({
    version: document.version?.raw ?? "",
    services: record(document.services, toPlainService),
    profiles: { compute, placement },
    deployment: record(document.deployment, (d) =>
      record(d, (e) => ({ profile: e.profile?.value ?? "", count: e.count?.value ?? 0 })),
    ),
    endpoints:
      document.endpoints === undefined ? undefined : record(document.endpoints, (e) => ({ kind: e.kind?.value ?? "" })),
    reclamation:
      document.reclamation === undefined ? undefined : { minWindow: text(document.reclamation.minWindow) ?? "" },
  });
}

function toPlainService(s: SdlService): PlainService {
  return defined({
    image: s.image?.value ?? "",
    command: strings(s.command),
    args: strings(s.args),
    env: strings(s.env),
    expose: s.expose?.items.map(toPlainExpose),
    dependencies: s.dependencies?.items.flatMap((d) => (d.service?.value === undefined ? [] : [d.service.value])),
    params:
      s.params === undefined
        ? undefined
        : defined({
            storage:
              s.params.storage === undefined
                ? undefined
                : record(s.params.storage, (m) =>
                    defined({ mount: m.mount?.value ?? "", readOnly: m.readOnly?.value }),
                  ),
            permissions:
              s.params.permissions === undefined ? undefined : { read: strings(s.params.permissions.read) ?? [] },
            tee: s.params.tee?.value,
          }),
    credentials:
      s.credentials === undefined
        ? undefined
        : defined({
            host: s.credentials.host?.value ?? "",
            username: s.credentials.username?.value ?? "",
            password: s.credentials.password?.value ?? "",
            email: s.credentials.email?.value,
          }),
  });
}

function toPlainExpose(e: SdlExpose): PlainExpose {
  return defined({
    port: e.port?.value ?? 0,
    as: e.as?.value,
    proto: e.proto?.value,
    accept: strings(e.accept),
    to: e.to?.items.map((t) => defined({ service: t.service?.value, global: t.global?.value, ip: t.ip?.value })),
    httpOptions: e.httpOptions === undefined ? undefined : toPlainHttpOptions(e.httpOptions),
  });
}

function toPlainHttpOptions(h: SdlHttpOptions): PlainHttpOptions {
  return defined({
    maxBodySize: h.maxBodySize?.value,
    readTimeout: h.readTimeout?.value,
    sendTimeout: h.sendTimeout?.value,
    nextTries: h.nextTries?.value,
    nextTimeout: h.nextTimeout?.value,
    nextCases: strings(h.nextCases),
    proxyBufferSize: h.proxyBufferSize?.value,
  });
}

/**
 * The plain `resources` of a compute profile (quantities as written).
 *
 * @example
 * toPlainResources(document.profiles?.compute?.entries[0]?.value.resources).memory.size; // "512Mi"
 */
export function toPlainResources(r: SdlResources | undefined): PlainResources {
  const arch = r?.cpu?.attributes?.entries.findLast((e) => e.key.name === "arch")?.value.value;
  const volumes: PlainStorageVolume[] = (r?.storage?.volumes ?? []).map((v) =>
    defined({
      name: r?.storage?.form === "list" ? v.name?.value : undefined,
      size: text(v.size) ?? "",
      attributes:
        v.attributes === undefined
          ? undefined
          : defined({ persistent: v.attributes.persistent?.value, class: v.attributes.class?.value }),
    }),
  );
  const gpu = r?.gpu;
  const vendor = gpu?.attributes?.vendor;
  return defined({
    cpu: defined({ units: numberOrText(r?.cpu?.units) ?? 0, attributes: arch === undefined ? undefined : { arch } }),
    memory: { size: text(r?.memory?.size) ?? "" },
    storage: volumes,
    gpu:
      gpu === undefined
        ? undefined
        : defined({
            units: gpu.units?.value ?? 0,
            attributes:
              vendor === undefined
                ? undefined
                : {
                    vendor: record(vendor, (models) =>
                      models.isNull
                        ? null
                        : models.items.map((m) =>
                            defined({ model: m.model?.value ?? "", ram: text(m.ram), interface: m.interface?.value }),
                          ),
                    ),
                  },
          }),
  });
}

function toPlainPlacement(p: SdlPlacementProfile): PlainPlacement {
  return defined({
    attributes: p.attributes === undefined ? undefined : record(p.attributes, (a) => a.value),
    signedBy:
      p.signedBy === undefined
        ? undefined
        : defined({ allOf: strings(p.signedBy.allOf), anyOf: strings(p.signedBy.anyOf) }),
    pricing: record(p.pricing, (price) => ({ denom: price.denom?.value ?? "", amount: text(price.amount) ?? "" })),
  });
}
