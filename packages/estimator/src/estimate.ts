import { findModel, GPUS, MODELS, suggestModels, type GpuSpec } from "@akash-sdl/catalog";
import { createDiagnostic } from "@akash-sdl/core";
import { planCost, priceFor } from "./cost.js";
import { createFinetuneWorkload } from "./finetune-workload.js";
import { createLlmWorkload } from "./llm-workload.js";
import { normalizeRequest } from "./normalize-request.js";
import { paramParts } from "./param-parts.js";
import type { EstimateResult, ResourcePlan } from "./plan.js";
import { planFixes } from "./plan-fixes.js";
import { rankPlans } from "./rank-plans.js";
import type { EstimateCatalog, EstimateRequest } from "./request.js";
import { selectGpus } from "./select-gpus.js";
import { createTaskWorkload } from "./task-workload.js";
import { toGiB } from "./units.js";
import type { Evaluation, Workload } from "./workload.js";

/**
 * The GPU and model catalogue of `@akash-sdl/catalog`, used when {@link estimate} gets none.
 *
 * @example
 * DEFAULT_CATALOG.gpus.length > 0; // true
 */
export const DEFAULT_CATALOG: EstimateCatalog = { gpus: GPUS, models: MODELS, findModel, suggestModels };

/** How many non-fitting attempts to return when nothing fits. */
const CLOSEST_ATTEMPTS = 5;

/**
 * Estimates GPUs, memory, host resources, speed and cost for serving or fine-tuning a model and
 * returns ranked plans (best first) with the reasons behind each. Never throws for a bad
 * request: problems come back as diagnostics (`estimate/*` codes) with no plans.
 *
 * Without a GPU pin, each GPU model gets its smallest fitting count and only fitting plans are
 * returned; if none fits, the closest attempts come back with `fits: false`, their fixes and an
 * `estimate/nothing-fits` warning. With `constraints.gpuModels` and/or `constraints.gpuCount`
 * every pinned GPU model gets a plan, fitting or not.
 *
 * @example
 * const { plans, diagnostics } = estimate({ model: "llama-3.1-8b", context: 8192 });
 * plans[0]?.gpu.model; // e.g. "rtx3090"
 */
export function estimate(request: EstimateRequest, catalog: EstimateCatalog = DEFAULT_CATALOG): EstimateResult {
  const { normalized, diagnostics } = normalizeRequest(request, catalog);
  if (!normalized) return { plans: [], diagnostics };
  const { model, knobs } = normalized;
  const parts = paramParts(model);
  const workload: Workload =
    knobs.task === "finetune"
      ? createFinetuneWorkload(model, parts, knobs)
      : model.traits.kind === "decoder"
        ? createLlmWorkload(model, parts, knobs)
        : createTaskWorkload(model, parts, knobs);
  const c = request.constraints ?? {};
  const maxPerNode = c.maxGpusPerNode && c.maxGpusPerNode > 0 ? Math.floor(c.maxGpusPerNode) : 8;
  const maxGpus = Math.max(c.gpuCount ?? 0, c.maxGpus && c.maxGpus > 0 ? Math.floor(c.maxGpus) : 32);
  if (c.gpuCount !== undefined && !(Number.isInteger(c.gpuCount) && c.gpuCount > 0)) {
    diagnostics.push(
      createDiagnostic("estimate/invalid-option", `The GPU count '${String(c.gpuCount)}' is not valid.`, undefined, {
        hints: ["Use a whole number above 0."],
      }),
    );
    return { plans: [], diagnostics };
  }
  const selection = selectGpus(catalog.gpus, c.gpuModels, c.includeUnofferedGpus ?? false);
  diagnostics.push(...selection.diagnostics);
  if (selection.diagnostics.some((d) => d.severity === "error")) return { plans: [], diagnostics };
  const pinned = selection.pinned || c.gpuCount !== undefined;

  const attempts: { gpu: GpuSpec; count: number; ev: Evaluation }[] = [];
  for (const gpu of selection.gpus) {
    const counts = c.gpuCount !== undefined ? [c.gpuCount] : workload.counts(maxPerNode, maxGpus);
    let last: { gpu: GpuSpec; count: number; ev: Evaluation } | undefined;
    for (const n of counts) {
      last = { gpu, count: n, ev: workload.evaluate(gpu, n, maxPerNode) };
      if (last.ev.fits) break;
    }
    if (last) attempts.push(last);
  }
  const anyFits = attempts.some((a) => a.ev.fits);
  let chosen = pinned ? attempts : attempts.filter((a) => a.ev.fits);
  if (!anyFits && !pinned) {
    chosen = [...attempts]
      .sort(
        (a, b) =>
          b.ev.perGpu.headroomGiB / Math.max(1, b.ev.perGpu.usableGiB) -
          a.ev.perGpu.headroomGiB / Math.max(1, a.ev.perGpu.usableGiB),
      )
      .slice(0, CLOSEST_ATTEMPTS);
  }
  const fixSearch = { gpus: catalog.gpus.filter((g) => g.inProviderDb), maxPerNode, maxGpus };
  const unpriced = new Set<string>();
  const plans: ResourcePlan[] = chosen.map(({ gpu, count, ev: raw }) => {
    // A plan whose per-GPU total exceeds its usable memory never fits, whatever a workload said.
    const over = raw.fits && raw.perGpu.totalGiB > raw.perGpu.usableGiB;
    const ev: Evaluation = over
      ? {
          ...raw,
          fits: false,
          reason: `The plan needs ${raw.perGpu.totalGiB} GiB per GPU but only ${raw.perGpu.usableGiB} GiB is usable.`,
        }
      : raw;
    const price = priceFor(gpu, request.prices);
    if (request.prices && price === undefined) unpriced.add(gpu.model);
    const rate = ev.throughput.decodeTokensPerSec ?? ev.throughput.trainTokensPerSec;
    const cost = price !== undefined ? planCost(price, count, rate) : undefined;
    const k = workload.knobs;
    return {
      gpu: {
        vendor: gpu.vendor,
        model: gpu.model,
        ramGiB: gpu.ramGiB,
        interface: gpu.interface,
        ...(gpu.fp16Tflops ? { fp16Tflops: gpu.fp16Tflops } : {}),
      },
      gpuCount: count,
      nodes: ev.layout.nodes,
      parallel: { tensor: ev.layout.tensor, pipeline: ev.layout.pipeline, data: ev.layout.data },
      task: k.task,
      engine: k.engine,
      weightFormat: k.task === "finetune" && k.method === "qlora" ? "nf4" : k.format,
      kvDtype: k.kvDtype,
      ...(k.task === "finetune" ? { method: k.method } : {}),
      context: k.context,
      concurrency: k.concurrency,
      fits: ev.fits,
      reason: ev.reason,
      fixes: ev.fits ? [] : planFixes(workload, gpu, count, ev, fixSearch),
      perGpu: ev.perGpu,
      weightsTotalGiB: toGiB(ev.weightsTotalBytes),
      kvBytesPerToken: ev.kvBytesPerToken,
      maxContext: ev.maxContext,
      host: ev.host,
      throughput: ev.throughput,
      costPerHour: cost?.perHour ?? null,
      costPerMillionTokens: cost?.perMillionTokens ?? null,
      costPerThousandImages:
        cost && ev.throughput.imagesPerSec
          ? Math.round(((cost.perHour * 1000) / (3600 * ev.throughput.imagesPerSec)) * 10000) / 10000
          : null,
      offered: gpu.inProviderDb,
      notes: [...ev.notes, ...replicaNote(workload, gpu, count, ev, maxPerNode, maxGpus)],
      ...(ev.engineLimits ? { engineLimits: ev.engineLimits } : {}),
    };
  });
  const split = chosen.find((a) => !a.ev.layout.divisible);
  if (c.gpuCount !== undefined && split) {
    const { tensor, pipeline } = split.ev.layout;
    diagnostics.push(
      createDiagnostic(
        "estimate/parallelism-indivisible",
        `${c.gpuCount} GPUs do not divide the attention heads of ${model.id}, so the plan runs tensor parallel ${tensor} × pipeline ${pipeline}.`,
        undefined,
        {
          data: { gpuCount: c.gpuCount, tensor, pipeline },
          hints: ["Choose a GPU count that divides the attention and KV heads (1, 2, 4 or 8 for most models)."],
        },
      ),
    );
  }
  const ranked = rankPlans(plans, c.budgetPerHour);
  if (!ranked.some((p) => p.fits)) {
    const hints = [...new Set(ranked.flatMap((p) => p.fixes.map((f) => f.description)))].slice(0, 4);
    diagnostics.push(
      createDiagnostic(
        "estimate/nothing-fits",
        `No GPU plan within the constraints holds ${model.id} with the requested settings.`,
        undefined,
        { hints },
      ),
    );
  } else if (
    c.budgetPerHour !== undefined &&
    !ranked.some((p) => p.fits && p.costPerHour !== null && p.costPerHour <= (c.budgetPerHour ?? 0))
  ) {
    diagnostics.push(
      createDiagnostic(
        "estimate/over-budget",
        `No fitting plan costs ${c.budgetPerHour} per hour or less.`,
        undefined,
        { data: { expected: c.budgetPerHour } },
      ),
    );
  }
  if (unpriced.size > 0) {
    const names = [...unpriced];
    const listed =
      names.length > 6 ? `${names.slice(0, 6).join(", ")} and ${names.length - 6} more GPU models` : names.join(", ");
    diagnostics.push(
      createDiagnostic("estimate/no-price", `The price table has no entry for ${listed}.`, undefined, {
        data: { models: names },
      }),
    );
  }
  return {
    model: {
      id: model.id,
      task: model.task,
      family: model.family,
      params: model.params,
      activeParams: model.activeParams,
      maxContext: model.maxContext,
    },
    plans: ranked,
    diagnostics,
  };
}

/**
 * A pinned count far above what the model needs (64 GPUs for an 8B model) is better spent on
 * replicas, each a copy of the smallest fitting plan, as the deployment's `count`: tensor and
 * pipeline parallelism over several nodes adds latency instead of throughput.
 */
function replicaNote(
  workload: Workload,
  gpu: GpuSpec,
  count: number,
  ev: Evaluation,
  maxPerNode: number,
  maxGpus: number,
): string[] {
  if (!ev.fits || count < 2) return [];
  const smallest = workload
    .counts(maxPerNode, Math.min(maxGpus, count))
    .find((n) => n < count && count % n === 0 && workload.evaluate(gpu, n, maxPerNode).fits);
  if (smallest === undefined) return [];
  const replicas = count / smallest;
  return [
    `${smallest} × ${gpu.model} already hold the model: ${replicas} replicas of ${smallest} GPU${smallest > 1 ? "s" : ""} (deployment count: ${replicas}) serve about ${replicas}× the traffic, where one copy split over ${count} GPUs${ev.layout.nodes > 1 ? ` and ${ev.layout.nodes} nodes` : ""} mostly adds communication.`,
  ];
}
