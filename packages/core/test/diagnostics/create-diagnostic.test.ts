import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codeSeverity, createDiagnostic, sortDiagnostics } from "../../src/index.js";
import type { Diagnostic, DiagnosticExtras } from "../../src/index.js";

const SPAN = { start: 3, end: 7 };

describe("createDiagnostic", () => {
  it("takes the registry's severity unless the extras give one, and leaves out what is not given", () => {
    const plain = createDiagnostic("yaml/duplicate-key", "m", SPAN);
    expect(Object.keys(plain)).toEqual(["code", "severity", "message", "span"]);
    expect(plain.severity).toBe(codeSeverity("yaml/duplicate-key"));
    expect(Object.keys(createDiagnostic("yaml/duplicate-key", "m", undefined))).toEqual([
      "code",
      "severity",
      "message",
    ]);
    expect(createDiagnostic("yaml/duplicate-key", "m", SPAN, { severity: "info" }).severity).toBe("info");
  });

  it("writes the fields in one order, whatever the order of the extras", () => {
    const related = [{ message: "r", span: SPAN }];
    const fixes = [{ range: SPAN, newText: "x" }];
    const d = createDiagnostic("yaml/duplicate-key", "m", SPAN, {
      data: { k: 1 },
      fixes,
      goMessage: "g",
      actual: "a",
      expected: "e",
      related,
      hints: ["h"],
      path: ["services"],
    });
    expect(Object.keys(d)).toEqual([
      "code",
      "severity",
      "message",
      "span",
      "path",
      "hints",
      "related",
      "expected",
      "actual",
      "goMessage",
      "fixes",
      "data",
    ]);
  });

  it("leaves out empty hints, related and fixes", () => {
    const d = createDiagnostic("yaml/duplicate-key", "m", SPAN, { hints: [], related: [], fixes: [] });
    expect(Object.keys(d)).toEqual(["code", "severity", "message", "span"]);
  });

  it("reads expected, actual and goMessage from data when they are strings there, the typed extra first", () => {
    const fromData = createDiagnostic("yaml/duplicate-key", "m", SPAN, {
      data: { expected: "e", actual: 5, goMessage: "g" },
    });
    expect(fromData.expected).toBe("e");
    expect("actual" in fromData).toBe(false);
    expect(fromData.goMessage).toBe("g");
    const own = createDiagnostic("yaml/duplicate-key", "m", SPAN, { expected: "mine", data: { expected: "theirs" } });
    expect(own.expected).toBe("mine");
    expect(own.data).toEqual({ expected: "theirs" });
    const nullData = createDiagnostic("yaml/duplicate-key", "m", SPAN, {
      data: null as unknown as Record<string, unknown>,
    });
    expect(Object.keys(nullData)).toEqual(["code", "severity", "message", "span"]);
  });

  it("equals a field-by-field reading of the extras on generated extras", () => {
    const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
    const text = fc.constantFrom("a", "");
    const extras = fc.record(
      {
        severity: maybe(fc.constantFrom("error" as const, "warning" as const, "info" as const)),
        path: maybe(fc.array(fc.oneof(fc.string({ maxLength: 3 }), fc.nat(5)), { maxLength: 2 })),
        hints: maybe(fc.array(text, { maxLength: 2 })),
        related: maybe(fc.array(fc.constant({ message: "r", span: SPAN }), { maxLength: 2 })),
        expected: maybe(text),
        actual: maybe(text),
        goMessage: maybe(text),
        fixes: maybe(fc.array(fc.constant({ range: SPAN, newText: "x" }), { maxLength: 2 })),
        data: maybe(
          fc.dictionary(fc.constantFrom("expected", "actual", "goMessage", "other"), fc.oneof(text, fc.nat(3)), {
            maxKeys: 3,
          }),
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(extras, fc.boolean(), (x: DiagnosticExtras, withSpan) => {
        const span = withSpan ? SPAN : undefined;
        const d = createDiagnostic("yaml/duplicate-key", "m", span, x);
        const stringIn = (name: "expected" | "actual" | "goMessage") => {
          const own = x[name];
          if (own !== undefined) return own;
          const value = x.data?.[name];
          return typeof value === "string" ? value : undefined;
        };
        const want: Record<string, unknown> = {
          code: "yaml/duplicate-key",
          severity: x.severity ?? codeSeverity("yaml/duplicate-key"),
          message: "m",
        };
        if (span) want["span"] = span;
        if (x.path) want["path"] = x.path;
        if (x.hints?.length) want["hints"] = x.hints;
        if (x.related?.length) want["related"] = x.related;
        for (const name of ["expected", "actual", "goMessage"] as const) {
          const value = stringIn(name);
          if (value !== undefined) want[name] = value;
        }
        if (x.fixes?.length) want["fixes"] = x.fixes;
        if (x.data) want["data"] = x.data;
        expect(Object.keys(d)).toEqual(Object.keys(want));
        expect(d).toStrictEqual(want);
      }),
      { numRuns: 500 },
    );
  });
});

describe("sortDiagnostics", () => {
  const at = (start: number | undefined, message: string): Diagnostic =>
    createDiagnostic("yaml/duplicate-key", message, start === undefined ? undefined : { start, end: start });

  it("returns a new array, also for no diagnostic or one", () => {
    const none: Diagnostic[] = [];
    expect(sortDiagnostics(none)).not.toBe(none);
    expect(sortDiagnostics(none)).toEqual([]);
    const one = [at(4, "a")];
    expect(sortDiagnostics(one)).not.toBe(one);
    expect(sortDiagnostics(one)).toEqual(one);
  });

  it("sorts by span start, stable, a diagnostic without a span as offset 0", () => {
    const list = [at(5, "a"), at(undefined, "b"), at(0, "c"), at(5, "d"), at(2, "e")];
    expect(sortDiagnostics(list).map((d) => d.message)).toEqual(["b", "c", "e", "a", "d"]);
    expect(list.map((d) => d.message)).toEqual(["a", "b", "c", "d", "e"]);
  });
});
