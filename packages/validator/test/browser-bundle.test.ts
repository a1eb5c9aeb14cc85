import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

describe("browser bundle", () => {
  it("bundles for the browser without Node built-ins and without new Function (strict CSP)", async () => {
    const entry = fileURLToPath(new URL("../src/index.ts", import.meta.url));
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      platform: "browser",
      format: "esm",
      conditions: ["@akash-sdl/source"],
      minify: true,
      write: false,
      logLevel: "silent",
    });
    const code = result.outputFiles[0]?.text ?? "";
    expect(code.length).toBeGreaterThan(10_000);
    expect(/new Function\(|\beval\(/.test(code)).toBe(false);
    expect(/from"node:|require\("node:/.test(code)).toBe(false);
  }, 60_000);
});
