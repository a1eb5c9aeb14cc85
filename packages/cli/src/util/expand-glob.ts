import { realpath, stat } from "node:fs/promises";
import { isAbsolute, join, resolve, sep } from "node:path";
import { expandBraces } from "./expand-braces.js";
import { compileGlobSegment, hasGlobMagic, unescapeGlob } from "./glob-segment.js";
import { MAX_WALK_ENTRIES, isSkippedDirectory, listDirectory } from "./walk-yaml-files.js";

/**
 * One path a glob matched.
 *
 * @example
 * const match: GlobMatch = { path: "/srv/sdl/web.yaml", isDirectory: false };
 */
export interface GlobMatch {
  /** Absolute path. */
  readonly path: string;
  /** `true` when the match is a directory (callers search it like a directory argument). */
  readonly isDirectory: boolean;
}

/**
 * Expands a glob against the file system, relative to `cwd` unless the pattern is absolute.
 * Supports `*`, `?`, `[…]`, `{a,b}` (expanded first, so alternatives may contain `/`) and `**`
 * (any number of directories, including none). Like a shell, `*` and `?` do not match a leading
 * `.`; `**` does not descend into `node_modules` or dot-folders. Matches come in a stable order
 * (per directory sorted by name), without duplicates. Unreadable directories are skipped. `**`
 * never follows a link out of the real path of the directory it starts in (issue 12, item 9),
 * and the whole expansion looks at no more than {@link MAX_WALK_ENTRIES} directory entries
 * (`limitHit` tells when it stopped there).
 *
 * @example
 * await expandGlob("deploy/{web,api}/*.y?ml", process.cwd());
 */
export async function expandGlob(
  pattern: string,
  cwd: string,
  maxEntries: number = MAX_WALK_ENTRIES,
): Promise<{ matches: GlobMatch[]; limitHit: boolean }> {
  const out: GlobMatch[] = [];
  let budget = maxEntries;
  const list = async (dir: string): Promise<{ directories: string[]; files: string[] } | undefined> => {
    if (budget < 0) return undefined;
    const listing = await listDirectory(dir).catch(() => undefined);
    if (listing) budget -= listing.directories.length + listing.files.length;
    return budget < 0 ? undefined : listing;
  };
  const found = new Set<string>();
  const push = (path: string, isDirectory: boolean): void => {
    if (found.has(path)) return;
    found.add(path);
    out.push({ path, isDirectory });
  };

  for (const expanded of expandBraces(pattern)) {
    const base = isAbsolute(expanded) ? resolve("/") : cwd;
    const segments = expanded.split("/").filter((s) => s !== "");
    const visitedDeep = new Set<string>();

    const match = async (dir: string, index: number, deepRoot?: string): Promise<void> => {
      if (budget < 0) return;
      const segment = segments[index];
      if (segment === undefined) {
        const info = await stat(dir).catch(() => undefined);
        if (info) push(dir, info.isDirectory());
        return;
      }
      if (segment === "**") {
        const real = await realpath(dir).catch(() => undefined);
        if (real === undefined || visitedDeep.has(`${index}:${real}`)) return;
        const root = deepRoot ?? real;
        if (real !== root && !real.startsWith(root.endsWith(sep) ? root : root + sep)) return;
        visitedDeep.add(`${index}:${real}`);
        await match(dir, index + 1);
        const listing = await list(dir);
        for (const name of listing?.directories ?? []) {
          if (!isSkippedDirectory(name)) await match(join(dir, name), index, root);
        }
        return;
      }
      if (!hasGlobMagic(segment)) {
        await match(join(dir, unescapeGlob(segment)), index + 1);
        return;
      }
      const regex = compileGlobSegment(segment);
      const listing = await list(dir);
      if (!listing) return;
      const last = index === segments.length - 1;
      if (last) for (const name of listing.files) if (regex.test(name)) push(join(dir, name), false);
      for (const name of listing.directories) {
        if (regex.test(name)) await match(join(dir, name), index + 1);
      }
    };

    await match(base, 0);
    if (budget < 0) break;
  }
  return { matches: out, limitHit: budget < 0 };
}
