import { parseGpuRam } from "../scalars/parse-gpu-ram.js";
import { keyNamesAt } from "../keys/sdl-key-table.js";
import { parseGpuUnits } from "../scalars/parse-gpu-units.js";
import type { BuildContext } from "./build-context.js";
import { report } from "./build-context.js";
import type { LeafSite } from "./decode-leaf.js";
import { decodeString } from "./decode-leaf.js";
import { decodeQuantity } from "./decode-quantity.js";
import { isGoNull } from "./go-resolve.js";
import { readList, readNamedMap } from "./read-collections.js";
import { keySuggestion, readCustomStruct, readStruct } from "./read-struct.js";
import { reportMissing } from "./report-missing.js";
import type { SdlList } from "./sdl-node.js";
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
 * buildGpu(ctx, site)?.units?.value; // 1
 */
export function buildGpu(ctx: BuildContext, site: LeafSite): SdlGpu | undefined {
  const view = readCustomStruct(ctx, site, GPU_KEYS, "warning");
  if (view === undefined) return undefined;
  const unitsSite = view.field("units");
  const attributesSite = view.field("attributes");
  const { node, span, path, isNull } = view.base;
  return {
    node,
    span,
    path,
    isNull,
    units: unitsSite === undefined ? undefined : decodeQuantity(ctx, unitsSite, parseGpuUnits, 0),
    attributes: attributesSite === undefined ? undefined : buildGpuAttributes(ctx, attributesSite),
  };
}

/**
 * `gpu.attributes` (Go: `v2GPUAttributes`): only `vendor` is allowed, and a non-null attributes
 * block without a vendor fails (`at least one vendor must be set`). Vendors other than `nvidia`
 * are ignored by Go (a warning: the schema rejects them).
 */
function buildGpuAttributes(ctx: BuildContext, site: LeafSite): SdlGpuAttributes | undefined {
  const view = readCustomStruct(ctx, site, GPU_ATTRIBUTE_KEYS, "error");
  if (view === undefined) return undefined;
  const vendorSite = view.field("vendor");
  // A null attributes block skips Go's custom decoder entirely (yaml.v3 `prepare`): no vendor check.
  if (!view.base.isNull && (vendorSite === undefined || isGoNull(vendorSite.node))) {
    reportMissing(ctx, site, view, "vendor", "error", "Go requires at least one GPU vendor.");
  }
  const vendor =
    vendorSite === undefined
      ? undefined
      : readNamedMap(ctx, vendorSite, (entry, key): SdlList<SdlGpuModel> | undefined => {
          if (!(KNOWN_VENDORS as readonly string[]).includes(key.name)) {
            report(
              ctx,
              "sdl/unknown-key",
              `Go ignores the GPU vendor '${key.name}' (only nvidia is supported).`,
              key.span,
              entry.path,
              {
                hints: ["Use 'nvidia'."],
                fixes: keySuggestion(key, KNOWN_VENDORS).fixes,
                data: { key: key.name, allowed: KNOWN_VENDORS },
              },
            );
            return undefined;
          }
          return readList(ctx, entry, (item) => buildGpuModel(ctx, item));
        });
  const { node, span, path, isNull } = view.base;
  return { node, span, path, isNull, vendor };
}

function buildGpuModel(ctx: BuildContext, site: LeafSite): SdlGpuModel | undefined {
  const view = readStruct(ctx, site, MODEL_KEYS, "ignore");
  if (view === undefined) return undefined;
  const modelSite = view.field("model");
  const ramSite = view.field("ram");
  const interfaceSite = view.field("interface");
  const { node, span, path, isNull } = view.base;
  return {
    node,
    span,
    path,
    isNull,
    model: modelSite === undefined ? undefined : decodeString(ctx, modelSite),
    ram: ramSite === undefined ? undefined : decodeQuantity(ctx, ramSite, parseGpuRam, undefined, true),
    interface: interfaceSite === undefined ? undefined : decodeString(ctx, interfaceSite),
  };
}
