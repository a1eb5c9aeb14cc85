import type { FamilyTraits } from "./family-traits.js";
import { moeLayerCount, type MoeArchitecture } from "./moe-architecture.js";
import type { ParamParts } from "./param-count.js";
import type { ModelArchitecture } from "./request.js";

const pos = (v: number | null | undefined): number => (typeof v === "number" && v > 0 ? v : 0);

/**
 * Counts a MoE decoder's parameters from the architecture plus its {@link MoeArchitecture}
 * layout; `undefined` when a needed number is missing.
 * - Attention per layer: GQA `2·h·q + 2·h·kv`; MLA `h·r_q + r_q·n·(d_nope+d_rope)` (queries)
 *   `+ h·(r_kv+d_rope) + r_kv·n·(d_nope+d_v)` (keys/values) `+ n·d_v·h` (output), plus the two
 *   latent norms.
 * - MoE layers (`moeLayerCount`): `E` routed experts `E·m·h·I_e` (class `experts`), shared
 *   experts `S·m·h·I_s` and the router `h·E` (+ `E` biases); dense layers `m·h·I_d`.
 * - gpt-oss: q/k/v/o biases, one sink per head, expert biases `E·((m−1)·I_e + h)`.
 * - Two norms per layer and a final norm; embeddings `V·h`, an untied head `V·h`.
 *
 * @example
 * countMoeParts({ layers: 24, hiddenSize: 2880, heads: 64, kvHeads: 8, headDim: 64, vocab: 201088, experts: 32, expertsPerToken: 4, tieEmbeddings: false }, { kind: "decoder", mlp: "gated", attention: "gqa", positions: "rope" }, { expertWidth: 2880, source: "" });
 */
export function countMoeParts(a: ModelArchitecture, t: FamilyTraits, moe: MoeArchitecture): ParamParts | undefined {
  const h = pos(a.hiddenSize);
  const L = pos(a.layers);
  const V = pos(a.vocab);
  const heads = pos(a.heads);
  const E = pos(a.experts);
  const Ie = pos(moe.expertWidth);
  if (!h || !L || !V || !heads || !E || !Ie) return undefined;
  const mats = t.mlp === "gated" ? 3 : 2;

  let attn: number;
  let attnOther = 0;
  if (moe.mla) {
    const m = moe.mla;
    const qk = m.qkNopeHeadDim + m.qkRopeHeadDim;
    const q = m.qLoraRank ? h * m.qLoraRank + m.qLoraRank * heads * qk : h * heads * qk;
    const kv = h * (m.kvLoraRank + m.qkRopeHeadDim) + m.kvLoraRank * heads * (m.qkNopeHeadDim + m.vHeadDim);
    attn = q + kv + heads * m.vHeadDim * h;
    attnOther = m.qLoraRank + m.kvLoraRank;
  } else {
    if (t.attention === "mla") return undefined;
    const hd = pos(a.headDim) || h / heads;
    const q = heads * hd;
    const kv = (pos(a.kvHeads) || heads) * hd;
    attn = 2 * h * q + 2 * h * kv;
    if (moe.attentionBiasAndSinks) attnOther = q + 2 * kv + h + heads;
  }

  const moeLayers = moeLayerCount(L, moe);
  const denseLayers = L - moeLayers;
  const Id = pos(moe.denseWidth) || pos(a.intermediateSize);
  if (denseLayers > 0 && !Id) return undefined;
  const shared = (moe.sharedExperts ?? 0) * mats * h * (pos(moe.sharedWidth) || Ie);
  const router = h * E + (moe.routerBias ? E : 0);
  const expertBias = moe.expertBias ? E * ((mats - 1) * Ie + h) : 0;

  return {
    embedding: V * h,
    output: a.tieEmbeddings ? 0 : V * h,
    linear: L * attn + denseLayers * mats * h * Id + moeLayers * shared,
    experts: moeLayers * E * mats * h * Ie,
    other: L * (2 * h + attnOther) + h + moeLayers * (router + expertBias),
  };
}
