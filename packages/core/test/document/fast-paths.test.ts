import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { isGoNull, parse, resolveGoScalar } from "../../src/index.js";
import type { ScalarStyle, YamlScalar } from "../../src/index.js";
import { goScalarTag } from "../../src/document/go-resolve.js";
import { parsePriceAmount } from "../../src/scalars/parse-price-amount.js";
import { HAS_CORPUS, corpusFiles } from "../support/corpus.js";

/** A scalar node as the tree builds it (only the fields the Go resolution reads matter). */
function node(text: string, style: ScalarStyle = "plain", tag?: string): YamlScalar {
  const base = { kind: "scalar", span: { start: 0, end: text.length }, value: text, text, style } as const;
  return tag === undefined ? base : { ...base, tag };
}

const INT64_MIN = -(1n << 63n);
const UINT64_MAX = (1n << 64n) - 1n;

describe("isGoNull's shortcut agrees with resolveGoScalar", () => {
  const texts = ["", "~", "null", "Null", "NULL", "nULL", "none", "0", "false", "~~", " ", "yes"];
  const tags = [undefined, "!", "!!null", "tag:yaml.org,2002:null", "!!str", "!!int", "!!bool", "!!binary", "!custom"];
  const styles: ScalarStyle[] = ["plain", "single-quoted", "double-quoted", "block-literal"];
  for (const text of texts) {
    for (const tag of tags) {
      for (const style of styles) {
        test(`${JSON.stringify(text)} ${tag ?? "(untagged)"} ${style}`, () => {
          const n = node(text, style, tag);
          expect(isGoNull(n)).toBe(resolveGoScalar(n).tag === "null");
        });
      }
    }
  }
});

describe("decimal integers resolve exactly on both sides of the 15-digit shortcut", () => {
  test("every int64/uint64 decimal, signed or not, with or without underscores", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: INT64_MIN, max: UINT64_MAX }),
        fc.boolean(),
        fc.nat({ max: 30 }),
        (value, plus, underscoreAt) => {
          const digits = (value < 0n ? -value : value).toString();
          const split = underscoreAt % (digits.length + 1);
          const body = split > 0 && split < digits.length ? `${digits.slice(0, split)}_${digits.slice(split)}` : digits;
          const text = value < 0n ? `-${body}` : plus ? `+${body}` : body;
          const r = resolveGoScalar(node(text));
          // `+` goes through ParseInt only: above int64 it is a float for Go.
          if (plus && value >= 0n && value > (1n << 63n) - 1n) expect(r.tag).toBe("float");
          else expect(r).toEqual({ tag: "int", value, legacyOctal: false });
        },
      ),
      { numRuns: 2000 },
    );
  });

  test.each([
    ["999999999999999", 999999999999999n],
    ["9999999999999999", 9999999999999999n],
    ["9007199254740993", 9007199254740993n],
    ["000000000000000000000010", 8n],
  ])("%s", (text, value) => {
    expect(resolveGoScalar(node(text))).toMatchObject({ tag: "int", value });
  });

  test("an over-long decimal is not an integer", () => {
    expect(resolveGoScalar(node("18446744073709551616")).tag).toBe("float");
    expect(resolveGoScalar(node("-9223372036854775809")).tag).toBe("float");
  });
});

describe.runIf(HAS_CORPUS)("typed objects keep the base fields first", () => {
  /** Every typed object (it has `path` and `isNull`) below a value, excluding tree nodes. */
  function typedObjects(value: unknown, out: object[] = [], seen = new Set<unknown>()): object[] {
    if (value === null || typeof value !== "object" || seen.has(value)) return out;
    seen.add(value);
    if ("kind" in value && "span" in value && !("path" in value)) return out; // a tree node
    if ("path" in value && "isNull" in value) out.push(value);
    for (const v of Array.isArray(value) ? value : Object.values(value)) typedObjects(v, out, seen);
    return out;
  }

  test.each(
    corpusFiles("awesome-akash")
      .slice(0, 40)
      .map((f) => [f.name, f.text] as const),
  )("%s", (_name, text) => {
    const objects = typedObjects(parse(text).document);
    expect(objects.length).toBeGreaterThan(0);
    for (const o of objects) {
      const keys = Object.keys(o);
      // Leaves are { node, span, path, value, isNull }; objects start with { node, span, path, isNull }.
      const expected = "value" in o ? ["node", "span", "path", "value", "isNull"] : ["node", "span", "path", "isNull"];
      expect(keys.slice(0, expected.length)).toEqual(expected);
    }
  });
});

describe("uint32 fields read small plain decimals like the general yaml.v3 path", () => {
  /** What decodeUint32's general path gives for a plain untagged scalar: the value, or undefined. */
  function expectedPort(text: string): number | undefined {
    const r = resolveGoScalar(node(text));
    if (r.tag === "int") return r.value >= 0n && r.value <= 4294967295n ? Number(r.value) : undefined;
    if (r.tag === "float")
      return Number.isFinite(r.value) && r.value >= 0 && r.value < 4294967296 ? Math.trunc(r.value) : undefined;
    return undefined;
  }

  function sdlWithPort(port: string): string {
    return `version: "2.0"\nservices:\n  web:\n    image: nginx\n    expose:\n      - port: ${port}\n        as: 80\n        to:\n          - global: true\n`;
  }

  test("digit strings around the 9-digit shortcut, with and without leading zeros", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{1,11}$/), (digits) => {
        const { document, diagnostics } = parse(sdlWithPort(digits));
        const port = document?.services?.entries[0]?.value.expose?.items[0]?.port;
        expect(port?.value).toBe(expectedPort(digits));
        expect(port?.path).toEqual(["services", "web", "expose", 0, "port"]);
        // Only the forms Go and YAML 1.2 read differently get a number-form warning.
        const octal = digits.length > 1 && digits.startsWith("0");
        const codes = diagnostics.map((d) => d.code).filter((c) => c.startsWith("type/"));
        if (!octal && port?.value !== undefined) expect(codes).toEqual([]);
      }),
      { numRuns: 1500 },
    );
  });

  test.each([
    ["0", 0],
    ["80", 80],
    ["999999999", 999999999],
    ["4294967295", 4294967295],
    ["4294967296", undefined],
    ["010", 8],
  ])("port: %s", (text, value) => {
    const port = parse(sdlWithPort(text)).document?.services?.entries[0]?.value.expose?.items[0]?.port;
    expect(port?.value).toBe(value);
    expect(port?.isNull).toBe(false);
  });
});

describe("goScalarTag's shortcuts agree with resolveGoScalar", () => {
  const tags = [undefined, "!", "!!str", "!!int", "!!float", "!!timestamp"];
  const styles: ScalarStyle[] = ["plain", "single-quoted"];

  test("texts starting with a digit (sizes, numbers, dates, hex, words)", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[0-9][0-9a-zA-Z._:+ -]{0,10}$/),
        fc.constantFrom(...tags),
        fc.constantFrom(...styles),
        (text, tag, style) => {
          const n = node(text, style, tag);
          expect(goScalarTag(n)).toBe(resolveGoScalar(n).tag);
        },
      ),
      { numRuns: 4000 },
    );
  });

  test.each([
    "512Mi",
    "1Gi",
    "10G",
    "5k",
    "0x1F",
    "0xfG",
    "1e5",
    "1E",
    "2001-12-14",
    "2001-12-14t21:59:43.10Z",
    "2001-12-14T21:59:43Z",
    "0o17",
    "0b101",
    "1_000",
    "1_0Mi",
    "0x",
    "0o",
    "7y",
    "7Y",
    "7z",
    "7Z",
  ])("%s", (text) => {
    for (const tag of tags) {
      for (const style of styles) {
        const n = node(text, style, tag);
        expect(goScalarTag(n)).toBe(resolveGoScalar(n).tag);
      }
    }
  });
});

describe("whole price amounts take the shortcut with the general path's result", () => {
  test("n and n.0 read the same (the latter through the general path)", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9][0-9]{0,19}$/), (digits) => {
        const fast = parsePriceAmount(digits, 7);
        expect(fast).toEqual(parsePriceAmount(`${digits}.0`, 7));
        expect(fast.value?.text18).toBe(`${digits}.000000000000000000`);
      }),
      { numRuns: 2000 },
    );
  });

  test.each([
    ["1", "1.000000000000000000", undefined],
    ["10000", "10000.000000000000000000", undefined],
    ["999999999999999", "999999999999999.000000000000000000", undefined],
    ["1000000000000000", "1000000000000000.000000000000000000", undefined],
    ["01", "1.000000000000000000", undefined],
    ["0", undefined, "scalar/zero-amount"],
    ["+5", "5.000000000000000000", "scalar/non-portable-amount"],
    ["-5", undefined, "scalar/negative-value"],
    ["5.", undefined, "scalar/invalid-amount"],
  ])("%s", (text, text18, code) => {
    const r = parsePriceAmount(text);
    expect(r.value?.text18).toBe(text18);
    expect(r.diagnostics.map((d) => d.code)).toEqual(code === undefined ? [] : [code]);
  });
});
