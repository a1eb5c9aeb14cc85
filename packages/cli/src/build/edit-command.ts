import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parsePath, renameService, setValue, type PlainValue } from "@akash-sdl/builder";
import { parse, toPlainValue } from "@akash-sdl/core";
import type { CliIo } from "../cli-io.js";
import { unifiedDiff } from "./unified-diff.js";
import { writeFileAtomic } from "./write-atomic.js";

/**
 * Help text of `akash-sdl edit`.
 *
 * @example
 * EDIT_HELP.includes("--set"); // true
 */
export const EDIT_HELP: string = `Usage: akash-sdl edit FILE --set PATH=VALUE ... [--rename-service A=B] [--dry-run]

Edits an SDL file in place, changing only the edited values: comments, blank lines, key order,
quoting and line ends stay as they are. The file is written atomically (temp file + rename).

Options:
  --set PATH=VALUE         set a value; PATH is dotted (services.web.image, deployment.web.dcloud.count,
                           services.web.expose.0.port); VALUE is JSON when it parses as JSON
                           (2, true, ["a","b"], {"units":1}), else a string; an empty VALUE after
                           --set PATH= sets an empty string; --set PATH removes the key
  --rename-service A=B     rename service A to B (deployment and profile references follow)
  --dry-run                print a unified diff instead of writing
  -h, --help               show this help

Example:
  akash-sdl edit deploy.yaml --set services.web.image=nginx:1.27 --set deployment.web.dcloud.count=2
`;

/** A `--set` value: JSON when it parses as JSON, else the string itself. */
function parseValue(text: string): PlainValue {
  try {
    return JSON.parse(text) as PlainValue;
  } catch {
    return text;
  }
}

type Step =
  | { kind: "set"; path: (string | number)[]; value: PlainValue | undefined; label: string }
  | { kind: "rename"; from: string; to: string; label: string };

function parseSteps(argv: readonly string[]): {
  file?: string;
  steps: Step[];
  dryRun: boolean;
  help: boolean;
  error?: string;
} {
  const steps: Step[] = [];
  let file: string | undefined;
  let dryRun = false;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const inline = /^(--set|--rename-service)=(.*)$/s.exec(arg);
    const flag = inline ? inline[1] : arg;
    if (flag === "--set" || flag === "--rename-service") {
      const value = inline ? inline[2] : argv[++i];
      if (value === undefined) return { steps, dryRun, help, error: `${flag} needs a value` };
      if (flag === "--set") {
        const eq = value.indexOf("=");
        const path = parsePath(eq === -1 ? value : value.slice(0, eq));
        if (path.length === 0) return { steps, dryRun, help, error: `--set needs PATH=VALUE, got '${value}'` };
        steps.push({ kind: "set", path, value: eq === -1 ? undefined : parseValue(value.slice(eq + 1)), label: value });
      } else {
        const m = /^([^=]+)=([^=]+)$/.exec(value);
        if (!m) return { steps, dryRun, help, error: `--rename-service needs OLD=NEW, got '${value}'` };
        steps.push({ kind: "rename", from: m[1] as string, to: m[2] as string, label: value });
      }
    } else if (arg === "--dry-run") dryRun = true;
    else if (arg === "--help" || arg === "-h") help = true;
    else if (arg.startsWith("-")) return { steps, dryRun, help, error: `unknown option '${arg}'` };
    else if (file === undefined) file = arg;
    else return { steps, dryRun, help, error: `unexpected argument '${arg}'` };
  }
  return { ...(file !== undefined ? { file } : {}), steps, dryRun, help };
}

/**
 * A value that parsed as a JSON number or boolean stays a string where the file has a string
 * (`--set version=2.1` must keep `version: "2.1"`, not write the number 2.1).
 */
function keepStringType(
  text: string,
  step: { path: (string | number)[]; value: PlainValue | undefined; label: string },
): PlainValue | undefined {
  if (typeof step.value !== "number" && typeof step.value !== "boolean") return step.value;
  let current: unknown = toPlainValue(parse(text).tree.root);
  for (const key of step.path)
    current =
      current !== null && typeof current === "object" ? (current as Record<string | number, unknown>)[key] : undefined;
  return typeof current === "string" ? step.label.slice(step.label.indexOf("=") + 1) : step.value;
}

/**
 * Runs `akash-sdl edit`: applies every `--set` and `--rename-service` in order; nothing is written
 * when one of them fails (exit 1). Exit 2 on usage or read errors.
 *
 * @example
 * await runEdit(["deploy.yaml", "--set", "services.web.image=nginx:1.27", "--dry-run"], io);
 */
export async function runEdit(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseSteps(argv);
  if (args.help) {
    io.stdout.write(EDIT_HELP);
    return 0;
  }
  if (args.error !== undefined || args.file === undefined || args.steps.length === 0) {
    io.stderr.write(
      `akash-sdl edit: ${args.error ?? (args.file === undefined ? "name the file to edit" : "give at least one --set or --rename-service")}\n`,
    );
    return 2;
  }
  const path = resolve(io.cwd, args.file);
  let original: string;
  try {
    original = await readFile(path, "utf8");
  } catch {
    io.stderr.write(`akash-sdl edit: cannot read '${args.file}'\n`);
    return 2;
  }
  let text = original;
  for (const step of args.steps) {
    const result =
      step.kind === "set"
        ? setValue(text, step.path, keepStringType(text, step))
        : renameService(text, step.from, step.to);
    const errors = result.diagnostics.filter((d) => d.severity === "error");
    if (errors.length > 0) {
      io.stderr.write(
        `akash-sdl edit: ${step.label}: ${errors.map((d) => d.message).join(" ")}\nNothing was written.\n`,
      );
      return 1;
    }
    text = result.text;
  }
  if (args.dryRun) {
    io.stdout.write(unifiedDiff(original, text, args.file));
    return 0;
  }
  if (text !== original) await writeFileAtomic(path, text);
  io.stdout.write(`${text === original ? "unchanged" : "edited"} ${args.file}\n`);
  return 0;
}
