import { createAnsiPaint } from "@akash-sdl/core";
import type { TextSink } from "../cli-io.js";

/**
 * Decides whether output to `sink` gets ANSI colours: an explicit `--color`/`--no-color` wins,
 * then `NO_COLOR` (any non-empty value: off, see no-color.org), then `FORCE_COLOR` (`0` or
 * `false`: off, anything else: on), then `TERM=dumb` (off); otherwise colour only on a terminal.
 *
 * @example
 * useColor(process.stdout, process.env);          // true in a terminal
 * useColor(process.stdout, { NO_COLOR: "1" });     // false
 */
export function useColor(
  sink: TextSink,
  env: Readonly<Record<string, string | undefined>>,
  override?: boolean,
): boolean {
  if (override !== undefined) return override;
  if ((env["NO_COLOR"] ?? "") !== "") return false;
  const force = env["FORCE_COLOR"];
  if (force !== undefined) return !["0", "false"].includes(force.toLowerCase());
  if (env["TERM"] === "dumb") return false;
  return sink.isTTY === true;
}

/**
 * The colours the command's own text uses (the code frames colour themselves).
 *
 * @example
 * const paint: Paint = createPaint(io.stdout.isTTY === true);
 * io.stdout.write(paint("bold", "3 errors"));
 */
export type Paint = (style: "bold" | "dim" | "red" | "yellow" | "green", text: string) => string;

/**
 * A {@link Paint} function: wraps text in ANSI codes when `enabled`, returns it unchanged otherwise.
 *
 * @example
 * createPaint(true)("red", "error"); // "\u001b[31merror\u001b[39m"
 */
export function createPaint(enabled: boolean): Paint {
  return createAnsiPaint(enabled);
}
