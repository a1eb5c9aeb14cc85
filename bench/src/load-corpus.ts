import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** One corpus file, read once before timing starts. */
export interface CorpusEntry {
  /** Path relative to the corpus folder. */
  readonly name: string;
  readonly text: string;
  /** Size of the file in UTF-8 bytes. */
  readonly bytes: number;
}

/**
 * The corpus folder: `$AKASH_SDL_CORPUS`, else `../shared/corpus` relative to the repository root
 * (found from this file's location: `bench/dist/` or `bench/src/` → two levels up).
 *
 * @example
 * corpusDir(); // "/work/shared/corpus"
 */
export function corpusDir(): string {
  const fromEnv = process.env["AKASH_SDL_CORPUS"];
  if (fromEnv !== undefined && fromEnv !== "") return resolve(fromEnv);
  const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
  return resolve(repoRoot, "../shared/corpus");
}

/**
 * Every `*.yaml`/`*.yml` file below `dir`, sorted by path.
 *
 * @example
 * loadCorpus("/work/shared/corpus").length; // 500
 */
export function loadCorpus(dir: string): CorpusEntry[] {
  const out: CorpusEntry[] = [];
  const walk = (current: string): void => {
    for (const entry of readdirSync(current).sort()) {
      const full = join(current, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.ya?ml$/i.test(entry)) {
        const text = readFileSync(full, "utf8");
        out.push({ name: relative(dir, full), text, bytes: Buffer.byteLength(text, "utf8") });
      }
    }
  };
  walk(dir);
  return out;
}
