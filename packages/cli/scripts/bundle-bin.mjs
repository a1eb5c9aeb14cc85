// Bundles the `akash-sdl` bin with esbuild into packages/cli/dist/bundle/: one entry file
// (akash-sdl.js) plus one chunk per lazily loaded command, built from the TypeScript sources of the
// CLI and of every library it uses (the `source` export condition). A run then loads the entry and
// the chunks its command needs instead of ~200 modules: measured here (CPU time, 15 runs each)
// `validate examples` 390 → 180 ms, `estimate` 355 → 170 ms, `--help` 108 → 95 ms, output
// identical (issue 9, "Start-up and size"). The libraries themselves stay unbundled ESM;
// bin/akash-sdl.js falls back to the tsc output (dist/bin.js) when this has not run.
//
// `--entry FILE --outdir DIR` override the defaults (tests bundle the current sources into a
// temporary folder).
import { build } from "esbuild";
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

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
  // Some bundled CommonJS dependencies call require() for Node built-ins.
  banner: {
    js: 'import { createRequire as __akashCreateRequire } from "node:module"; const require = __akashCreateRequire(import.meta.url);',
  },
});
