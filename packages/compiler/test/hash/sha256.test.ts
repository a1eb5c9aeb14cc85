import { createHash } from "node:crypto";
import { sha256 as nobleSha256 } from "@noble/hashes/sha2.js";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { compile, manifestToSortedJson, manifestVersion, manifestVersionHex } from "../../src/index.js";
import type { Sha256 } from "../../src/index.js";
import { sha256Prefix, sha256Scratch } from "../../src/hash/sha256.js";
import { corpusFiles, HAS_CORPUS } from "../support/corpus.js";

const hex = (b: Uint8Array): string => Buffer.from(b).toString("hex");
const nodeHex = (b: Uint8Array): string => createHash("sha256").update(b).digest("hex");
const ours = (data: Uint8Array): Uint8Array => {
  const buffer = sha256Scratch(data.length);
  buffer.set(data);
  return sha256Prefix(buffer, data.length);
};
const ascii = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
const nodeSha256: Sha256 = (data) => createHash("sha256").update(data).digest();

describe("sha256 (the version hash's own SHA-256)", () => {
  test("FIPS 180-4 / NIST test vectors", () => {
    expect(hex(ours(ascii("")))).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(hex(ours(ascii("abc")))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(hex(ours(ascii("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")))).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    );
    expect(
      hex(
        ours(
          ascii(
            "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
          ),
        ),
      ),
    ).toBe("cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
    // One million 'a': larger than the kept scratch buffer (1 MiB), so a fresh buffer is used.
    expect(hex(ours(new Uint8Array(1_000_000).fill(0x61)))).toBe(
      "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
    );
  });

  test("every length from 0 to 300 bytes (each padding case around the block boundaries)", () => {
    for (let n = 0; n <= 300; n++) {
      const data = Uint8Array.from({ length: n }, (_, i) => (i * 131 + n * 7) & 255);
      expect(hex(ours(data)), `length ${n}`).toBe(nodeHex(data));
    }
  });

  test("random bytes: the same digest as node:crypto and @noble/hashes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5000 }), (data) => {
        const digest = hex(ours(data));
        expect(digest).toBe(nodeHex(data));
        expect(digest).toBe(hex(nobleSha256(data)));
      }),
      { numRuns: 500 },
    );
  });

  test("a scratch larger than the default 64 KiB is kept and reused; the digest is a fresh array", () => {
    const big = new Uint8Array(200_000).map((_, i) => i & 255);
    const a = ours(big);
    expect(sha256Scratch(200_000)).toBe(sha256Scratch(100));
    const b = ours(big);
    expect(hex(a)).toBe(nodeHex(big));
    expect(b).not.toBe(a);
    expect(hex(b)).toBe(hex(a));
  });
});

describe.skipIf(!HAS_CORPUS)("manifestVersion on the corpus", () => {
  const compiled = corpusFiles().flatMap((f) => {
    const value = compile(f.text).value;
    return value === undefined ? [] : [{ name: f.name, manifest: value.manifest, version: value.version }];
  });

  test("the built-in hash, node:crypto's (injected) and @noble/hashes' give the same version", () => {
    expect(compiled.length).toBeGreaterThan(400);
    for (const { name, manifest, version } of compiled) {
      const expected = createHash("sha256").update(manifestToSortedJson(manifest), "utf8").digest("hex");
      expect(hex(version), name).toBe(expected);
      expect(hex(manifestVersion(manifest, nodeSha256)), name).toBe(expected);
      expect(hex(manifestVersion(manifest, nobleSha256)), name).toBe(expected);
      expect(manifestVersionHex(manifest), name).toBe(expected);
      expect(manifestVersionHex(manifest, nodeSha256), name).toBe(expected);
    }
  });

  test("an injected hash is called with the UTF-8 bytes and its result comes back as a plain Uint8Array", () => {
    const { manifest } = compiled[0] as (typeof compiled)[number];
    const seen: string[] = [];
    const version = manifestVersion(manifest, (data) => {
      seen.push(Buffer.from(data).toString("utf8"));
      return createHash("sha256").update(data).digest();
    });
    expect(seen).toEqual([manifestToSortedJson(manifest)]);
    expect(Object.getPrototypeOf(version)).toBe(Uint8Array.prototype);
    expect(version.length).toBe(32);
  });

  test("compile's sha256 option is used for the version", () => {
    const text = corpusFiles().find((f) => compile(f.text).value !== undefined)?.text ?? "";
    let calls = 0;
    const injected = compile(text, {
      sha256: (data) => {
        calls++;
        return nodeSha256(data);
      },
    });
    expect(calls).toBe(1);
    expect(hex(injected.value?.version ?? new Uint8Array())).toBe(
      hex(compile(text).value?.version ?? new Uint8Array(1)),
    );
  });
});
