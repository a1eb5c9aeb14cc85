/**
 * @akash-sdl/estimator — GPU, memory, host-resource, speed and cost estimates for serving and
 * fine-tuning AI models on Akash, as ranked resource plans.
 *
 * @example
 * import { estimate, toResources } from "@akash-sdl/estimator";
 * const { plans, diagnostics } = estimate({ model: "llama-3.1-8b", context: 8192 });
 * const sdl = plans[0] ? toResources(plans[0]) : undefined;
 *
 * @packageDocumentation
 */
export { estimate, DEFAULT_CATALOG } from "./estimate.js";
export { toResources } from "./to-resources.js";
export type {
  PlanGpuModel,
  PlanResources,
  PlanStorageVolume,
  SdlMount,
  SdlResourcePlan,
  ToResourcesOptions,
} from "./to-resources.js";
export type {
  DiffusionOffload,
  EngineName,
  EstimateCatalog,
  EstimateConstraints,
  EstimateRequest,
  EstimateTask,
  FinetuneMethod,
  KvCacheDtype,
  ModelArchitecture,
  OptimizerName,
  PriceTable,
  WeightFormat,
} from "./request.js";
export type {
  EstimatedModel,
  EstimateResult,
  FixKind,
  HostResources,
  PerGpuMemory,
  PlanFix,
  PlanGpu,
  ResourcePlan,
  Throughput,
} from "./plan.js";

// The formulas, one concern per module.
export { buildProfile } from "./model-profile.js";
export type { ModelProfile, ProfileResult } from "./model-profile.js";
export { familyTraits } from "./family-traits.js";
export type { FamilyTraits } from "./family-traits.js";
export { countActiveParams, countParams, countPartsFromArchitecture, sumParts } from "./param-count.js";
export { MOE_ARCHITECTURES, moeArchitecture, moeLayerCount } from "./moe-architecture.js";
export type { MlaDims, MoeArchitecture } from "./moe-architecture.js";
export { countMoeParts } from "./moe-param-count.js";
export type { ParamParts } from "./param-count.js";
export { paramParts } from "./param-parts.js";
export {
  FORMAT_BITS,
  KV_DTYPES,
  WEIGHT_FORMATS,
  ggufBulkBits,
  isPrequantised,
  kvElementBytes,
  nativeFormat,
  parseKvDtype,
  parseWeightFormat,
} from "./formats.js";
export type { FormatBits } from "./formats.js";
export { weightBytes, weightBytesPerGpu } from "./weights-bytes.js";
export type { WeightBytes, WeightSplit } from "./weights-bytes.js";
export { kvBytesForSequence, kvBytesPerGpu, kvBytesPerToken, kvLayout, kvShards } from "./kv-cache-bytes.js";
export type { KvLayout } from "./kv-cache-bytes.js";
export { inferenceActivationBytes, mlpWidths, trainingActivationBytes } from "./activation-bytes.js";
export type { MlpWidths, ProfileStep, TrainingShape } from "./activation-bytes.js";
export { runtimeOverheadBytes, trainingOverheadBytes } from "./runtime-overhead.js";
export { ENGINE_NAMES, ENGINE_PROFILES, defaultEngine, parseEngine } from "./engine-profiles.js";
export { schedulerLimits } from "./scheduler-limits.js";
export type { SchedulerLimits } from "./scheduler-limits.js";
export type { EngineProfile } from "./engine-profiles.js";
export { denseTflops, gpuLabel, hasEccGddr, hasFp8, hasNvlink, isHbm, visibleMemoryGiB } from "./gpu-traits.js";
export {
  candidateCounts,
  MAX_GPU_COUNT,
  MAX_GPUS_PER_NODE,
  parallelLayout,
  validTensorDegree,
} from "./parallel-layout.js";
export type { ParallelLayout } from "./parallel-layout.js";
export { fitInference } from "./fit-plan.js";
export type { InferenceFit, InferenceSetup } from "./fit-plan.js";
export { largestFitting } from "./max-context.js";
export {
  effectiveTflops,
  engineTflops,
  allReduceUs,
  inferenceThroughput,
  kernelsPerLayer,
  trainingThroughput,
} from "./throughput.js";
export type { SpeedShape } from "./throughput.js";
export { planCost, priceFor } from "./cost.js";
export type { PlanCost } from "./cost.js";
export { hostResources } from "./host-resources.js";
export type { HostInput } from "./host-resources.js";
export { finetuneMemory, loraParams, optimizerBytesPerParam } from "./finetune-memory.js";
export type { FinetuneMemory, FinetuneSetup } from "./finetune-memory.js";
export {
  denoiserActivationBytes,
  diffusionMemory,
  diffusionParts,
  vaeTileSide,
  diffusionTrainingActivationBytes,
} from "./diffusion.js";
export type { DiffusionMemory, DiffusionParts, DiffusionSetup } from "./diffusion.js";
export { defaultDiffusionSteps, diffusionSpeed } from "./diffusion-speed.js";
export type { DiffusionSpeed } from "./diffusion-speed.js";
export { speechMemory } from "./whisper.js";
export type { SpeechMemory, SpeechSetup } from "./whisper.js";
export { embeddingMemory } from "./embedding.js";
export type { EmbeddingMemory } from "./embedding.js";
export { architectureFromHfConfig } from "./hf-config.js";
export type { HfConfigArchitecture } from "./hf-config.js";
export { findModelVariant, MODEL_VARIANTS } from "./model-variants.js";
export type { ModelVariant } from "./model-variants.js";
export { parseModelRef, resolveModelRef } from "./resolve-model.js";
export { suggestByFamilyAndSize } from "./suggest-by-size.js";
export type { ParsedModelRef, ResolvedModel } from "./resolve-model.js";
export { parseServeCommand, shellWords } from "./serve-command.js";
export type { ServeCommand } from "./serve-command.js";
export { parseGpuPattern, selectGpus } from "./select-gpus.js";
export type { GpuPattern, GpuSelection } from "./select-gpus.js";
export { normalizeRequest } from "./normalize-request.js";
export type { NormalizedRequest } from "./normalize-request.js";
export { rankPlans } from "./rank-plans.js";
export { planFixes } from "./plan-fixes.js";
export type { FixSearch } from "./plan-fixes.js";
export { createLlmWorkload } from "./llm-workload.js";
export { createFinetuneWorkload } from "./finetune-workload.js";
export { createTaskWorkload } from "./task-workload.js";
export type { Evaluation, FixCandidate, Knobs, Workload } from "./workload.js";
export { GIB, formatGiB, toGiB } from "./units.js";
export { closestNames, didYouMean, editDistance } from "./suggest.js";
