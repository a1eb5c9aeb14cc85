import { keyNamesAt } from "../keys/sdl-key-table.js";
import { parseCpuUnits } from "../scalars/parse-cpu-units.js";
import type { BuildContext } from "./build-context.js";
import { deref, report } from "./build-context.js";
import { buildGpu } from "./build-gpu.js";
import { buildStorage } from "./build-storage.js";
import type { Severity } from "../diagnostics/diagnostic.js";
import type { Span } from "../text/span.js";
import type { YamlNode } from "../tree/yaml-node.js";
import { decodeString } from "./decode-leaf.js";
import { decodeByteSize, decodeQuantity } from "./decode-quantity.js";
import { isGoNull } from "./go-resolve.js";
import { readNamedMap } from "./read-collections.js";
import type { StructView } from "./read-struct.js";
import { keySuggestion, readCustomStruct, readField, readStruct } from "./read-struct.js";
import { reportMissingIn, severityWhenUsed } from "./report-missing.js";
import type { SdlKey, SdlMap, SdlPath, SdlScalar } from "./sdl-node.js";
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
 * buildComputeProfiles(ctx, pair.value, pair.key.span, ["profiles", "compute"]);
 */
export function buildComputeProfiles(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  path: SdlPath,
): SdlMap<SdlComputeProfile> | undefined {
  return readNamedMap(ctx, valueNode, keySpan, path, buildComputeProfile, undefined);
}

function buildComputeProfile(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  sitePath: SdlPath,
  _arg: undefined,
  name: SdlKey,
): SdlComputeProfile | undefined {
  const view = readStruct(ctx, valueNode, keySpan, sitePath, PROFILE_KEYS, "ignore");
  if (view === undefined) return undefined;
  const used = ctx.usedProfiles.has(name.name);
  const resourcesPair = view.pair("resources");
  const resources = readField(ctx, view, "resources", buildResources, used);
  if (resourcesPair === undefined || isGoNull(resourcesPair.value)) {
    reportMissingIn(
      ctx,
      view,
      "resources",
      severityWhenUsed(used),
      used
        ? "Go crashes on a deployed compute profile without resources."
        : "the profile is not used by any deployment.",
    );
  }
  const { node, span, path, isNull } = view;
  return { node, span, path, isNull, name, resources };
}

/** Reports a required resource that is absent or null (not for a null `resources`). */
function requireResource(view: StructView, ctx: BuildContext, key: string, severity: Severity, why: string): void {
  const pair = view.pair(key);
  if ((pair === undefined || isGoNull(pair.value)) && !view.isNull) reportMissingIn(ctx, view, key, severity, why);
}

function buildResources(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  sitePath: SdlPath,
  used: boolean,
): SdlResources | undefined {
  const view = readStruct(ctx, valueNode, keySpan, sitePath, RESOURCE_KEYS, "ignore");
  if (view === undefined) return undefined;
  const severity = severityWhenUsed(used);
  requireResource(view, ctx, "cpu", severity, "Go rejects a resource unit without CPU.");
  requireResource(view, ctx, "memory", severity, "Go rejects a resource unit without memory.");
  requireResource(view, ctx, "storage", severity, "Go rejects a resource unit without storage.");
  const { node, span, path, isNull } = view;
  return {
    node,
    span,
    path,
    isNull,
    cpu: readField(ctx, view, "cpu", buildCpu, used),
    memory: readField(ctx, view, "memory", buildMemory, used),
    storage: readField(ctx, view, "storage", buildStorage, used),
    gpu: readField(ctx, view, "gpu", buildGpu, undefined),
  };
}

function buildCpu(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  sitePath: SdlPath,
  used: boolean,
): SdlCpu | undefined {
  // Go's v2ResourceCPU.UnmarshalYAML accepts only `units` and `attributes`.
  const view = readCustomStruct(ctx, valueNode, keySpan, sitePath, CPU_KEYS, severityWhenUsed(used));
  if (view === undefined) return undefined;
  const units = readField(ctx, view, "units", decodeCpuUnits, undefined);
  if ((units === undefined || units.isNull) && !view.isNull) {
    reportMissingIn(ctx, view, "units", severityWhenUsed(used), "Go reads 0 CPU, below the minimum of 10m.");
  }
  const { node, span, path, isNull } = view;
  return {
    node,
    span,
    path,
    isNull,
    units,
    attributes: readField(ctx, view, "attributes", buildCpuAttributes, undefined),
  };
}

function decodeCpuUnits(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  path: SdlPath,
): SdlScalar<number> {
  return decodeQuantity(ctx, valueNode, keySpan, path, parseCpuUnits, 0);
}

/** Go's v2CPUAttributes: only `arch`, decoded as a string; anything else fails. */
function buildCpuAttributes(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  path: SdlPath,
): SdlMap<SdlScalar<string>> | undefined {
  const node = deref(valueNode);
  if (node !== null && node.kind !== "map" && !isGoNull(node)) {
    report(
      ctx,
      "type/ignored-by-go",
      `Go ignores '${String(path.at(-1))}' because it is not a mapping.`,
      node.span,
      path,
    );
    return undefined;
  }
  return readNamedMap(ctx, valueNode, keySpan, path, buildCpuAttribute, undefined);
}

function buildCpuAttribute(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  path: SdlPath,
  _arg: undefined,
  key: SdlKey,
): SdlScalar<string> | undefined {
  if (!CPU_ATTRIBUTE_KEYS.includes(key.name)) {
    report(
      ctx,
      "sdl/unsupported-key",
      `Go rejects the CPU attribute '${key.name}' (only 'arch' is allowed).`,
      key.span,
      path,
      {
        ...keySuggestion(key, CPU_ATTRIBUTE_KEYS),
        data: { key: key.name, allowed: CPU_ATTRIBUTE_KEYS },
      },
    );
    return undefined;
  }
  return decodeString(ctx, valueNode, keySpan, path);
}

function buildMemory(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  sitePath: SdlPath,
  used: boolean,
): SdlMemory | undefined {
  const view = readStruct(ctx, valueNode, keySpan, sitePath, MEMORY_KEYS, "ignore");
  if (view === undefined) return undefined;
  const size = readField(ctx, view, "size", decodeByteSize, undefined);
  if ((size === undefined || size.isNull) && !view.isNull) {
    reportMissingIn(ctx, view, "size", severityWhenUsed(used), "Go reads 0 bytes, below the minimum of 1Mi.");
  }
  const { node, span, path, isNull } = view;
  return { node, span, path, isNull, size };
}
