import { buildSync } from "esbuild";
import type { Metafile } from "esbuild";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/** The repository root: `@akash-sdl/core` resolves from there (a workspace link), from its sources. */
const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));

/** Bundles `contents` for the browser and returns esbuild's metafile (which modules went in). */
function bundle(contents: string): Metafile {
  const out = buildSync({
    stdin: { contents, resolveDir: ROOT, loader: "ts" },
    bundle: true,
    write: false,
    metafile: true,
    format: "esm",
    platform: "browser",
    conditions: ["@akash-sdl/source"],
    logLevel: "silent",
  });
  return out.metafile;
}

/** The modules with code in the bundle (esbuild reads more, e.g. re-exports it then shakes off). */
function bundled(metafile: Metafile): string[] {
  return Object.values(metafile.outputs).flatMap((output) =>
    Object.entries(output.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([path]) => path),
  );
}

/** The bundled modules that belong to the `yaml` package. */
function yamlModules(metafile: Metafile): string[] {
  return bundled(metafile).filter((path) =>
    /(^|\/)node_modules\/(\.pnpm\/yaml@[^/]+\/node_modules\/)?yaml\//.test(path),
  );
}

/** The bundle holds the fast reader and neither the yaml package nor our yaml front ends. */
function expectFastReaderAlone(metafile: Metafile): void {
  const inputs = bundled(metafile);
  expect(inputs.some((path) => path.endsWith("src/front-ends/fast/fast-front-end.ts"))).toBe(true);
  expect(yamlModules(metafile)).toEqual([]);
  expect(inputs.filter((path) => path.includes("src/front-ends/yaml/"))).toEqual([]);
}

describe("the yaml package in browser bundles", () => {
  it("a bundle of the fast reader (fastFrontEnd from @akash-sdl/core) holds no module of the yaml package", () => {
    const metafile = bundle(
      'import { DEFAULT_PARSE_LIMITS, fastFrontEnd } from "@akash-sdl/core";\nexport const run = (t: string) => fastFrontEnd(t, DEFAULT_PARSE_LIMITS).diagnostics.length;\n',
    );
    expectFastReaderAlone(metafile);
  }, 60_000);

  it("parse's default front end is the fast reader alone, so a bundle of parse holds no module of the yaml package", () => {
    const metafile = bundle(
      'import { parse } from "@akash-sdl/core";\nexport const run = (t: string) => parse(t).diagnostics.length;\n',
    );
    expectFastReaderAlone(metafile);
  }, 60_000);

  it("the yaml front end comes from its own subpath, @akash-sdl/core/yaml-front-end, and brings the yaml package", () => {
    const metafile = bundle(
      'import { yamlFrontEnd } from "@akash-sdl/core/yaml-front-end";\nexport const run = (t: string) => yamlFrontEnd(t, { maxInputLength: 1e6, maxDepth: 64, maxTokens: 1e5, maxAliasExpansion: 1e5, maxDiagnostics: 1000 }).root;\n',
    );
    expect(yamlModules(metafile).length).toBeGreaterThan(10);
  }, 60_000);
});
