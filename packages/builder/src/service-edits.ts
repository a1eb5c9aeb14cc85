import { createDiagnostic, type YamlMap, type YamlNode } from "@akash-sdl/core";
import { createEditContext, deref, findPair } from "./edit-context.js";
import { applyChanges, unchanged, type PathChange } from "./edit-sdl.js";
import type { PlainValue } from "./emit-yaml.js";
import { formatLike } from "./render-value.js";
import type { ComputeProfileSpec, PriceSpec, ServiceSpec } from "./sdl-spec.js";
import { entryNames } from "./sdl-document-edits.js";
import { applyOffsetEdits, toTextEdits, type EditResult, type OffsetEdit } from "./text-edit.js";

/** Go's manifest check for service names (SDL-SPEC §2.3). */
const SERVICE_NAME = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

function mapAt(root: YamlMap | undefined, path: readonly string[]): YamlMap | undefined {
  let node: YamlNode | null | undefined = root;
  for (const key of path) {
    const map = deref(node);
    if (map?.kind !== "map") return undefined;
    node = findPair(map, key)?.value;
  }
  const out = deref(node);
  return out?.kind === "map" ? out : undefined;
}

/** `deployment.<service>.<placement>.profile` values, as [service, placement, profile]. */
function deploymentProfiles(root: YamlMap | undefined): [string, string, string][] {
  const out: [string, string, string][] = [];
  for (const svc of mapAt(root, ["deployment"])?.pairs ?? []) {
    const placements = deref(svc.value);
    if (placements?.kind !== "map" || svc.key.kind !== "scalar") continue;
    for (const pl of placements.pairs) {
      const body = deref(pl.value);
      const profile = body?.kind === "map" ? deref(findPair(body, "profile")?.value) : undefined;
      if (pl.key.kind === "scalar" && profile?.kind === "scalar") out.push([svc.key.text, pl.key.text, profile.text]);
    }
  }
  return out;
}

function checkNewName(text: string, name: string): EditResult | undefined {
  if (!SERVICE_NAME.test(name)) {
    return unchanged(
      text,
      createDiagnostic("build/invalid-name", `'${name}' is not a valid service name.`, undefined, {
        hints: ["Use lower-case letters, digits and dashes, starting with a letter."],
      }),
    );
  }
  if (entryNames(text, ["services"]).includes(name)) {
    return unchanged(
      text,
      createDiagnostic("build/invalid-name", `The SDL already has a service '${name}'.`, undefined, {
        path: ["services", name],
      }),
    );
  }
  return undefined;
}

/**
 * Options of {@link addService}: the compute profile (a name to reuse or resources to add under
 * the service's name), placement, count and price.
 *
 * @example
 * const o: AddServiceOptions = { profile: "web", placement: "dcloud", count: 2 };
 */
export interface AddServiceOptions {
  /** An existing profile name, or a new profile named after the service. */
  readonly profile?: string | ComputeProfileSpec;
  /** Placement name (default: the first placement, else `dcloud`). */
  readonly placement?: string;
  /** Instances (default 1). */
  readonly count?: number;
  /** Price ceiling for a new profile (default `{ denom: "uact", amount: 1000 }`). */
  readonly price?: PriceSpec;
}

/**
 * Adds a service with its deployment entry and, when resources are given, a compute profile and
 * its price; nothing else in the text changes.
 *
 * @example
 * addService(text, "cache", { image: "redis:7.4" }, { profile: { resources: { cpu: { units: 0.5 }, memory: { size: "512Mi" }, storage: { size: "1Gi" } } } });
 */
export function addService(
  text: string,
  name: string,
  service: ServiceSpec,
  options: AddServiceOptions = {},
): EditResult {
  const bad = checkNewName(text, name);
  if (bad) return bad;
  const placement = options.placement ?? entryNames(text, ["profiles", "placement"])[0] ?? "dcloud";
  const profileName = typeof options.profile === "string" ? options.profile : name;
  const changes: PathChange[] = [{ path: ["services", name], value: service as unknown as PlainValue }];
  if (typeof options.profile === "object") {
    changes.push({ path: ["profiles", "compute", name], value: options.profile as unknown as PlainValue });
    const price = options.price ?? { denom: "uact", amount: 1000 };
    changes.push({
      path: ["profiles", "placement", placement, "pricing", name],
      value: price as unknown as PlainValue,
    });
  } else if (options.profile === undefined && !entryNames(text, ["profiles", "compute"]).includes(name)) {
    return unchanged(
      text,
      createDiagnostic(
        "build/path-not-found",
        `The SDL has no compute profile '${name}'; pass resources or a profile name.`,
        undefined,
      ),
    );
  }
  changes.push({
    path: ["deployment", name],
    value: { [placement]: { profile: profileName, count: options.count ?? 1 } },
  });
  return applyChanges(text, changes);
}

/**
 * Removes a service and its deployment entry; its compute profile and that profile's prices go
 * too when no other deployment uses them.
 *
 * @example
 * removeService(text, "cache");
 */
export function removeService(text: string, name: string): EditResult {
  if (!entryNames(text, ["services"]).includes(name)) {
    return unchanged(
      text,
      createDiagnostic("build/path-not-found", `The SDL has no service '${name}'.`, undefined, {
        path: ["services", name],
      }),
    );
  }
  const ctx = createEditContext(text);
  const uses = deploymentProfiles(ctx.root);
  const changes: PathChange[] = [{ path: ["services", name], value: undefined }];
  if (entryNames(text, ["deployment"]).includes(name)) changes.push({ path: ["deployment", name], value: undefined });
  const mine = new Set(uses.filter(([s]) => s === name).map(([, , p]) => p));
  for (const profile of mine) {
    if (uses.some(([s, , p]) => s !== name && p === profile)) continue;
    if (entryNames(text, ["profiles", "compute"]).includes(profile))
      changes.push({ path: ["profiles", "compute", profile], value: undefined });
    for (const placement of entryNames(text, ["profiles", "placement"])) {
      if (entryNames(text, ["profiles", "placement", placement, "pricing"]).includes(profile)) {
        changes.push({ path: ["profiles", "placement", placement, "pricing", profile], value: undefined });
      }
    }
  }
  return applyChanges(text, changes, ctx);
}

/**
 * Renames a service: its `services` and `deployment` keys, every `expose.to.service` that names
 * it, and, when its compute profile has the service's name and no other service uses it, that
 * profile's key, its `pricing` keys and the deployment's `profile` value. Only those bytes change.
 *
 * @example
 * renameService(text, "web", "frontend").text;
 */
export function renameService(text: string, from: string, to: string): EditResult {
  if (!entryNames(text, ["services"]).includes(from)) {
    return unchanged(
      text,
      createDiagnostic("build/path-not-found", `The SDL has no service '${from}'.`, undefined, {
        path: ["services", from],
      }),
    );
  }
  const bad = checkNewName(text, to);
  if (bad) return bad;
  const ctx = createEditContext(text);
  const edits: OffsetEdit[] = [];
  const renameKey = (map: YamlMap | undefined, key: string, next: string): void => {
    const pair = map && findPair(map, key);
    if (pair?.key.kind === "scalar")
      edits.push({ start: pair.key.span.start, end: pair.key.span.end, newText: formatLike(pair.key, next) });
  };
  renameKey(mapAt(ctx.root, ["services"]), from, to);
  renameKey(mapAt(ctx.root, ["deployment"]), from, to);
  // expose[].to[].service references
  for (const svc of mapAt(ctx.root, ["services"])?.pairs ?? []) {
    const body = deref(svc.value);
    const expose = body?.kind === "map" ? deref(findPair(body, "expose")?.value) : undefined;
    if (expose?.kind !== "seq") continue;
    for (const item of expose.items) {
      const e = deref(item);
      const targets = e?.kind === "map" ? deref(findPair(e, "to")?.value) : undefined;
      if (targets?.kind !== "seq") continue;
      for (const t of targets.items) {
        const target = deref(t);
        const ref = target?.kind === "map" ? findPair(target, "service")?.value : undefined;
        if (ref?.kind === "scalar" && ref.text === from)
          edits.push({ start: ref.span.start, end: ref.span.end, newText: formatLike(ref, to) });
      }
    }
  }
  const uses = deploymentProfiles(ctx.root);
  const ownProfile =
    uses.some(([s, , p]) => s === from && p === from) && !uses.some(([s, , p]) => s !== from && p === from);
  if (ownProfile && !entryNames(text, ["profiles", "compute"]).includes(to)) {
    renameKey(mapAt(ctx.root, ["profiles", "compute"]), from, to);
    for (const placement of mapAt(ctx.root, ["profiles", "placement"])?.pairs ?? []) {
      if (placement.key.kind !== "scalar") continue;
      renameKey(mapAt(ctx.root, ["profiles", "placement", placement.key.text, "pricing"]), from, to);
    }
    for (const placement of mapAt(ctx.root, ["deployment", from])?.pairs ?? []) {
      const body = deref(placement.value);
      const ref = body?.kind === "map" ? findPair(body, "profile")?.value : undefined;
      if (ref?.kind === "scalar" && ref.text === from)
        edits.push({ start: ref.span.start, end: ref.span.end, newText: formatLike(ref, to) });
    }
  }
  return { text: applyOffsetEdits(text, edits), edits: toTextEdits(text, edits), diagnostics: [] };
}
