import { performance } from "node:perf_hooks";
import { PIPELINE_CONTENDERS } from "./pipeline-contenders.js";

/** What {@link measureInterleavedPipeline} found: per-corpus medians and the median per-round ratio. */
export interface InterleavedPipeline {
  readonly rounds: number;
  /** Median time of one corpus pass, ours (the library's defaults), in milliseconds. */
  readonly oursMs: number;
  /** Median time of one corpus pass, the official SDK's pipeline, in milliseconds. */
  readonly theirsMs: number;
  /** Median over rounds of (their time / our time) within the same round. */
  readonly ratio: number;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/**
 * Times the full pipeline, ours and the official SDK's, in alternating corpus passes (ours, theirs,
 * theirs, ours, …) so that a machine whose speed drifts during the run slows both sides alike;
 * the ratio is taken within each round, then the median of the rounds. The tinybench rows time
 * each contender in its own window of the run, so their ratio carries the drift between windows.
 *
 * @example
 * const { ratio } = measureInterleavedPipeline(texts, 15); // e.g. 1.9 (ours 1.9× faster)
 */
export function measureInterleavedPipeline(texts: readonly string[], rounds: number): InterleavedPipeline {
  const ours = PIPELINE_CONTENDERS[0];
  const theirs = PIPELINE_CONTENDERS[PIPELINE_CONTENDERS.length - 1];
  if (ours === undefined || theirs === undefined) throw new Error("bench: no pipeline contenders");
  let sink = 0;
  const pass = (run: (text: string) => number): number => {
    const start = performance.now();
    for (const text of texts) sink += run(text);
    return performance.now() - start;
  };
  pass(ours.run);
  pass(theirs.run); // warm-up of both, untimed
  const oursMs: number[] = [];
  const theirsMs: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const oursFirst = round % 2 === 0;
    const a = oursFirst ? pass(ours.run) : pass(theirs.run);
    const b = oursFirst ? pass(theirs.run) : pass(ours.run);
    const mine = oursFirst ? a : b;
    const other = oursFirst ? b : a;
    oursMs.push(mine);
    theirsMs.push(other);
    ratios.push(other / mine);
  }
  if (sink < 0) throw new Error("unreachable"); // keeps the work observable
  return { rounds, oursMs: median(oursMs), theirsMs: median(theirsMs), ratio: median(ratios) };
}
