import type { GpuSpec } from "@akash-sdl/catalog";
import { engineGpuProblem } from "./engine-gpu-problem.js";
import { ENGINE_PROFILES } from "./engine-profiles.js";
import { fitInference, type InferenceSetup } from "./fit-plan.js";
import { FORMAT_BITS, isPrequantised } from "./formats.js";
import { hasFp8 } from "./gpu-traits.js";
import { hostResources } from "./host-resources.js";
import { kvBytesForSequence, kvBytesPerToken, kvShards } from "./kv-cache-bytes.js";
import type { ModelProfile } from "./model-profile.js";
import { candidateCounts, parallelLayout } from "./parallel-layout.js";
import type { ParamParts } from "./param-count.js";
import { inferenceThroughput } from "./throughput.js";
import { weightBytes } from "./weights-bytes.js";
import type { Evaluation, FixCandidate, Knobs, Workload } from "./workload.js";

/**
 * LLM serving (vLLM, SGLang, TGI, llama.cpp/Ollama, transformers) as a {@link Workload}: memory
 * fit, largest context, host resources and speed for any GPU model × count.
 *
 * @example
 * createLlmWorkload(profile, paramParts(profile), knobs).evaluate(h100, 1, 8).fits;
 */
export function createLlmWorkload(model: ModelProfile, parts: ParamParts, knobs: Knobs): Workload {
  const nativeBytes = weightBytes(parts, model.nativeFormat).total;
  const evaluate = (gpu: GpuSpec, count: number, maxPerNode: number, change: Partial<Knobs> = {}): Evaluation => {
    const k: Knobs = { ...knobs, ...change };
    const engine = ENGINE_PROFILES[k.engine];
    const layout = parallelLayout(model, engine, count, maxPerNode);
    const setup: InferenceSetup = {
      model,
      parts,
      engine,
      format: k.format,
      kvDtype: k.kvDtype,
      context: k.context,
      concurrency: k.concurrency,
      ...(k.utilization !== undefined ? { utilization: k.utilization } : {}),
      ...(k.maxNumSeqs !== undefined ? { maxNumSeqs: k.maxNumSeqs } : {}),
      ...(k.maxBatchedTokens !== undefined ? { maxBatchedTokens: k.maxBatchedTokens } : {}),
    };
    const problem = engineGpuProblem(engine, gpu);
    const fitted = fitInference(setup, gpu, layout);
    const fit = problem ? { ...fitted, fits: false, reason: problem } : fitted;
    const perSeqKv = kvBytesForSequence(model, k.kvDtype, k.context) / kvShards(model, layout.tensor) / layout.pipeline;
    const capacity = perSeqKv > 0 ? Math.floor(fit.kvRoomBytes / perSeqKv) : k.concurrency;
    const batch = Math.max(1, Math.min(k.concurrency, capacity));
    const throughput = inferenceThroughput(setup, gpu, layout, {
      promptTokens: k.promptTokens,
      outputTokens: k.outputTokens,
      batch,
    });
    const gpusPerNode = Math.ceil(count / layout.nodes);
    const checkpoint = isPrequantised(k.format) ? fit.weightsTotalBytes : nativeBytes;
    const host = hostResources({
      workload: "llm-inference",
      gpusPerNode,
      weightsPerNodeBytes: fit.weightsTotalBytes / layout.nodes,
      checkpointBytes: checkpoint,
      needsShm: engine.needsShm,
    });
    const notes: string[] = [];
    if (!layout.divisible)
      notes.push(
        `Tensor parallelism ${layout.tensor} × pipeline ${layout.pipeline}: ${count} GPUs do not all divide the ${model.heads} attention / ${model.kvHeads} KV heads.`,
      );
    if (layout.nodes > 1)
      notes.push(`Spans ${layout.nodes} nodes of ${gpusPerNode} GPUs with pipeline parallelism across nodes.`);
    if (!engine.tensorParallel && count > 1)
      notes.push(`${engine.name} splits layers across GPUs: more memory, no faster decode.`);
    if (FORMAT_BITS[k.format].fp8Compute && !hasFp8(gpu))
      notes.push("FP8 weights run as weight-only FP8 (Marlin) on GPUs without FP8 tensor cores.");
    if (engine.fractionCovers === "all" && engine.memoryFraction(layout.tensor) < 1) {
      notes.push(
        `${engine.name} pre-allocates ${fit.perGpu.usableGiB} GiB per GPU whatever the model needs (the KV cache fills the rest); the CUDA context (0.3–1 GiB) and CUDA graphs come on top, in the remaining ${(fit.perGpu.usableGiB / fit.fraction - fit.perGpu.usableGiB).toFixed(1)} GiB.`,
      );
    }
    if (fit.step.maxSeqs >= 512 && engine.samplerBytesPerLogit > 12) {
      notes.push(
        `${engine.name} warms its sampler up for ${fit.step.maxSeqs} sequences (${fit.perGpu.activationsGiB} GiB activation peak); --max-num-seqs lowers it.`,
      );
    }
    return {
      fits: fit.fits,
      reason: fit.reason,
      perGpu: fit.perGpu,
      layout,
      weightsTotalBytes: fit.weightsTotalBytes,
      kvBytesPerToken: kvBytesPerToken(model, k.kvDtype),
      maxContext: fit.maxContext,
      host,
      throughput,
      notes,
      engineLimits: fit.step,
    };
  };

  const fixCandidates = (current: Evaluation): FixCandidate[] => {
    const out: FixCandidate[] = [];
    const engine = ENGINE_PROFILES[knobs.engine];
    const gguf = engine.formats === "gguf";
    // Cheap knobs first, each re-checked by planFixes: the scheduler's sequence count, the memory
    // fraction, both together, then a shorter context (issue 11: "fixes try the cheap knobs first").
    // vLLM warms its sampler up for max_num_seqs sequences (1024 on big GPUs): fewer free memory.
    const seqs = current.engineLimits?.maxSeqs ?? 0;
    const seqTarget = seqs > 256 ? 256 : 64;
    const fewerSeqs = engine.samplerBytesPerLogit > 12 && seqs > seqTarget && knobs.concurrency <= seqTarget;
    if (fewerSeqs) {
      out.push({
        kind: "max-num-seqs",
        change: { maxNumSeqs: seqTarget },
        value: seqTarget,
        description: `Schedule at most ${seqTarget} sequences (--max-num-seqs ${seqTarget}); the sampler warm-up for ${seqs} takes memory.`,
      });
    }
    // vLLM's --gpu-memory-utilization covers everything (default 0.90); 0.95 is the usual ceiling
    // that still leaves room for the CUDA context and graphs.
    const util = knobs.utilization ?? engine.memoryFraction(1);
    const higherUtil = engine.fractionCovers === "all" && !gguf && engine.name === "vllm" && util < 0.95;
    if (higherUtil) {
      out.push({
        kind: "utilization",
        change: { utilization: 0.95 },
        value: 0.95,
        description: "Let vLLM use 95 % of the GPU memory (--gpu-memory-utilization 0.95).",
      });
    }
    if (fewerSeqs && higherUtil) {
      out.push({
        kind: "utilization",
        change: { utilization: 0.95, maxNumSeqs: seqTarget },
        value: 0.95,
        description: `Schedule at most ${seqTarget} sequences and let vLLM use 95 % of the memory (--max-num-seqs ${seqTarget} --gpu-memory-utilization 0.95).`,
      });
    }
    if (current.maxContext !== null && current.maxContext > 0 && current.maxContext < knobs.context) {
      const t = current.maxContext >= 2048 ? Math.floor(current.maxContext / 1024) * 1024 : current.maxContext;
      const flag = gguf ? `-c ${t}` : knobs.engine === "sglang" ? `--context-length ${t}` : `--max-model-len ${t}`;
      out.push({
        kind: "context",
        change: { context: t },
        value: t,
        description: `Lower the context to ${t.toLocaleString("en-US")} tokens (${flag}).`,
      });
    }
    const kvTarget = gguf ? "q8_0" : "fp8";
    if (knobs.kvDtype !== kvTarget && knobs.kvDtype !== "fp8" && knobs.kvDtype !== "q4_0") {
      const flag = gguf ? "--cache-type-k q8_0 --cache-type-v q8_0" : "--kv-cache-dtype fp8";
      out.push({
        kind: "kv-dtype",
        change: { kvDtype: kvTarget },
        value: kvTarget,
        description: `Store the KV cache in ${kvTarget} (${flag}).`,
      });
    }
    const current16 = FORMAT_BITS[knobs.format].linear;
    const formats = gguf ? (["q8_0", "q6_k", "q4_k_m", "q3_k_l", "q2_k"] as const) : (["fp8", "awq"] as const);
    for (const f of formats) {
      if (FORMAT_BITS[f].linear < current16) {
        const how = gguf
          ? `a ${f.toUpperCase()} GGUF`
          : f === "fp8"
            ? "fp8 weights (an FP8 checkpoint or --quantization fp8)"
            : "4-bit AWQ/GPTQ weights (a pre-quantised checkpoint)";
        out.push({ kind: "format", change: { format: f }, value: f, description: `Use ${how}.` });
      }
    }
    if (knobs.concurrency > 1) {
      out.push({
        kind: "concurrency",
        change: { concurrency: 1, maxNumSeqs: 1 },
        value: 1,
        description: "Serve one sequence at a time (--max-num-seqs 1).",
      });
    }
    // Another engine family: llama.cpp/Ollama load gpt-oss's MXFP4 experts as they are (no Marlin
    // padding, no sampler warm-up) and run GGUF quantisations vLLM does not serve well.
    if (!gguf && knobs.task === "inference") {
      const format = model.nativeFormat === "mxfp4" ? "mxfp4" : "q4_k_m";
      out.push({
        kind: "engine",
        change: { engine: "llama.cpp", format, kvDtype: "auto" },
        value: "llama.cpp",
        description: `Serve it with llama.cpp or Ollama (${format === "mxfp4" ? "the MXFP4 GGUF" : "a Q4_K_M GGUF"}, -c ${knobs.context}).`,
      });
    }
    return out;
  };

  return {
    model,
    parts,
    knobs,
    counts: (maxPerNode, maxGpus) =>
      ENGINE_PROFILES[knobs.engine].tensorParallel
        ? candidateCounts(maxPerNode, maxGpus)
        : candidateCounts(maxPerNode, Math.min(maxGpus, maxPerNode)),
    evaluate,
    fixCandidates,
  };
}
