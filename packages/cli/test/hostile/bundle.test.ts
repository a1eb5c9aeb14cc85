import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/main.js";
import { bundledBin, removeBundledBin, runShell } from "../support/bundled-bin.js";
import { testIo } from "../util/buffer-io.js";

afterAll(removeBundledBin);

const REPO = fileURLToPath(new URL("../../../../", import.meta.url));

describe("the bundled bin (scripts/bundle-bin.mjs)", () => {
  it.each([
    [["validate", "--format", "json", "examples"]],
    [["validate", "examples"]],
    [["estimate", "--model", "llama-3.1-8b", "--format", "json"]],
    [["--help"]],
  ])(
    "prints exactly what main() prints for %j",
    async (argv) => {
      const io = testIo(REPO, { env: { NO_COLOR: "1" } });
      const code = await main(argv, io);
      const run = await runShell(`$BIN ${argv.join(" ")}`, REPO, 60_000);
      expect(run.stdout).toBe(io.stdout.text());
      expect(run.stderr).toBe(io.stderr.text());
      expect(run.code).toBe(code);
    },
    90_000,
  );

  it("builds validate as a script with a code cache that a fresh node accepts", async () => {
    const bundle = join(dirname(await bundledBin()), "bundle");
    const scripts = readdirSync(bundle).filter((name) => /^validate-command-[0-9a-f]{12}\.cjs$/.test(name));
    expect(scripts).toHaveLength(1);
    expect(readdirSync(bundle)).toContain(`${scripts[0]}.cache`);
    const file = join(bundle, scripts[0] ?? "");
    const rejected = execFileSync(
      process.execPath,
      [
        "-e",
        `const fs = require("node:fs");
         const script = new (require("node:vm").Script)(fs.readFileSync(process.argv[1], "utf8"), { filename: process.argv[1], cachedData: fs.readFileSync(process.argv[1] + ".cache") });
         process.stdout.write(String(script.cachedDataRejected));`,
        file,
      ],
      { encoding: "utf8" },
    );
    expect(rejected).toBe("false");
  }, 90_000);
});
