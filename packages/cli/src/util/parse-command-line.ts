import { parseArgs } from "node:util";

/**
 * One option a command accepts: `--name VALUE` (`string`) or a flag `--name` (`boolean`).
 *
 * @example
 * const format: OptionSpec = { type: "string", short: "f" };
 */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  /** A one-letter alias (`-f`). */
  readonly short?: string;
}

/**
 * The result of {@link parseCommandLine}: the option values and positional arguments, or a usage
 * error as one sentence.
 *
 * @example
 * const line: CommandLine = { ok: true, values: { format: "json" }, positionals: ["deploy.yaml"] };
 */
export type CommandLine =
  | {
      readonly ok: true;
      readonly values: Readonly<Record<string, string | boolean | undefined>>;
      readonly positionals: readonly string[];
    }
  | { readonly ok: false; readonly error: string };

/**
 * Parses a command's arguments strictly (Node's `util.parseArgs`): unknown options and missing
 * option values become a usage error instead of an exception. Accepts `--name value`,
 * `--name=value`, `-f value`, grouped short flags and `--` before positionals that start with `-`.
 * A repeated option keeps its last value.
 *
 * @example
 * parseCommandLine(["--format", "json", "a.yaml"], { format: { type: "string" } });
 * // { ok: true, values: { format: "json" }, positionals: ["a.yaml"] }
 */
export function parseCommandLine(argv: readonly string[], options: Readonly<Record<string, OptionSpec>>): CommandLine {
  const config: Record<string, { type: "string" | "boolean"; short?: string }> = {};
  for (const [name, spec] of Object.entries(options)) {
    config[name] = spec.short === undefined ? { type: spec.type } : { type: spec.type, short: spec.short };
  }
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: config,
      strict: true,
      allowPositionals: true,
    });
    return { ok: true, values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Node adds advice about `--` after the first sentence; keep the first sentence only.
    const first = /^.*?[.](?=\s|$)/.exec(message)?.[0] ?? message;
    return { ok: false, error: first.replace(/\.$/, "") };
  }
}
