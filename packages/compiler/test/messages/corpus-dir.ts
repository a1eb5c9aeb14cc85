import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

/** The shared corpus folder: `$AKASH_SDL_CORPUS`, else `../shared/corpus` beside the repository. */
export const CORPUS_DIR: string = resolve(
  process.env["AKASH_SDL_CORPUS"] ?? join(import.meta.dirname, "../../../../../shared/corpus"),
);

/** `true` when the corpus folder exists. */
export const HAS_CORPUS: boolean = existsSync(CORPUS_DIR);

if (!HAS_CORPUS) {
  console.warn(`[akash-sdl tests] corpus not found at ${CORPUS_DIR}: corpus tests are skipped (set AKASH_SDL_CORPUS)`);
}

/** One Go fixture: its name (`v2.0/simple`), SDL text and parsed `group-specs.json`. */
export interface GoFixture {
  readonly name: string;
  readonly sdl: string;
  readonly groupSpecs: unknown;
}

/** The valid Go fixtures of `chain-sdk-testdata` (input + `group-specs.json`), sorted by name. */
export function goFixtures(): GoFixture[] {
  if (!HAS_CORPUS) return [];
  const root = join(CORPUS_DIR, "chain-sdk-testdata");
  const out: GoFixture[] = [];
  for (const version of ["v2.0", "v2.1"]) {
    const dir = join(root, "output-fixtures", version);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const specs = join(dir, name, "group-specs.json");
      if (!statSync(join(dir, name)).isDirectory() || !existsSync(specs)) continue;
      out.push({
        name: `${version}/${name}`,
        sdl: readFileSync(join(root, "input", version, name, "input.yaml"), "utf8"),
        groupSpecs: JSON.parse(readFileSync(specs, "utf8")),
      });
    }
  }
  return out;
}
