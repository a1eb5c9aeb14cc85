import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parse } from "../../src/index.js";
import type { SdlDocument } from "../../src/index.js";
import { parseByteSize } from "../../src/scalars/parse-byte-size.js";
import { parseCpuUnits } from "../../src/scalars/parse-cpu-units.js";
import { parseDenom } from "../../src/scalars/parse-denom.js";

// decode-quantity remembers the clean primitive results of the grammars by text. A remembered
// value must be exactly what the grammar gives, and a text with problems must be reported every
// time it is read (it is never remembered).

function sdl(cpu: string, memory: string, storage: string, denom: string): string {
  return [
    'version: "2.0"',
    "services:",
    "  web:",
    "    image: nginx",
    "profiles:",
    "  compute:",
    "    web:",
    "      resources:",
    `        cpu: { units: ${cpu} }`,
    `        memory: { size: ${memory} }`,
    `        storage: { size: ${storage} }`,
    "  placement:",
    "    dc:",
    "      pricing:",
    `        web: { denom: ${denom}, amount: 100 }`,
    "deployment:",
    "  web:",
    "    dc: { profile: web, count: 1 }",
    "",
  ].join("\n");
}

/** The quantity leaves of the single compute profile and price. */
function leaves(doc: SdlDocument | undefined) {
  const resources = doc?.profiles?.compute?.entries[0]?.value.resources;
  const price = doc?.profiles?.placement?.entries[0]?.value.pricing?.entries[0]?.value;
  return {
    cpu: resources?.cpu?.units,
    memory: resources?.memory?.size,
    storage: resources?.storage?.volumes[0]?.size,
    denom: price?.denom,
  };
}

/** Everything a caller sees of one parse: values (bigints as text), spans, paths and diagnostics. */
function seen(text: string): string {
  const r = parse(text);
  return JSON.stringify({ leaves: leaves(r.document), diagnostics: r.diagnostics }, (_k, v) =>
    typeof v === "bigint" ? `${v}n` : v,
  );
}

const CPU = ["100m", "0.5", "1", "2", "250m", "1.5m", "-1", "x", "1e3", "0.0001", "4294967296m", "'0.75'"];
const SIZES = ["512Mi", "1Gi", "1G", "10Gi", "1.5Gi", "-1Gi", "1GB", "1 Gi", "0", "1e3Mi", "123456789012345", "'2Gi'"];
const DENOMS = ["uakt", "uact", "ibc/170C677610AC31DF0904FFE09CD3B5C657492170E7E52372E48756B71E56F2F1", "1x", "u"];

describe("remembered grammar results", () => {
  test("a text read again gives the same document and diagnostics as the first read", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CPU),
        fc.constantFrom(...SIZES),
        fc.constantFrom(...SIZES),
        fc.constantFrom(...DENOMS),
        (cpu, memory, storage, denom) => {
          const text = sdl(cpu, memory, storage, denom);
          const first = seen(text);
          expect(seen(text)).toBe(first);
          expect(seen(text)).toBe(first);
        },
      ),
      { numRuns: 300 },
    );
  });

  test("every remembered value is the grammar's own value, whatever was read before", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...CPU), fc.constantFrom(...SIZES), fc.constantFrom(...DENOMS)), {
          minLength: 1,
          maxLength: 6,
        }),
        (rounds) => {
          for (const [cpu, size, denom] of rounds) {
            const got = leaves(parse(sdl(cpu, size, size, denom)).document);
            const unquote = (t: string) => t.replace(/^'(.*)'$/, "$1");
            expect(got.cpu?.value).toBe(parseCpuUnits(unquote(cpu)).value);
            expect(got.memory?.value).toBe(parseByteSize(unquote(size)).value);
            expect(got.storage?.value).toBe(parseByteSize(unquote(size)).value);
            expect(got.denom?.value).toBe(parseDenom(denom).value);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  test("a text with a problem is reported each time, at its own place", () => {
    const text = sdl("1.5m", "1GB", "-1Gi", "uakt");
    const codes = (t: string) => parse(t).diagnostics.map((d) => `${d.code}@${d.span?.start}`);
    const first = codes(text);
    expect(first.length).toBeGreaterThanOrEqual(3);
    expect(codes(text)).toEqual(first);
    // The same bad values further down the text: reported at their new places.
    const shifted = `# a comment line\n${text}`;
    expect(codes(shifted)).toEqual(
      first.map((c) => c.replace(/@(\d+)$/, (_m, n: string) => `@${Number(n) + "# a comment line\n".length}`)),
    );
  });

  test("a clean value read at another place keeps its own span and path", () => {
    const a = leaves(parse(sdl("100m", "512Mi", "1Gi", "uakt")).document);
    const b = leaves(parse(`\n\n${sdl("100m", "512Mi", "1Gi", "uakt")}`).document);
    expect(b.memory?.value).toBe(536870912n);
    expect(b.memory?.span.start).toBe((a.memory?.span.start ?? 0) + 2);
    expect(b.memory?.path).toEqual(["profiles", "compute", "web", "resources", "memory", "size"]);
    expect(b.memory?.path).not.toBe(a.memory?.path);
  });

  test("object values (amounts) are never shared between documents", () => {
    const text = sdl("100m", "512Mi", "1Gi", "uakt");
    const amount = (t: string) =>
      parse(t).document?.profiles?.placement?.entries[0]?.value.pricing?.entries[0]?.value.amount?.value;
    const a = amount(text);
    const b = amount(text);
    expect(b).toEqual(a);
    expect(b).not.toBe(a);
  });
});
