import { truncate, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createLineCounter } from "@akash-sdl/core";
import { main } from "../../src/main.js";
import { testIo } from "../util/buffer-io.js";
import type { TestIo } from "../util/buffer-io.js";
import { removeTempTrees, tempTree } from "../util/temp-tree.js";
import { COMPOSE_YAML, INVALID_SDL, VALID_SDL, WARNING_SDL } from "./fixtures.js";

afterAll(removeTempTrees);

async function run(
  cwd: string,
  args: string[],
  options: Parameters<typeof testIo>[1] = {},
): Promise<{ code: number; io: TestIo }> {
  const io = testIo(cwd, options);
  const code = await main(["validate", ...args], io);
  return { code, io };
}

interface JsonOut {
  files: { file: string; diagnostics: Record<string, unknown>[] }[];
  summary: { files: number; errors: number; warnings: number };
}
const json = (io: TestIo): JsonOut => JSON.parse(io.stdout.text()) as JsonOut;

describe("akash-sdl validate: exit codes and text output", () => {
  it("exits 0 for valid files and prints only the summary", async () => {
    const dir = await tempTree({ "a.yaml": VALID_SDL, "b.yml": VALID_SDL });
    const { code, io } = await run(dir, ["a.yaml", "b.yml"]);
    expect(code).toBe(0);
    expect(io.stdout.text()).toBe("2 files, 0 errors, 0 warnings\n");
    expect(io.stderr.text()).toBe("");
  });

  it("exits 1 for an error and shows its position, a code frame and the summary", async () => {
    const dir = await tempTree({ "bad.yaml": INVALID_SDL });
    const { code, io } = await run(dir, ["bad.yaml"]);
    expect(code).toBe(1);
    const at = INVALID_SDL.indexOf("Zb");
    const { line, column } = createLineCounter(INVALID_SDL).positionAt(at);
    const out = io.stdout.text().split("\n");
    expect(out[0]).toMatch(new RegExp(`^bad\\.yaml:${line}:${column}: error: .+ \\[scalar/invalid-size-suffix\\]$`));
    expect(out).toContain(`  > ${line} |           size: 512Zb`);
    expect(out).toContain(`    ${" ".repeat(String(line).length)} |${" ".repeat(column)}^^`);
    expect(out.at(-2)).toBe("1 file, 1 error, 0 warnings");
  });

  it("exits 0 when there are only warnings", async () => {
    const dir = await tempTree({ "w.yaml": WARNING_SDL });
    const { code, io } = await run(dir, ["w.yaml"]);
    expect(code).toBe(0);
    expect(io.stdout.text()).toMatch(/^w\.yaml:5:5: warning: .+\[sdl\/unknown-key\]$/m);
    expect(io.stdout.text()).toMatch(/1 file, 0 errors, 1 warning\n$/);
  });

  it("exits 2 for a missing file but still validates the others", async () => {
    const dir = await tempTree({ "bad.yaml": INVALID_SDL });
    const { code, io } = await run(dir, ["nope.yaml", "bad.yaml"]);
    expect(code).toBe(2);
    expect(io.stdout.text()).toContain("nope.yaml: error: The file 'nope.yaml' does not exist. [cli/file-not-found]");
    expect(io.stdout.text()).toContain("[scalar/invalid-size-suffix]");
    expect(io.stdout.text()).toMatch(/2 files, 2 errors, 0 warnings\n$/);
  });

  it("exits 2 for usage errors with a message on stderr and nothing on stdout", async () => {
    const dir = await tempTree({ "a.yaml": VALID_SDL });
    for (const args of [["--bogus", "a.yaml"], ["--format", "xml", "a.yaml"], [], ["--format"]]) {
      const { code, io } = await run(dir, args);
      expect(code, args.join(" ")).toBe(2);
      expect(io.stdout.text()).toBe("");
      expect(io.stderr.text()).toMatch(/^akash-sdl validate: .+\nRun 'akash-sdl validate --help' for usage\.\n$/);
    }
    const bogus = await run(dir, ["--bogus"]);
    expect(bogus.io.stderr.text()).toContain("Unknown option '--bogus'");
  });

  it("prints help with exit 0", async () => {
    for (const flag of ["--help", "-h"]) {
      const { code, io } = await run(process.cwd(), [flag]);
      expect(code).toBe(0);
      expect(io.stdout.text()).toMatch(/^Usage: akash-sdl validate \[options\] PATH\.\.\./);
      expect(io.stdout.text()).toContain("--format text|json");
    }
  });

  it("exits 2 for a path that is not a regular file", async () => {
    const { code, io } = await run(process.cwd(), ["--format", "json", "/dev/null"]);
    expect(code).toBe(2);
    expect(json(io).files[0]?.diagnostics[0]?.["code"]).toBe("cli/read-error");
  });
});

describe("akash-sdl validate --format json", () => {
  it("prints one object with the documented shape", async () => {
    const dir = await tempTree({ "bad.yaml": INVALID_SDL, "ok.yaml": VALID_SDL, "w.yaml": WARNING_SDL });
    const { code, io } = await run(dir, ["--format", "json", "bad.yaml", "ok.yaml", "w.yaml", "missing.yaml"]);
    expect(code).toBe(2);
    const out = json(io);
    expect(Object.keys(out)).toEqual(["files", "summary"]);
    expect(out.summary).toEqual({ files: 4, errors: 2, warnings: 1, skipped: 0 });
    expect(out.files.map((f) => f.file)).toEqual(["missing.yaml", "bad.yaml", "ok.yaml", "w.yaml"]);

    const lc = createLineCounter(INVALID_SDL);
    const at = INVALID_SDL.indexOf("Zb");
    const bad = out.files[1]?.diagnostics[0];
    expect(Object.keys(bad ?? {})).toEqual([
      "code",
      "severity",
      "message",
      "line",
      "column",
      "endLine",
      "endColumn",
      "path",
      "hints",
    ]);
    expect(bad).toMatchObject({
      code: "scalar/invalid-size-suffix",
      severity: "error",
      line: lc.positionAt(at).line,
      column: lc.positionAt(at).column,
      endLine: lc.positionAt(at).line,
      endColumn: lc.positionAt(at).column + 2, // exclusive
      path: ["profiles", "compute", "web", "resources", "memory", "size"],
    });
    expect(Array.isArray(bad?.["hints"])).toBe(true);
    expect(typeof bad?.["message"]).toBe("string");

    expect(out.files[0]?.diagnostics).toEqual([
      {
        code: "cli/file-not-found",
        severity: "error",
        message: "The file 'missing.yaml' does not exist.",
        line: null,
        column: null,
        endLine: null,
        endColumn: null,
        path: null,
        hints: [],
      },
    ]);
    expect(out.files[2]?.diagnostics).toEqual([]);
    expect(out.files[3]?.diagnostics[0]).toMatchObject({
      severity: "warning",
      line: 5,
      column: 5,
      endLine: 5,
      endColumn: 12,
    });
    expect(io.stderr.text()).toBe("");
  });

  it("accepts --format=json and -f json, and never colours JSON", async () => {
    const dir = await tempTree({ "bad.yaml": INVALID_SDL });
    for (const args of [["--format=json"], ["-f", "json"]]) {
      const { code, io } = await run(dir, [...args, "bad.yaml"], {
        env: { FORCE_COLOR: "1" },
        stdout: { isTTY: true },
      });
      expect(code).toBe(1);
      expect(io.stdout.text()).not.toContain("\u001b[");
      expect(json(io).summary).toEqual({ files: 1, errors: 1, warnings: 0, skipped: 0 });
    }
  });
});

describe("akash-sdl validate: file contents", () => {
  it("reports invalid UTF-8 at the first bad byte instead of crashing", async () => {
    const bytes = Buffer.concat([Buffer.from('version: "2.0"\nname: caf'), Buffer.from([0xe9]), Buffer.from("\n")]);
    const dir = await tempTree({ "latin1.yaml": bytes });
    const { code, io } = await run(dir, ["--format", "json", "latin1.yaml"]);
    expect(code).toBe(1);
    expect(json(io).files[0]?.diagnostics[0]).toMatchObject({
      code: "cli/invalid-utf8",
      line: 2,
      column: 10,
      endColumn: 11,
    });
    const text = await run(dir, ["latin1.yaml"]);
    expect(text.io.stdout.text()).toContain("  > 2 | name: caf\ufffd");
  });

  it("reports binary and UTF-16 files", async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("version: '2.0'\n", "utf16le")]);
    const dir = await tempTree({ "blob.yaml": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]), "wide.yaml": utf16 });
    const { code, io } = await run(dir, ["--format", "json", "blob.yaml", "wide.yaml"]);
    expect(code).toBe(1);
    const codes = json(io).files.map((f) => f.diagnostics.map((d) => d["code"]));
    expect(codes).toEqual([["cli/binary-file"], ["cli/invalid-utf8"]]);
  });

  it("accepts a UTF-8 byte-order mark", async () => {
    const dir = await tempTree({ "bom.yaml": `\ufeff${VALID_SDL}` });
    expect((await run(dir, ["bom.yaml"])).code).toBe(0);
  });

  it("does not read files above 16 MiB", async () => {
    const dir = await tempTree({});
    const big = join(dir, "big.yaml");
    await writeFile(big, "a: 1\n");
    await truncate(big, 16 * 1024 * 1024 + 1); // sparse: nothing is written
    const { code, io } = await run(dir, ["--format", "json", "big.yaml"]);
    expect(code).toBe(1);
    expect(json(io).files[0]?.diagnostics[0]).toMatchObject({ code: "cli/file-too-large", line: null });
  });

  it("skips foreign YAML found in directories with a warning, but validates it when named", async () => {
    const dir = await tempTree({ "sdl/deploy.yaml": VALID_SDL, "sdl/docker-compose.yml": COMPOSE_YAML });
    const found = await run(dir, ["--format", "json", "sdl"]);
    expect(found.code).toBe(0);
    expect(json(found.io).files.map((f) => [f.file, f.diagnostics.map((d) => d["code"])])).toEqual([
      ["sdl/deploy.yaml", []],
      ["sdl/docker-compose.yml", ["cli/not-sdl"]],
    ]);
    const named = await run(dir, ["sdl/docker-compose.yml"]);
    expect(named.code).toBe(1);
  });
});
