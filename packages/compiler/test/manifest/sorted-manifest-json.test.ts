import { createHash } from "node:crypto";
import { parse } from "@akash-sdl/core";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { buildGroups, goSortJson, manifestJson, manifestToSortedJson, manifestVersion } from "../../src/index.js";
import type { Manifest, ManifestExpose, ManifestService } from "../../src/index.js";
import { corpusFiles, HAS_CORPUS } from "../support/corpus.js";
import { resources } from "../proto/arbitraries.js";

// The generic path the one-pass writer replaces: Go-ordered value tree, then SortJSON.
const generic = (m: Manifest): string => goSortJson(manifestJson(m));
const sha256Hex = (s: string): string => createHash("sha256").update(s, "utf8").digest("hex");
const hex = (b: Uint8Array): string => Buffer.from(b).toString("hex");

// Text with everything Go escapes or encodes specially: HTML characters, controls, U+2028/2029,
// lone and paired surrogates, multi-byte characters.
const unit = fc.oneof(
  fc.constantFrom("<", ">", "&", '"', "\\", "\n", "\t", "\b", "\f", "\u0000", "\u001f", "\u007f"),
  fc.constantFrom("\u2028", "\u2029", "\ud800", "\udfff", "\ud83d\ude00", "é", "€", "\ufffd"),
  fc.string({ maxLength: 3 }),
);
const text = fc.oneof(fc.string({ maxLength: 8 }), fc.string({ unit, maxLength: 6 }));
const strings = fc.option(fc.array(text, { maxLength: 3 }), { nil: null });
const int = fc.integer({ min: 0, max: 2 ** 31 });

const expose: fc.Arbitrary<ManifestExpose> = fc.record({
  port: int,
  externalPort: int,
  proto: fc.constantFrom("TCP", "UDP"),
  service: text,
  global: fc.boolean(),
  hosts: strings,
  httpOptions: fc.oneof(
    // Go's defaults (the writer's fast path), and near misses of them.
    fc.record({
      maxBodySize: fc.constantFrom(1048576, 1048577),
      readTimeout: fc.constant(60000),
      sendTimeout: fc.constantFrom(60000, 0),
      nextTries: fc.constant(3),
      nextTimeout: fc.constantFrom(0, 1),
      nextCases: fc.constantFrom(["error", "timeout"], ["error"], ["timeout", "error"]),
      proxyBufferSize: fc.constantFrom(0, 1),
    }),
    fc.record({
      maxBodySize: int,
      readTimeout: int,
      sendTimeout: int,
      nextTries: int,
      nextTimeout: int,
      nextCases: fc.array(text, { maxLength: 3 }),
      proxyBufferSize: fc.oneof(fc.constant(0), int),
    }),
  ),
  ip: text,
  endpointSequenceNumber: int,
});

const service: fc.Arbitrary<ManifestService> = fc.record({
  name: text,
  image: text,
  command: strings,
  args: strings,
  env: strings,
  resources,
  count: int,
  expose: fc.array(expose, { maxLength: 3 }),
  params: fc.option(
    fc.record({
      storage: fc.option(fc.array(fc.record({ name: text, mount: text, readOnly: fc.boolean() }), { maxLength: 2 }), {
        nil: null,
      }),
      permissions: fc.option(fc.record({ read: fc.array(text, { maxLength: 2 }) }), { nil: undefined }),
      tee: fc.option(fc.record({ type: text, attestation: fc.boolean() }), { nil: undefined }),
    }),
    { nil: undefined },
  ),
  credentials: fc.option(fc.record({ host: text, email: text, username: text, password: text }), { nil: null }),
  interconnectGroup: fc.oneof(fc.constant(""), text),
});

const manifest: fc.Arbitrary<Manifest> = fc.array(
  fc.record({ name: text, services: fc.array(service, { maxLength: 3 }) }),
  { maxLength: 3 },
);

describe("sortedManifestJson (the one-pass SortJSON writer behind the version hash)", () => {
  // Timeouts: 1–4 s each on a loaded machine.
  test("every optional field and Go escape: the same string as goSortJson(manifestJson(m)), and the hash of its UTF-8", {
    timeout: 60_000,
  }, () => {
    fc.assert(
      fc.property(manifest, (m) => {
        const sorted = manifestToSortedJson(m);
        expect(sorted).toBe(generic(m));
        expect(hex(manifestVersion(m))).toBe(sha256Hex(sorted));
      }),
      { numRuns: 400 },
    );
  });

  test.skipIf(!HAS_CORPUS)(
    "every corpus file: the same string and hash as the generic path",
    { timeout: 60_000 },
    () => {
      let compared = 0;
      for (const file of corpusFiles()) {
        const doc = parse(file.text).document;
        if (doc === undefined) continue;
        let built: Manifest;
        try {
          built = buildGroups(doc).manifest;
        } catch {
          continue; // documents Go refuses may not build; compile never gets that far with them
        }
        const expected = generic(built);
        expect(manifestToSortedJson(built), file.name).toBe(expected);
        expect(hex(manifestVersion(built)), file.name).toBe(sha256Hex(expected));
        compared++;
      }
      expect(compared).toBeGreaterThan(400);
    },
  );

  test("the reused hasher: each call starts fresh, and a returned hash is not overwritten by the next call", () => {
    const a: Manifest = [{ name: "a", services: [] }];
    const b: Manifest = [{ name: "b".repeat(200), services: [] }]; // several 64-byte blocks
    const first = manifestVersion(a);
    const kept = hex(first);
    expect(hex(manifestVersion(b))).toBe(sha256Hex(generic(b)));
    expect(hex(first)).toBe(kept);
    expect(kept).toBe(sha256Hex('[{"name":"a","services":[]}]'));
    expect(hex(manifestVersion(a))).toBe(kept);
    expect(manifestVersion(a)).not.toBe(manifestVersion(a)); // a new array each time
  });

  test("a manifest larger than the reused encode buffer hashes like a small one", () => {
    const big = "x".repeat(400_000) + "é\u2028<";
    const m: Manifest = [{ name: big, services: [] }];
    expect(hex(manifestVersion(m))).toBe(sha256Hex(generic(m)));
    const small: Manifest = [{ name: "web", services: [] }];
    expect(hex(manifestVersion(small))).toBe(sha256Hex('[{"name":"web","services":[]}]'));
  });
});
