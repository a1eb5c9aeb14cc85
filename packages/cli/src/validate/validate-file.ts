import { createDiagnostic, createLineCounter, parse } from "@akash-sdl/core";
import type { Diagnostic, LineCounter } from "@akash-sdl/core";
import { deployVerdict, validate } from "@akash-sdl/validator";
import type { DeployTarget, DeployVerdict, NetworkId } from "@akash-sdl/validator";
import type { PathProblem, SelectedFile } from "../util/expand-paths.js";
import { maskDiagnostic } from "../safety/clean-diagnostic.js";
import { findSecrets } from "../safety/find-secrets.js";
import { maskSourceText } from "../safety/mask-secrets.js";
import { foreignYamlKind } from "./looks-like-sdl.js";
import { readSdlFile } from "./read-sdl-file.js";
import type { SdlFileRead } from "./read-sdl-file.js";

/**
 * Everything `validate` knows about one file (or one command-line path that selected nothing).
 *
 * @example
 * const report: FileReport = { file: "deploy.yaml", text: "", lineCounter: createLineCounter(""), diagnostics: [], ioProblem: false };
 */
export interface FileReport {
  /** The path shown to people (relative to the working directory when inside it). */
  readonly file: string;
  /**
   * The text the diagnostics' spans point into (empty when the file was not read or has no
   * diagnostics), with secrets (secret-looking `env` values, registry credentials) replaced by `*`
   * of the same length.
   */
  readonly text: string;
  /** Line counter of the file's text (it gives the diagnostics' line and column). */
  readonly lineCounter: LineCounter;
  /** Diagnostics, file-level ones first, then by position. */
  readonly diagnostics: readonly Diagnostic[];
  /** `true` when a file-system problem (not found, unreadable) occurred: exit status 2. */
  readonly ioProblem: boolean;
  /** Whether each deploy path accepts the file; absent when it was not read, not parsed as SDL or skipped. */
  readonly accepts?: DeployVerdict;
  /** `true` when a directory or glob search found the file but it is clearly not an SDL. */
  readonly skipped?: boolean;
}

/**
 * How files are judged: the validator's deploy target and network.
 *
 * @example
 * const options: CheckOptions = { target: "portable", network: "mainnet" };
 */
export interface CheckOptions {
  /** The deploy path whose refusals are errors (`any` by default). */
  readonly target: DeployTarget;
  /** The network whose denoms apply; absent: any known network's denoms. */
  readonly network?: NetworkId;
}

/** Stable order for people: diagnostics without a span first, then by start offset. */
function byPosition(diagnostics: readonly Diagnostic[]): readonly Diagnostic[] {
  // Usually already in that order: then the list itself (a stable sort would not move anything).
  let ordered = true;
  for (let i = 1; i < diagnostics.length && ordered; i++)
    ordered = (diagnostics[i - 1]?.span?.start ?? -1) <= (diagnostics[i]?.span?.start ?? -1);
  if (ordered) return diagnostics;
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.span?.start ?? -1) - (b.d.span?.start ?? -1) || a.i - b.i)
    .map(({ d }) => d);
}

/** `true` when the YAML itself is broken (then foreign-file detection is not trusted). */
const hasYamlErrors = (diagnostics: readonly Diagnostic[]): boolean =>
  diagnostics.some((d) => d.severity === "error" && d.code.startsWith("yaml/"));

/**
 * Reads (with `read`, by default from the file system), parses and validates one file for
 * `options.target` (`@akash-sdl/validator`, which includes core's parse diagnostics re-graded) and
 * records whether Go and Console accept it; never throws. A file found by searching a directory
 * or a glob that is well-formed YAML but clearly not an SDL (a Compose file, a CI workflow) is
 * skipped with a single `cli/not-sdl` note instead. Secrets are masked in the text and messages.
 *
 * @example
 * const report = await validateFile({ path: "/srv/deploy.yaml", display: "deploy.yaml", explicit: true });
 */
export async function validateFile(
  file: SelectedFile,
  read: (path: string | Buffer) => Promise<SdlFileRead> = readSdlFile,
  options: CheckOptions = { target: "any" },
): Promise<FileReport> {
  const content = await read(file.rawPath ?? file.path);
  if (!content.ok) {
    return {
      file: file.display,
      text: content.text,
      lineCounter: createLineCounter(content.text),
      diagnostics: [content.diagnostic],
      ioProblem: content.ioProblem,
    };
  }
  const result = parse(content.text);
  const foreign = file.explicit || hasYamlErrors(result.diagnostics) ? undefined : foreignYamlKind(result.tree.root);
  if (foreign !== undefined) {
    const note = createDiagnostic(
      "cli/not-sdl",
      `The file looks like ${foreign}, not an Akash SDL, so it was skipped.`,
      undefined,
      {
        hints: ["Name the file on the command line to validate it anyway."],
      },
    );
    return {
      file: file.display,
      text: maskSourceText(content.text, findSecrets(content.text, result.tree.root)),
      lineCounter: result.lineCounter,
      diagnostics: [note],
      ioProblem: false,
      skipped: true,
    };
  }
  const validateOptions = {
    target: options.target,
    ...(options.network !== undefined ? { network: options.network } : {}),
  };
  const diagnostics = validate(result, validateOptions);
  // The verdict is read from the `any` grading (both paths' refusals are visible there).
  const anyDiagnostics =
    options.target === "any" ? diagnostics : validate(result, { ...validateOptions, target: "any" });
  // Secrets never leave the process: not in frames (masked text), not in messages (issue 12, item 10).
  // A file without diagnostics shows no source: its text is neither kept nor searched for secrets.
  const secrets = diagnostics.length === 0 ? [] : findSecrets(content.text, result.tree.root);
  return {
    file: file.display,
    text: diagnostics.length === 0 ? "" : maskSourceText(content.text, secrets),
    lineCounter: result.lineCounter,
    diagnostics:
      secrets.length === 0 ? byPosition(diagnostics) : byPosition(diagnostics).map((d) => maskDiagnostic(d, secrets)),
    ioProblem: false,
    accepts: deployVerdict(result, anyDiagnostics),
  };
}

/**
 * The report for a command-line path that selected no file: one file-level diagnostic.
 *
 * @example
 * problemReport({ argument: "x.yaml", code: "cli/file-not-found", message: "The file 'x.yaml' does not exist." });
 */
export function problemReport(problem: PathProblem): FileReport {
  const hints =
    problem.code === "cli/no-files-matched"
      ? ["Directories are searched for *.yaml and *.yml; quote globs so the shell does not expand them."]
      : [];
  return {
    file: problem.argument,
    text: "",
    lineCounter: createLineCounter(""),
    diagnostics: [createDiagnostic(problem.code, problem.message, undefined, { hints })],
    ioProblem: true,
  };
}
