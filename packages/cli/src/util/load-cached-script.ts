import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";

/**
 * The parameters of the function a command script (`scripts/bundle-bin.mjs`) consists of: a
 * CommonJS module body wrapped in `(function (exports, require, module, __filename, __dirname) {…})`.
 */
type ScriptBody = (
  exports: Record<string, unknown>,
  require: NodeJS.Require,
  module: { exports: Record<string, unknown> },
  filename: string,
  dirname: string,
) => void;

/**
 * A command script loaded by {@link loadCachedScript}.
 *
 * @example
 * const loaded: LoadedScript = loadCachedScript("/opt/akash-sdl/dist/bundle/validate-command-1a2b3c4d.cjs");
 */
export interface LoadedScript {
  /** What the script's module body put in `module.exports`. */
  readonly exports: Readonly<Record<string, unknown>>;
  /**
   * `undefined` without a `.cache` file; else whether V8 refused it (another Node version or other
   * engine flags than the process that wrote it: the script was then compiled from its source).
   */
  readonly cacheRejected: boolean | undefined;
}

/**
 * Loads a command script of the bundled bin: compiles `file` (a CommonJS module body wrapped in a
 * function expression, see `scripts/bundle-bin.mjs`) with V8's code cache from `file + ".cache"`
 * when that file exists, runs the module body and returns its exports. The cache holds the bytecode
 * of every function a training run at build time used, so a run skips parsing and compiling them
 * (what Node 22's `module.enableCompileCache()` does; Node 20 has no such thing for modules). V8
 * checks the cache against its own version, its flags and the source's length and compiles from
 * source when they differ; the build writes the two files together, and the script's name carries
 * a hash of its text. Nothing is ever written here. Synchronous, like `require`.
 *
 * @example
 * const { runValidate } = loadCachedScript(new URL("./validate-command-1a2b3c4d.cjs", import.meta.url)).exports;
 */
export function loadCachedScript(file: string | URL): LoadedScript {
  const path = typeof file === "string" ? file : fileURLToPath(file);
  const source = readFileSync(path, "utf8");
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(`${path}.cache`);
  } catch {
    cachedData = undefined;
  }
  const script = new Script(source, cachedData === undefined ? { filename: path } : { filename: path, cachedData });
  const body = script.runInThisContext() as ScriptBody;
  const module = { exports: {} as Record<string, unknown> };
  body.call(module.exports, module.exports, createRequire(path), module, path, dirname(path));
  return { exports: module.exports, cacheRejected: cachedData === undefined ? undefined : script.cachedDataRejected };
}
