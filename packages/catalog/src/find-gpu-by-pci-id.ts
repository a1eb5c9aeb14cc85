import { GPUS } from "./generated/gpus.js";
import type { GpuSpec } from "./gpu-spec.js";

/**
 * The GPU SKU with a PCI id `vendor:device` (hex, any case, optional `0x` prefixes), or
 * `undefined` when the id is unknown or malformed.
 *
 * @example
 * findGpuByPciId("10de:2330")?.model;       // "h100"
 * findGpuByPciId("0x10DE:0x2684")?.model;   // "rtx4090"
 */
export function findGpuByPciId(id: string): GpuSpec | undefined {
  const m = /^(?:0x)?([0-9a-f]{4}):(?:0x)?([0-9a-f]{4})$/i.exec(id.trim());
  if (m === null) return undefined;
  const key = `${(m[1] ?? "").toLowerCase()}:${(m[2] ?? "").toLowerCase()}`;
  return GPUS.find((g) => g.pciIds.includes(key));
}
