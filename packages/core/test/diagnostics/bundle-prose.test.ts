import { buildSync } from "esbuild";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as DIAGNOSTIC_TABLES from "../../src/diagnostics/code-severities.js";
import { DIAGNOSTIC_CODES } from "../../src/index.js";

describe("browser bundles", () => {
  it("a bundle of parse() carries the codes' severities but none of their documentation prose", () => {
    const src = fileURLToPath(new URL("../../src/index.ts", import.meta.url));
    const out = buildSync({
      stdin: {
        contents: `import { parse } from ${JSON.stringify(src)};\nexport const run = (t) => parse(t);\n`,
        resolveDir: ".",
        loader: "ts",
      },
      bundle: true,
      write: false,
      format: "esm",
      platform: "browser",
      logLevel: "silent",
    });
    const text = out.outputFiles[0]?.text ?? "";
    // The runtime severity table (code-severities.ts: hashed code keys) is in the bundle, the prose is not.
    const { CODE_KEYS } = DIAGNOSTIC_TABLES;
    for (const keys of CODE_KEYS) expect(text).toContain(keys);
    const leaked = Object.entries(DIAGNOSTIC_CODES).filter(([, info]) => text.includes(info.description));
    expect(leaked.map(([code]) => code)).toEqual([]);
  }, 30000);
});
