import { isUtf8 } from "node:buffer";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodePathBytes } from "../../src/util/decode-path-bytes.js";
import { findInvalidUtf8 } from "../../src/util/find-invalid-utf8.js";
import { parseCommandLine } from "../../src/util/parse-command-line.js";

describe("findInvalidUtf8", () => {
  const fatal = new TextDecoder("utf-8", { fatal: true });
  const valid = (bytes: Uint8Array): boolean => {
    try {
      fatal.decode(bytes);
      return true;
    } catch {
      return false;
    }
  };

  it("finds known bad sequences", () => {
    expect(findInvalidUtf8(new TextEncoder().encode("héllo 🚀"))).toBe(-1);
    expect(findInvalidUtf8(new Uint8Array([0x61, 0xc0, 0x80]))).toBe(1); // overlong
    expect(findInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0); // surrogate
    expect(findInvalidUtf8(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // above U+10FFFF
    expect(findInvalidUtf8(new Uint8Array([0x61, 0x62, 0xe2, 0x82]))).toBe(2); // truncated
  });

  it("agrees with the WHATWG decoder on random bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        const at = findInvalidUtf8(bytes);
        expect(at === -1).toBe(valid(bytes));
        if (at >= 0) expect(valid(bytes.subarray(0, at))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("agrees with Node's isUtf8 (the fast check run first on file contents and path bytes)", () => {
    for (const bytes of [
      [0x61, 0xc0, 0x80],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0xe2, 0x82],
      [0xef, 0xbb, 0xbf],
    ])
      expect(isUtf8(new Uint8Array(bytes))).toBe(findInvalidUtf8(new Uint8Array(bytes)) === -1);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 40 }),
          fc.string({ unit: "grapheme", maxLength: 20 }).map((s) => new TextEncoder().encode(s)),
        ),
        (bytes) => {
          expect(isUtf8(bytes)).toBe(findInvalidUtf8(bytes) === -1);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("decodePathBytes", () => {
  it("keeps UTF-8 names and spells every other byte as \\xNN", () => {
    expect(decodePathBytes(Buffer.from("/srv/café/🚀.yaml"))).toEqual({ text: "/srv/café/🚀.yaml", valid: true });
    expect(decodePathBytes(Buffer.from([0x61, 0xff, 0x62, 0xc0, 0x80]))).toEqual({
      text: "a\\xffb\\xc0\\x80",
      valid: false,
    });
  });
});

describe("parseCommandLine", () => {
  const spec = { format: { type: "string", short: "f" }, help: { type: "boolean", short: "h" } } as const;
  it("parses values, flags and positionals", () => {
    expect(parseCommandLine(["-f", "json", "a", "--help", "--", "-b"], spec)).toEqual({
      ok: true,
      values: { format: "json", help: true },
      positionals: ["a", "-b"],
    });
  });
  it("turns unknown options and missing values into one-sentence errors", () => {
    expect(parseCommandLine(["--nope"], spec)).toEqual({ ok: false, error: "Unknown option '--nope'" });
    const missing = parseCommandLine(["--format"], spec);
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error).toMatch(/--format/);
  });
});
