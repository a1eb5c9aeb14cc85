import type { FamilyTraits } from "./family-traits.js";
import { moeArchitecture } from "./moe-architecture.js";
import { countMoeParts } from "./moe-param-count.js";
import type { ModelArchitecture } from "./request.js";

/**
 * Parameter counts of one model by storage class (see `FormatBits`).
 *
 * @example
 * const p: ParamParts = { embedding: 5.25e8, output: 5.25e8, linear: 6.98e9, experts: 0, other: 2.7e5 };
 */
export interface ParamParts {
  /** Input token (and position) embeddings. */
  readonly embedding: number;
  /** Untied output projection (0 when tied). */
  readonly output: number;
  /** Attention and dense/shared MLP matrices. */
  readonly linear: number;
  /** Routed MoE expert matrices. */
  readonly experts: number;
  /** Norms, biases, routers. */
  readonly other: number;
}

const pos = (v: number | null | undefined): number => (typeof v === "number" && v > 0 ? v : 0);

/**
 * Counts parameters from the architecture, by class; `undefined` when a needed number is missing
 * (an MLP size for MoE families the catalogue gives only totals for, or MLA attention). MoE
 * decoders with a sourced layout (`a.moe`, else {@link moeArchitecture} by id) are counted by
 * {@link countMoeParts}.
 * Decoders: embeddings `V·h` (+ untied head `V·h`), attention `h·q + 2·h·kv + q·h` with
 * `q = heads·headDim`, `kv = kvHeads·headDim`, MLP `3·h·I` (gated) or `2·h·I`, MoE `E·3·h·I` +
 * router `h·E`, two norms per layer. Encoders add learned positions; Whisper adds a decoder with
 * cross-attention and the audio stem. Biases are left out (< 0.1 %).
 *
 * @example
 * countPartsFromArchitecture({ layers: 32, hiddenSize: 4096, heads: 32, kvHeads: 8, headDim: 128, vocab: 128256, intermediateSize: 14336, tieEmbeddings: false }, { kind: "decoder", mlp: "gated", attention: "gqa", positions: "rope" });
 */
export function countPartsFromArchitecture(a: ModelArchitecture, t: FamilyTraits): ParamParts | undefined {
  const h = pos(a.hiddenSize);
  const L = pos(a.layers);
  const V = pos(a.vocab);
  const heads = pos(a.heads);
  if (!h || !L || !heads) return undefined;
  const hd = pos(a.headDim) || h / heads;
  const q = heads * hd;
  const kv = (pos(a.kvHeads) || heads) * hd;
  const I = pos(a.intermediateSize) || (t.intermediateFactor ? t.intermediateFactor * h : 0);
  const moe = t.kind === "decoder" && pos(a.experts) ? (a.moe ?? moeArchitecture(a.id)) : undefined;
  if (moe) return countMoeParts(a, t, moe);
  const mats = t.mlp === "gated" ? 3 : 2;
  const attn = h * q + 2 * h * kv + q * h;
  if (t.kind === "encoder") {
    if (!I) return undefined;
    const positions = t.positions === "learned" ? pos(a.maxContext) + 2 : 0;
    return {
      embedding: (V + positions + 2) * h,
      output: 0,
      linear: L * (attn + mats * h * I),
      experts: 0,
      other: L * 4 * h + 2 * h,
    };
  }
  if (t.kind === "encoder-decoder") {
    if (!I) return undefined;
    const le = pos(a.encoderLayers) || L;
    const ld = pos(a.decoderLayers) || L;
    const frames = pos(a.audioContextFrames) || 1500;
    const stem = 80 * h * 3 + h * h * 3;
    const enc = le * (attn + mats * h * I) + stem;
    const dec = ld * (2 * attn + mats * h * I);
    const embedding = V * h + frames * h + pos(a.maxContext) * h;
    return { embedding, output: 0, linear: enc + dec, experts: 0, other: (le * 2 + ld * 3) * 2 * h };
  }
  if (t.kind !== "decoder" || !V || t.attention === "mla" || !I) return undefined;
  const E = pos(a.experts);
  const embedding = V * h;
  const output = a.tieEmbeddings ? 0 : V * h;
  const other = L * 2 * h + h + (E ? L * h * E : 0);
  if (E) return { embedding, output, linear: L * attn, experts: L * E * mats * h * I, other };
  return { embedding, output, linear: L * (attn + mats * h * I), experts: 0, other };
}

/**
 * Total of {@link ParamParts}.
 *
 * @example
 * sumParts({ embedding: 1, output: 1, linear: 5, experts: 0, other: 1 }); // 8
 */
export function sumParts(p: ParamParts): number {
  return p.embedding + p.output + p.linear + p.experts + p.other;
}

/**
 * Parameters used per token: the total less the routed experts not selected, `experts·(1 − k/E)`
 * (the total itself for dense models); `undefined` when the total cannot be counted. Includes
 * the input embedding, as Meta, Mistral and DeepSeek count; OpenAI's gpt-oss figures leave it out.
 *
 * @example
 * countActiveParams({ layers: 32, hiddenSize: 4096, heads: 32, kvHeads: 8, headDim: 128, vocab: 32000, intermediateSize: 14336, experts: 8, expertsPerToken: 2, tieEmbeddings: false }, { kind: "decoder", mlp: "gated", attention: "gqa", positions: "rope" }); // ≈ 1.29e10
 */
export function countActiveParams(a: ModelArchitecture, t: FamilyTraits): number | undefined {
  const parts = chosenParts(a, t);
  if (!parts) return undefined;
  const E = pos(a.experts);
  const k = Math.min(E, pos(a.expertsPerToken) || 1);
  return sumParts(parts) - (E ? parts.experts * (1 - k / E) : 0);
}

/**
 * Parameter count computed from the architecture alone. When `tieEmbeddings` is unknown (neither
 * given nor in the sourced MoE layout) and a stated `params` exists, the tying that agrees with it is chosen (Falcon-7B ties, 40B does not).
 *
 * @example
 * countParams({ layers: 32, hiddenSize: 4096, heads: 32, kvHeads: 8, headDim: 128, vocab: 128256, intermediateSize: 14336 }, { kind: "decoder", mlp: "gated", attention: "gqa", positions: "rope" }); // ≈ 8.03e9
 */
export function countParams(a: ModelArchitecture, t: FamilyTraits): number | undefined {
  const parts = chosenParts(a, t);
  return parts ? sumParts(parts) : undefined;
}

/** The counted parts, with the embedding tying that agrees with a stated total when tying is unknown. */
function chosenParts(a: ModelArchitecture, t: FamilyTraits): ParamParts | undefined {
  const known = a.tieEmbeddings ?? (pos(a.experts) ? (a.moe ?? moeArchitecture(a.id))?.tieEmbeddings : undefined);
  const parts = countPartsFromArchitecture(
    known === undefined || known === null ? a : { ...a, tieEmbeddings: known },
    t,
  );
  if (!parts) return undefined;
  if (known === undefined || known === null) {
    const stated = pos(a.params);
    const tied = countPartsFromArchitecture({ ...a, tieEmbeddings: true }, t);
    if (stated && tied && Math.abs(sumParts(tied) - stated) < Math.abs(sumParts(parts) - stated)) return tied;
  }
  return parts;
}
