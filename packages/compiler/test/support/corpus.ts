import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";

/** The shared corpus folder: `$AKASH_SDL_CORPUS`, else `../shared/corpus` beside the repository. */
export const CORPUS_DIR: string = resolve(
  process.env["AKASH_SDL_CORPUS"] ?? join(import.meta.dirname, "../../../../../shared/corpus"),
);

/** `true` when the corpus folder exists. */
export const HAS_CORPUS: boolean = existsSync(CORPUS_DIR);

if (!HAS_CORPUS) {
  console.warn(`[akash-sdl tests] corpus not found at ${CORPUS_DIR}: corpus tests are skipped (set AKASH_SDL_CORPUS)`);
}

/** One corpus file: its path relative to the corpus folder and its text. */
export interface CorpusFile {
  readonly name: string;
  readonly path: string;
  readonly text: string;
}

/** Every `*.yaml`/`*.yml` file below the corpus folder (or below `sub`), sorted by path. */
export function corpusFiles(sub = ""): CorpusFile[] {
  if (!HAS_CORPUS || !existsSync(join(CORPUS_DIR, sub))) return [];
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

/** One Go fixture: its input and the Go-written `manifest.json` / `group-specs.json` texts. */
export interface GoFixture {
  readonly name: string;
  readonly input: string;
  readonly manifest: string;
  readonly groupSpecs: string;
}

/** The valid Go fixtures of `chain-sdk-testdata` (`v2.0/<name>`, `v2.1/<name>`). */
export function goFixtures(): GoFixture[] {
  const base = join(CORPUS_DIR, "chain-sdk-testdata");
  if (!HAS_CORPUS || !existsSync(base)) return [];
  const out: GoFixture[] = [];
  for (const version of ["v2.0", "v2.1"]) {
    const dir = join(base, "input", version);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const outDir = join(base, "output-fixtures", version, name);
      if (!existsSync(join(outDir, "manifest.json")) || !existsSync(join(dir, name, "input.yaml"))) continue;
      out.push({
        name: `${version}/${name}`,
        input: readFileSync(join(dir, name, "input.yaml"), "utf8"),
        manifest: readFileSync(join(outDir, "manifest.json"), "utf8"),
        groupSpecs: readFileSync(join(outDir, "group-specs.json"), "utf8"),
      });
    }
  }
  return out;
}
