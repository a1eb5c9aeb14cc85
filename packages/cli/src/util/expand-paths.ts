import { readdir, stat } from "node:fs/promises";
import { basename, dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { expandGlob } from "./expand-glob.js";
import { hasGlobMagic } from "./glob-segment.js";
import { walkYamlFiles } from "./walk-yaml-files.js";
import type { WalkedFile } from "./walk-yaml-files.js";

/**
 * A file selected from the command line.
 *
 * @example
 * const file: SelectedFile = { path: "/srv/sdl/web.yaml", display: "web.yaml", explicit: true };
 */
export interface SelectedFile {
  /** Absolute path. */
  readonly path: string;
  /** The path shown to people: relative to the working directory when inside it, with `/`. */
  readonly display: string;
  /** `true` when the file was named on the command line (not found by a directory or a glob). */
  readonly explicit: boolean;
  /** The path's bytes when its name is not valid UTF-8 (`path` then shows those bytes as `\xNN`). */
  readonly rawPath?: Buffer;
}

/**
 * A command-line path that selected nothing.
 *
 * @example
 * const problem: PathProblem = { argument: "dep.yaml", code: "cli/file-not-found", message: "The file 'dep.yaml' does not exist." };
 */
export interface PathProblem {
  /** The argument as given. */
  readonly argument: string;
  /** A registered `cli/` diagnostic code. */
  readonly code: "cli/file-not-found" | "cli/no-files-matched" | "cli/read-error" | "cli/walk-limit";
  /** One plain sentence. */
  readonly message: string;
}

/** `true` when `path` is absolute in normal form: what `resolve` would leave as it is (POSIX). */
const isNormalAbsolute = (path: string): boolean =>
  path.startsWith("/") &&
  (path.length === 1 || !path.endsWith("/")) &&
  !path.includes("//") &&
  !path.includes("/./") &&
  !path.includes("/../") &&
  !path.endsWith("/.") &&
  !path.endsWith("/..");

/**
 * `relative(cwd, path)` without its two `resolve`s (~10 µs a file in a directory search, before
 * the engine has warmed up) when both are normal absolute POSIX paths: `path` after `cwd` and its
 * `/` when it lies strictly inside `cwd`; otherwise `relative` would climb out of `cwd` (`../…`)
 * or give `""` (the same path), and either way the path is shown as it is, so `"..` stands in.
 * `undefined` for other paths (Windows, relative, `.`, `..`, `//`, a trailing `/`).
 */
function relativeIfNormal(path: string, cwd: string): string | undefined {
  if (sep !== "/" || !isNormalAbsolute(cwd) || !isNormalAbsolute(path)) return undefined;
  const inside = path.length > cwd.length + 1 && path.startsWith(cwd) && (cwd === "/" || path[cwd.length] === "/");
  return inside ? path.slice(cwd === "/" ? 1 : cwd.length + 1) : "..";
}

/**
 * The path shown to people: relative to `cwd` when inside it, absolute otherwise, always with `/`.
 *
 * @example
 * displayPath("/srv/sdl/web.yaml", "/srv"); // "sdl/web.yaml"
 */
export function displayPath(path: string, cwd: string): string {
  const rel = relativeIfNormal(path, cwd) ?? relative(cwd, path);
  const shown = rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
  return sep === "/" ? shown : shown.split(sep).join("/");
}

/**
 * Finds the file an argument names when the name was not valid UTF-8: the shell passed its
 * bytes, Node turned the bad ones into U+FFFD, so the name no longer opens. The parent directory
 * is listed as bytes and the one entry whose lossy decoding equals the argument is taken.
 */
async function findByLossyName(path: string): Promise<Buffer | undefined> {
  if (!path.includes("\ufffd") || dirname(path).includes("\ufffd")) return undefined;
  try {
    const want = basename(path);
    const names = await readdir(dirname(path), { encoding: "buffer" });
    const found = names.filter((n) => n.toString("utf8") === want);
    return found.length === 1 && found[0]
      ? Buffer.concat([Buffer.from(dirname(path)), Buffer.from(sep), found[0]])
      : undefined;
  } catch {
    return undefined;
  }
}

const errorCode = (error: unknown): string =>
  typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";

/**
 * Turns command-line paths into files: a file is taken as is (whatever its extension), a
 * directory is searched for `*.yaml`/`*.yml` recursively (skipping `node_modules` and
 * dot-folders), and a path that does not exist but contains glob characters is expanded as a
 * glob (directories it matches are searched the same way). A path that exists is never treated as
 * a glob. Files are de-duplicated and keep the order of the arguments; each argument that selects
 * nothing gives a {@link PathProblem}.
 *
 * @example
 * const { files, problems } = await expandPaths(["examples", "deploy/*.yaml"], process.cwd());
 */
export async function expandPaths(
  args: readonly string[],
  cwd: string,
): Promise<{ files: SelectedFile[]; problems: PathProblem[] }> {
  const files: SelectedFile[] = [];
  const problems: PathProblem[] = [];
  const seen = new Set<string>();
  const add = (path: string, explicit: boolean, rawPath?: Buffer): boolean => {
    if (seen.has(path)) return false;
    seen.add(path);
    files.push({ path, display: displayPath(path, cwd), explicit, ...(rawPath ? { rawPath } : {}) });
    return true;
  };
  const addDirectory = async (dir: string, argument: string): Promise<number> => {
    const found = await walkYamlFiles(dir);
    for (const file of found.files as WalkedFile[]) add(file.path, false, file.rawPath);
    for (const problem of found.problems) {
      const shown = problem.path === dir ? argument : displayPath(problem.path, cwd);
      const message =
        problem.code === "cli/walk-limit"
          ? `The search stopped at the directory '${shown}': ${problem.reason}.`
          : `The directory '${shown}' ${problem.reason}.`;
      problems.push({ argument: shown, code: problem.code, message });
    }
    return found.files.length + found.problems.length;
  };

  for (const argument of args) {
    const path = resolve(cwd, argument);
    let info: Awaited<ReturnType<typeof stat>> | undefined;
    let failure: unknown;
    try {
      info = await stat(path);
    } catch (error) {
      failure = error;
    }
    if (info?.isDirectory()) {
      if ((await addDirectory(path, argument)) === 0) {
        problems.push({
          argument,
          code: "cli/no-files-matched",
          message: `The directory '${argument}' contains no .yaml or .yml files.`,
        });
      }
    } else if (info) {
      add(path, true);
    } else if (hasGlobMagic(argument)) {
      let count = 0;
      const { matches, limitHit } = await expandGlob(argument, cwd);
      for (const match of matches) {
        if (match.isDirectory) count += await addDirectory(match.path, displayPath(match.path, cwd));
        else {
          add(match.path, false);
          count++;
        }
      }
      if (limitHit) {
        problems.push({
          argument,
          code: "cli/walk-limit",
          message: `The search for the pattern '${argument}' stopped at the limit of directory entries it visits.`,
        });
      } else if (count === 0)
        problems.push({ argument, code: "cli/no-files-matched", message: `No files match the pattern '${argument}'.` });
    } else if (argument.includes("\ufffd")) {
      const raw = await findByLossyName(path);
      if (raw) add(path, true, raw);
      else {
        problems.push({
          argument,
          code: "cli/file-not-found",
          message: `The file name '${argument}' is not valid UTF-8 and no file of that name was found; rename the file or name its directory instead.`,
        });
      }
    } else if (["ENOENT", "ENOTDIR"].includes(errorCode(failure))) {
      problems.push({ argument, code: "cli/file-not-found", message: `The file '${argument}' does not exist.` });
    } else {
      const reason = failure instanceof Error ? failure.message : String(failure);
      problems.push({ argument, code: "cli/read-error", message: `The path '${argument}' cannot be read: ${reason}.` });
    }
  }
  return { files, problems };
}
