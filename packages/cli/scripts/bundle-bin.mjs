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
// measured `--help` 89 → 136 ms and `validate` of one file 157 → 180 ms CPU. Whitespace and name
// minification saved ~3 ms (not kept: stack traces stay readable).
//
// `yaml` (core's fallback front end, 229 KiB of the validate chunk) is bundled behind a lazy shim
// (lazyYaml below): its CommonJS module is evaluated on first use instead of when the chunk loads,
// which saves ~5 ms (of ~155) per `validate` of a file that never falls back.
//
// `--entry FILE --outdir DIR` override the defaults (tests bundle the current sources into a
// temporary folder).
import { build } from "esbuild";
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

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

const outdir = arg("--outdir", join(root, "dist", "bundle"));
rmSync(outdir, { recursive: true, force: true }); // no stale chunks from an earlier build

await build({
  entryPoints: { "akash-sdl": arg("--entry", join(root, "src", "bin.ts")) },
  outdir,
  bundle: true,
  splitting: true,
  chunkNames: "chunk-[hash]",
  platform: "node",
  format: "esm",
  target: "node20",
  conditions: ["@akash-sdl/source"],
  minifySyntax: true,
  legalComments: "none",
  logLevel: "warning",
  plugins: [lazyYaml],
  // Some bundled CommonJS dependencies call require() for Node built-ins.
  banner: {
    js: 'import { createRequire as __akashCreateRequire } from "node:module"; const require = __akashCreateRequire(import.meta.url);',
  },
});
