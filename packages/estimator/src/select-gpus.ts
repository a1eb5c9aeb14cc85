import type { GpuSpec } from "@akash-sdl/catalog";
import { createDiagnostic, type Diagnostic } from "@akash-sdl/core";
import { closestNames, didYouMean } from "./suggest.js";

/**
 * A parsed GPU constraint `model[:ram[:interface]]` (`a100:80Gi:sxm`).
 *
 * @example
 * const p: GpuPattern = { model: "a100", ramGiB: 80, interface: "sxm" };
 */
export interface GpuPattern {
  readonly model: string;
  readonly ramGiB?: number;
  readonly interface?: string;
}

/**
 * Parses `model[:ram[:interface]]`; `-` and `/` also separate (`a100-80gb`).
 *
 * @example
 * parseGpuPattern("a100:80Gi"); // { model: "a100", ramGiB: 80 }
 */
export function parseGpuPattern(text: string): GpuPattern {
  const [model = "", ram, iface] = text.trim().toLowerCase().split(/[:/]/);
  const m = /^(.*?)-(\d+)(?:gi|gib|gb|g)?$/.exec(model);
  const name = m && ram === undefined ? (m[1] ?? model) : model;
  const ramText = m && ram === undefined ? m[2] : ram;
  const ramGiB = ramText ? Number.parseFloat(ramText.replace(/(gi|gib|gb|g)$/, "")) : Number.NaN;
  return {
    model: name,
    ...(Number.isFinite(ramGiB) ? { ramGiB } : {}),
    ...(iface ? { interface: iface } : {}),
  };
}

/**
 * GPUs allowed for a request, with diagnostics about the constraint.
 *
 * @example
 * const names = (s: GpuSelection): string[] => s.gpus.map((g) => g.model);
 */
export interface GpuSelection {
  readonly gpus: readonly GpuSpec[];
  /** `true` when the user named GPU models. */
  readonly pinned: boolean;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Picks the GPU SKUs to consider: those named in `gpuModels` (any memory/interface variant
 * unless pinned), else every SKU in the Akash provider database (others only on request:
 * they cannot be bid on under those names).
 *
 * @example
 * selectGpus(GPUS, ["h100"], false).gpus.length; // 2 (SXM and PCIe)
 */
export function selectGpus(
  all: readonly GpuSpec[],
  gpuModels: readonly string[] | undefined,
  includeUnoffered: boolean,
): GpuSelection {
  const diagnostics: Diagnostic[] = [];
  if (!gpuModels || gpuModels.length === 0) {
    return { gpus: all.filter((g) => includeUnoffered || g.inProviderDb), pinned: false, diagnostics };
  }
  const picked: GpuSpec[] = [];
  for (const text of gpuModels) {
    const p = parseGpuPattern(text);
    const found = all.filter(
      (g) =>
        g.model.toLowerCase() === p.model &&
        (p.ramGiB === undefined || g.ramGiB === p.ramGiB) &&
        (p.interface === undefined || g.interface === p.interface),
    );
    if (found.length === 0) {
      diagnostics.push(
        createDiagnostic("estimate/unknown-gpu", `The GPU '${text}' is not in the GPU catalogue.`, undefined, {
          hints: didYouMean(
            closestNames(
              p.model,
              all.map((g) => g.model),
              3,
            ),
          ),
          data: { actual: text },
        }),
      );
      continue;
    }
    for (const g of found) {
      if (!picked.includes(g)) picked.push(g);
      if (
        !g.inProviderDb &&
        !diagnostics.some((d) => d.code === "estimate/gpu-not-offered" && d.data?.["model"] === g.model)
      ) {
        diagnostics.push(
          createDiagnostic(
            "estimate/gpu-not-offered",
            `The GPU '${g.model}' is not in the Akash provider GPU database, so providers cannot bid on it under this name.`,
            undefined,
            {
              data: { model: g.model },
            },
          ),
        );
      }
    }
  }
  return { gpus: picked, pinned: true, diagnostics };
}
