import { createDiagnostic, createLineCounter, parse } from "@akash-sdl/core";
import type { Diagnostic, LineCounter } from "@akash-sdl/core";
import type { PathProblem, SelectedFile } from "../util/expand-paths.js";
import { maskDiagnostic } from "../safety/clean-diagnostic.js";
import { findSecrets } from "../safety/find-secrets.js";
import { maskSourceText } from "../safety/mask-secrets.js";
import { looksLikeSdl } from "./looks-like-sdl.js";
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
   * The text the diagnostics' spans point into (empty when the file was not read), with secrets
   * (secret-looking `env` values, registry credentials) replaced by `*` of the same length.
   */
  readonly text: string;
  /** Line counter of `text`. */
  readonly lineCounter: LineCounter;
  /** Diagnostics, file-level ones first, then by position. */
  readonly diagnostics: readonly Diagnostic[];
  /** `true` when a file-system problem (not found, unreadable) occurred: exit status 2. */
  readonly ioProblem: boolean;
}

/** Stable order for people: diagnostics without a span first, then by start offset. */
function byPosition(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.span?.start ?? -1) - (b.d.span?.start ?? -1) || a.i - b.i)
    .map(({ d }) => d);
}

/** `true` when the YAML itself is broken (then foreign-file detection is not trusted). */
const hasYamlErrors = (diagnostics: readonly Diagnostic[]): boolean =>
  diagnostics.some((d) => d.severity === "error" && d.code.startsWith("yaml/"));

/**
 * Reads (with `read`, by default from the file system), parses and checks one file; never throws. A file found by searching a directory or a
 * glob that is well-formed YAML but does not look like an SDL gets a single `cli/not-sdl`
 * warning instead of the SDL diagnostics.
 *
 * @example
 * const report = await validateFile({ path: "/srv/deploy.yaml", display: "deploy.yaml", explicit: true });
 */
export async function validateFile(
  file: SelectedFile,
  read: (path: string | Buffer) => Promise<SdlFileRead> = readSdlFile,
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
  let diagnostics: readonly Diagnostic[] = result.diagnostics;
  if (!file.explicit && !looksLikeSdl(result.tree.root) && !hasYamlErrors(diagnostics)) {
    diagnostics = [
      createDiagnostic("cli/not-sdl", "The file does not look like an Akash SDL file, so it was skipped.", undefined, {
        hints: ["Name the file on the command line to validate it anyway."],
      }),
    ];
  }
  // Secrets never leave the process: not in frames (masked text), not in messages (issue 12, item 10).
  const secrets = findSecrets(content.text, result.tree.root);
  return {
    file: file.display,
    text: maskSourceText(content.text, secrets),
    lineCounter: result.lineCounter,
    diagnostics: byPosition(diagnostics).map((d) => maskDiagnostic(d, secrets)),
    ioProblem: false,
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
    problem.code === "cli/no-files-matched" ? ["Directories are searched for *.yaml and *.yml; quote globs so the shell does not expand them."] : [];
  return {
    file: problem.argument,
    text: "",
    lineCounter: createLineCounter(""),
    diagnostics: [createDiagnostic(problem.code, problem.message, undefined, { hints })],
    ioProblem: true,
  };
}
