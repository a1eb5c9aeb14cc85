import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { formatSdl } from "@akash-sdl/builder";
import type { CliIo } from "../cli-io.js";
import { parseCommandLine } from "../util/parse-command-line.js";
import { writeFileAtomic } from "./write-atomic.js";

/**
 * Help text of `akash-sdl fmt`.
 *
 * @example
 * FMT_HELP.startsWith("Usage"); // true
 */
export const FMT_HELP: string = `Usage: akash-sdl fmt FILE... [--check]

Normalises the layout of SDL files in place (two-space indentation, sequences indented under
their key, one space after ':' and '-', one space before a trailing comment, no trailing spaces,
single blank lines, a final line break). Only whitespace changes: comments, anchors, quoting,
key order, line ends and the parsed value are kept; formatting is idempotent.

Options:
  --check     change nothing; list files that are not formatted and exit 1 if any
  -h, --help  show this help
`;

/**
 * Runs `akash-sdl fmt`: 0 when every file is (now) formatted, 1 when `--check` finds unformatted
 * files or a file has YAML errors, 2 on usage or read errors.
 *
 * @example
 * await runFmt(["deploy.yaml", "--check"], io);
 */
export async function runFmt(argv: readonly string[], io: CliIo): Promise<number> {
  const line = parseCommandLine(argv, { check: { type: "boolean" }, help: { type: "boolean", short: "h" } });
  if (!line.ok) {
    io.stderr.write(`akash-sdl fmt: ${line.error}\n`);
    return 2;
  }
  if (line.values["help"] === true) {
    io.stdout.write(FMT_HELP);
    return 0;
  }
  if (line.positionals.length === 0) {
    io.stderr.write("akash-sdl fmt: name at least one file\n");
    return 2;
  }
  let code = 0;
  for (const name of line.positionals) {
    const path = resolve(io.cwd, name);
    let text: string;
    try {
      text = await readFile(path, "utf8");
    } catch {
      io.stderr.write(`akash-sdl fmt: cannot read '${name}'\n`);
      code = 2;
      continue;
    }
    const result = formatSdl(text);
    if (result.diagnostics.length > 0) {
      io.stderr.write(`${name}: not formatted, the YAML has errors (run 'akash-sdl validate ${name}')\n`);
      code = Math.max(code, 1);
      continue;
    }
    if (result.text === text) continue;
    if (line.values["check"] === true) {
      io.stdout.write(`${name}: not formatted\n`);
      code = Math.max(code, 1);
      continue;
    }
    await writeFileAtomic(path, result.text);
    io.stdout.write(`formatted ${name}\n`);
  }
  return code;
}
