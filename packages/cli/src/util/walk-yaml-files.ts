import { readdir, realpath, stat } from "node:fs/promises";
import { join } from "node:path";

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
 * point at; dangling links and unreadable entries left out), each list sorted by name.
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
 * Every `*.yaml`/`*.yml` file below `dir`, recursively, as absolute paths in a stable order (files
 * of a directory before its sub-directories, both sorted by name). Skips `node_modules` and
 * dot-folders, follows symbolic links once (a link cycle is not followed twice) and ignores
 * directories it cannot read.
 *
 * @example
 * await walkYamlFiles("/srv/sdl"); // ["/srv/sdl/web.yaml", "/srv/sdl/gpu/vllm.yml"]
 */
export async function walkYamlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = async (current: string): Promise<void> => {
    let real: string;
    try {
      real = await realpath(current);
    } catch {
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    let listing: { directories: string[]; files: string[] };
    try {
      listing = await listDirectory(current);
    } catch {
      return;
    }
    for (const name of listing.files) if (isYamlFileName(name)) out.push(join(current, name));
    for (const name of listing.directories) if (!isSkippedDirectory(name)) await visit(join(current, name));
  };
  await visit(dir);
  return out;
}
