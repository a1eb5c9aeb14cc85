// Issue 9: the browser bundle of `parse + validate + compile` (esbuild, minified, `platform: "browser"`, gzip) is
// built and measured here, then run in a `node:vm` context that holds no Node globals (no `process`, `Buffer`,
// `require`, timers or `console`), where it hashes SDL files; the hashes must equal the ones Node computes.
import { createContext, runInContext } from "node:vm";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import type { Metafile } from "esbuild";
import { describe, expect, it } from "vitest";
import { parse } from "@akash-sdl/core";
import { validate } from "@akash-sdl/validator";
import { compile, manifestVersionHex } from "../src/index.js";
import { HAS_CORPUS, corpusFiles } from "./support/corpus.js";

/**
 * The gzipped size this test allows: the measured size plus ~250 bytes of room. Issue 9's target is 60 KB; it is not
 * reached: measured 77,027 bytes (75.2 KiB) on 2026-12-07 after session 10 (76,653 after session 9, 74,625 after
 * session 7). Session 9 added ~2.0 KB: yaml.v3's `%YAML` directive, merge-value and token-soup fixes in the reader;
 * Console's own reading of numbers, `persistent`, sizes, null keys and flow text ending in ':' in the validator; GPU
 * memory in the compiler. Session 10 added ~0.4 KB net: error recovery after an open quote or bracket, for
 * misindented entries and for keys missing their ':' (~0.5 KB), less the schema check's verdict memo it removed
 * (~0.1 KB). Session 11 added ~0.7 KB, all error recovery (a misindented line read into the block it likely belongs
 * to, a value or quoted string running onto the next line, blanked lines ending block scalars, the hint naming the block a
 * misindented line is read into): measured 77,769. Session 12 added ~0.5 KB: the hint for an unknown key that is a known
 * key one indentation level away (core's `misplacedKeyHints`, ~0.3 KB) and error recovery for a sequence item whose
 * `- ` line was deleted: measured 78,277; then ~0.5 KB for one error per run of lines misindented the same way and
 * for keys left at the column of a `- ` moved right: measured 78,781.
 * Lower it whenever the bundle shrinks; docs/performance.md ("Browser bundle") has the composition.
 */
const MAX_GZIP_BYTES = 79_030;

const ENTRY = `
import { parse } from "@akash-sdl/core";
import { validate } from "@akash-sdl/validator";
import { compile, manifestVersionHex } from "@akash-sdl/compiler";
export function hashSdl(text) {
  const parsed = parse(text);
  const findings = validate(parsed);
  const { value, diagnostics } = compile(parsed);
  return {
    hash: value === undefined ? null : manifestVersionHex(value.manifest),
    findings: findings.map((d) => d.code),
    codes: diagnostics.map((d) => d.code),
  };
}
`;

interface Bundle {
  readonly code: string;
  readonly gzipBytes: number;
  readonly metafile: Metafile;
}

async function buildBrowserBundle(): Promise<Bundle> {
  const result = await build({
    stdin: { contents: ENTRY, resolveDir: fileURLToPath(new URL("..", import.meta.url)), loader: "ts" },
    bundle: true,
    minify: true,
    platform: "browser",
    format: "iife",
    globalName: "akashSdl",
    target: "es2022",
    conditions: ["@akash-sdl/source"],
    metafile: true,
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.text ?? "";
  return { code, gzipBytes: gzipSync(code, { level: 9 }).length, metafile: result.metafile };
}

/** Bytes of minified output per package (or per folder of ours), largest first. */
function composition(metafile: Metafile): [string, number][] {
  const sizes = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [file, input] of Object.entries(output.inputs)) {
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules)/.exec(file)?.[1];
      const key = pkg ?? /packages\/([^/]+\/src\/[^/]+)/.exec(file)?.[1] ?? file;
      sizes.set(key, (sizes.get(key) ?? 0) + input.bytesInOutput);
    }
  }
  return [...sizes].sort((a, b) => b[1] - a[1]);
}

type HashSdl = (text: string) => { hash: string | null; findings: string[]; codes: string[] };

/** Loads the bundle into a fresh context holding only what a browser page has that the bundle may use. */
function loadInBrowserLikeContext(code: string): { hashSdl: HashSdl; context: Record<string, unknown> } {
  const context: Record<string, unknown> = {
    TextEncoder,
    TextDecoder,
    crypto: { getRandomValues: <T extends ArrayBufferView>(a: T): T => globalThis.crypto.getRandomValues(a as never) },
  };
  createContext(context);
  runInContext(code, context);
  const api = context["akashSdl"] as { hashSdl: HashSdl };
  return { hashSdl: api.hashSdl, context };
}

function hashInNode(text: string): ReturnType<HashSdl> {
  const parsed = parse(text);
  const findings = validate(parsed);
  const { value, diagnostics } = compile(parsed);
  return {
    hash: value === undefined ? null : manifestVersionHex(value.manifest),
    findings: findings.map((d) => d.code),
    codes: diagnostics.map((d) => d.code),
  };
}

const SDL = `version: "2.0"
services:
  web:
    image: nginx:1.27.3
    expose:
      - port: 80
        as: 80
        to:
          - global: true
profiles:
  compute:
    web:
      resources:
        cpu: { units: 0.5 }
        memory: { size: 512Mi }
        storage: { size: 1Gi }
  placement:
    dcloud:
      pricing:
        web: { denom: uakt, amount: 1000 }
deployment:
  web:
    dcloud:
      profile: web
      count: 1
`;

describe("browser bundle of parse + validate + compile", () => {
  const bundled = buildBrowserBundle();

  it(`is at most ${MAX_GZIP_BYTES} bytes gzipped (target 60 KB) and prints its size`, async () => {
    const { code, gzipBytes, metafile } = await bundled;
    const top = composition(metafile)
      .slice(0, 8)
      .map(([name, bytes]) => `${name} ${(bytes / 1024).toFixed(1)} KiB`)
      .join(", ");
    console.log(
      `[browser bundle] ${(code.length / 1024).toFixed(1)} KiB minified, ${(gzipBytes / 1024).toFixed(1)} KiB (${gzipBytes} B) gzipped; largest: ${top}`,
    );
    expect(code.length).toBeGreaterThan(10_000);
    expect(gzipBytes).toBeLessThanOrEqual(MAX_GZIP_BYTES);
  }, 60_000);

  it("holds no module of the yaml package (parse's default front end is the fast reader alone)", async () => {
    const { metafile } = await bundled;
    const inputs = Object.values(metafile.outputs).flatMap((output) =>
      Object.entries(output.inputs)
        .filter(([, input]) => input.bytesInOutput > 0)
        .map(([path]) => path),
    );
    expect(
      inputs.filter((path) => /(^|\/)node_modules\/(\.pnpm\/yaml@[^/]+\/node_modules\/)?yaml\//.test(path)),
    ).toEqual([]);
    expect(inputs.filter((path) => path.includes("core/src/front-ends/yaml/"))).toEqual([]);
  }, 60_000);

  it("refers to no Node built-in module", async () => {
    const { metafile } = await bundled;
    const inputs = Object.keys(metafile.inputs);
    expect(inputs.filter((f) => f.startsWith("node:") || /^(fs|path|crypto|buffer|process|url)$/.test(f))).toEqual([]);
  }, 60_000);

  it("runs with no Node globals and hashes an SDL exactly as Node does", async () => {
    const { code } = await bundled;
    const { hashSdl, context } = loadInBrowserLikeContext(code);
    for (const name of ["process", "Buffer", "require", "setTimeout", "console", "global"]) {
      expect(name in context, name).toBe(false);
    }
    const inBundle = hashSdl(SDL);
    expect(inBundle.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(inBundle).toEqual(hashInNode(SDL));
  }, 60_000);

  it.skipIf(!HAS_CORPUS)(
    "gives Node's hashes and codes for the awesome-akash corpus",
    async () => {
      const { code } = await bundled;
      const { hashSdl } = loadInBrowserLikeContext(code);
      const files = corpusFiles("awesome-akash");
      let hashed = 0;
      for (const file of files) {
        const inBundle = hashSdl(file.text);
        expect(inBundle, file.name).toEqual(hashInNode(file.text));
        if (inBundle.hash !== null) hashed++;
      }
      expect(hashed).toBeGreaterThan(files.length / 2);
    },
    120_000,
  );
});
