import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  CODE_CLASSES,
  CODE_HASH_SEED,
  CODE_KEYS,
  CODE_REFUSED_BY,
  CODE_SEVERITIES,
  DIAGNOSTIC_CODES,
  codeHash,
  codeAnchor,
  codeRefusedBy,
  codeSeverity,
  createDiagnostic,
  renderCodeReference,
  renderCodeSeverities,
} from "../../src/index.js";
import type { DiagnosticCode } from "../../src/index.js";

const KNOWN = new URL("../../docs/known-codes.txt", import.meta.url);

describe("typed diagnostic codes", () => {
  it("every code ever registered stays registered (append-only list; codes are never renamed)", () => {
    const listed = readFileSync(KNOWN, "utf8")
      .split("\n")
      .filter((l) => l !== "" && !l.startsWith("#"));
    expect(new Set(listed).size).toBe(listed.length);
    const registered = Object.keys(DIAGNOSTIC_CODES);
    expect(listed.filter((c) => !registered.includes(c))).toEqual([]);
    // A new code is appended by `node scripts/generate-code-reference.mjs`.
    expect(registered.filter((c) => !listed.includes(c))).toEqual([]);
  });

  it("the runtime severity module is generated from the tables, without their prose or names", () => {
    const generated = readFileSync(new URL("../../src/diagnostics/code-severities.ts", import.meta.url), "utf8");
    expect(generated).toBe(renderCodeSeverities(DIAGNOSTIC_CODES));
    const codeLines = generated
      .split("\n")
      .filter((l) => !/^\s*(\/\/|\/\*\*|\*)/.test(l))
      .join("\n");
    for (const [code, info] of Object.entries(DIAGNOSTIC_CODES)) {
      expect(codeSeverity(code as DiagnosticCode), code).toBe(info.severity);
      expect(codeRefusedBy(code as DiagnosticCode), code).toEqual(info.refusedBy);
      expect(CODE_SEVERITIES[code]).toBe(info.severity);
      expect(CODE_REFUSED_BY[code]).toEqual(info.refusedBy);
      expect(generated.includes(info.description)).toBe(false);
      expect(codeLines.includes(code), code).toBe(false);
    }
    // Every registered code has its own key under the generated seed, and the table holds exactly them.
    const keys = Object.keys(DIAGNOSTIC_CODES).map((code) => codeHash(code, CODE_HASH_SEED));
    expect(new Set(keys).size).toBe(keys.length);
    expect(CODE_KEYS.join("").length).toBe(4 * keys.length);
    expect(CODE_KEYS.length).toBe(CODE_CLASSES.length);
    expect(Object.keys(CODE_SEVERITIES).sort()).toEqual(Object.keys(DIAGNOSTIC_CODES).sort());
  });

  it("createDiagnostic takes the severity from the generated map and refuses unknown codes", () => {
    expect(createDiagnostic("yaml/duplicate-key", "x", undefined).severity).toBe("error");
    expect(codeSeverity("sdl/unknown-key")).toBe("warning");
    expect(codeRefusedBy("sdl/unknown-key")).toEqual({ go: false, console: true });
    expect(() => codeSeverity("nope/never" as DiagnosticCode)).toThrow(/unregistered/);
    // The tables have no prototype: a name such as `constructor` is not a code either.
    expect(() => codeSeverity("constructor" as DiagnosticCode)).toThrow(/unregistered/);
    for (const typo of ["yaml/duplicate-keys", "yaml/duplicate_key", "sdl/unknown", "Sdl/unknown-key", ""])
      expect(() => codeSeverity(typo as DiagnosticCode), typo).toThrow(/unregistered/);
    expect(codeRefusedBy("toString" as DiagnosticCode)).toBeUndefined();
    expect(codeRefusedBy("sdl/unknown-keys" as DiagnosticCode)).toBeUndefined();
  });

  it("a misspelt code does not compile", () => {
    // Only checked by the type checker; the function is never called.
    const typo = () =>
      // @ts-expect-error: 'yaml/duplicate-keys' is not a registered code
      createDiagnostic("yaml/duplicate-keys", "x", undefined);
    expect(typeof typo).toBe("function");
  });

  it("typed expected/actual/goMessage facts are lifted from data, which keeps them", () => {
    const d = createDiagnostic(
      "type/expected-mapping",
      "Expected a mapping.",
      { start: 0, end: 1 },
      { data: { expected: "mapping", actual: "seq" } },
    );
    expect([d.expected, d.actual, d.goMessage]).toEqual(["mapping", "seq", undefined]);
    expect(d.data).toEqual({ expected: "mapping", actual: "seq" });
    const g = createDiagnostic("scalar/invalid-cpu", "Bad CPU.", undefined, {
      goMessage: 'strconv.ParseFloat: parsing "x": invalid syntax',
    });
    expect(g.goMessage).toMatch(/ParseFloat/);
  });

  it("docs/diagnostics.md has an anchor per code", () => {
    const doc = readFileSync(new URL("../../../../docs/diagnostics.md", import.meta.url), "utf8");
    expect(doc).toBe(renderCodeReference(DIAGNOSTIC_CODES));
    for (const code of Object.keys(DIAGNOSTIC_CODES))
      expect(doc).toContain(`<a id="${codeAnchor(code)}"></a>\`${code}\``);
    expect(codeAnchor("yaml/duplicate-key")).toBe("yaml-duplicate-key");
  });
});
