import { buildSync } from "esbuild";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { SDL_KEY_DOCS } from "../../src/index.js";

/** Bundles `code` (which imports from core's source index as `core`) the way a browser app would. */
function bundle(code: string): string {
  const src = fileURLToPath(new URL("../../src/index.ts", import.meta.url));
  const out = buildSync({
    stdin: { contents: `import * as core from ${JSON.stringify(src)};\n${code}\n`, resolveDir: ".", loader: "ts" },
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    logLevel: "silent",
  });
  return out.outputFiles[0]?.text ?? "";
}

/**
 * The longest run of plain letters, spaces and commas in a doc: found in any bundle that holds the
 * doc, however the bundler quotes or escapes the rest (quotes, backticks, non-ASCII characters).
 */
function probe(doc: string): string {
  return (doc.match(/[A-Za-z ,]+/g) ?? []).reduce((a, b) => (b.length > a.length ? b : a), "");
}

/** The keys whose doc text is in the bundle. */
function leakedDocs(text: string): string[] {
  return Object.entries(SDL_KEY_DOCS)
    .filter(([, doc]) => text.includes(probe(doc)))
    .map(([path]) => path);
}

describe("key docs in browser bundles", () => {
  it("parse + the key table + buildSdlJsonSchema carry no key doc; sdlJsonSchema carries them all", () => {
    const runtime = bundle(
      'export const run = (t) => [core.parse(t), core.keyNamesAt("services.*"), core.buildSdlJsonSchema("console")];',
    );
    for (const doc of Object.values(SDL_KEY_DOCS)) expect(probe(doc).length, doc).toBeGreaterThanOrEqual(8);
    expect(leakedDocs(runtime)).toEqual([]);
    // The check can fail: the function that offers descriptions brings every doc along.
    const withDocs = bundle("export const run = () => core.sdlJsonSchema({ descriptions: true });");
    expect(leakedDocs(withDocs)).toHaveLength(Object.keys(SDL_KEY_DOCS).length);
  }, 60000);
});
