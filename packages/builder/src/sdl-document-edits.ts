import { createDiagnostic } from "@akash-sdl/core";
import { createEditContext, deref, findPair } from "./edit-context.js";
import { applyChanges, unchanged, type PathChange } from "./edit-sdl.js";
import type { PlainValue } from "./emit-yaml.js";
import type { ExposeSpec, GpuSpec, PriceSpec, StorageVolumeSpec } from "./sdl-spec.js";
import type { EditResult } from "./text-edit.js";

/**
 * Names of the entries of the mapping at `path`, in source order (empty when absent).
 *
 * @example
 * entryNames(text, ["services"]); // ["web", "db"]
 */
export function entryNames(text: string, path: readonly string[]): string[] {
  const ctx = createEditContext(text);
  let node = deref(ctx.root);
  for (const key of path) {
    if (node?.kind !== "map") return [];
    node = deref(findPair(node, key)?.value);
  }
  if (node?.kind !== "map") return [];
  return node.pairs.map((p) => (p.key.kind === "scalar" ? p.key.text : ""));
}

function requireEntry(text: string, path: readonly string[], name: string, what: string): EditResult | undefined {
  if (entryNames(text, path).includes(name)) return undefined;
  return unchanged(
    text,
    createDiagnostic("build/path-not-found", `The SDL has no ${what} '${name}'.`, undefined, { path: [...path, name] }),
  );
}

/**
 * Sets a service's image.
 *
 * @example
 * setImage(text, "web", "nginx:1.27").text;
 */
export function setImage(text: string, service: string, image: string): EditResult {
  return (
    requireEntry(text, ["services"], service, "service") ??
    applyChanges(text, [{ path: ["services", service, "image"], value: image }])
  );
}

/**
 * Sets (or removes, with `undefined`) a service's `command`.
 *
 * @example
 * setCommand(text, "web", ["bash", "-c"]);
 */
export function setCommand(text: string, service: string, command: readonly string[] | undefined): EditResult {
  return (
    requireEntry(text, ["services"], service, "service") ??
    applyChanges(text, [{ path: ["services", service, "command"], value: command }])
  );
}

/**
 * Sets (or removes) a service's `args`, item by item.
 *
 * @example
 * setArgs(text, "vllm", ["--model", "meta-llama/Llama-3.1-8B-Instruct"]);
 */
export function setArgs(text: string, service: string, args: readonly string[] | undefined): EditResult {
  return (
    requireEntry(text, ["services"], service, "service") ??
    applyChanges(text, [{ path: ["services", service, "args"], value: args }])
  );
}

/**
 * Sets environment variables of a service: an existing `NAME=…` entry is replaced in place, a new
 * one is appended, `undefined` removes it. Other entries are untouched.
 *
 * @example
 * setEnv(text, "web", { LOG_LEVEL: "debug", OLD: undefined });
 */
export function setEnv(text: string, service: string, vars: Readonly<Record<string, string | undefined>>): EditResult {
  const missing = requireEntry(text, ["services"], service, "service");
  if (missing) return missing;
  const ctx = createEditContext(text);
  const serviceNode = ctx.root && deref(findPair(ctx.root, "services")?.value);
  const svc = serviceNode?.kind === "map" ? deref(findPair(serviceNode, service)?.value) : undefined;
  const envNode = svc?.kind === "map" ? deref(findPair(svc, "env")?.value) : undefined;
  const current = envNode?.kind === "seq" ? envNode.items.map((i) => (i.kind === "scalar" ? i.text : "")) : [];
  const changes: PathChange[] = [];
  const appended: string[] = [];
  const removed: number[] = [];
  for (const [name, value] of Object.entries(vars)) {
    const index = current.findIndex((e) => e === name || e.startsWith(`${name}=`));
    if (value === undefined) {
      if (index !== -1) removed.push(index);
    } else if (index !== -1) changes.push({ path: ["services", service, "env", index], value: `${name}=${value}` });
    else appended.push(`${name}=${value}`);
  }
  for (const index of removed) changes.push({ path: ["services", service, "env", index], value: undefined });
  if (appended.length > 0) {
    if (envNode?.kind === "seq")
      appended.forEach((entry, i) =>
        changes.push({ path: ["services", service, "env", current.length + i], value: entry }),
      );
    else changes.push({ path: ["services", service, "env"], value: appended });
  }
  return applyChanges(text, changes, ctx);
}

/**
 * Sets the instance count of a service in a placement (the first placement when not named).
 *
 * @example
 * setCount(text, "web", 3);
 */
export function setCount(text: string, service: string, count: number, placement?: string): EditResult {
  const missing = requireEntry(text, ["deployment"], service, "deployment for service");
  if (missing) return missing;
  const where = placement ?? entryNames(text, ["deployment", service])[0];
  if (where === undefined) return requireEntry(text, ["deployment", service], "", "placement") as EditResult;
  return (
    requireEntry(text, ["deployment", service], where, "placement") ??
    applyChanges(text, [{ path: ["deployment", service, where, "count"], value: count }])
  );
}

/**
 * Sets the price ceiling (amount and/or denom) of a compute profile in a placement.
 *
 * @example
 * setPrice(text, "dcloud", "web", { amount: 10000, denom: "uact" });
 */
export function setPrice(text: string, placement: string, profile: string, price: Partial<PriceSpec>): EditResult {
  const missing = requireEntry(text, ["profiles", "placement"], placement, "placement");
  if (missing) return missing;
  const base = ["profiles", "placement", placement, "pricing", profile];
  const changes: PathChange[] = [];
  if (price.denom !== undefined) changes.push({ path: [...base, "denom"], value: price.denom });
  if (price.amount !== undefined) changes.push({ path: [...base, "amount"], value: price.amount });
  return applyChanges(text, changes);
}

/**
 * Sets a compute profile's GPU requirement (`undefined` removes the `gpu` block).
 *
 * @example
 * setGpu(text, "vllm", { units: 2, attributes: { vendor: { nvidia: [{ model: "h100", ram: "80Gi" }] } } });
 */
export function setGpu(text: string, profile: string, gpu: GpuSpec | undefined): EditResult {
  return (
    requireEntry(text, ["profiles", "compute"], profile, "compute profile") ??
    applyChanges(text, [
      { path: ["profiles", "compute", profile, "resources", "gpu"], value: gpu as unknown as PlainValue | undefined },
    ])
  );
}

/**
 * Removes a compute profile's GPU requirement.
 *
 * @example
 * removeGpu(text, "vllm");
 */
export function removeGpu(text: string, profile: string): EditResult {
  return setGpu(text, profile, undefined);
}

/**
 * Sets a compute profile's storage volumes (edited volume by volume, so an unchanged volume keeps
 * its bytes).
 *
 * @example
 * setStorage(text, "web", [{ size: "10Gi" }, { name: "data", size: "100Gi", attributes: { persistent: true, class: "beta3" } }]);
 */
export function setStorage(
  text: string,
  profile: string,
  storage: StorageVolumeSpec | readonly StorageVolumeSpec[],
): EditResult {
  return (
    requireEntry(text, ["profiles", "compute"], profile, "compute profile") ??
    applyChanges(text, [
      { path: ["profiles", "compute", profile, "resources", "storage"], value: storage as unknown as PlainValue },
    ])
  );
}

/**
 * Appends an expose entry to a service.
 *
 * @example
 * addExpose(text, "web", { port: 443, as: 443, to: [{ global: true }] });
 */
export function addExpose(text: string, service: string, expose: ExposeSpec): EditResult {
  const missing = requireEntry(text, ["services"], service, "service");
  if (missing) return missing;
  const ctx = createEditContext(text);
  const services = ctx.root && deref(findPair(ctx.root, "services")?.value);
  const svc = services?.kind === "map" ? deref(findPair(services, service)?.value) : undefined;
  const list = svc?.kind === "map" ? deref(findPair(svc, "expose")?.value) : undefined;
  const value = expose as unknown as PlainValue;
  if (list?.kind === "seq")
    return applyChanges(text, [{ path: ["services", service, "expose", list.items.length], value }], ctx);
  return applyChanges(text, [{ path: ["services", service, "expose"], value: [value] }], ctx);
}

/**
 * Removes the expose entry of a service whose `port` is `port`.
 *
 * @example
 * removeExpose(text, "web", 443);
 */
export function removeExpose(text: string, service: string, port: number): EditResult {
  const ctx = createEditContext(text);
  const services = ctx.root && deref(findPair(ctx.root, "services")?.value);
  const svc = services?.kind === "map" ? deref(findPair(services, service)?.value) : undefined;
  const list = svc?.kind === "map" ? deref(findPair(svc, "expose")?.value) : undefined;
  const index =
    list?.kind === "seq"
      ? list.items.findIndex((item) => {
          const m = deref(item);
          const p = m?.kind === "map" ? deref(findPair(m, "port")?.value) : undefined;
          return p?.kind === "scalar" && Number(p.text) === port;
        })
      : -1;
  if (index === -1) {
    return unchanged(
      text,
      createDiagnostic("build/path-not-found", `Service '${service}' exposes no port ${port}.`, undefined, {
        path: ["services", service, "expose"],
      }),
    );
  }
  return applyChanges(text, [{ path: ["services", service, "expose", index], value: undefined }], ctx);
}
