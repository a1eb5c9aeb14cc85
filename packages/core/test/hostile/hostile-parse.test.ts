import { describe, expect, it } from "vitest";
import { DEFAULT_PARSE_LIMITS, parse } from "../../src/index.js";
import type { Diagnostic, ParseResult } from "../../src/index.js";
import { spanProblems } from "../tree/tree-invariants.js";
import { HOSTILE_INPUTS, MIB } from "./hostile-inputs.mjs";

/** Diagnostics that only an internal failure produces. */
const INTERNAL = ["yaml/internal", "internal/exception"];

/**
 * What each hostile text must report (with the default limits): codes that must appear, and the
 * text that the first diagnostic of some codes must point at (`at`: the characters under its span).
 */
interface Expected {
  /** Codes that must appear. */
  readonly codes: readonly string[];
  /** The text under the first diagnostic of some codes. */
  readonly at?: Readonly<Record<string, string>>;
  /** The first document is read to its end (the tree is not cut). */
  readonly whole?: boolean;
}

const EXPECTED: Readonly<Record<string, Expected>> = {
  quotes: { codes: ["yaml/syntax", "yaml/too-many-tokens"], at: { "yaml/syntax": '""', "yaml/too-many-tokens": '"' } },
  anchors: { codes: ["yaml/syntax", "yaml/too-many-tokens"], at: { "yaml/syntax": "&a" } },
  "open brackets": {
    codes: ["yaml/unclosed-bracket", "yaml/too-deep"],
    at: { "yaml/unclosed-bracket": "[", "yaml/too-deep": "[" },
  },
  "open braces": { codes: ["yaml/unclosed-bracket", "yaml/too-deep"], at: { "yaml/unclosed-bracket": "{" } },
  "closed brackets": { codes: ["yaml/too-deep"], at: { "yaml/too-deep": "[" } },
  "flow sequence": { codes: ["yaml/too-many-tokens"] },
  "flow mapping": { codes: ["yaml/too-many-tokens", "sdl/unexpected-field", "parse/too-many-diagnostics"] },
  // yaml.v3: "did not find expected key" at the first `:` (the `yaml` package nests them until too deep).
  colons: { codes: ["yaml/syntax"], at: { "yaml/syntax": ":" } },
  "explicit keys": { codes: ["yaml/non-scalar-key", "yaml/too-deep"] },
  dashes: { codes: ["yaml/too-deep"], at: { "yaml/too-deep": "-" } },
  "comment lines": { codes: ["yaml/too-many-tokens"], at: { "yaml/too-many-tokens": "#" } },
  "many keys": { codes: ["yaml/too-many-tokens", "sdl/unexpected-field", "parse/too-many-diagnostics"] },
  "duplicate keys": {
    codes: ["yaml/duplicate-key", "yaml/too-many-tokens", "parse/too-many-diagnostics"],
    at: { "yaml/duplicate-key": "a" },
  },
  "syntax errors": {
    codes: ["yaml/syntax", "yaml/too-many-errors"],
    at: { "yaml/syntax": "`", "yaml/too-many-errors": "a" },
  },
  "deep mappings": { codes: ["yaml/too-deep"], at: { "yaml/too-deep": "k" } },
  "deep sequences": { codes: ["yaml/too-deep"], at: { "yaml/too-deep": "-" } },
  "block scalar": { codes: [] },
  aliases: { codes: ["yaml/too-many-tokens"] },
  "unknown aliases": {
    codes: ["yaml/unknown-alias", "parse/too-many-diagnostics"],
    at: { "yaml/unknown-alias": "*nope" },
  },
  "alias keys": {
    codes: ["yaml/alias-limit", "yaml/too-many-tokens", "parse/too-many-diagnostics"],
    at: { "yaml/alias-limit": "*a" },
  },
  "aliased collection keys": { codes: ["yaml/non-scalar-key", "yaml/alias-limit", "yaml/too-many-tokens"] },
  "nested flow keys": {
    codes: ["yaml/non-scalar-key", "yaml/too-many-tokens"],
    at: { "yaml/non-scalar-key": `${"{".repeat(62)}x${"}".repeat(62)}` },
  },
  "nested explicit flow keys": { codes: ["yaml/non-scalar-key", "yaml/too-many-tokens"] },
  "nested block keys": { codes: ["yaml/non-scalar-key", "yaml/too-many-tokens"] },
  "alias bomb in a key": {
    codes: ["yaml/non-scalar-key", "yaml/alias-limit"],
    at: { "yaml/non-scalar-key": "[*g, *g, *g, {k: *g}]" },
    whole: true,
  },
  "crlf folds": { codes: ["yaml/too-many-tokens", "type/expected-mapping"] },
  "long line": { codes: [] },
  "nul bytes": { codes: ["type/expected-mapping"] },
  "lone surrogates": { codes: ["type/expected-mapping"] },
  "mixed surrogates": { codes: ["yaml/duplicate-key", "yaml/too-many-tokens"] },
  // yaml.v3: "found character that cannot start any token" (the `yaml` package reads an empty document).
  tabs: { codes: ["yaml/tab-indentation"], at: { "yaml/tab-indentation": "\t".repeat(1024 * 1024) } },
  "tab indentation": { codes: ["yaml/tab-indentation", "yaml/too-many-errors"], at: { "yaml/tab-indentation": "\t" } },
  documents: { codes: ["yaml/multiple-documents"], at: { "yaml/multiple-documents": "---" } },
  // The first document is read whole: the budget runs out in the rest of the stream, which is not used.
  "comments after the document": { codes: ["yaml/too-many-tokens", "sdl/missing-key"], whole: true },
  "anchors in a second document": {
    codes: ["yaml/multiple-documents", "yaml/too-many-tokens", "sdl/missing-key"],
    whole: true,
  },
  "lone carriage returns": { codes: ["yaml/syntax", "yaml/too-deep"] },
  "unterminated string": { codes: ["yaml/unterminated-string"], at: { "yaml/unterminated-string": '"' } },
  "ordinary sdl": { codes: ["yaml/too-many-tokens"] },
};

/** Every check that holds for any text: no internal failure, sane spans, a bounded count. */
function checkSane(text: string, result: ParseResult): void {
  const codes = result.diagnostics.map((d) => d.code);
  for (const code of INTERNAL) expect(codes).not.toContain(code);
  const spanned = [...result.diagnostics, ...result.diagnostics.flatMap((d) => d.related ?? [])];
  for (const d of spanned) {
    if (!d.span) continue;
    expect(d.span.start).toBeGreaterThanOrEqual(0);
    expect(d.span.end).toBeGreaterThanOrEqual(d.span.start);
    expect(d.span.end).toBeLessThanOrEqual(text.length);
    // Never between the \r and \n of a line break (issue 12 item 14).
    for (const o of [d.span.start, d.span.end])
      expect(o > 0 && text.charCodeAt(o) === 10 && text.charCodeAt(o - 1) === 13).toBe(false);
  }
  expect(result.diagnostics.length).toBeLessThanOrEqual(DEFAULT_PARSE_LIMITS.maxDiagnostics + 5);
  expect(codes.filter((c) => c === "parse/too-many-diagnostics").length).toBeLessThanOrEqual(1);
  expect(spanProblems(result.tree.root, text.length)).toEqual([]);
}

/** The first diagnostic with `code`. */
function first(diagnostics: readonly Diagnostic[], code: string): Diagnostic | undefined {
  return diagnostics.find((d) => d.code === code);
}

describe("parse on hostile texts at the default 1 MiB limit", () => {
  it("has an expectation for every hostile text", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(HOSTILE_INPUTS).sort());
  });

  for (const [name, make] of Object.entries(HOSTILE_INPUTS)) {
    it(name, { timeout: 60_000 }, () => {
      const text = make(MIB);
      expect(text.length).toBeLessThanOrEqual(MIB);
      expect(text.length).toBeGreaterThan(MIB - 64);
      let result: ParseResult | undefined;
      expect(() => (result = parse(text))).not.toThrow();
      const r = result as ParseResult;
      checkSane(text, r);
      const expected = EXPECTED[name]!;
      const codes = new Set(r.diagnostics.map((d) => d.code));
      for (const code of expected.codes) expect([...codes], `${name}: ${code}`).toContain(code);
      if (expected.codes.length === 0) expect([...codes].filter((c) => c.startsWith("yaml/"))).toEqual([]);
      for (const [code, at] of Object.entries(expected.at ?? {})) {
        const d = first(r.diagnostics, code)!;
        expect(text.slice(d.span!.start, d.span!.end), `${name}: ${code}`).toBe(at);
      }
      if (expected.whole) expect(r.tree.stoppedAt).toBeUndefined();
      // A stop is always explained, at the offset where the analysis stopped (or by too-deep's related location).
      if (r.tree.stoppedAt !== undefined) {
        const stop = r.tree.stoppedAt;
        expect(stop).toBeGreaterThan(0);
        expect(stop).toBeLessThan(text.length);
        const told = r.diagnostics.filter((d) => d.data?.["stoppedAt"] === stop);
        expect(told, `${name}: diagnostic for the stop at ${stop}`).toHaveLength(1);
        // Nothing is reported past the stop, except the stop itself and the summary of left-out diagnostics.
        for (const d of r.diagnostics) {
          if (d === told[0] || d.code === "parse/too-many-diagnostics") continue;
          expect(d.span?.start ?? 0, `${name}: ${d.code} past the stop`).toBeLessThan(stop);
        }
        // Keys the unread part may hold are not reported missing.
        expect(codes.has("sdl/missing-key")).toBe(false);
        expect(codes.has("sdl/empty-document")).toBe(false);
      }
    });
  }
});
