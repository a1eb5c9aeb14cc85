import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/main.js";
import { bundledBin, removeBundledBin, runShell } from "../support/bundled-bin.js";
import { testIo } from "../util/buffer-io.js";
import { removeTempTrees, tempTree } from "../util/temp-tree.js";
import { INVALID_SDL, VALID_SDL, WARNING_SDL } from "../validate/fixtures.js";

afterAll(removeTempTrees);
afterAll(removeBundledBin);

let dir = "";
beforeAll(async () => {
  await bundledBin();
  const files: Record<string, string> = { "clean.yaml": VALID_SDL };
  // Enough output (> 64 KiB) that the pipe fills and the writer sees EPIPE.
  for (let i = 0; i < 200; i++) files[`many/f${String(i).padStart(3, "0")}.yaml`] = INVALID_SDL;
  for (let i = 0; i < 200; i++) files[`warn/w${String(i).padStart(3, "0")}.yaml`] = WARNING_SDL;
  dir = await tempTree(files);
}, 60_000);

describe("issue 12 item 7: standard input stops at the limit", () => {
  it("`yes | validate -` ends with cli/file-too-large", async () => {
    const run = await runShell("yes | $BIN validate --format json -", dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("cli/file-too-large");
  });

  it("`validate - < /dev/zero` ends with cli/file-too-large", async () => {
    const run = await runShell("$BIN validate --format json - < /dev/zero", dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("cli/file-too-large");
  });
});

describe("issue 12 item 11: broken pipes and full disks", () => {
  it("a broken pipe ends quietly with the run's own status (0 clean, 1 errors)", async () => {
    const warnings = await runShell('$BIN validate warn | head -c 10 >/dev/null; echo "rc=${PIPESTATUS[0]}"', dir);
    expect(warnings.stderr).toBe("");
    expect(warnings.stdout).toContain("rc=0");
    const errors = await runShell(
      '$BIN validate --format json many | head -c 10 >/dev/null; echo "rc=${PIPESTATUS[0]}"',
      dir,
    );
    expect(errors.stderr).toBe("");
    expect(errors.stdout).toContain("rc=1");
  });

  it.skipIf(!existsSync("/dev/full"))("a full disk exits 2 with one line on stderr", async () => {
    const run = await runShell("$BIN validate clean.yaml many > /dev/full", dir);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/cannot write the output: ENOSPC/);
  });
});

describe("issue 12 item 12: I/O errors are exit 2, not empty documents", () => {
  it("standard input that is a directory", async () => {
    const run = await runShell("$BIN validate --format json - < .", dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("cli/read-error");
    expect(run.stdout).toContain("directory");
  });

  it("standard input that is closed", async () => {
    const run = await runShell("$BIN validate --format json - <&-", dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("cli/read-error");
  });

  it('`validate ""` is a usage error, not a walk of the working directory', async () => {
    const io = testIo(dir);
    expect(await main(["validate", ""], io)).toBe(2);
    expect(io.stderr.text()).toMatch(/a PATH is empty/);
    expect(io.stdout.text()).toBe("");
  });
});
