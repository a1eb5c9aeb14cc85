import type { GpuSpec } from "@akash-sdl/catalog";
import { diffusionMemory } from "./diffusion.js";
import { diffusionSpeed } from "./diffusion-speed.js";
import { embeddingMemory } from "./embedding.js";
import { engineGpuProblem } from "./engine-gpu-problem.js";
import { ENGINE_PROFILES } from "./engine-profiles.js";
import { visibleMemoryGiB } from "./gpu-traits.js";
import { hostResources } from "./host-resources.js";
import type { ModelProfile } from "./model-profile.js";
import type { ParamParts } from "./param-count.js";
import type { PerGpuMemory, Throughput } from "./plan.js";
import { formatGiB, GIB, toGiB } from "./units.js";
import { speechMemory } from "./whisper.js";
import { weightBytes } from "./weights-bytes.js";
import type { Evaluation, FixCandidate, Knobs, Workload } from "./workload.js";

const NO_SPEED: Throughput = {
  decodeTokensPerSec: null,
  perSequenceTokensPerSec: null,
  prefillTokensPerSec: null,
  trainTokensPerSec: null,
  imagesPerSec: null,
  batch: 1,
  basis: "No token-rate model for this task.",
};

const vaeOptions = (k: Knobs): string =>
  [k.vaeSlicing ? "VAE slicing" : "", k.vaeTiling ? "VAE tiling" : "", k.tinyVae ? "tiny autoencoder" : ""]
    .filter(Boolean)
    .join(", ");

interface TaskMemory {
  readonly weights: number;
  readonly activations: number;
  readonly overhead: number;
  readonly total: number;
  readonly download: number;
  readonly rule: string;
}

/**
 * Diffusion, speech-to-text and embedding serving as a {@link Workload}: each GPU holds a whole
 * pipeline (more GPUs are replicas), sized by the task's own rule (`diffusion.ts`, `whisper.ts`,
 * `embedding.ts`) instead of the LLM formula.
 *
 * @example
 * createTaskWorkload(sdxl, paramParts(sdxl), knobs).evaluate(rtx4090, 1, 8).fits;
 */
export function createTaskWorkload(model: ModelProfile, parts: ParamParts, knobs: Knobs): Workload {
  const kind = model.traits.kind;
  const memoryOf = (k: Knobs): TaskMemory => {
    if (kind === "diffusion") {
      const d = diffusionMemory(model, {
        format: k.format,
        resolution: k.resolution,
        batch: k.batch,
        offload: k.offload,
        vaeSlicing: k.vaeSlicing,
        vaeTiling: k.vaeTiling,
        tinyVae: k.tinyVae,
      });
      const options = vaeOptions(k);
      const rule = `diffusers at ${k.format}, ${k.resolution}² × ${k.batch} image(s), offload ${k.offload}${options ? `, ${options}` : ""}: resident components + max(denoiser, VAE decode) activations.`;
      return { ...d, download: d.pipelineWeights, rule };
    }
    if (kind === "encoder-decoder") {
      const s = speechMemory(model, { engine: k.engine, format: k.format, batch: k.batch });
      return { ...s, download: weightBytes(parts, model.nativeFormat).total };
    }
    const e = embeddingMemory(model, parts, ENGINE_PROFILES[k.engine], k.format, Math.min(k.context, model.maxContext));
    return { ...e, download: weightBytes(parts, model.nativeFormat).total };
  };

  const evaluate = (gpu: GpuSpec, count: number, maxPerNode: number, change: Partial<Knobs> = {}): Evaluation => {
    const k: Knobs = { ...knobs, ...change };
    const mem = memoryOf(k);
    const usable = visibleMemoryGiB(gpu) * GIB;
    const problem = engineGpuProblem(ENGINE_PROFILES[k.engine], gpu);
    const fits = !problem && mem.total <= usable;
    const perGpu: PerGpuMemory = {
      weightsGiB: toGiB(mem.weights),
      kvCacheGiB: 0,
      activationsGiB: toGiB(mem.activations),
      overheadGiB: toGiB(mem.overhead),
      totalGiB: toGiB(mem.total),
      usableGiB: toGiB(usable),
      headroomGiB: toGiB(usable - mem.total),
    };
    const reason = problem
      ? problem
      : fits
        ? `Fits: ${formatGiB(mem.total)} of ${formatGiB(usable)} per GPU. ${mem.rule}`
        : `Needs ${formatGiB(mem.total)} per GPU but ${formatGiB(usable)} is visible. ${mem.rule}`;
    const nodes = Math.ceil(count / Math.max(1, maxPerNode));
    const workload = kind === "diffusion" ? "diffusion" : kind === "encoder-decoder" ? "speech" : "embedding";
    const host = hostResources({
      workload,
      gpusPerNode: Math.ceil(count / nodes),
      weightsPerNodeBytes: mem.download,
      checkpointBytes: mem.download,
      needsShm: false,
    });
    return {
      fits,
      reason,
      perGpu,
      layout: { tensor: 1, pipeline: 1, data: count, nodes, divisible: true },
      weightsTotalBytes: mem.download,
      kvBytesPerToken: null,
      maxContext: null,
      host,
      throughput: kind === "diffusion" ? diffusionThroughput(k, gpu) : NO_SPEED,
      notes: count > 1 ? [`${count} GPUs run ${count} independent replicas.`] : [],
    };
  };

  const diffusionThroughput = (k: Knobs, gpu: GpuSpec): Throughput => {
    const speed = diffusionSpeed(model, gpu, {
      format: k.format,
      resolution: k.resolution,
      batch: k.batch,
      offload: k.offload,
      tinyVae: k.tinyVae,
      ...(k.steps !== undefined ? { steps: k.steps } : {}),
    });
    if (!speed) return { ...NO_SPEED, basis: "No 16-bit tensor rate for this GPU." };
    return { ...NO_SPEED, imagesPerSec: speed.imagesPerSec, batch: Math.max(1, k.batch), basis: speed.basis };
  };

  const fixCandidates = (): FixCandidate[] => {
    const out: FixCandidate[] = [];
    if (kind === "diffusion") {
      // Cheapest first: slicing and tiling cost little time; offload costs a lot.
      if (!knobs.vaeSlicing && knobs.batch > 1)
        out.push({
          kind: "vae",
          change: { vaeSlicing: true },
          value: "slicing",
          description: "Decode one image at a time (enable_vae_slicing).",
        });
      if (!knobs.vaeTiling)
        out.push({
          kind: "vae",
          change: { vaeTiling: true },
          value: "tiling",
          description: "Decode the image in tiles (enable_vae_tiling).",
        });
      if (knobs.offload === "none")
        out.push({
          kind: "offload",
          change: { offload: "model" },
          value: "model",
          description: "Enable model CPU offload (enable_model_cpu_offload).",
        });
      if (knobs.offload !== "sequential")
        out.push({
          kind: "offload",
          change: { offload: "sequential" },
          value: "sequential",
          description: "Enable sequential CPU offload (slow).",
        });
      if (knobs.format !== "fp8" && knobs.format !== "nf4")
        out.push({
          kind: "format",
          change: { format: "fp8" },
          value: "fp8",
          description: "Load the denoiser and text encoders in fp8.",
        });
    }
    if (knobs.batch > 1)
      out.push({ kind: "batch", change: { batch: 1 }, value: 1, description: "Process one item per batch." });
    if (kind === "encoder-decoder" && knobs.engine === "openai-whisper") {
      out.push({
        kind: "format",
        change: { engine: "faster-whisper", format: "int8" },
        value: "faster-whisper int8",
        description: "Use faster-whisper with int8 weights.",
      });
    }
    return out;
  };

  return { model, parts, knobs, counts: () => [1], evaluate, fixCandidates };
}
