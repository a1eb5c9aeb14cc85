import type { ModelProfile } from "./model-profile.js";
import { countPartsFromArchitecture, sumParts, type ParamParts } from "./param-count.js";

/**
 * Splits a model's stated parameter count into storage classes, so that formats that keep
 * embeddings 16-bit (fp8, AWQ, NF4) or quantise only experts (MXFP4) are sized right.
 *
 * - Architecture fully known: the counted parts, with any difference to the stated total
 *   (vision towers, MTP heads) spread over the matrices.
 * - Otherwise embeddings `V·h` (and an untied head) and, when computable, attention are counted;
 *   for MoE the routed experts are the smaller of the remainder (an upper bound: it also holds
 *   shared experts and dense layers) and `(total − active) / (1 − k/E)` (exact when "active"
 *   counts everything outside the routed experts).
 *
 * @example
 * paramParts(profile).embedding; // 525336576 for Llama-3-8B
 */
export function paramParts(m: ModelProfile): ParamParts {
  if (m.traits.kind === "diffusion") return { embedding: 0, output: 0, linear: m.params, experts: 0, other: 0 };
  const arch = { ...m, params: m.params };
  let counted = countPartsFromArchitecture(arch, m.traits);
  if (counted && m.tieEmbeddings === undefined) {
    const tied = countPartsFromArchitecture({ ...arch, tieEmbeddings: true }, m.traits);
    if (tied && Math.abs(sumParts(tied) - m.params) < Math.abs(sumParts(counted) - m.params)) counted = tied;
  }
  if (counted) {
    const total = sumParts(counted);
    const matrices = counted.linear + counted.experts;
    const scale = matrices > 0 ? (matrices + (m.params - total)) / matrices : 1;
    return { ...counted, linear: counted.linear * scale, experts: counted.experts * scale };
  }
  const h = m.hiddenSize;
  const V = m.vocab;
  const embedding = V * h;
  const output = m.tieEmbeddings ? 0 : V * h;
  const other = m.layers * 2 * h + h;
  const q = m.heads * m.headDim;
  const kv = m.kvHeads * m.headDim;
  const attention = m.traits.attention === "gqa" && m.layers > 0 ? m.layers * (2 * h * q + 2 * h * kv) : 0;
  const remainder = Math.max(0, m.params - embedding - output - other - attention);
  if (m.experts > 0 && m.expertsPerToken > 0) {
    const routedShare = 1 - m.expertsPerToken / m.experts;
    const fromActive =
      m.activeParams < m.params && routedShare > 0 ? (m.params - m.activeParams) / routedShare : remainder;
    const experts = Math.min(remainder, fromActive);
    return { embedding, output, linear: attention + remainder - experts, experts, other };
  }
  return { embedding, output, linear: attention + remainder, experts: 0, other };
}
