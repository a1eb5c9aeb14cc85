// Bundles the `akash-sdl` bin with esbuild into packages/cli/dist/bundle/: one entry file
// (akash-sdl.js) plus one chunk per lazily loaded command, built from the TypeScript sources of the
// CLI and of every library it uses (the `source` export condition). A run then loads the entry and
// the chunks its command needs instead of ~200 modules: measured here (CPU time, 15 runs each)
// `validate examples` 390 → 180 ms, `estimate` 355 → 170 ms, `--help` 108 → 95 ms, output
// identical (issue 9, "Start-up and size"). The libraries themselves stay unbundled ESM;
// bin/akash-sdl.js falls back to the tsc output (dist/bin.js) when this has not run.
//
//
// Code splitting stays on: with it off, esbuild turns each command's `import()` into a lazily
// initialised wrapper in one file (checked), but every run then compiles the whole 1.9 MB file:
// measured `--help` 89 → 136 ms and `validate` of one file 157 → 180 ms CPU. Whitespace is
// minified (names are not, so stack traces and profiles keep them): the validate script shrinks
// from 486 to 383 KB, and `validate` of the 384 files costs ~3 ms less CPU (2026-12-07, 11 and 15
// alternating rounds: 242 → 239 and 246 → 242 ms medians); one file and `--help` are unchanged.
//
// `yaml` (core's fallback front end, 229 KiB of the validate chunk) is bundled behind a lazy shim
// (lazyYaml below): its CommonJS module is evaluated on first use instead of when the chunk loads,
// which saves ~5 ms (of ~155) per `validate` of a file that never falls back.
//
// `validate` is not an ESM chunk but a cached script (SCRIPT_COMMANDS below): one self-contained
// CommonJS bundle wrapped in a function expression, loaded by src/util/load-cached-script.ts with
// V8's code cache, which this build writes after a training run over scripts/code-cache-training/.
// A run then neither parses nor compiles the functions the training used (Node 22's
// `module.enableCompileCache()` does this for modules; Node 20 has nothing like it). Measured, same
// sources, 9 rounds: `validate` of the 384 awesome-akash files 710 → 598 ms CPU, of one file
// 160 → 139 ms (2026-12-06, a loaded machine). The cache is only used by the V8 version and
// engine flags that wrote it (else the script is compiled from source, as before).
//
// `--entry FILE --outdir DIR` override the defaults (tests bundle the current sources into a
// temporary folder).
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";

/**
 * The values core imports from `yaml`, each forwarding to the real module loaded on first use
 * (classes through `new`, functions called). A new value import from `yaml` in core makes the build
 * fail ("No matching export"): add it here.
 */
const LAZY_YAML_SHIM = `let real;
const yaml = () => (real ??= require("yaml"));
export function Lexer(...args) { return new (yaml().Lexer)(...args); }
export function Parser(...args) { return new (yaml().Parser)(...args); }
export function Composer(...args) { return new (yaml().Composer)(...args); }
export const isAlias = (node) => yaml().isAlias(node);
export const isMap = (node) => yaml().isMap(node);
export const isScalar = (node) => yaml().isScalar(node);
export const isSeq = (node) => yaml().isSeq(node);
`;

/** esbuild plugin: every `import … from "yaml"` gets {@link LAZY_YAML_SHIM}, whose `require` gets the real one. */
const lazyYaml = {
  name: "lazy-yaml",
  setup(build) {
    build.onResolve({ filter: /^yaml$/ }, (args) =>
      args.namespace === "lazy-yaml"
        ? undefined
        : { path: "yaml", namespace: "lazy-yaml", pluginData: { resolveDir: dirname(args.importer) } },
    );
    build.onLoad({ filter: /.*/, namespace: "lazy-yaml" }, (args) => ({
      contents: LAZY_YAML_SHIM,
      loader: "js",
      resolveDir: args.pluginData.resolveDir,
    }));
  },
};

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};

const entry = arg("--entry", join(root, "src", "bin.ts"));
const srcDir = dirname(entry);
const outdir = arg("--outdir", join(root, "dist", "bundle"));
rmSync(outdir, { recursive: true, force: true }); // no stale chunks or caches from an earlier build
mkdirSync(outdir, { recursive: true });

/** esbuild options shared by the entry and the command scripts. */
const COMMON = {
  bundle: true,
  platform: "node",
  target: "node20",
  conditions: ["@akash-sdl/source"],
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: "none",
  logLevel: "warning",
  plugins: [lazyYaml],
};

/**
 * Command modules (imported by commands.ts) built as cached scripts instead of ESM chunks, each
 * with its runner's export name and the arguments of the training runs whose compiled code goes
 * into its cache. Only
 * `validate`: it runs over hundreds of files in one process, where compiling its code (~40 ms of
 * ~550 for the 384 awesome-akash files) is worth skipping; the training inputs are in
 * scripts/code-cache-training/ (an SDL with typical warnings, a broken one, a Compose file).
 */
const SCRIPT_COMMANDS = {
  "validate-command": { runner: "runValidate", training: [["."], ["--format", "json", "."]] },
};

/**
 * Builds one command module as a script: a self-contained CommonJS bundle wrapped in a function
 * expression (so V8 compiles the file's exact text, which its code cache is checked against; the
 * runtime loader is src/util/load-cached-script.ts), named after a hash of its text. Then runs
 * it in this process on the training inputs (output discarded, engine flags untouched) and writes
 * V8's code cache of everything that ran next to it (`.cache`). Returns the file name and export
 * names.
 */
async function buildScript(name, { runner, training }) {
  const built = await build({
    ...COMMON,
    entryPoints: [join(srcDir, `${name}.ts`)],
    write: false,
    outfile: join(outdir, `${name}.cjs`),
    format: "cjs",
    banner: { js: '(function (exports, require, module, __filename, __dirname) {"use strict";' },
    footer: { js: "})" },
  });
  const text = built.outputFiles[0].text;
  const fileName = `${name}-${createHash("sha256").update(text).digest("hex").slice(0, 12)}.cjs`;
  const file = join(outdir, fileName);
  writeFileSync(file, text);

  const script = new Script(readFileSync(file, "utf8"), { filename: file });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, outdir);
  const run = module.exports[runner];
  if (typeof run !== "function") throw new Error(`bundle-bin: ${name} exports no function ${runner}`);
  const sink = { write: () => true, isTTY: false };
  const io = { stdout: sink, stderr: sink, cwd: join(root, "scripts", "code-cache-training"), env: {} };
  for (const argv of training) await run(argv, io);
  writeFileSync(`${file}.cache`, script.createCachedData());
  return { fileName, exportNames: Object.keys(module.exports) };
}

const scripts = new Map();
for (const [name, command] of Object.entries(SCRIPT_COMMANDS))
  scripts.set(`./${name}.js`, await buildScript(name, command));

/**
 * esbuild plugin: commands.ts's `import("./validate-command.js")` gets a module that loads the
 * command's script with its code cache ({@link buildScript}) and re-exports its exports.
 */
const scriptCommands = {
  name: "script-commands",
  setup(build) {
    build.onResolve({ filter: /^\.\/[\w-]+\.js$/ }, (args) =>
      args.importer === join(srcDir, "commands.ts") && scripts.has(args.path)
        ? { path: args.path, namespace: "script-command" }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "script-command" }, (args) => {
      const { fileName, exportNames } = scripts.get(args.path);
      return {
        contents: [
          `import { loadCachedScript } from ${JSON.stringify(join(srcDir, "util", "load-cached-script.ts"))};`,
          `const { exports } = loadCachedScript(new URL(${JSON.stringify(`./${fileName}`)}, import.meta.url));`,
          `export const { ${exportNames.join(", ")} } = exports;`,
        ].join("\n"),
        loader: "js",
        resolveDir: srcDir,
      };
    });
  },
};

await build({
  ...COMMON,
  entryPoints: { "akash-sdl": entry },
  outdir,
  splitting: true,
  chunkNames: "chunk-[hash]",
  format: "esm",
  plugins: [lazyYaml, scriptCommands],
  // Some bundled CommonJS dependencies call require() for Node built-ins.
  banner: {
    js: 'import { createRequire as __akashCreateRequire } from "node:module"; const require = __akashCreateRequire(import.meta.url);',
  },
});
