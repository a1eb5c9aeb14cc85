import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { decodeSdlBytes, readSdlFile } from "../../src/validate/read-sdl-file.js";
import { removeTempTrees, tempTree } from "../util/temp-tree.js";

afterAll(removeTempTrees);

const utf8 = (text: string): Buffer => Buffer.from(text, "utf8");

/** Files whose bytes take each branch: plain, byte-order marks, a spelled U+FFFD, NUL, invalid UTF-8, UTF-16. */
const CASES: Record<string, Buffer> = {
  "plain.yaml": utf8('version: "2.0"\nservices: {}\n'),
  "empty.yaml": Buffer.alloc(0),
  "bom.yaml": utf8('\ufeffversion: "2.0"\n'),
  "two-boms.yaml": utf8('\ufeff\ufeffversion: "2.0"\n'),
  "only-bom.yaml": utf8("\ufeff"),
  "late-bom.yaml": utf8('version: "2.0"\n# \ufeff\n'),
  "replacement-char.yaml": utf8('version: "2.0"\nname: "\ufffd"\n'),
  "bom-and-replacement.yaml": utf8('\ufeffname: "\ufffd"\n'),
  "astral.yaml": utf8("name: caf\u00e9 \u{1f680}\n"),
  "nul.yaml": Buffer.concat([utf8("a: 1\n"), Buffer.from([0]), utf8("b: 2\n")]),
  "invalid.yaml": Buffer.concat([utf8("name: caf"), Buffer.from([0xe9]), utf8("\n")]),
  "invalid-after-replacement.yaml": Buffer.concat([utf8("a: \ufffd\nb: "), Buffer.from([0xc3, 0x28])]),
  "overlong.yaml": Buffer.concat([utf8("a: "), Buffer.from([0xc0, 0xaf])]),
  "utf16le.yaml": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("a: 1\n", "utf16le")]),
  "utf16be.yaml": Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from("\u6100\u3a00")]),
};

describe("readSdlFile", () => {
  it("gives for every file exactly what decodeSdlBytes gives for its bytes", async () => {
    const dir = await tempTree(CASES);
    for (const [name, bytes] of Object.entries(CASES)) {
      expect({ name, read: await readSdlFile(join(dir, name)) }).toEqual({ name, read: decodeSdlBytes(bytes) });
    }
  });

  it("strips one byte-order mark and keeps a spelled U+FFFD", async () => {
    const dir = await tempTree(CASES);
    expect(await readSdlFile(join(dir, "two-boms.yaml"))).toEqual({ ok: true, text: '\ufeffversion: "2.0"\n' });
    expect(await readSdlFile(join(dir, "replacement-char.yaml"))).toEqual({
      ok: true,
      text: 'version: "2.0"\nname: "\ufffd"\n',
    });
  });

  it("reports a missing file as a read error", async () => {
    const dir = await tempTree({});
    const read = await readSdlFile(join(dir, "gone.yaml"));
    expect(read).toMatchObject({ ok: false, ioProblem: true, diagnostic: { code: "cli/read-error" } });
  });

  it("refuses a directory and a named pipe without waiting for a writer", async () => {
    const dir = await tempTree({ "sub/a.yaml": utf8("a: 1\n") });
    const notAFile = { ok: false, ioProblem: true, diagnostic: { code: "cli/read-error" } };
    expect(await readSdlFile(join(dir, "sub"))).toMatchObject(notAFile);
    // Opening a named pipe for reading blocks until a writer comes, unless it is opened non-blocking.
    const pipe = join(dir, "pipe.yaml");
    if (spawnSync("mkfifo", [pipe]).status !== 0) return; // no mkfifo (Windows)
    expect(await readSdlFile(pipe)).toMatchObject(notAFile);
  });
});
