import { describe, expect, it } from "vitest";
import { main } from "../../src/main.js";
import { MAX_FILE_BYTES } from "../../src/validate/read-sdl-file.js";
import { testIo } from "../util/buffer-io.js";
import { INVALID_SDL, VALID_SDL } from "./fixtures.js";

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A test io whose standard input holds `bytes` and records the limit it was asked for. */
function stdinIo(bytes: Uint8Array): { io: ReturnType<typeof testIo>; asked: number[] } {
  const asked: number[] = [];
  const base = testIo(process.cwd());
  const io = {
    ...base,
    readStdin: async (maxBytes: number) => {
      asked.push(maxBytes);
      return bytes.subarray(0, maxBytes + 1);
    },
  };
  return { io, asked };
}

describe("akash-sdl validate - (standard input)", () => {
  it("validates standard input as <stdin>", async () => {
    const { io, asked } = stdinIo(encode(INVALID_SDL));
    const status = await main(["validate", "--format", "json", "-"], io);
    const report = JSON.parse(io.stdout.text()) as { files: { file: string; diagnostics: { severity: string }[] }[] };
    expect(status).toBe(1);
    expect(asked).toEqual([MAX_FILE_BYTES]);
    expect(report.files.map((f) => f.file)).toEqual(["<stdin>"]);
    expect(report.files[0]?.diagnostics.some((d) => d.severity === "error")).toBe(true);
  });

  it("exits 0 for a valid text on standard input", async () => {
    const { io } = stdinIo(encode(VALID_SDL));
    expect(await main(["validate", "-"], io)).toBe(0);
    expect(io.stdout.text()).toContain("1 file, 0 errors");
  });

  it("applies the file checks to standard input (invalid UTF-8, size)", async () => {
    const bad = stdinIo(new Uint8Array([0x61, 0x3a, 0x20, 0xff, 0x0a]));
    expect(await main(["validate", "--format", "json", "-"], bad.io)).toBe(1);
    expect(bad.io.stdout.text()).toContain("cli/invalid-utf8");

    const big = stdinIo(new Uint8Array(MAX_FILE_BYTES + 10).fill(0x61));
    expect(await main(["validate", "--format", "json", "-"], big.io)).toBe(1);
    expect(big.io.stdout.text()).toContain("cli/file-too-large");
  });

  it("is a usage error where the caller provides no standard input", async () => {
    const io = testIo(process.cwd());
    expect(await main(["validate", "-"], io)).toBe(2);
    expect(io.stderr.text()).toContain("standard input");
  });
});
