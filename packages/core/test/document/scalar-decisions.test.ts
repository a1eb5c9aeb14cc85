import { describe, expect, test } from "vitest";
import { sdlMapGet } from "../../src/index.js";
import type { ParseResult } from "../../src/index.js";
import { errors, p, sdlWith, spanOf, valueSpan, withCode } from "./helpers.js";

/** A document whose first expose has `port: <port>` and whose `to` has `global: <global>`. */
function exposeDoc(port: string, global = "true"): string {
  return sdlWith({
    service: `    image: nginx\n    expose:\n      - port: ${port}\n        to:\n          - global: ${global}\n`,
  });
}
const firstExpose = (r: ParseResult) => sdlMapGet(r.document?.services, "web")?.expose?.items[0];
const codes = (r: ParseResult) => r.diagnostics.map((d) => `${d.severity}:${d.code}`);

describe("uint32 fields follow yaml.v3 (port)", () => {
  const cases: [string, number | undefined, string[]][] = [
    ["80", 80, []],
    ["0x50", 80, []],
    ["+80", 80, []],
    ["0o120", 80, []],
    ["1e3", 1000, []],
    ["0777", 511, ["warning:type/legacy-octal"]],
    ["0b1010000", 80, ["warning:type/non-portable-number"]],
    ["8_0", 80, ["warning:type/non-portable-number"]],
    ["80.9", 80, ["warning:type/number-truncated"]],
    ["08", 8, []],
    ['"80"', undefined, ["error:type/expected-number"]],
    ["'80'", undefined, ["error:type/expected-number"]],
    ["!!str 80", undefined, ["error:type/expected-number"]],
    ["-1", undefined, ["error:type/number-out-of-range"]],
    ["4294967296", undefined, ["error:type/number-out-of-range"]],
    ["4294967295", 4294967295, []],
    [".nan", undefined, ["error:type/number-out-of-range"]],
    [".inf", undefined, ["error:type/number-out-of-range"]],
    ["1e10", undefined, ["error:type/number-out-of-range"]],
    ["true", undefined, ["error:type/expected-number"]],
    ["http", undefined, ["error:type/expected-number"]],
    ["2024-01-01", undefined, ["error:type/expected-number"]],
  ];
  test.each(cases)("port: %s", (text, value, expected) => {
    const doc = exposeDoc(text);
    const r = p(doc);
    expect(firstExpose(r)?.port?.value).toBe(value);
    expect(codes(r)).toEqual(expected);
    const needle = spanOf(doc, `port: ${text}`);
    const valueStart = needle.start + (text.startsWith("!!str ") ? 12 : 6);
    for (const d of r.diagnostics) expect(d.span).toEqual({ start: valueStart, end: needle.end });
  });

  test("a null port keeps Go's zero and is reported as missing for a deployed service", () => {
    const doc = exposeDoc("~");
    const r = p(doc);
    const port = firstExpose(r)?.port;
    expect(port?.value).toBe(0);
    expect(port?.isNull).toBe(true);
    expect(withCode(r, "sdl/missing-key")).toMatchObject([{ severity: "error", span: spanOf(doc, "port") }]);
  });

  test('count: 1.0 is 1 with no diagnostic; count: "1" is a Go error', () => {
    const ok = p(sdlWith({ deployment: "      profile: web\n      count: 1.0\n" }));
    expect(sdlMapGet(sdlMapGet(ok.document?.deployment, "web"), "dc")?.count?.value).toBe(1);
    expect(ok.diagnostics).toEqual([]);
    const doc = sdlWith({ deployment: '      profile: web\n      count: "1"\n' });
    const bad = p(doc);
    expect(withCode(bad, "type/expected-number")).toMatchObject([{ severity: "error", span: spanOf(doc, '"1"') }]);
    expect(withCode(bad, "type/expected-number")[0]?.hints?.[0]).toMatch(/quotes/);
  });
});

describe("bool fields follow yaml.v3 (global, readOnly)", () => {
  const cases: [string, boolean | undefined, string[]][] = [
    ["true", true, []],
    ["True", true, []],
    ["FALSE", false, []],
    ["yes", true, ["warning:type/yaml11-boolean"]],
    ["on", true, ["warning:type/yaml11-boolean"]],
    ["y", true, ["warning:type/yaml11-boolean"]],
    ["Off", false, ["warning:type/yaml11-boolean"]],
    ['"yes"', true, ["warning:type/yaml11-boolean"]],
    ['"true"', undefined, ["error:type/expected-boolean"]],
    ["1", undefined, ["error:type/expected-boolean"]],
    ["enabled", undefined, ["error:type/expected-boolean"]],
  ];
  test.each(cases)("global: %s", (text, value, expected) => {
    const doc = exposeDoc("80", text);
    const r = p(doc);
    expect(firstExpose(r)?.to?.items[0]?.global?.value).toBe(value);
    expect(codes(r)).toEqual(expected);
    const needle = spanOf(doc, `global: ${text}`);
    for (const d of r.diagnostics) expect(d.span).toEqual({ start: needle.start + 8, end: needle.end });
  });

  test("global: ~ is false (Go's zero value)", () => {
    const r = p(exposeDoc("80", "~"));
    expect(firstExpose(r)?.to?.items[0]?.global).toMatchObject({ value: false, isNull: true });
  });
});

describe("string fields take the raw text (image)", () => {
  test.each([
    ["123", "123", "number"],
    ["true", "true", "boolean"],
    ["1.0", "1.0", "number"],
  ])("image: %s → %s with a coercion warning", (text, value) => {
    const doc = sdlWith({ service: `    image: ${text}\n` });
    const r = p(doc);
    expect(sdlMapGet(r.document?.services, "web")?.image?.value).toBe(value);
    const needle = spanOf(doc, `image: ${text}`);
    expect(withCode(r, "type/coerced-to-string")).toMatchObject([
      { severity: "warning", span: { start: needle.start + 7, end: needle.end } },
    ]);
  });

  test("image: ~ is the empty string, reported as missing for a deployed service", () => {
    const doc = sdlWith({ service: "    image: ~\n" });
    const r = p(doc);
    expect(sdlMapGet(r.document?.services, "web")?.image).toMatchObject({ value: "", isNull: true });
    expect(withCode(r, "sdl/missing-key")).toMatchObject([{ severity: "error", span: spanOf(doc, "image") }]);
  });
});

describe("version is read as raw text", () => {
  test("unquoted 2.0 is accepted with a warning", () => {
    const doc = sdlWith({ version: "2.0" });
    const r = p(doc);
    expect(r.document?.version).toMatchObject({ raw: "2.0", decoder: "2.0", parsed: { major: 2, minor: 0, patch: 0 } });
    expect(codes(r)).toEqual(["warning:sdl/unquoted-version"]);
    expect(r.diagnostics[0]?.span).toEqual(spanOf(doc, "2.0"));
  });
  test.each([
    ['"2.1"', "2.1", []],
    ['"2.10"', "2.1", ["warning:sdl/version-not-in-schema"]],
    ['"3.0"', "2.1", ["warning:sdl/version-not-in-schema"]],
    ['"v2.0"', "2.0", ["warning:sdl/version-not-in-schema"]],
    ["2", "2.0", ["warning:sdl/unquoted-version"]],
  ])("version: %s → decoder %s", (text, decoder, expected) => {
    const doc = sdlWith({ version: text });
    const r = p(doc);
    expect(r.document?.version?.decoder).toBe(decoder);
    expect(codes(r)).toEqual(expected);
    for (const d of r.diagnostics) expect(d.span).toEqual(valueSpan(doc, "version: ", text));
  });
  test.each(['"2.0.1"', '"2.1.0-rc1"', '"1.0"'])("version: %s is unsupported", (text) => {
    const doc = sdlWith({ version: text });
    const r = p(doc);
    expect(r.document?.version?.decoder).toBeUndefined();
    expect(withCode(r, "sdl/unsupported-version")).toMatchObject([{ severity: "error", span: spanOf(doc, text) }]);
  });
  test("an unparsable version is an error from the semver grammar", () => {
    const r = p(sdlWith({ version: "abc" }));
    expect(r.document?.version?.parsed).toBeUndefined();
    expect(errors(r).length).toBeGreaterThan(0);
  });
});

describe("quantities use the raw text whatever the quoting", () => {
  test.each([
    ["0.5", 500],
    ['"0.5"', 500],
    ["'100m'", 100],
    ["1", 1000],
    ["1.005", 1004],
  ])("cpu units %s → %d millicpu", (text, millis) => {
    const r = p(
      sdlWith({
        resources: `        cpu:\n          units: ${text}\n        memory:\n          size: 512Mi\n        storage:\n          size: 1Gi\n`,
      }),
    );
    expect(sdlMapGet(r.document?.profiles?.compute, "web")?.resources?.cpu?.units?.value).toBe(millis);
    expect(errors(r)).toEqual([]);
  });
  test("memory size as an unquoted number is Go bytes plus a schema warning", () => {
    const doc = sdlWith({
      resources:
        "        cpu:\n          units: 1\n        memory:\n          size: 1073741824\n        storage:\n          size: 1Gi\n",
    });
    const r = p(doc);
    expect(sdlMapGet(r.document?.profiles?.compute, "web")?.resources?.memory?.size?.value).toBe(1073741824n);
    expect(codes(r)).toEqual(["warning:type/coerced-to-string"]);
  });
  test('price amounts keep the raw text: 1.50 and "1.50" are the same LegacyDec', () => {
    for (const text of ["1.50", '"1.50"']) {
      const r = p(
        sdlWith({ placement: `      pricing:\n        web:\n          denom: uakt\n          amount: ${text}\n` }),
      );
      const price = sdlMapGet(sdlMapGet(r.document?.profiles?.placement, "dc")?.pricing, "web");
      expect(price?.amount?.value?.text18).toBe("1.500000000000000000");
      expect(r.diagnostics).toEqual([]);
    }
  });
});

describe("storage persistent uses Go's lower-case word list", () => {
  const doc = (value: string) =>
    sdlWith({
      resources: `        cpu:\n          units: 1\n        memory:\n          size: 1Gi\n        storage:\n          - name: data\n            size: 1Gi\n            attributes:\n              persistent: ${value}\n              class: beta2\n`,
    });
  test.each([
    ["true", true, []],
    ["yes", true, ["warning:type/yaml11-boolean"]],
    ["off", false, ["warning:type/yaml11-boolean"]],
    ["True", undefined, ["error:type/expected-boolean"]],
    ['"1"', undefined, ["error:type/expected-boolean"]],
  ])("persistent: %s", (text, value, expected) => {
    const r = p(doc(text));
    const volume = sdlMapGet(r.document?.profiles?.compute, "web")?.resources?.storage?.volumes[0];
    expect(volume?.attributes?.persistent?.value).toBe(value);
    expect(codes(r)).toEqual(expected);
  });
});

describe("Object.prototype names are plain strings", () => {
  test("reads `toString`, `constructor`, `valueOf` and `hasOwnProperty` as strings, not special floats", () => {
    for (const word of ["toString", "constructor", "valueOf", "hasOwnProperty"]) {
      const text = `version: "2.0"\nservices:\n  web:\n    image: ${word}\n    expose:\n      - port: ${word}\n`;
      const { document, diagnostics } = p(text);
      const web = document?.services?.entries[0]?.value;
      expect(web?.image?.value).toBe(word);
      const portProblems = diagnostics.filter((d) => d.path?.join(".") === "services.web.expose.0.port");
      expect(portProblems.map((d) => d.code)).toEqual(["type/expected-number"]);
    }
  });
});
