import type { ModelSpec, ModelTask } from "@akash-sdl/catalog";
import { familyTraits, type FamilyTraits } from "./family-traits.js";
import { nativeFormat } from "./formats.js";
import { moeArchitecture, type MoeArchitecture } from "./moe-architecture.js";
import { countParams } from "./param-count.js";
import type { ModelArchitecture, WeightFormat } from "./request.js";

/**
 * A model with every number the estimate uses filled in (defaults applied, family traits
 * resolved). Built from a catalogue {@link ModelSpec} or an inline {@link ModelArchitecture}.
 *
 * @example
 * const gqa = (m: ModelProfile): boolean => m.kvHeads < m.heads;
 */
export interface ModelProfile {
  readonly id: string;
  readonly family: string;
  readonly task: ModelTask;
  readonly params: number;
  readonly activeParams: number;
  readonly maxContext: number;
  readonly nativeFormat: WeightFormat;
  readonly layers: number;
  readonly hiddenSize: number;
  readonly heads: number;
  readonly kvHeads: number;
  readonly headDim: number;
  readonly vocab: number;
  readonly intermediateSize?: number;
  readonly tieEmbeddings?: boolean;
  readonly experts: number;
  readonly expertsPerToken: number;
  /** Sourced MoE layout (expert width, shared experts, dense layers, MLA sizes), when known. */
  readonly moe?: MoeArchitecture;
  readonly slidingWindow?: number;
  readonly encoderLayers: number;
  readonly decoderLayers: number;
  readonly audioContextFrames: number;
  readonly components: Readonly<Record<string, number>>;
  readonly defaultResolution: number;
  readonly traits: FamilyTraits;
}

/**
 * A profile, or the names of the numbers that are missing.
 *
 * @example
 * const ok = (r: ProfileResult): boolean => r.missing.length === 0;
 */
export interface ProfileResult {
  readonly profile?: ModelProfile;
  readonly missing: readonly string[];
}

const TASKS: readonly ModelTask[] = ["text-generation", "speech-to-text", "text-to-image", "embedding"];

/**
 * Fills in a model's numbers. Missing `params` are counted from the architecture; missing
 * `kvHeads` default to `heads`, `headDim` to `hiddenSize / heads`.
 *
 * @example
 * buildProfile({ id: "tiny", layers: 2, hiddenSize: 64, heads: 4, vocab: 100, intermediateSize: 128 }).profile?.params;
 */
export function buildProfile(spec: ModelSpec | ModelArchitecture): ProfileResult {
  const arch = spec as ModelArchitecture;
  const task: ModelTask = arch.task && TASKS.includes(arch.task) ? arch.task : "text-generation";
  const base = familyTraits(arch.family, task);
  const traits: FamilyTraits = {
    ...base,
    ...(arch.mlp ? { mlp: arch.mlp } : {}),
    ...(arch.attention ? { attention: arch.attention } : {}),
    ...(arch.globalLayerEvery ? { globalLayerEvery: arch.globalLayerEvery } : {}),
  };
  const missing: string[] = [];
  const num = (v: number | null | undefined): number | undefined =>
    typeof v === "number" && Number.isFinite(v) && v > 0 ? v : undefined;

  const components = arch.components ?? {};
  let params = num(arch.params);
  if (params === undefined && traits.kind === "diffusion") {
    const sum = Object.values(components).reduce((a, b) => a + b, 0);
    params = sum > 0 ? sum : undefined;
  }
  params ??= countParams({ ...arch, task }, traits);
  if (params === undefined) missing.push("params (or layers, hiddenSize, heads, vocab, intermediateSize)");

  const heads = num(arch.heads) ?? 0;
  const hiddenSize = num(arch.hiddenSize) ?? 0;
  const layers = num(arch.layers) ?? 0;
  const headDim = num(arch.headDim) ?? (hiddenSize && heads ? hiddenSize / heads : 0);
  const kvHeads = num(arch.kvHeads) ?? heads;
  if (traits.kind === "decoder") {
    if (!layers) missing.push("layers");
    if (!kvHeads) missing.push("kvHeads (or heads)");
    if (!headDim) missing.push("headDim (or hiddenSize and heads)");
  }
  if (params === undefined || missing.length > 0) return { missing };

  const experts = num(arch.experts) ?? 0;
  const k = num(arch.expertsPerToken) ?? (experts ? 1 : 0);
  const moe = experts ? (arch.moe ?? moeArchitecture(arch.id)) : undefined;
  const tie = arch.tieEmbeddings ?? moe?.tieEmbeddings;
  const profile: ModelProfile = {
    id: arch.id ?? "inline-model",
    family: arch.family ?? "custom",
    task,
    params,
    activeParams: num(arch.activeParams) ?? params,
    maxContext: num(arch.maxContext) ?? (traits.kind === "decoder" ? 4096 : 512),
    nativeFormat: nativeFormat(arch.dtype),
    layers,
    hiddenSize: hiddenSize || heads * headDim,
    heads: heads || kvHeads,
    kvHeads,
    headDim,
    vocab: num(arch.vocab) ?? 32000,
    ...(num(arch.intermediateSize) ? { intermediateSize: arch.intermediateSize } : {}),
    ...(tie !== undefined && tie !== null ? { tieEmbeddings: tie } : {}),
    experts,
    expertsPerToken: k,
    ...(moe ? { moe } : {}),
    ...((num(arch.slidingWindow) ?? traits.window) ? { slidingWindow: num(arch.slidingWindow) ?? traits.window } : {}),
    encoderLayers: num(arch.encoderLayers) ?? layers,
    decoderLayers: num(arch.decoderLayers) ?? layers,
    audioContextFrames: num(arch.audioContextFrames) ?? 1500,
    components,
    defaultResolution: num(arch.defaultResolution) ?? 1024,
    traits,
  };
  return { profile, missing: [] };
}
