// The one corpus loader of the workspace's tests (each package's `test/support/corpus.ts` re-exports it).
// The corpus is `$AKASH_SDL_CORPUS`, else `../shared/corpus` beside the repository. Without it, tests skip
// with a visible line; under `AKASH_SDL_REQUIRE_CORPUS=1` (set by `.ci/run`) a missing corpus fails the run
// instead, so CI cannot go green by silently skipping it.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";

/** The environment variable that turns a missing corpus from a skip into a failure. */
export const REQUIRE_CORPUS_VARIABLE = "AKASH_SDL_REQUIRE_CORPUS";

/**
 * `true` when a missing corpus must fail the tests: the variable is set to anything but `""`, `0` or `false`.
 *
 * @example
 * corpusRequired({ AKASH_SDL_REQUIRE_CORPUS: "1" }); // true
 */
export function corpusRequired(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  const value = env[REQUIRE_CORPUS_VARIABLE]?.trim().toLowerCase();
  return value !== undefined && value !== "" && value !== "0" && value !== "false";
}

/**
 * The corpus folder for an environment: `$AKASH_SDL_CORPUS`, else `../shared/corpus` beside the repository.
 *
 * @example
 * corpusDir({ AKASH_SDL_CORPUS: "/tmp/corpus" }); // "/tmp/corpus"
 */
export function corpusDir(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return resolve(env["AKASH_SDL_CORPUS"] ?? join(import.meta.dirname, "../../../../shared/corpus"));
}

/**
 * Checks that `path` (a corpus folder or file) exists: returns `false` (after a visible skip line) when it does
 * not, or throws when the corpus is required.
 *
 * @example
 * if (!checkCorpusPath(join(CORPUS_DIR, "chain-sdk-testdata"), "Go fixtures")) return [];
 */
export function checkCorpusPath(
  path: string,
  what: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): boolean {
  if (existsSync(path)) return true;
  const message = `corpus ${what} not found at ${path}`;
  if (corpusRequired(env)) {
    throw new Error(
      `[akash-sdl tests] ${message}, and ${REQUIRE_CORPUS_VARIABLE} is set: install the corpus or set AKASH_SDL_CORPUS`,
    );
  }
  console.warn(`[akash-sdl tests] ${message}: corpus tests are skipped (set AKASH_SDL_CORPUS)`);
  return false;
}

/** The shared corpus folder. */
export const CORPUS_DIR: string = corpusDir();

/** `true` when the corpus folder exists (importing this module throws instead when the corpus is required). */
export const HAS_CORPUS: boolean = checkCorpusPath(CORPUS_DIR, "folder");

/** One corpus file: its path relative to the corpus folder, its absolute path and its text. */
export interface CorpusFile {
  /** Path relative to the corpus folder. */
  readonly name: string;
  /** Absolute path. */
  readonly path: string;
  /** UTF-8 text. */
  readonly text: string;
}

/**
 * Every `*.yaml`/`*.yml` file below the corpus folder (or below `sub`), sorted by path; empty without a corpus.
 *
 * @example
 * for (const file of corpusFiles("awesome-akash")) parse(file.text);
 */
export function corpusFiles(sub = ""): CorpusFile[] {
  if (!HAS_CORPUS) return [];
  const root = join(CORPUS_DIR, sub);
  if (!checkCorpusPath(root, `folder ${sub}`)) return [];
  const out: CorpusFile[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir).sort()) {
      const full = join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.ya?ml$/.test(entry))
        out.push({ name: relative(CORPUS_DIR, full), path: full, text: readFileSync(full, "utf8") });
    }
  };
  walk(root);
  return out;
}

/** One Go fixture: its input and the Go-written `manifest.json` / `group-specs.json` texts. */
export interface GoFixture {
  /** `v2.0/<name>` or `v2.1/<name>`. */
  readonly name: string;
  /** The input SDL text. */
  readonly input: string;
  /** Go's `manifest.json` text. */
  readonly manifest: string;
  /** Go's `group-specs.json` text. */
  readonly groupSpecs: string;
}

/**
 * The valid Go fixtures of `chain-sdk-testdata` (`v2.0/<name>`, `v2.1/<name>`); empty without a corpus.
 *
 * @example
 * for (const fixture of goFixtures()) expect(compile(fixture.input)).toEqual(JSON.parse(fixture.manifest));
 */
export function goFixtures(): GoFixture[] {
  if (!HAS_CORPUS) return [];
  const base = join(CORPUS_DIR, "chain-sdk-testdata");
  if (!checkCorpusPath(base, "folder chain-sdk-testdata")) return [];
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
