import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/main.js";
import { removeBundledBin, runShell } from "../support/bundled-bin.js";
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
});
