import type { Contender } from "./contenders.js";

/** What one timed contender produced. */
export interface Measurement {
  readonly contender: Contender;
  /** Mean time of one iteration (the whole corpus), in milliseconds. */
  readonly meanMs: number;
  /** Relative margin of error of the mean, in percent. */
  readonly rme: number;
  readonly samples: number;
  /** Corpus files for which this parser reported at least one problem (untimed pass). */
  readonly problemFiles: number;
}

const pad = (s: string, width: number, right = false): string => (right ? s.padStart(width) : s.padEnd(width));

/**
 * Prints the results table: ops/s (whole-corpus parses per second), MB/s, mean time, error
 * margin, and each row's time as a multiple of the baseline's (`1.80× our time`).
 *
 * @example
 * printResults(measurements, 2_400_000, 500, (s) => process.stdout.write(s));
 */
export function printResults(
  measurements: readonly Measurement[],
  totalBytes: number,
  fileCount: number,
  write: (s: string) => void,
): void {
  const baseline = measurements.find((m) => m.contender.baseline === true);
  const header = ["parser", "ops/s", "MB/s", "mean ms", "±", "samples", "files w/ problems", "vs ours"];
  const rows = measurements.map((m) => {
    const opsPerSecond = 1000 / m.meanMs;
    let ratio = "—";
    if (baseline && m === baseline) ratio = "baseline";
    else if (baseline) ratio = `${(m.meanMs / baseline.meanMs).toFixed(2)}× our time`;
    return [
      m.contender.name,
      opsPerSecond.toFixed(2),
      ((totalBytes / 1e6) * opsPerSecond).toFixed(1),
      m.meanMs.toFixed(1),
      `${m.rme.toFixed(1)}%`,
      String(m.samples),
      `${m.problemFiles}/${fileCount}`,
      ratio,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]): string =>
    `${cells
      .map((c, i) => pad(c, widths[i] ?? 0, i > 0 && i < cells.length - 1))
      .join("  ")
      .trimEnd()}\n`;
  write(line(header));
  write(line(widths.map((w) => "-".repeat(w))));
  for (const row of rows) write(line(row));
  write("\n");
  for (const m of measurements) write(`${m.contender.name}: ${m.contender.note}\n`);
  write("ops/s = whole-corpus parses per second; MB/s = UTF-8 megabytes parsed per second.\n");
}
