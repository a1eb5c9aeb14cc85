import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DIAGNOSTIC_CODES } from "../../src/diagnostics/index.js";
import type { ScalarParseResult } from "../../src/scalars/index.js";
import {
  formatDec18,
  parseByteSize,
  parseCpuUnits,
  parseDenom,
  parseDuration,
  parseGoFloat,
  parseGpuRam,
  parseGpuUnits,
  parseImageRef,
  parseMinWindow,
  parsePriceAmount,
  parseSemverTolerant,
} from "../../src/scalars/index.js";

const GRAMMARS: Readonly<Record<string, (text: string, offset?: number) => ScalarParseResult<unknown>>> = {
  parseCpuUnits,
  parseByteSize,
  parseGpuUnits,
  parseGpuRam,
  parsePriceAmount,
  parseDenom,
  parseDuration,
  parseMinWindow,
  parseImageRef,
  parseSemverTolerant,
};

// Characters that matter to the grammars, so random texts hit the interesting paths.
const ALPHABET = [..."0123456789.-+_eEpPxXimMkKgGTtPEsShHnuµμ:/@[]aAbBfF ", "\t", "\u00a0", "😀"];
const relevantText = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 24 }).map((a) => a.join(""));
const anyText = fc.oneof(relevantText, fc.string({ unit: "binary", maxLength: 24 }), fc.string({ maxLength: 300 }));

describe("every scalar grammar", () => {
  for (const [name, parse] of Object.entries(GRAMMARS)) {
    it(`${name} never throws and keeps spans inside the scalar`, () => {
      fc.assert(
        fc.property(anyText, fc.nat({ max: 10000 }), (text, offset) => {
          const r = parse(text, offset);
          const errors = r.diagnostics.filter((d) => d.severity === "error");
          expect(r.value === undefined).toBe(errors.length > 0);
          for (const d of r.diagnostics) {
            expect(DIAGNOSTIC_CODES[d.code]).toBeDefined();
            expect(d.span).toBeDefined();
            const span = d.span ?? { start: -1, end: -1 };
            expect(span.start).toBeGreaterThanOrEqual(offset);
            expect(span.end).toBeGreaterThanOrEqual(span.start);
            expect(span.end).toBeLessThanOrEqual(offset + text.length);
            expect(d.message).not.toMatch(/\n/);
          }
        }),
        { numRuns: 400 },
      );
    });
  }
});

describe("round trips", () => {
  it("Go float syntax reads back every JS number string", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (d) => {
        const r = parseGoFloat(String(d));
        expect(r.kind).toBe("ok");
        if (r.kind === "ok") expect(r.value).toBe(d === 0 ? 0 : d);
      }),
    );
  });

  it("whole millicpu and whole cores are exact", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4294967295 }), fc.integer({ min: 0, max: 4294967 }), (m, cores) => {
        expect(parseCpuUnits(`${m}m`).value).toBe(m);
        expect(parseCpuUnits(`${cores}`).value).toBe(cores * 1000);
      }),
    );
  });

  it("integer sizes with a binary suffix are exact", () => {
    const suffixes = [
      ["Ki", 10n],
      ["Mi", 20n],
      ["Gi", 30n],
      ["Ti", 40n],
    ] as const;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 20 }), fc.constantFrom(...suffixes), (n, [symbol, shift]) => {
        expect(parseByteSize(`${n}${symbol}`).value).toBe(BigInt(n) << shift);
        expect(parseGpuRam(`${n}${symbol}`).value?.normalized).toBe(`${(BigInt(n) << shift) >> 30n}Gi`);
      }),
    );
  });

  it("18-decimal amounts round-trip through their JSON text", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 40n }), (atomics) => {
        const text = formatDec18(atomics);
        expect(parsePriceAmount(text).value).toEqual({ atomics, text18: text });
      }),
    );
  });

  it("nanosecond durations round-trip across the int64 range", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), (ns) => {
        const v = parseDuration(`${ns}ns`).value;
        expect(v).toBeDefined();
        if (v) expect(v.seconds * 1000000000n + BigInt(v.nanos)).toBe(ns);
      }),
    );
  });

  it("GPU counts and versions read back", () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.nat(), (a, b, c) => {
        expect(parseGpuUnits(String(a)).value).toBe(a);
        expect(parseSemverTolerant(`v${a}.${b}.${c}`).value).toEqual({ major: a, minor: b, patch: c });
      }),
    );
  });

  it("well-formed image references split into their parts", () => {
    const component = fc.stringMatching(/^[a-z0-9]+(?:[._-][a-z0-9]+)*$/).filter((s) => s.length <= 40);
    const tag = fc.stringMatching(/^\w[\w.-]{0,20}$/);
    fc.assert(
      fc.property(
        fc.option(fc.constantFrom("ghcr.io", "localhost:5000", "registry.example.com", "[::1]:443")),
        fc.array(component, { minLength: 1, maxLength: 3 }),
        fc.option(tag),
        (registry, parts, t) => {
          // Without a registry, a first element with '.' would itself be read as a registry.
          if (!registry && parts.length > 1 && parts[0]?.includes(".")) return;
          const repository = parts.join("/");
          const text = `${registry ? `${registry}/` : ""}${repository}${t ? `:${t}` : ""}`;
          const want: Record<string, string> = { repository };
          if (registry) want["registry"] = registry;
          if (t) want["tag"] = t;
          expect(parseImageRef(text)).toEqual({ value: want, diagnostics: [] });
        },
      ),
    );
  });
});
