// The shared corpus loader, in this package's own test support (tests may not import another
// package's test files). Same contract as the core loader: `$AKASH_SDL_CORPUS`, else
// `../shared/corpus` beside the repository; tests skip visibly when it is absent.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";

/** The shared corpus folder. */
export const CORPUS_DIR: string = resolve(
  process.env["AKASH_SDL_CORPUS"] ?? join(import.meta.dirname, "../../../../../shared/corpus"),
);

/** `true` when the corpus folder exists. */
export const HAS_CORPUS: boolean = existsSync(CORPUS_DIR);

if (!HAS_CORPUS) {
  console.warn(`[akash-sdl estimator tests] corpus not found at ${CORPUS_DIR}: corpus tests are skipped (set AKASH_SDL_CORPUS)`);
}

/** One corpus file: its path relative to the corpus folder and its text. */
export interface CorpusFile {
  readonly name: string;
  readonly path: string;
  readonly text: string;
}

/** Every `*.yaml`/`*.yml` file below the corpus folder (or below `sub`), sorted by path. */
export function corpusFiles(sub = ""): CorpusFile[] {
  if (!HAS_CORPUS) return [];
  const out: CorpusFile[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir).sort()) {
      const full = join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.ya?ml$/.test(entry)) out.push({ name: relative(CORPUS_DIR, full), path: full, text: readFileSync(full, "utf8") });
    }
  };
  walk(join(CORPUS_DIR, sub));
  return out;
}
