import type { GpuSpec } from "@akash-sdl/catalog";
import type { PlanFix } from "./plan.js";
import type { Evaluation, Workload } from "./workload.js";

/**
 * Where fixes may look for more or bigger GPUs.
 *
 * @example
 * const search: FixSearch = { gpus: GPUS, maxPerNode: 8, maxGpus: 32 };
 */
export interface FixSearch {
  /** GPUs a "bigger GPU" fix may propose (the allowed, offered ones). */
  readonly gpus: readonly GpuSpec[];
  readonly maxPerNode: number;
  readonly maxGpus: number;
}

/**
 * What would make a plan fit, in the order ESTIMATOR.md §0 recommends: a shorter context,
 * an fp8 KV cache, quantised weights (then fine-tuning changes: checkpointing, 8-bit Adam,
 * LoRA/QLoRA), more GPUs of the same model, a bigger GPU. Each fix is checked by re-running
 * the estimate with that one change; only changes that fit are returned (the shorter context
 * is returned whenever some context fits, since it is the cheapest change).
 *
 * @example
 * planFixes(workload, h100, 1, evaluation, { gpus: GPUS, maxPerNode: 8, maxGpus: 32 });
 */
export function planFixes(w: Workload, gpu: GpuSpec, count: number, current: Evaluation, search: FixSearch): PlanFix[] {
  const fixes: PlanFix[] = [];
  for (const c of w.fixCandidates(current)) {
    const ev = w.evaluate(gpu, count, search.maxPerNode, c.change);
    if (ev.fits || c.kind === "context") fixes.push({ kind: c.kind, description: c.description, value: c.value });
  }
  const more = w
    .counts(search.maxPerNode, search.maxGpus)
    .find((n) => n > count && w.evaluate(gpu, n, search.maxPerNode).fits);
  if (more !== undefined) {
    fixes.push({ kind: "gpus", description: `Use ${more} × ${gpu.model} ${gpu.ramGiB}Gi.`, value: more });
  }
  const bigger = search.gpus
    .filter((g) => g.ramGiB > gpu.ramGiB && g.inProviderDb)
    .sort((a, b) => a.ramGiB - b.ramGiB || a.model.localeCompare(b.model))
    .find((g) => w.evaluate(g, count, search.maxPerNode).fits);
  if (bigger) {
    fixes.push({
      kind: "gpu",
      description: `Use ${count} × ${bigger.model} ${bigger.ramGiB}Gi (${bigger.interface}).`,
      value: `${bigger.model}:${bigger.ramGiB}Gi`,
    });
  }
  return fixes;
}
