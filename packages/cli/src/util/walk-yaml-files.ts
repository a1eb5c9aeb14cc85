import type { Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { join } from "node:path";
import { decodePathBytes } from "./decode-path-bytes.js";

/**
 * Most directory entries one walk (or one `**` glob) looks at before it stops and reports
 * `cli/walk-limit`: a repository with a million files is not an SDL folder.
 *
 * @example
 * MAX_WALK_ENTRIES; // 200000
 */
export const MAX_WALK_ENTRIES = 200_000;

/**
 * `true` for file names ending in `.yaml` or `.yml` (any letter case).
 *
 * @example
 * isYamlFileName("deploy.YML"); // true
 */
export function isYamlFileName(name: string): boolean {
  return /\.ya?ml$/i.test(name);
}

/**
 * `true` for directory names that searches skip: `node_modules` and dot-folders (`.git`, `.github`…).
 *
 * @example
 * isSkippedDirectory(".git"); // true
 */
export function isSkippedDirectory(name: string): boolean {
  return name === "node_modules" || name.startsWith(".");
}

/**
 * Lists the directories and files directly inside `dir` (symbolic links resolved to what they
 * point at; dangling links and unreadable entries left out), each list sorted by name. Throws
 * when `dir` cannot be read.
 *
 * @example
 * const { directories, files } = await listDirectory("/srv/sdl");
 */
export async function listDirectory(dir: string): Promise<{ directories: string[]; files: string[] }> {
  const directories: string[] = [];
  const files: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(join(dir, entry.name));
        isDirectory = target.isDirectory();
        isFile = target.isFile();
      } catch {
        continue;
      }
    }
    if (isDirectory) directories.push(entry.name);
    else if (isFile) files.push(entry.name);
  }
  return { directories, files };
}

/**
 * A file a walk found: its path for people and, when its name is not valid UTF-8, the raw bytes
 * of its path (to open it).
 *
 * @example
 * const f: WalkedFile = { path: "/srv/sdl/web.yaml" };
 */
export interface WalkedFile {
  /** Absolute path; bytes that are not UTF-8 are written `\xff`. */
  readonly path: string;
  /** The path's bytes, present only when they are not valid UTF-8. */
  readonly rawPath?: Buffer;
}

/**
 * Something a walk could not do: a directory it could not read, or the entry ceiling.
 *
 * @example
 * const p: WalkProblem = { path: "/srv/sdl/private", code: "cli/read-error", message: "The directory 'private' cannot be read: EACCES." };
 */
export interface WalkProblem {
  /** Absolute path of the directory concerned. */
  readonly path: string;
  /** A registered `cli/` code. */
  readonly code: "cli/read-error" | "cli/walk-limit";
  /** One plain sentence (the directory is named by the caller). */
  readonly reason: string;
}

/**
 * What {@link walkYamlFiles} found.
 *
 * @example
 * const { files, problems } = await walkYamlFiles("/srv/sdl");
 */
export interface WalkResult {
  readonly files: WalkedFile[];
  readonly problems: WalkProblem[];
}

/**
 * Lists a directory as byte-named entries (`fs.promises.readdir` with `encoding: "buffer"`);
 * a parameter of {@link walkYamlFiles} so tests can simulate a directory that cannot be read
 * (root reads a mode-000 directory anyway).
 *
 * @example
 * const list: ReadDirectory = (path) => readdir(path, { withFileTypes: true, encoding: "buffer" });
 */
export type ReadDirectory = (path: Buffer) => Promise<Dirent<Buffer>[]>;

const SLASH = Buffer.from("/");
const bytesKey = (b: Buffer): string => b.toString("latin1");
const errorText = (error: unknown): string =>
  typeof error === "object" && error !== null && "code" in error
    ? String(error.code)
    : error instanceof Error
      ? error.message
      : String(error);

/**
 * Every `*.yaml`/`*.yml` file below `dir`, recursively, in a stable order (files of a directory
 * before its sub-directories, both sorted by name). Skips `node_modules` and dot-folders. Follows
 * symbolic links only while they stay inside the real path of `dir` (a `docs -> /` link is not
 * followed; issue 12, item 9) and never twice. Reads names as bytes, so files whose names are not
 * UTF-8 are found too. Directories it cannot read and the {@link MAX_WALK_ENTRIES} ceiling come
 * back as problems instead of being skipped silently.
 *
 * @example
 * await walkYamlFiles("/srv/sdl"); // { files: [{ path: "/srv/sdl/web.yaml" }], problems: [] }
 */
export async function walkYamlFiles(
  dir: string,
  maxEntries: number = MAX_WALK_ENTRIES,
  readDirectory: ReadDirectory = (path) => readdir(path, { withFileTypes: true, encoding: "buffer" }),
): Promise<WalkResult> {
  const files: WalkedFile[] = [];
  const problems: WalkProblem[] = [];
  const seen = new Set<string>();
  let budget = maxEntries;
  let root: string;
  try {
    root = bytesKey(await realpath(Buffer.from(dir), { encoding: "buffer" }));
  } catch (error) {
    problems.push({ path: dir, code: "cli/read-error", reason: `cannot be read: ${errorText(error)}` });
    return { files, problems };
  }
  const inside = (real: string): boolean => real === root || real.startsWith(root.endsWith("/") ? root : `${root}/`);
  const add = (path: Buffer): void => {
    const shown = decodePathBytes(path);
    files.push(shown.valid ? { path: shown.text } : { path: shown.text, rawPath: path });
  };

  const visit = async (current: Buffer): Promise<void> => {
    let entries: Dirent<Buffer>[];
    try {
      entries = await readDirectory(current);
    } catch (error) {
      problems.push({
        path: decodePathBytes(current).text,
        code: "cli/read-error",
        reason: `cannot be read: ${errorText(error)}`,
      });
      return;
    }
    if (entries.length > budget) {
      budget = 0;
      problems.push({
        path: decodePathBytes(current).text,
        code: "cli/walk-limit",
        reason: `it would take the search past the ${maxEntries.toLocaleString("en-US")} directory entries it visits`,
      });
      return;
    }
    budget -= entries.length;
    const names = entries.map((e) => ({ entry: e, name: e.name })).sort((a, b) => Buffer.compare(a.name, b.name));
    const subdirectories: Buffer[] = [];
    for (const { entry, name } of names) {
      const path = current.at(-1) === 0x2f ? Buffer.concat([current, name]) : Buffer.concat([current, SLASH, name]);
      const text = name.toString("utf8");
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        // A link is followed only when its target stays inside the argument's real tree.
        try {
          const real = bytesKey(await realpath(path, { encoding: "buffer" }));
          if (!inside(real)) continue;
          const target = await stat(path);
          isDirectory = target.isDirectory();
          isFile = target.isFile();
        } catch {
          continue;
        }
      }
      if (isFile && isYamlFileName(text)) add(path);
      else if (isDirectory && !isSkippedDirectory(text)) subdirectories.push(path);
    }
    for (const sub of subdirectories) {
      if (budget <= 0) return;
      let real: string;
      try {
        real = bytesKey(await realpath(sub, { encoding: "buffer" }));
      } catch (error) {
        problems.push({
          path: decodePathBytes(sub).text,
          code: "cli/read-error",
          reason: `cannot be read: ${errorText(error)}`,
        });
        continue;
      }
      if (seen.has(real) || !inside(real)) continue;
      seen.add(real);
      await visit(sub);
    }
  };
  seen.add(root);
  await visit(Buffer.from(dir.endsWith("/") && dir.length > 1 ? dir.slice(0, -1) : dir));
  return { files, problems };
}
