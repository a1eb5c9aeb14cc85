import type { Measurement } from "./print-results.js";

/** One speed target of issue 9: `faster` must take at most 1/`times` of `slower`'s time. */
interface Target {
  readonly faster: string;
  readonly slower: string;
  readonly times: number;
}

const TARGETS: readonly Target[] = [
  { faster: "akash-sdl parse", slower: "akash-sdl parse (yaml front end)", times: 8 },
  { faster: "akash-sdl parse", slower: "yaml.parseDocument", times: 5 },
  { faster: "akash-sdl fastFrontEnd", slower: "akash-sdl yamlFrontEnd", times: 8 },
];

/**
 * Prints the front-end targets of issue 9 as ratios measured in this run (e.g. `parse is 9.1×
 * faster than the old parse (target ≥ 8×): met`). Benchmarks, not tests: nothing fails.
 *
 * @example
 * printFrontEndTargets(measurements, (s) => process.stdout.write(s));
 */
export function printFrontEndTargets(measurements: readonly Measurement[], write: (s: string) => void): void {
  const byName = new Map(measurements.map((m) => [m.contender.name, m]));
  write("\nfront-end targets (issue 9):\n");
  for (const t of TARGETS) {
    const fast = byName.get(t.faster);
    const slow = byName.get(t.slower);
    if (fast === undefined || slow === undefined) continue;
    const ratio = slow.meanMs / fast.meanMs;
    const verdict = ratio >= t.times ? "met" : "NOT met";
    write(`  ${t.faster} is ${ratio.toFixed(1)}× faster than ${t.slower} (target ≥ ${t.times}×): ${verdict}\n`);
  }
  const parsed = byName.get("akash-sdl parse");
  const validated = byName.get("akash-sdl parse + validate");
  if (parsed !== undefined && validated !== undefined) {
    const added = (validated.meanMs / parsed.meanMs - 1) * 100;
    write(
      `  validate adds ${added.toFixed(0)} % to parse (issue 7 target ≤ 30 %): ${added <= 30 ? "met" : "NOT met"}\n`,
    );
  }
}
