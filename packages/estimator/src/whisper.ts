import { FORMAT_BITS } from "./formats.js";
import type { ModelProfile } from "./model-profile.js";
import type { EngineName, WeightFormat } from "./request.js";

const GIB = 2 ** 30;

/**
 * Per-GPU memory of a speech-to-text (Whisper) deployment, in bytes.
 *
 * @example
 * const gib = (m: SpeechMemory): number => m.total / 2 ** 30;
 */
export interface SpeechMemory {
  readonly weights: number;
  /** Decoder self- and cross-attention KV for the beams and batch, encoder activations. */
  readonly activations: number;
  readonly overhead: number;
  readonly total: number;
  readonly rule: string;
}

/**
 * Whisper run settings.
 *
 * @example
 * const s: SpeechSetup = { engine: "faster-whisper", format: "int8", batch: 8 };
 */
export interface SpeechSetup {
  readonly engine: EngineName;
  readonly format: WeightFormat;
  /** Audio chunks transcribed at once. */
  readonly batch: number;
}

/** CUDA context and library workspaces of one process (pytorch #20532: ~0.3–0.5 GB). */
const CONTEXT = 0.5 * GIB;

/**
 * Whisper memory, by engine:
 * - `openai-whisper` (reference): fp32 weights (4 B/param) plus beam-search state, ≈ 6.5 B/param
 *   in all with 0.5 GiB of context — the openai/whisper README "Required VRAM" table (tiny ~1 GB,
 *   medium ~5 GB, large ~10 GB, turbo ~6 GB) divided by the parameter counts;
 * - `faster-whisper`: weights, one cross-attention KV per audio chunk and a fixed beam-search
 *   state (calibrated on the faster-whisper README's batch 1 / batch 8 VRAM figures);
 * - `transformers` (batched): weights at the format's size plus, per audio
 *   chunk and beam, the decoder KV — cross-attention over 1500 encoder frames and self-attention
 *   over ≤ 448 tokens, `2 × L_dec × h × (1500 + 448) × 2 B` — and the encoder's hidden states.
 *
 * @example
 * speechMemory(whisperLarge, { engine: "openai-whisper", format: "fp32", batch: 1 }).total / 2 ** 30; // ≈ 9.9
 */
export function speechMemory(m: ModelProfile, s: SpeechSetup): SpeechMemory {
  const batch = Math.max(1, s.batch);
  if (s.engine === "openai-whisper") {
    const weights = m.params * 4;
    const activations = m.params * 2.5 * batch;
    return {
      weights,
      activations,
      overhead: CONTEXT,
      total: weights + activations + CONTEXT,
      rule: 'openai-whisper: fp32 weights + beam-search state ≈ 6.5 B/param + 0.5 GiB context (openai/whisper README "Required VRAM").',
    };
  }
  const beams = s.engine === "faster-whisper" ? 5 : 1;
  const h = m.hiddenSize;
  const frames = m.audioContextFrames;
  const weights = (m.params * FORMAT_BITS[s.format].linear) / 8;
  if (s.engine === "faster-whisper") {
    // CTranslate2 keeps one cross-attention KV per audio chunk (2 × L_dec × 1500 frames × h × 2 B =
    // 234 MiB for large-v2/v3) and a fixed beam-search state (5 beams of self-attention KV over
    // 448 tokens, encoder states). Checked against the faster-whisper README (large-v2, GPU): fp16
    // 4525 MB, fp16 batch_size=8 6090 MB, int8 2926 MB, int8 batch_size=8 4500 MB — 224 MB more
    // per chunk; 0.8 GiB of context, cuBLAS workspace and allocator cache fits all four within 3 %.
    const cross = 2 * m.decoderLayers * frames * h * 2;
    const search = 2 * m.decoderLayers * m.maxContext * h * 2 * beams + frames * 8 * h * 2 * 2;
    const context = 0.8 * GIB;
    const activations = cross * batch + search;
    return {
      weights,
      activations,
      overhead: context,
      total: weights + activations + context,
      rule: `faster-whisper: weights at ${s.format} + ${batch} chunk(s) × cross-attention KV over ${frames} frames + ${beams}-beam search state (self-attention over ${m.maxContext} tokens) + 0.8 GiB context.`,
    };
  }
  const kv = 2 * m.decoderLayers * h * (frames + m.maxContext) * 2 * beams;
  const encoder = frames * (4 * h + 4 * h) * 2 * 2;
  const activations = (kv + encoder) * batch;
  return {
    weights,
    activations,
    overhead: CONTEXT,
    total: weights + activations + CONTEXT,
    rule: `${s.engine}: weights at ${s.format} + per chunk ${beams} beam(s) of decoder KV (cross-attention over ${frames} frames, self-attention over ${m.maxContext} tokens) and encoder states, × batch ${batch}.`,
  };
}
