import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { main } from "../../src/main.js";
import { testIo } from "../util/buffer-io.js";

const REPO = fileURLToPath(new URL("../../../../", import.meta.url));
const EXAMPLES = fileURLToPath(new URL("../../../../examples/", import.meta.url));
const BUILT = existsSync(fileURLToPath(new URL("../../dist/main.js", import.meta.url)));

describe("bundled examples", () => {
  it("all validate with zero errors", async () => {
    const names = readdirSync(EXAMPLES)
      .filter((n) => /\.ya?ml$/.test(n))
      .sort();
    expect(names.length).toBeGreaterThanOrEqual(4);
    const io = testIo(REPO);
    const code = await main(["validate", "--format", "json", "examples"], io);
    type Out = {
      files: { file: string; diagnostics: { severity: string }[] }[];
      summary: { files: number; errors: number };
    };
    const out = JSON.parse(io.stdout.text()) as Out;
    expect(out.files.map((f) => f.file)).toEqual(names.map((n) => `examples/${n}`));
    for (const file of out.files)
      expect(
        file.diagnostics.filter((d) => d.severity === "error"),
        file.file,
      ).toEqual([]);
    expect(out.summary).toMatchObject({ files: names.length, errors: 0 });
    expect(code).toBe(0);
  });

  if (!BUILT)
    console.warn("[akash-sdl tests] packages/cli/dist/main.js is missing: the binary test is skipped (run `tsc -b`)");
  it.skipIf(!BUILT)(
    "the built binary validates them too (node packages/cli/bin/akash-sdl.js validate examples)",
    async () => {
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ["packages/cli/bin/akash-sdl.js", "validate", "examples"],
        {
          cwd: REPO,
          env: { ...process.env, NO_COLOR: "1" },
        },
      );
      expect(stdout).toMatch(/\d+ files, 0 errors, \d+ warnings?\n$/);
    },
  );
});
