import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DIAGNOSTIC_CODES, codeInfo, createDiagnostic, renderCodeReference } from "../../src/index.js";

describe("diagnostic code registry", () => {
  it("has well-formed codes with a title and a description", () => {
    for (const [code, info] of Object.entries(DIAGNOSTIC_CODES)) {
      expect(code).toMatch(/^[a-z]+\/[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(["error", "warning", "info"]).toContain(info.severity);
      expect(info.title.length).toBeGreaterThan(0);
      expect(info.description.length).toBeGreaterThan(0);
    }
  });

  it("throws for an unregistered code (a programmer error)", () => {
    expect(() => codeInfo("nope/not-a-code")).toThrow(/unregistered/);
  });

  it("keeps docs/diagnostics.md in step with the registry (run `pnpm docs:codes`)", () => {
    const doc = readFileSync(new URL("../../../../docs/diagnostics.md", import.meta.url), "utf8");
    expect(doc).toBe(renderCodeReference(DIAGNOSTIC_CODES));
  });

  it("creates diagnostics with the registry's severity and no empty extras", () => {
    const [code] = Object.keys(DIAGNOSTIC_CODES);
    if (code === undefined) return;
    const d = createDiagnostic(
      code as keyof typeof DIAGNOSTIC_CODES,
      "Something.",
      { start: 1, end: 2 },
      { hints: [] },
    );
    expect(d).toEqual({ code, severity: codeInfo(code).severity, message: "Something.", span: { start: 1, end: 2 } });
  });
});
