import { parseGpuRam } from "../scalars/parse-gpu-ram.js";
import { keyNamesAt } from "../keys/sdl-key-table.js";
import { parseGpuUnits } from "../scalars/parse-gpu-units.js";
import type { BuildContext } from "./build-context.js";
import { report } from "./build-context.js";
import type { Span } from "../text/span.js";
import type { YamlNode } from "../tree/yaml-node.js";
import type { GpuRam } from "../scalars/parse-gpu-ram.js";
import { decodeString } from "./decode-leaf.js";
import { decodeQuantity } from "./decode-quantity.js";
import { isGoNull } from "./go-resolve.js";
import { readList, readNamedMap } from "./read-collections.js";
import { keySuggestion, readCustomStruct, readField, readStruct } from "./read-struct.js";
import { reportMissingIn } from "./report-missing.js";
import type { SdlKey, SdlList, SdlMap, SdlPath, SdlScalar } from "./sdl-node.js";
import type { SdlGpu, SdlGpuAttributes, SdlGpuModel } from "./sdl-profiles.js";

const GPU_KEYS = keyNamesAt("profiles.compute.*.resources.gpu");
const GPU_ATTRIBUTE_KEYS = keyNamesAt("profiles.compute.*.resources.gpu.attributes");
const KNOWN_VENDORS = keyNamesAt("profiles.compute.*.resources.gpu.attributes.vendor");
const MODEL_KEYS = keyNamesAt("profiles.compute.*.resources.gpu.attributes.vendor.nvidia[]");

/**
 * Builds `resources.gpu` (Go: `v2ResourceGPU` with a custom decoder): only `units` and
 * `attributes` are allowed (others fail); `units` is an unsigned integer read from the raw text.
 * A scalar instead of a mapping is silently decoded by Go as 0 GPUs (a warning here).
 *
 * @example
 * buildGpu(ctx, pair.value, pair.key.span, path)?.units?.value; // 1
 */
export function buildGpu(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  sitePath: SdlPath,
): SdlGpu | undefined {
  const view = readCustomStruct(ctx, valueNode, keySpan, sitePath, GPU_KEYS, "warning");
  if (view === undefined) return undefined;
  const { node, span, path, isNull } = view;
  return {
    node,
    span,
    path,
    isNull,
    units: readField(ctx, view, "units", decodeGpuUnits, undefined),
    attributes: readField(ctx, view, "attributes", buildGpuAttributes, undefined),
  };
}

function decodeGpuUnits(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  path: SdlPath,
): SdlScalar<number> {
  return decodeQuantity(ctx, valueNode, keySpan, path, parseGpuUnits, 0);
}

/**
 * `gpu.attributes` (Go: `v2GPUAttributes`): only `vendor` is allowed, and a non-null attributes
 * block without a vendor fails (`at least one vendor must be set`). Vendors other than `nvidia`
 * are ignored by Go (a warning: the schema rejects them).
 */
function buildGpuAttributes(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  sitePath: SdlPath,
): SdlGpuAttributes | undefined {
  const view = readCustomStruct(ctx, valueNode, keySpan, sitePath, GPU_ATTRIBUTE_KEYS, "error");
  if (view === undefined) return undefined;
  const vendorPair = view.pair("vendor");
  // A null attributes block skips Go's custom decoder entirely (yaml.v3 `prepare`): no vendor check.
  if (!view.isNull && (vendorPair === undefined || isGoNull(vendorPair.value))) {
    reportMissingIn(ctx, view, "vendor", "error", "Go requires at least one GPU vendor.");
  }
  const vendor = readField(ctx, view, "vendor", readVendors, undefined);
  const { node, span, path, isNull } = view;
  return { node, span, path, isNull, vendor };
}

function readVendors(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  path: SdlPath,
): SdlMap<SdlList<SdlGpuModel>> | undefined {
  return readNamedMap(ctx, valueNode, keySpan, path, buildVendor, undefined);
}

function buildVendor(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  path: SdlPath,
  _arg: undefined,
  key: SdlKey,
): SdlList<SdlGpuModel> | undefined {
  if (!(KNOWN_VENDORS as readonly string[]).includes(key.name)) {
    report(
      ctx,
      "sdl/unknown-key",
      `Go ignores the GPU vendor '${key.name}' (only nvidia is supported).`,
      key.span,
      path,
      {
        hints: ["Use 'nvidia'."],
        fixes: keySuggestion(key, KNOWN_VENDORS).fixes,
        data: { key: key.name, allowed: KNOWN_VENDORS },
      },
    );
    return undefined;
  }
  return readList(ctx, valueNode, keySpan, path, buildGpuModel, undefined);
}

function buildGpuModel(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  sitePath: SdlPath,
): SdlGpuModel | undefined {
  const view = readStruct(ctx, valueNode, keySpan, sitePath, MODEL_KEYS, "ignore");
  if (view === undefined) return undefined;
  const { node, span, path, isNull } = view;
  return {
    node,
    span,
    path,
    isNull,
    model: readField(ctx, view, "model", decodeString, false),
    ram: readField(ctx, view, "ram", decodeGpuRam, undefined),
    interface: readField(ctx, view, "interface", decodeString, false),
  };
}

function decodeGpuRam(ctx: BuildContext, valueNode: YamlNode | null, keySpan: Span, path: SdlPath): SdlScalar<GpuRam> {
  return decodeQuantity(ctx, valueNode, keySpan, path, parseGpuRam, undefined, true);
}
