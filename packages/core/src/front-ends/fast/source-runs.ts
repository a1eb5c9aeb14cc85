import type { ScalarSourceMap } from "../../tree/yaml-node.js";

/**
 * Appends one run to a scalar source map being built (`[d, s, n, …]`, see {@link ScalarSourceMap}):
 * decoded characters from index `d` on come from the `n` source characters at `s`. A run copied
 * one to one that continues the previous one-to-one run is merged into it.
 *
 * @example
 * const runs: number[] = [];
 * addRun(runs, 0, 4, 3, true); // "abc" copied from offset 4
 */
export function addRun(runs: number[], d: number, s: number, n: number, oneToOne: boolean): void {
  const k = runs.length;
  if (oneToOne && k >= 3) {
    const lastD = runs[k - 3] as number;
    const lastS = runs[k - 2] as number;
    const lastN = runs[k - 1] as number;
    if (lastS + lastN === s && lastD + lastN === d) {
      runs[k - 1] = lastN + n;
      return;
    }
  }
  runs.push(d, s, n);
}

/**
 * The finished map, or `undefined` when the text is a plain copy of the source from
 * `contentStart` on (the contract leaves the map out then).
 *
 * @example
 * finishRuns([0, 4, 3], 4, 3); // undefined
 */
export function finishRuns(runs: number[], contentStart: number, textLength: number): ScalarSourceMap | undefined {
  if (textLength === 0 || runs.length === 0) return undefined;
  if (runs.length === 3 && runs[0] === 0 && runs[1] === contentStart && runs[2] === textLength) return undefined;
  return runs;
}
