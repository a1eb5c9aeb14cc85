/**
 * `examples/generate.ts` (the builder's "generate an SDL for a model" script) must print what
 * `akash-sdl init` prints for the same model, and the builder README's Llama-3.1-8B vLLM SDL must be
 * that output. The script is bundled and run the way its header says (esbuild under the
 * `@akash-sdl/source` condition, then `node`).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { compile, manifestVersionHex } from "@akash-sdl/compiler";
import { parse } from "@akash-sdl/core";
import { validate } from "@akash-sdl/validator";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/main.js";
import { testIo } from "../util/buffer-io.js";
import { typeCheckExamples } from "../support/type-check-examples.js";
import { removeTempTrees, tempTree } from "../util/temp-tree.js";

const ROOT = resolve(import.meta.dirname, "../../../..");
const SCRIPT = join(ROOT, "examples/generate.ts");
let dir = "";

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "akash-sdl-generate-"));
  await build({
    entryPoints: [SCRIPT],
    bundle: true,
    platform: "node",
    format: "cjs",
    conditions: ["@akash-sdl/source"],
    nodePaths: [join(ROOT, "packages/cli/node_modules")],
    outfile: join(dir, "generate.cjs"),
    logLevel: "silent",
  });
}, 120_000);

afterAll(async () => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  await removeTempTrees();
});

/** Runs the bundled script; its standard output (throws on a non-zero exit). */
function generate(...args: string[]): string {
  return execFileSync(process.execPath, [join(dir, "generate.cjs"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}

async function init(...args: string[]): Promise<string> {
  const io = testIo(await tempTree({}));
  expect(await main(["init", ...args], io)).toBe(0);
  return io.stdout.text();
}

describe("examples/generate.ts", () => {
  it("imports only the public packages and type-checks strictly", () => {
    const source = readFileSync(SCRIPT, "utf8");
    const specifiers = [...source.matchAll(/^import\s[^;]*?from\s+"([^"]+)";/gms)].map((m) => m[1]);
    expect(specifiers).toEqual(["@akash-sdl/builder", "@akash-sdl/compiler", "@akash-sdl/estimator"]);
    expect(typeCheckExamples(ROOT, [SCRIPT])).toEqual([]);
  }, 120_000);

  const cases: readonly (readonly string[])[] = [
    ["meta-llama/Llama-3.1-8B-Instruct", "8192"],
    ["openai/whisper-large-v3"],
    ["BAAI/bge-m3"],
    ["llama-3.1-70b", "16384"],
  ];
  it.each(cases.map((c) => [c.join(" "), c] as const))(
    "generate.ts %s prints what akash-sdl init prints; the SDL validates and compiles",
    async (_, [model, context]) => {
      const stdout = generate(model!, ...(context === undefined ? [] : [context]));
      expect(stdout).toBe(await init("--model", model!, ...(context === undefined ? [] : ["--context", context])));
      const parsed = parse(stdout);
      expect(validate(parsed).filter((d) => d.severity === "error")).toEqual([]);
      expect(manifestVersionHex(compile(parsed).value!.manifest)).toMatch(/^[0-9a-f]{64}$/);
    },
    60_000,
  );

  it("is the Llama-3.1-8B vLLM SDL the builder README shows", () => {
    const readme = readFileSync(join(ROOT, "packages/builder/README.md"), "utf8");
    const block = /gives \(`examples\/generate\.ts`[^\n]*\n\n```yaml\n([\s\S]*?)```/.exec(readme);
    expect(block).not.toBeNull();
    expect(block![1]).toBe(generate());
  });
});
