import type { TextSink } from "../cli-io.js";
import { escapeControls } from "../safety/escape-controls.js";

/**
 * A one-line progress bar drawn with carriage returns; {@link createProgressBar} makes one.
 *
 * @example
 * const bar = createProgressBar(process.stderr, 40, "validating");
 * bar.update(1, "deploy.yaml");
 * bar.done();
 */
export interface ProgressBar {
  /** Redraws the bar with `completed` of the total done; `detail` is shown after the count. */
  update(completed: number, detail?: string): void;
  /** Erases the bar (before other output goes to the same terminal); the next `update` redraws it. */
  clear(): void;
  /** Erases the bar for good; later calls do nothing. */
  done(): void;
}

/** Erase the whole line and return the cursor to its start. */
const ERASE_LINE = "\r\u001b[2K";

/**
 * Creates a {@link ProgressBar} on `sink` for `total` steps:
 * `validating [########------------]  12/40 deploy.yaml`, sized to the terminal width (80 when
 * unknown). The caller decides whether a bar is wanted (a terminal, enough files).
 *
 * @example
 * const bar = createProgressBar(io.stderr, files.length, "validating");
 */
export function createProgressBar(sink: TextSink, total: number, label: string): ProgressBar {
  let visible = false;
  let finished = false;
  const columns = Math.max(40, sink.columns ?? 80);
  const clear = (): void => {
    if (!visible) return;
    sink.write(ERASE_LINE);
    visible = false;
  };
  return {
    update(completed: number, detail = ""): void {
      if (finished) return;
      const done = Math.max(0, Math.min(total, completed));
      const count = `${String(done).padStart(String(total).length)}/${total}`;
      const barWidth = Math.max(10, Math.min(30, columns - label.length - count.length - 30));
      const filled = total === 0 ? barWidth : Math.round((done / total) * barWidth);
      const bar = `${"#".repeat(filled)}${"-".repeat(barWidth - filled)}`;
      let line = `${label} [${bar}] ${count}`;
      const room = columns - line.length - 2;
      detail = escapeControls(detail);
      if (detail !== "" && room > 3)
        line += ` ${detail.length > room ? `…${detail.slice(detail.length - room + 1)}` : detail}`;
      sink.write(`${ERASE_LINE}${line}`);
      visible = true;
    },
    clear,
    done(): void {
      clear();
      finished = true;
    },
  };
}
