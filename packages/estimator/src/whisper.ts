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
 * - `faster-whisper` / `transformers` (batched): weights at the format's size plus, per audio
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
      rule: "openai-whisper: fp32 weights + beam-search state ≈ 6.5 B/param + 0.5 GiB context (openai/whisper README \"Required VRAM\").",
    };
  }
  const beams = s.engine === "faster-whisper" ? 5 : 1;
  const h = m.hiddenSize;
  const frames = m.audioContextFrames;
  const weights = (m.params * FORMAT_BITS[s.format].linear) / 8;
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
