import { parseByteSize } from "../scalars/parse-byte-size.js";
import { keyNamesAt } from "../keys/sdl-key-table.js";
import { parseCpuUnits } from "../scalars/parse-cpu-units.js";
import type { BuildContext } from "./build-context.js";
import { deref, report } from "./build-context.js";
import { buildGpu } from "./build-gpu.js";
import { buildStorage } from "./build-storage.js";
import type { LeafSite } from "./decode-leaf.js";
import { decodeString } from "./decode-leaf.js";
import { decodeQuantity } from "./decode-quantity.js";
import { isGoNull } from "./go-resolve.js";
import { readNamedMap } from "./read-collections.js";
import { keySuggestion, readCustomStruct, readStruct } from "./read-struct.js";
import { reportMissing, severityWhenUsed } from "./report-missing.js";
import type { SdlKey, SdlMap, SdlScalar } from "./sdl-node.js";
import type { SdlComputeProfile, SdlCpu, SdlMemory, SdlResources } from "./sdl-profiles.js";

const PROFILE_KEYS = keyNamesAt("profiles.compute.*");
const RESOURCE_KEYS = keyNamesAt("profiles.compute.*.resources");
const CPU_KEYS = keyNamesAt("profiles.compute.*.resources.cpu");
const CPU_ATTRIBUTE_KEYS = keyNamesAt("profiles.compute.*.resources.cpu.attributes");
const MEMORY_KEYS = keyNamesAt("profiles.compute.*.resources.memory");

/**
 * Builds `profiles.compute` (Go: `map[string]v2ProfileCompute`). Missing pieces (resources, cpu,
 * memory, storage, units, size) are errors for a profile some deployment uses (Go panics or fails
 * the group checks) and warnings for an unused one (Go never looks at it).
 *
 * @example
 * buildComputeProfiles(ctx, { node, keySpan, path: ["profiles", "compute"] });
 */
export function buildComputeProfiles(ctx: BuildContext, site: LeafSite): SdlMap<SdlComputeProfile> | undefined {
  return readNamedMap(ctx, site, (entry, name) => buildComputeProfile(ctx, entry, name));
}

function buildComputeProfile(ctx: BuildContext, site: LeafSite, name: SdlKey): SdlComputeProfile | undefined {
  const view = readStruct(ctx, site, PROFILE_KEYS, "ignore");
  if (view === undefined) return undefined;
  const used = ctx.usedProfiles.has(name.name);
  const resourcesSite = view.field("resources");
  const resources = resourcesSite === undefined ? undefined : buildResources(ctx, resourcesSite, used);
  if (resourcesSite === undefined || isGoNull(resourcesSite.node)) {
    reportMissing(
      ctx,
      site,
      view,
      "resources",
      severityWhenUsed(used),
      used
        ? "Go crashes on a deployed compute profile without resources."
        : "the profile is not used by any deployment.",
    );
  }
  const { node, span, path, isNull } = view.base;
  return { node, span, path, isNull, name, resources };
}

function buildResources(ctx: BuildContext, site: LeafSite, used: boolean): SdlResources | undefined {
  const view = readStruct(ctx, site, RESOURCE_KEYS, "ignore");
  if (view === undefined) return undefined;
  const severity = severityWhenUsed(used);
  const require = (key: string, why: string): LeafSite | undefined => {
    const f = view.field(key);
    if ((f === undefined || isGoNull(f.node)) && !view.base.isNull) reportMissing(ctx, site, view, key, severity, why);
    return f;
  };
  const cpuSite = require("cpu", "Go rejects a resource unit without CPU.");
  const memorySite = require("memory", "Go rejects a resource unit without memory.");
  const storageSite = require("storage", "Go rejects a resource unit without storage.");
  const gpuSite = view.field("gpu");
  const { node, span, path, isNull } = view.base;
  return {
    node,
    span,
    path,
    isNull,
    cpu: cpuSite === undefined ? undefined : buildCpu(ctx, cpuSite, used),
    memory: memorySite === undefined ? undefined : buildMemory(ctx, memorySite, used),
    storage: storageSite === undefined ? undefined : buildStorage(ctx, storageSite, used),
    gpu: gpuSite === undefined ? undefined : buildGpu(ctx, gpuSite),
  };
}

function buildCpu(ctx: BuildContext, site: LeafSite, used: boolean): SdlCpu | undefined {
  // Go's v2ResourceCPU.UnmarshalYAML accepts only `units` and `attributes`.
  const view = readCustomStruct(ctx, site, CPU_KEYS, severityWhenUsed(used));
  if (view === undefined) return undefined;
  const unitsSite = view.field("units");
  const units = unitsSite === undefined ? undefined : decodeQuantity(ctx, unitsSite, parseCpuUnits, 0);
  if ((units === undefined || units.isNull) && !view.base.isNull) {
    reportMissing(ctx, site, view, "units", severityWhenUsed(used), "Go reads 0 CPU, below the minimum of 10m.");
  }
  const attributesSite = view.field("attributes");
  const { node, span, path, isNull } = view.base;
  return {
    node,
    span,
    path,
    isNull,
    units,
    attributes: attributesSite === undefined ? undefined : buildCpuAttributes(ctx, attributesSite),
  };
}

/** Go's v2CPUAttributes: only `arch`, decoded as a string; anything else fails. */
function buildCpuAttributes(ctx: BuildContext, site: LeafSite): SdlMap<SdlScalar<string>> | undefined {
  const node = deref(site.node);
  if (node !== null && node.kind !== "map" && !isGoNull(node)) {
    report(
      ctx,
      "type/ignored-by-go",
      `Go ignores '${String(site.path.at(-1))}' because it is not a mapping.`,
      node.span,
      site.path,
    );
    return undefined;
  }
  return readNamedMap(ctx, site, (entry, key) => {
    if (!CPU_ATTRIBUTE_KEYS.includes(key.name)) {
      report(
        ctx,
        "sdl/unsupported-key",
        `Go rejects the CPU attribute '${key.name}' (only 'arch' is allowed).`,
        key.span,
        entry.path,
        {
          ...keySuggestion(key, CPU_ATTRIBUTE_KEYS),
          data: { key: key.name, allowed: CPU_ATTRIBUTE_KEYS },
        },
      );
      return undefined;
    }
    return decodeString(ctx, entry);
  });
}

function buildMemory(ctx: BuildContext, site: LeafSite, used: boolean): SdlMemory | undefined {
  const view = readStruct(ctx, site, MEMORY_KEYS, "ignore");
  if (view === undefined) return undefined;
  const sizeSite = view.field("size");
  const size = sizeSite === undefined ? undefined : decodeQuantity(ctx, sizeSite, parseByteSize, 0n, true);
  if ((size === undefined || size.isNull) && !view.base.isNull) {
    reportMissing(ctx, site, view, "size", severityWhenUsed(used), "Go reads 0 bytes, below the minimum of 1Mi.");
  }
  const { node, span, path, isNull } = view.base;
  return { node, span, path, isNull, size };
}
