import type { GpuSpec } from "@akash-sdl/catalog";
import { diffusionTrainingActivationBytes } from "./diffusion.js";
import { finetuneMemory, type FinetuneSetup } from "./finetune-memory.js";
import { visibleMemoryGiB } from "./gpu-traits.js";
import { hostResources } from "./host-resources.js";
import { largestFitting } from "./max-context.js";
import type { ModelProfile } from "./model-profile.js";
import { candidateCounts } from "./parallel-layout.js";
import type { ParamParts } from "./param-count.js";
import type { PerGpuMemory } from "./plan.js";
import { trainingThroughput } from "./throughput.js";
import { formatGiB, GIB, toGiB } from "./units.js";
import { weightBytes } from "./weights-bytes.js";
import type { Evaluation, FixCandidate, Knobs, Workload } from "./workload.js";

/**
 * Share of visible memory a training process can fill: PyTorch's caching allocator fragments
 * (an assumption of 5 %; `expandable_segments` reduces it).
 */
const TRAINING_USABLE = 0.95;

/**
 * Fine-tuning (full, LoRA, QLoRA) as a {@link Workload}: states sharded over the GPUs
 * (FSDP / ZeRO-3), activations per GPU at its micro-batch.
 *
 * @example
 * createFinetuneWorkload(profile, paramParts(profile), knobs).evaluate(a100, 1, 8).perGpu.totalGiB;
 */
export function createFinetuneWorkload(model: ModelProfile, parts: ParamParts, knobs: Knobs): Workload {
  const nativeBytes = weightBytes(parts, model.nativeFormat === "fp32" ? "fp32" : "bf16").total;
  const setupOf = (k: Knobs, sequenceLength = k.context): FinetuneSetup => ({
    method: k.method,
    optimizer: k.optimizer,
    format: k.method === "qlora" ? "nf4" : k.format,
    sequenceLength,
    microBatch: k.microBatch,
    checkpointing: k.checkpointing,
    loraRank: k.loraRank,
  });
  const extra = (k: Knobs): number =>
    model.traits.kind === "diffusion"
      ? diffusionTrainingActivationBytes(model, k.resolution, k.microBatch, k.checkpointing)
      : 0;

  const evaluate = (gpu: GpuSpec, count: number, maxPerNode: number, change: Partial<Knobs> = {}): Evaluation => {
    const k: Knobs = { ...knobs, ...change };
    const nodes = Math.ceil(count / Math.max(1, maxPerNode));
    const mem = finetuneMemory(model, parts, setupOf(k), count, extra(k));
    const usable = visibleMemoryGiB(gpu) * GIB * TRAINING_USABLE;
    const fits = mem.total <= usable;
    const perGpu: PerGpuMemory = {
      weightsGiB: toGiB(mem.weights),
      kvCacheGiB: 0,
      activationsGiB: toGiB(mem.activations),
      overheadGiB: toGiB(mem.overhead),
      gradientsGiB: toGiB(mem.gradients),
      optimizerGiB: toGiB(mem.optimizer),
      totalGiB: toGiB(mem.total),
      usableGiB: toGiB(usable),
      headroomGiB: toGiB(usable - mem.total),
    };
    const maxSeq =
      model.traits.kind === "diffusion"
        ? null
        : largestFitting(
            Math.max(model.maxContext, k.context),
            (s) => finetuneMemory(model, parts, setupOf(k, s), count, extra(k)).total <= usable,
          );
    const what = `${k.method === "full" ? "full fine-tuning" : k.method === "lora" ? "LoRA" : "QLoRA"} (${k.optimizer}${k.checkpointing ? ", activation checkpointing" : ""})`;
    const reason = fits
      ? `Fits: ${what} needs ${formatGiB(mem.total)} per GPU (weights ${formatGiB(mem.weights)}, gradients ${formatGiB(mem.gradients)}, optimiser ${formatGiB(mem.optimizer)}, activations ${formatGiB(mem.activations)}) of ${formatGiB(usable)} usable.`
      : `${what} needs ${formatGiB(mem.total)} per GPU (weights ${formatGiB(mem.weights)}, gradients ${formatGiB(mem.gradients)}, optimiser ${formatGiB(mem.optimizer)}, activations ${formatGiB(mem.activations)}) but ${formatGiB(usable)} is usable.`;
    const outputs = k.method === "full" ? 2 * weightBytes(parts, "bf16").total : GIB;
    const host = hostResources({
      workload: "finetune",
      gpusPerNode: Math.ceil(count / nodes),
      weightsPerNodeBytes: nativeBytes,
      checkpointBytes: nativeBytes,
      outputBytes: outputs,
      needsShm: true,
    });
    const throughput = trainingThroughput(model.activeParams, gpu, count, k.method, k.checkpointing, k.format);
    const notes = [
      `${mem.trainable.toExponential(2)} trainable parameters; states sharded over ${count} GPU(s) (FSDP / ZeRO-3).`,
      ...(model.traits.kind === "diffusion"
        ? ["Diffusion training activations use a rough rule (× 2 of inference with checkpointing)."]
        : []),
    ];
    return {
      fits,
      reason,
      perGpu,
      layout: { tensor: 1, pipeline: 1, data: count, nodes, divisible: true },
      weightsTotalBytes: weightBytes(parts, k.method === "qlora" ? "nf4" : k.format).total,
      kvBytesPerToken: null,
      maxContext: maxSeq,
      host,
      throughput,
      notes,
    };
  };

  const fixCandidates = (current: Evaluation): FixCandidate[] => {
    const out: FixCandidate[] = [];
    if (current.maxContext !== null && current.maxContext > 0 && current.maxContext < knobs.context) {
      out.push({
        kind: "context",
        change: { context: current.maxContext },
        value: current.maxContext,
        description: `Train on sequences of ${current.maxContext.toLocaleString("en-US")} tokens.`,
      });
    }
    if (!knobs.checkpointing)
      out.push({
        kind: "checkpointing",
        change: { checkpointing: true },
        value: "checkpointing",
        description: "Turn on activation (gradient) checkpointing.",
      });
    if (knobs.microBatch > 1)
      out.push({
        kind: "batch",
        change: { microBatch: 1 },
        value: "micro-batch 1",
        description: "Use a micro-batch of 1 with gradient accumulation.",
      });
    if (knobs.method === "full" && knobs.optimizer === "adamw")
      out.push({
        kind: "optimizer",
        change: { optimizer: "adamw-8bit" },
        value: "adamw-8bit",
        description: "Use 8-bit AdamW (bitsandbytes).",
      });
    if (knobs.method === "full")
      out.push({
        kind: "method",
        change: { method: "lora" },
        value: "lora",
        description: "Fine-tune with LoRA adapters instead of all weights.",
      });
    if (knobs.method !== "qlora")
      out.push({
        kind: "method",
        change: { method: "qlora" },
        value: "qlora",
        description: "Fine-tune with QLoRA (4-bit NF4 base).",
      });
    return out;
  };

  return {
    model,
    parts,
    knobs,
    counts: (maxPerNode, maxGpus) => candidateCounts(maxPerNode, maxGpus),
    evaluate,
    fixCandidates,
  };
}
