// Bundles the `akash-sdl` bin into one ES module, packages/cli/dist/akash-sdl.js, from the
// TypeScript sources of the CLI and of every library it uses (the `source` export condition), so
// start-up loads one file instead of ~150 modules (issue 9, "Start-up and size"). The libraries
// themselves stay unbundled ESM; bin/akash-sdl.js falls back to dist/bin.js when this has not run.
import { build } from "esbuild";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// `--entry FILE --outfile FILE` (tests bundle the current sources into a temporary file).
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};

await build({
  entryPoints: [arg("--entry", join(root, "src", "bin.ts"))],
  outfile: arg("--outfile", join(root, "dist", "akash-sdl.js")),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  conditions: ["source"],
  // Node built-ins stay imports; everything of ours and the npm libraries go in.
  packages: "bundle",
  minifySyntax: true,
  legalComments: "none",
  logLevel: "warning",
  // Some bundled CommonJS dependencies call require() for Node built-ins.
  banner: { js: 'import { createRequire as __akashCreateRequire } from "node:module"; const require = __akashCreateRequire(import.meta.url);' },
});
