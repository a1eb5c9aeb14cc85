import type { Span } from "../text/span.js";
import type { YamlNode, YamlPair } from "../tree/yaml-node.js";
import { deref, keyText } from "./build-context.js";
import { isGoNull } from "./go-resolve.js";
import { effectivePairs } from "./read-struct.js";
import type { SdlPath } from "./sdl-node.js";

/**
 * What a named SDL thing is: a service, a compute or placement profile, a price of a placement
 * (`profiles.placement.<p>.pricing.<profile>`), a deployment entry (`deployment.<service>.<p>`)
 * or an IP endpoint.
 *
 * @example
 * const kind: SdlDefinitionKind = "compute-profile";
 */
export type SdlDefinitionKind =
  | "service"
  | "compute-profile"
  | "placement-profile"
  | "pricing"
  | "deployment"
  | "endpoint";

/**
 * Where a reference sits: `deployment-service` (a `deployment.<service>` key),
 * `deployment-placement` (a `deployment.<s>.<placement>` key), `deployment-profile` (its `profile`
 * value), `deployment-pricing` (the same value, as the price it needs), `pricing-profile` (a
 * `pricing.<profile>` key), `expose-service` (`to[].service`), `expose-ip` (`to[].ip`),
 * `dependency-service` (`dependencies[].service`).
 *
 * @example
 * const role: SdlReferenceRole = "expose-ip";
 */
export type SdlReferenceRole =
  | "deployment-service"
  | "deployment-placement"
  | "deployment-profile"
  | "deployment-pricing"
  | "pricing-profile"
  | "expose-service"
  | "expose-ip"
  | "dependency-service";

/**
 * One use of a name.
 *
 * @example
 * const ref: SdlReference = { target: "service", role: "expose-service", name: "db", span: { start: 90, end: 92 }, path: ["services", "web", "expose", 0, "to", 0, "service"] };
 */
export interface SdlReference {
  /** The kind of thing the name refers to. */
  readonly target: SdlDefinitionKind;
  /** Where the reference sits. */
  readonly role: SdlReferenceRole;
  /** The name referred to. */
  readonly name: string;
  /** For `deployment-pricing`: the placement whose pricing is needed. */
  readonly placement?: string;
  /** The span of the referring key or value. */
  readonly span: Span;
  /** The document path of the referring key or value. */
  readonly path: SdlPath;
}

/**
 * One named thing, with every reference to it.
 *
 * @example
 * index.services.find((s) => s.name === "web")?.references.length; // 2
 */
export interface SdlDefinition {
  /** What it is. */
  readonly kind: SdlDefinitionKind;
  /** Its name (for `deployment` the service, for `pricing` the compute profile). */
  readonly name: string;
  /** For `pricing` and `deployment`: the placement it belongs to. */
  readonly placement?: string;
  /** The span of its key. */
  readonly keySpan: Span;
  /** Its document path. */
  readonly path: SdlPath;
  /** Its value node (aliases resolved; `null` when empty). */
  readonly value: YamlNode | null;
  /** Every reference to it, in source order. */
  readonly references: readonly SdlReference[];
}

/**
 * The names an SDL defines and every place that refers to them. A repeated key gives one
 * definition per occurrence (Go keeps the last; `yaml/duplicate-key` reports the repeat).
 *
 * @example
 * const index = referenceIndex(parse(text));
 * index.unresolved.map((r) => `${r.role}: ${r.name}`);
 */
export interface ReferenceIndex {
  /** `services.<name>`. */
  readonly services: readonly SdlDefinition[];
  /** `profiles.compute.<name>`. */
  readonly computeProfiles: readonly SdlDefinition[];
  /** `profiles.placement.<name>`. */
  readonly placementProfiles: readonly SdlDefinition[];
  /** `profiles.placement.<placement>.pricing.<profile>`. */
  readonly pricing: readonly SdlDefinition[];
  /** `deployment.<service>.<placement>`. */
  readonly deployments: readonly SdlDefinition[];
  /** `endpoints.<name>`. */
  readonly endpoints: readonly SdlDefinition[];
  /** Every reference, in source order. */
  readonly references: readonly SdlReference[];
  /** References whose name is not defined. */
  readonly unresolved: readonly SdlReference[];
}

type MutableDefinition = Omit<SdlDefinition, "references"> & { references: SdlReference[] };

/** The effective pairs of a mapping node (none for anything else), with their key text. */
function entries(node: YamlNode | null | undefined): { name: string; pair: YamlPair; value: YamlNode | null }[] {
  const n = deref(node ?? null);
  if (n === null || n.kind !== "map") return [];
  return effectivePairs(n)
    .filter((pair) => deref(pair.key)?.kind === "scalar" && !isGoNull(deref(pair.key) as YamlNode))
    .map((pair) => ({ name: keyText(pair.key), pair, value: deref(pair.value) }));
}

/** The last value of a key in a mapping, as Go reads it. */
function field(node: YamlNode | null | undefined, key: string): YamlNode | null | undefined {
  return entries(node).findLast((e) => e.name === key)?.value;
}

function items(node: YamlNode | null | undefined): YamlNode[] {
  const n = deref(node ?? null);
  return n !== null && n.kind === "seq" ? n.items.map(deref).filter((i): i is YamlNode => i !== null) : [];
}

function scalarText(node: YamlNode | null | undefined): string | undefined {
  const n = deref(node ?? null);
  return n !== null && n.kind === "scalar" && !isGoNull(n) ? n.text : undefined;
}

/**
 * Indexes the services, profiles, prices, deployment entries and endpoints of a parse result with
 * every reference to them (read from the positioned tree, so a definition whose value is
 * malformed is still found). Never throws.
 *
 * @example
 * const index = referenceIndex(parse(text));
 * index.computeProfiles[0]?.references[0]?.role; // "deployment-profile"
 */
export function referenceIndex(result: { readonly tree: { readonly root: YamlNode | null } }): ReferenceIndex {
  const root = result.tree.root;
  const define = (
    kind: SdlDefinitionKind,
    name: string,
    pair: YamlPair,
    path: SdlPath,
    placement?: string,
  ): MutableDefinition => ({
    kind,
    name,
    ...(placement === undefined ? {} : { placement }),
    keySpan: pair.key.span,
    path,
    value: deref(pair.value),
    references: [],
  });
  const services = entries(field(root, "services")).map((e) => define("service", e.name, e.pair, ["services", e.name]));
  const profiles = field(root, "profiles");
  const compute = entries(field(profiles, "compute")).map((e) =>
    define("compute-profile", e.name, e.pair, ["profiles", "compute", e.name]),
  );
  const placementEntries = entries(field(profiles, "placement"));
  const placements = placementEntries.map((e) =>
    define("placement-profile", e.name, e.pair, ["profiles", "placement", e.name]),
  );
  const endpoints = entries(field(root, "endpoints")).map((e) =>
    define("endpoint", e.name, e.pair, ["endpoints", e.name]),
  );
  const references: SdlReference[] = [];
  const ref = (
    target: SdlDefinitionKind,
    role: SdlReferenceRole,
    name: string,
    span: Span,
    path: SdlPath,
    placement?: string,
  ) => references.push({ target, role, name, ...(placement === undefined ? {} : { placement }), span, path });

  const pricing: MutableDefinition[] = [];
  for (const p of placementEntries) {
    for (const e of entries(field(p.value, "pricing"))) {
      const path = ["profiles", "placement", p.name, "pricing", e.name];
      pricing.push(define("pricing", e.name, e.pair, path, p.name));
      ref("compute-profile", "pricing-profile", e.name, e.pair.key.span, path);
    }
  }
  const deployments: MutableDefinition[] = [];
  for (const s of entries(field(root, "deployment"))) {
    ref("service", "deployment-service", s.name, s.pair.key.span, ["deployment", s.name]);
    for (const p of entries(s.value)) {
      const path = ["deployment", s.name, p.name];
      deployments.push(define("deployment", s.name, p.pair, path, p.name));
      ref("placement-profile", "deployment-placement", p.name, p.pair.key.span, path);
      const profile = field(p.value, "profile");
      const name = scalarText(profile);
      if (name !== undefined && profile) {
        ref("compute-profile", "deployment-profile", name, profile.span, [...path, "profile"]);
        ref("pricing", "deployment-pricing", name, profile.span, [...path, "profile"], p.name);
      }
    }
  }
  for (const s of entries(field(root, "services"))) {
    items(field(s.value, "expose")).forEach((expose, i) => {
      items(field(expose, "to")).forEach((to, j) => {
        const base = ["services", s.name, "expose", i, "to", j];
        const service = field(to, "service");
        const serviceName = scalarText(service);
        if (serviceName !== undefined && service)
          ref("service", "expose-service", serviceName, service.span, [...base, "service"]);
        const ip = field(to, "ip");
        const ipName = scalarText(ip);
        if (ipName !== undefined && ipName !== "" && ip) ref("endpoint", "expose-ip", ipName, ip.span, [...base, "ip"]);
      });
    });
    items(field(s.value, "dependencies")).forEach((dependency, i) => {
      const service = field(dependency, "service");
      const name = scalarText(service);
      if (name !== undefined && service)
        ref("service", "dependency-service", name, service.span, ["services", s.name, "dependencies", i, "service"]);
    });
  }
  references.sort((a, b) => a.span.start - b.span.start);
  const byKind: Record<SdlDefinitionKind, MutableDefinition[]> = {
    service: services,
    "compute-profile": compute,
    "placement-profile": placements,
    pricing,
    deployment: deployments,
    endpoint: endpoints,
  };
  const unresolved: SdlReference[] = [];
  for (const r of references) {
    const found = byKind[r.target].filter(
      (d) => d.name === r.name && (r.placement === undefined || d.placement === r.placement),
    );
    if (found.length === 0) unresolved.push(r);
    for (const d of found) d.references.push(r);
  }
  return {
    services,
    computeProfiles: compute,
    placementProfiles: placements,
    pricing,
    deployments,
    endpoints,
    references,
    unresolved,
  };
}
