import { parse, sdlMapGet } from "@akash-sdl/core";
import type { SdlDocument, SdlService } from "@akash-sdl/core";
import type { SdlResources, YamlNode } from "@akash-sdl/core";
import { tsSdkSize } from "../../src/compile/ts-sdk-size.js";
import { checkCompilable } from "../../src/compile/check-compilable.js";
import { buildStorageVolumes } from "../../src/manifest/build-resources.js";

/**
 * Go/TS divergences still open in the official SDK alpha.45 (SDL-SPEC §9, addendum Part A §1.5)
 * that change the hash or the group specs, and a detector for each: `true` when the document
 * triggers it. A corpus file whose output differs from alpha.45 must trigger at least one.
 */
export type DivergenceId =
  | "D3-ip-seq-shift"
  | "D4-v20-no-merge"
  | "D5-expose-without-to"
  | "D6-storage-order"
  | "D6b-single-volume-name"
  | "D10-explicit-empty-list"
  | "D11-http-zero-defaults"
  | "A-proxy-ignored-by-go"
  | "D8-gpu-ram-normalized"
  | "D9-credentials"
  | "D12-size-rounding"
  | "D13-cpu-fraction"
  | "D17-scalar-text"
  | "D32-empty-permissions"
  | "D34-empty-nvidia";

interface Deployed {
  readonly service: SdlService;
  readonly placement: string;
  readonly profile: string;
}

function deployed(doc: SdlDocument): Deployed[] {
  const out: Deployed[] = [];
  for (const { key, value } of doc.deployment?.entries ?? []) {
    const service = sdlMapGet(doc.services, key.name);
    if (service === undefined) continue;
    for (const p of value.entries) out.push({ service, placement: p.key.name, profile: p.value.profile?.value ?? "" });
  }
  return out;
}

const profilesOf = (doc: SdlDocument): SdlResources[] =>
  deployed(doc).flatMap((d) => {
    const r = sdlMapGet(doc.profiles?.compute, d.profile)?.resources;
    return r === undefined ? [] : [r];
  });

const textOf = (node: YamlNode | null | undefined): string | undefined =>
  node?.kind === "scalar" ? node.text : undefined;

/** js-yaml's `String(value)` of a plain scalar differs from the raw text Go keeps (`01`, `1.0`, `1e3`). */
const jsStringDiffers = (node: YamlNode | null | undefined): boolean =>
  node?.kind === "scalar" &&
  node.style === "plain" &&
  (typeof node.value === "number" || typeof node.value === "boolean") &&
  String(node.value) !== node.text;

const DETECTORS: Readonly<Record<DivergenceId, (doc: SdlDocument) => boolean>> = {
  "D3-ip-seq-shift": (doc) => {
    const tos = deployed(doc).flatMap((d) => (d.service.expose?.items ?? []).flatMap((e) => e.to?.items ?? []));
    return tos.some((t) => t.ip?.value) && tos.some((t) => !(t.global?.value ?? false));
  },
  "D4-v20-no-merge": (doc) => {
    if (doc.version?.decoder !== "2.0") return false;
    const seen = new Set<string>();
    return deployed(doc).some((d) => {
      const k = `${d.placement}\u0000${d.profile}`;
      if (seen.has(k)) return true;
      seen.add(k);
      return false;
    });
  },
  "D5-expose-without-to": (doc) =>
    deployed(doc).some((d) => (d.service.expose?.items ?? []).some((e) => (e.to?.items.length ?? 0) === 0)),
  "D6-storage-order": (doc) =>
    deployed(doc).some((d) => {
      const r = sdlMapGet(doc.profiles?.compute, d.profile)?.resources;
      if (r === undefined) return false;
      const yamlOrder = (r.storage?.volumes ?? []).map((v) => v.effectiveName).join("\u0000");
      // With compile's own sizes: a size only the TS SDK reads (`1500m`) is sorted by its meaning.
      return (
        buildStorageVolumes(r, checkCompilable(doc).overrides)
          .map((s) => s.name)
          .join("\u0000") !== yamlOrder
      );
    }),
  "D6b-single-volume-name": (doc) =>
    deployed(doc).some((d) => {
      const s = sdlMapGet(doc.profiles?.compute, d.profile)?.resources?.storage;
      return s?.form === "single" && (s.volumes[0]?.name?.value ?? "default") !== "default";
    }),
  "D10-explicit-empty-list": (doc) =>
    deployed(doc).some(
      ({ service: s }) =>
        [s.command, s.args, s.env].some((l) => l !== undefined && !l.isNull && l.items.length === 0) ||
        (s.expose?.items ?? []).some((e) => e.accept !== undefined && !e.accept.isNull && e.accept.items.length === 0),
    ),
  "D11-http-zero-defaults": (doc) =>
    deployed(doc).some(({ service: s }) =>
      (s.expose?.items ?? []).some((e) => {
        const h = e.httpOptions;
        if (h === undefined || h.isNull) return false;
        const zero = [h.maxBodySize, h.readTimeout, h.sendTimeout, h.nextTries].some(
          (v) => v !== undefined && v.value === 0,
        );
        return zero || (h.nextCases !== undefined && !h.nextCases.isNull && h.nextCases.items.length === 0);
      }),
    ),
  "D8-gpu-ram-normalized": (doc) =>
    profilesOf(doc).some((r) =>
      (sdlMapGet(r.gpu?.attributes?.vendor, "nvidia")?.items ?? []).some(
        (m) => m.ram?.value !== undefined && m.ram.value.normalized !== textOf(m.ram.node),
      ),
    ),
  "D9-credentials": (doc) =>
    deployed(doc).some(({ service: s }) => {
      const c = s.credentials;
      if (c === undefined || c.isNull) return false;
      if (doc.version?.decoder === "2.0") return (c.email?.value ?? "") !== "";
      return [c.host, c.username, c.password, c.email].some(
        (v) => v?.value !== undefined && v.value !== v.value.trim(),
      );
    }),
  "D12-size-rounding": (doc) =>
    profilesOf(doc).some((r) =>
      [r.memory?.size, ...(r.storage?.volumes ?? []).map((v) => v.size)].some((sz) => {
        const text = textOf(sz?.node);
        const ts = text === undefined ? undefined : tsSdkSize(text);
        return sz?.value !== undefined && ts !== undefined && ts !== sz.value;
      }),
    ),
  "D13-cpu-fraction": (doc) =>
    profilesOf(doc).some((r) => {
      const text = textOf(r.cpu?.units?.node);
      if (text === undefined || text.endsWith("m")) return false;
      const n = Number(text);
      return Number.isFinite(n) && !Number.isInteger(n * 1000);
    }),
  "D17-scalar-text": (doc) =>
    deployed(doc).some((d) => {
      const p = sdlMapGet(doc.profiles?.placement, d.placement);
      return (p?.attributes?.entries ?? []).some((e) => jsStringDiffers(e.value.node));
    }),
  "D32-empty-permissions": (doc) =>
    deployed(doc).some(({ service: s }) => {
      const read = s.params?.permissions?.read;
      return read !== undefined && !read.isNull && read.items.length === 0;
    }),
  "D34-empty-nvidia": (doc) =>
    profilesOf(doc).some((r) => {
      const a = r.gpu?.attributes;
      if (a === undefined || a.isNull) return false;
      // `nvidia: []` (Go: the wildcard model; TS: no attribute). A null list is the wildcard in both.
      const nvidia = sdlMapGet(a.vendor, "nvidia");
      return nvidia !== undefined && !nvidia.isNull && nvidia.items.length === 0;
    }),
  // alpha.45 hashes `http_options.proxy`; Go main ignores the unknown key (addendum Part A §1.5).
  "A-proxy-ignored-by-go": (doc) =>
    deployed(doc).some(({ service: s }) =>
      (s.expose?.items ?? []).some((e) => {
        const node = e.httpOptions?.node;
        return node?.kind === "map" && node.pairs.some((p) => p.key.kind === "scalar" && p.key.text === "proxy");
      }),
    ),
};

/** The open divergences a text triggers. */
export function divergencesOf(text: string): DivergenceId[] {
  const doc = parse(text).document;
  if (doc === undefined) return [];
  return (Object.keys(DETECTORS) as DivergenceId[]).filter((id) => DETECTORS[id](doc));
}
