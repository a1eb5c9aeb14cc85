/**
 * Preloaded by measure-cli-cpu.ts into every child it times (`node --import <this file> …`): when
 * the process exits, writes its CPU use (`process.resourceUsage()`: user and system time of all
 * its threads since it started, Node's own start-up included) as one JSON line to file descriptor
 * 3, a pipe the parent opened. Nothing is written to stdout or stderr, so the measured command's
 * output is untouched; without that pipe (run by hand) it writes nothing.
 *
 * Works the same on Linux and macOS; Node exposes no `getrusage(RUSAGE_CHILDREN)` to the parent,
 * so the child reports itself. What runs after the `exit` event (heap teardown) is not counted,
 * for every contender alike.
 */
import { writeSync } from "node:fs";

/**
 * The figures written to file descriptor 3, in milliseconds (RSS in KiB).
 *
 * @example
 * const usage: CpuReport = { userMs: 120.5, systemMs: 14.2, maxRssKiB: 61_000 };
 */
export interface CpuReport {
  readonly userMs: number;
  readonly systemMs: number;
  readonly maxRssKiB: number;
}

process.on("exit", () => {
  const usage = process.resourceUsage();
  const report: CpuReport = {
    userMs: usage.userCPUTime / 1000,
    systemMs: usage.systemCPUTime / 1000,
    maxRssKiB: usage.maxRSS,
  };
  try {
    writeSync(3, `${JSON.stringify(report)}\n`);
  } catch {
    // No pipe on descriptor 3: not run by measure-cli-cpu.ts.
  }
});
