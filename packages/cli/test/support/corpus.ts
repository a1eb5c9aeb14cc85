import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";

/** The shared corpus folder: `$AKASH_SDL_CORPUS`, else `../shared/corpus` beside the repository. */
export const CORPUS_DIR: string = resolve(process.env["AKASH_SDL_CORPUS"] ?? join(import.meta.dirname, "../../../../../shared/corpus"));

/** `true` when the corpus folder exists. */
export const HAS_CORPUS: boolean = existsSync(CORPUS_DIR);

/** Every `*.yaml`/`*.yml` file below the corpus folder, sorted by path (empty without a corpus). */
export function corpusFiles(): { name: string; text: string }[] {
  if (!HAS_CORPUS) return [];
  const out: { name: string; text: string }[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir).sort()) {
      const full = join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.ya?ml$/.test(entry)) out.push({ name: relative(CORPUS_DIR, full), text: readFileSync(full, "utf8") });
    }
  };
  walk(CORPUS_DIR);
  return out;
}
