import { setFlagsFromString } from "node:v8";

/**
 * Up to this many files a `validate` run counts as short (see {@link tuneForShortRun}). Measured
 * (Node 20, 2026-12-06): without V8's optimising compiler 384 files cost ~36 % less CPU and 1,920
 * files ~7 % less, while 9,600 files cost twice as much.
 *
 * @example
 * SHORT_RUN_FILES; // 1000
 */
export const SHORT_RUN_FILES = 1000;

/**
 * Tunes the JavaScript engine of this process for a run over `files` files: for a short run (at
 * most {@link SHORT_RUN_FILES}) V8 stops tiering code up to its optimising compiler TurboFan
 * (`--max-opt=2`: interpreter, baseline code and, where the engine has it on, Maglev). In a run of
 * a second or less TurboFan compiles, on background threads, more than its code saves: that
 * compiling was a third of the CPU of `akash-sdl validate` on 384 files. Nothing else changes.
 * The setting cannot be undone later in the process (V8 ignores raising it again), so it is
 * decided once the file count is known, and only by the `akash-sdl` process itself (node-io.ts),
 * never by a host that runs `main()` in its own process. Returns whether it was applied. Other
 * engine flags measured instead (2026-12-07: Maglev, which Node 20's V8 does not run; TurboFan
 * limited to small functions, to named hot functions (`--turbo-filter`) or with larger budgets;
 * eager feedback; larger young generation; `--always-sparkplug`) saved no CPU; the figures are in
 * the package README's Performance section and docs/performance.md (session 10).
 *
 * @example
 * tuneForShortRun(384); // true
 */
export function tuneForShortRun(files: number): boolean {
  if (files > SHORT_RUN_FILES) return false;
  setFlagsFromString("--max-opt=2");
  return true;
}
