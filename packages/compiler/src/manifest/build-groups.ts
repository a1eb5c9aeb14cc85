/**
 * Go's `buildGroups()` for SDL 2.0 and 2.1 (SDL-SPEC §5.1, §7.1; Go `sdl/groupBuilder_v2.go`,
 * `groupBuilder_v2_1.go`): one group per placement, services in deployment order, resource units
 * (one per service under 2.0, one per profile under 2.1), the manifest services beside them.
 * The document must already be valid for Go; missing pieces are read as Go's zero values.
 */
import { sdlMapGet } from "@akash-sdl/core";
import type { SdlDocument, SdlPlacementProfile, SdlService } from "@akash-sdl/core";
import { goSort } from "../go/go-sort.js";
import { goStringCompare, goStringLess, goTrimSpace } from "../go/go-strings.js";
import { buildExposes, endpointSequenceNumbers, exposeEndpoints, sortEndpoints } from "./build-exposes.js";
import { buildResources, copyResources, sortAttributes } from "./build-resources.js";
import { markExplicitEmptyList } from "./explicit-empty-list.js";
import { interconnectGroupOf } from "./interconnect-group.js";
import type { TsValueOverrides } from "./build-resources.js";
import type { Attribute, DecCoin, Endpoint, GroupSpec, Resources } from "../proto/types.js";
import type { ManifestCredentials, ManifestGroup, ManifestService, ManifestServiceParams } from "./manifest-types.js";

/**
 * The manifest and group specs built from one document.
 *
 * @example
 * const { manifest, groups } = buildGroups(doc);
 */
export interface BuiltDeployment {
  /** Manifest groups sorted by name. */
  readonly manifest: ManifestGroup[];
  /** Group specs sorted by name (`akash.deployment.v1beta4.GroupSpec`). */
  readonly groups: GroupSpec[];
}

interface UnitDraft {
  /** The unit's own copy of the resources; `endpoints` is set to the unit's list at the end. */
  readonly resources: { -readonly [K in keyof Resources]: Resources[K] };
  count: number;
  endpoints: Endpoint[];
  readonly price: DecCoin;
}

/** `formatDec18(0n)`: the amount of a missing price. */
const ZERO_DEC18 = "0.000000000000000000";

const byServiceName = (a: ManifestService, b: ManifestService): boolean => goStringLess(a.name, b.name);

interface GroupDraft {
  readonly name: string;
  /** `null` where Go's slice is nil (absent or null in the SDL), as distinct from `[]`. */
  readonly signedBy: { readonly allOf: string[] | null; readonly anyOf: string[] | null };
  attributes: Attribute[];
  teeType: string;
  readonly units: UnitDraft[];
  readonly bound: Map<string, number>;
  readonly services: ManifestService[];
}

function strings(
  list: { readonly isNull: boolean; readonly items: readonly { readonly value: string | undefined }[] } | undefined,
): string[] | null {
  if (list === undefined || list.isNull) return null;
  const items = list.items;
  const out: string[] = [];
  for (let i = 0; i < items.length; i++) out.push((items[i] as (typeof items)[number]).value ?? "");
  return out;
}

/** A list for a group spec: a fresh copy, an explicit `[]` marked as Go's non-nil empty slice. */
const goSlice = (list: readonly string[] | null): string[] => (list === null ? [] : markExplicitEmptyList([...list]));

/** Names of a typed map, unique (last occurrence wins in Go's map), sorted bytewise. */
function sortedNames(entries: readonly { readonly key: { readonly name: string } }[]): string[] {
  const out: string[] = [];
  for (const e of entries) if (!out.includes(e.key.name)) out.push(e.key.name);
  return out.length > 1 ? out.sort(goStringCompare) : out;
}

function params(service: SdlService): ManifestServiceParams | undefined {
  const p = service.params;
  if (p === undefined || p.isNull) return undefined;
  const storageNames = sortedNames(p.storage?.entries ?? []);
  const storage =
    storageNames.length === 0
      ? null
      : storageNames.map((name) => {
          const s = sdlMapGet(p.storage, name);
          return { name, mount: s?.mount?.value ?? "", readOnly: s?.readOnly?.value ?? false };
        });
  const perms = p.permissions;
  const permissions = perms === undefined || perms.isNull ? undefined : { read: strings(perms.read) ?? [] };
  const tee = p.tee?.value ?? "";
  return { storage, permissions, tee: tee === "" ? undefined : { type: tee, attestation: true } };
}

function credentials(service: SdlService, v21: boolean): ManifestCredentials | null {
  const c = service.credentials;
  if (c === undefined || c.isNull) return null;
  const t = (s: string | undefined): string => (v21 ? goTrimSpace(s ?? "") : (s ?? ""));
  return {
    host: t(c.host?.value),
    email: v21 ? t(c.email?.value) : "",
    username: t(c.username?.value),
    password: t(c.password?.value),
  };
}

/** A group for placement `name` (its profile `infra`, when defined). */
function newGroup(name: string, infra: SdlPlacementProfile | undefined): GroupDraft {
  const attrs = new Map<string, string>();
  for (const e of infra?.attributes?.entries ?? []) attrs.set(e.key.name, e.value.value ?? "");
  const attributes: Attribute[] = [];
  attrs.forEach((value, key) => attributes.push({ key, value }));
  const signedBy = { allOf: strings(infra?.signedBy?.allOf), anyOf: strings(infra?.signedBy?.anyOf) };
  return {
    name,
    signedBy,
    attributes: sortAttributes(attributes),
    teeType: "",
    units: [],
    bound: new Map(),
    services: [],
  };
}

/**
 * Builds the manifest groups and group specs of a document Go accepts. `overrides` supplies
 * values Go could not decode, read the TS SDK's way.
 *
 * @example
 * buildGroups(parse(text).document!).manifest[0]?.services[0]?.name; // "web"
 */
export function buildGroups(doc: SdlDocument, overrides?: TsValueOverrides): BuiltDeployment {
  const v21 = doc.version?.decoder !== "2.0";
  const serviceNames = sortedNames(doc.deployment?.entries ?? []);
  const deployed = serviceNames.map((name) => sdlMapGet(doc.services, name));
  const seq = endpointSequenceNumbers(deployed);
  const groups = new Map<string, GroupDraft>();

  for (let s = 0; s < serviceNames.length; s++) {
    const svcName = serviceNames[s] as string;
    const svc = deployed[s];
    const depl = sdlMapGet(doc.deployment, svcName);
    if (depl === undefined || svc === undefined) continue;
    for (const placementName of sortedNames(depl.entries)) {
      const svcdepl = sdlMapGet(depl, placementName);
      const profileName = svcdepl?.profile?.value ?? "";
      const count = svcdepl?.count?.value ?? 0;
      const compute = sdlMapGet(doc.profiles?.compute, profileName);
      const infra = sdlMapGet(doc.profiles?.placement, placementName);
      const price = sdlMapGet(infra?.pricing, profileName);

      let group = groups.get(placementName);
      if (group === undefined) {
        group = newGroup(placementName, infra);
        groups.set(placementName, group);
      }
      const tee = svc.params === undefined || svc.params.isNull ? "" : (svc.params.tee?.value ?? "");
      if (tee !== "" && group.teeType === "") {
        group.teeType = tee;
        group.attributes = sortAttributes([...group.attributes, { key: "tee/type", value: tee }]);
      }

      const expose = buildExposes(svc, seq, overrides);
      const endpoints = exposeEndpoints(expose);
      const location = v21 ? group.bound.get(profileName) : undefined;
      let resources: Resources;
      if (location === undefined) {
        resources = buildResources(compute?.resources, group.units.length + 1, endpoints, overrides);
        group.units.push({
          resources: copyResources(resources, []),
          count,
          endpoints: [...endpoints],
          // `text18` is `formatDec18(atomics)` (core's DecAmount contract), already written by the parser.
          price: { denom: price?.denom?.value ?? "", amount: price?.amount?.value?.text18 ?? ZERO_DEC18 },
        });
        group.bound.set(profileName, group.units.length - 1);
      } else {
        const unit = group.units[location] as UnitDraft;
        resources = buildResources(compute?.resources, unit.resources.id, endpoints, overrides);
        unit.count += count;
        unit.endpoints = sortEndpoints([...unit.endpoints, ...endpoints]);
      }

      group.services.push({
        name: svcName,
        image: svc.image?.value ?? "",
        command: strings(svc.command),
        args: strings(svc.args),
        env: strings(svc.env),
        resources,
        count,
        expose,
        params: params(svc),
        credentials: credentials(svc, v21),
        interconnectGroup: interconnectGroupOf(compute?.resources?.gpu),
      });
    }
  }

  const names: string[] = [];
  for (const name of groups.keys()) names.push(name);
  if (names.length > 1) names.sort(goStringCompare);
  const manifest: ManifestGroup[] = [];
  const specs: GroupSpec[] = [];
  for (const name of names) {
    const g = groups.get(name) as GroupDraft;
    manifest.push({ name, services: goSort(g.services, byServiceName) });
    specs.push({
      name,
      requirements: {
        signedBy: { allOf: goSlice(g.signedBy.allOf), anyOf: goSlice(g.signedBy.anyOf) },
        attributes: g.attributes,
      },
      resources: g.units.map((u) => {
        u.resources.endpoints = u.endpoints;
        return { resource: u.resources, count: u.count, price: u.price };
      }),
    });
  }
  return { manifest, groups: specs };
}
