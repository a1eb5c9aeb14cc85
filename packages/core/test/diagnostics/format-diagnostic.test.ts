import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createLineCounter, formatDiagnostic } from "../../src/index.js";
import type { Diagnostic, Span } from "../../src/index.js";
import { renderCodeFrame } from "../../src/diagnostics/render-code-frame.js";

const SDL = `version: "2.0"
services:
  web:
    image: nginx
    image: nginx:1.25
    expose:
      - port: 80
`;

/** The span of the `n`-th (0-based) occurrence of `needle` in `text`. */
function spanOf(text: string, needle: string, n = 0): Span {
  let at = -1;
  for (let i = 0; i <= n; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`'${needle}' not found`);
  return { start: at, end: at + needle.length };
}

const diag = (span: Span | undefined, extras: Partial<Diagnostic> = {}): Diagnostic => ({
  code: "test/example" as Diagnostic["code"],
  severity: "error",
  message: "Something is wrong here.",
  ...(span ? { span } : {}),
  ...extras,
});

// eslint-disable-next-line no-control-regex
const stripAnsi = (s: string): string => s.replace(/\u001b\[[0-9;]*m/g, "");

describe("formatDiagnostic", () => {
  it("renders location, severity, message, code, a framed span, hints and related locations", () => {
    const d = diag(spanOf(SDL, "image", 1), {
      code: "yaml/duplicate-key",
      message: "The key 'image' appears twice in this mapping.",
      hints: ["Remove one of the two 'image' keys."],
      related: [{ message: "The first 'image' is here.", span: spanOf(SDL, "image") }],
    });
    expect(formatDiagnostic(d, { fileName: "deploy.yaml", text: SDL })).toMatchInlineSnapshot(`
      "deploy.yaml:5:5: error: The key 'image' appears twice in this mapping. [yaml/duplicate-key]
          4 |     image: nginx
        > 5 |     image: nginx:1.25
            |     ^^^^^
          6 |     expose:
        hint: Remove one of the two 'image' keys.
        deploy.yaml:4:5: note: The first 'image' is here.
          > 4 |     image: nginx
              |     ^^^^^"
    `);
  });

  it("renders warnings and infos with their severity", () => {
    const w = formatDiagnostic(diag(spanOf(SDL, "nginx:1.25"), { severity: "warning" }), {
      fileName: "a.yaml",
      text: SDL,
    });
    const i = formatDiagnostic(diag(spanOf(SDL, "nginx:1.25"), { severity: "info" }), {
      fileName: "a.yaml",
      text: SDL,
    });
    expect(w.split("\n")[0]).toBe("a.yaml:5:12: warning: Something is wrong here. [test/example]");
    expect(i.split("\n")[0]).toBe("a.yaml:5:12: info: Something is wrong here. [test/example]");
  });

  it("renders a file-level diagnostic (no span) with its path and no frame", () => {
    const d = diag(undefined, {
      message: "The service 'web' is not deployed anywhere.",
      path: ["services", "web", "expose", 0, "to", "my.host"],
      hints: ["Add it under 'deployment'.", "Or remove the service."],
    });
    expect(formatDiagnostic(d, { fileName: "deploy.yaml", text: SDL })).toMatchInlineSnapshot(`
      "deploy.yaml: error: The service 'web' is not deployed anywhere. [test/example]
        at: services.web.expose[0].to["my.host"]
        hint: Add it under 'deployment'.
        hint: Or remove the service."
    `);
    expect(formatDiagnostic(diag(undefined, { path: [] }), { fileName: "f.yaml", text: "" })).toMatchInlineSnapshot(`
      "f.yaml: error: Something is wrong here. [test/example]
        at: (document root)"
    `);
  });

  it("puts an empty span at its column with a single caret", () => {
    const at = SDL.indexOf("nginx:1.25");
    expect(
      formatDiagnostic(diag({ start: at, end: at }), { fileName: "f.yaml", text: SDL, contextLines: 0 }),
    ).toMatchInlineSnapshot(`
      "f.yaml:5:12: error: Something is wrong here. [test/example]
        > 5 |     image: nginx:1.25
            |            ^"
    `);
  });

  it("renders a span at the very end of the file (after and without a final newline)", () => {
    expect(
      formatDiagnostic(diag({ start: SDL.length, end: SDL.length }), { fileName: "f.yaml", text: SDL }),
    ).toMatchInlineSnapshot(`
      "f.yaml:8:1: error: Something is wrong here. [test/example]
          7 |       - port: 80
        > 8 |
            | ^"
    `);
    const noNewline = "a: 1\nb: [1, 2";
    expect(
      formatDiagnostic(diag({ start: noNewline.length, end: noNewline.length }), {
        fileName: "f.yaml",
        text: noNewline,
      }),
    ).toMatchInlineSnapshot(`
      "f.yaml:2:9: error: Something is wrong here. [test/example]
          1 | a: 1
        > 2 | b: [1, 2
            |         ^"
    `);
    expect(formatDiagnostic(diag({ start: 0, end: 0 }), { fileName: "empty.yaml", text: "" })).toMatchInlineSnapshot(`
      "empty.yaml:1:1: error: Something is wrong here. [test/example]
        > 1 |
            | ^"
    `);
  });

  it("marks every line of a multi-line span and elides the middle of a long one", () => {
    const from = SDL.indexOf("web:");
    const to = SDL.indexOf("expose:");
    expect(formatDiagnostic(diag({ start: from, end: to }), { fileName: "f.yaml", text: SDL })).toMatchInlineSnapshot(`
      "f.yaml:3:3: error: Something is wrong here. [test/example]
          2 | services:
        > 3 |   web:
            |   ^^^^
        > 4 |     image: nginx
        > 5 |     image: nginx:1.25
        > 6 |     expose:
          7 |       - port: 80"
    `);
    const long = Array.from({ length: 12 }, (_, i) => `line${i + 1}: ${i + 1}`).join("\n");
    const span = { start: long.indexOf("line2:"), end: long.indexOf("line11:") + 9 };
    expect(formatDiagnostic(diag(span), { fileName: "long.yaml", text: long })).toMatchInlineSnapshot(`
      "long.yaml:2:1: error: Something is wrong here. [test/example]
           1 | line1: 1
        >  2 | line2: 2
             | ^^^^^^^^
        >  3 | line3: 3
        >  4 | line4: 4
           ⋮ |
        > 10 | line10: 10
        > 11 | line11: 11
             | ^^^^^^^^^
          12 | line12: 12"
    `);
  });

  it("does not mark the next line for a span that ends with a line break", () => {
    const start = SDL.indexOf("    image: nginx\n");
    const out = formatDiagnostic(diag({ start, end: start + "    image: nginx\n".length }), {
      fileName: "f.yaml",
      text: SDL,
      contextLines: 0,
    });
    expect(out.split("\n").slice(1)).toEqual(["  > 4 |     image: nginx", "      | ^^^^^^^^^^^^^^^^"]);
  });

  it("clamps spans that lie outside the text", () => {
    const out = formatDiagnostic(
      diag({ start: 5, end: 999 }, { related: [{ message: "r", span: { start: 999, end: 2 } }] }),
      {
        fileName: "f.yaml",
        text: "ab\ncd",
      },
    );
    expect(out).toMatchInlineSnapshot(`
      "f.yaml:2:3: error: Something is wrong here. [test/example]
          1 | ab
        > 2 | cd
            |   ^
        f.yaml:2:3: note: r
          > 2 | cd
              |   ^"
    `);
  });

  it("renders CRLF text exactly like LF text", () => {
    const crlf = SDL.replace(/\n/g, "\r\n");
    const span = (text: string): Span => spanOf(text, "nginx:1.25");
    const lf = formatDiagnostic(diag(span(SDL)), { fileName: "f.yaml", text: SDL });
    expect(formatDiagnostic(diag(span(crlf)), { fileName: "f.yaml", text: crlf })).toBe(lf);
    const cr = SDL.replace(/\n/g, "\r");
    expect(formatDiagnostic(diag(span(cr)), { fileName: "f.yaml", text: cr })).toBe(lf);
    expect(lf).not.toContain("\r");
  });

  it("aligns carets after astral, wide and combining characters (columns stay UTF-16)", () => {
    const text = "name: \u{1F680}\u{1F680} x\nlabel: 日本 y\naccent: e\u0301 z\n";
    const out = [
      formatDiagnostic(diag(spanOf(text, "x")), { fileName: "u.yaml", text, contextLines: 0 }),
      formatDiagnostic(diag(spanOf(text, "y")), { fileName: "u.yaml", text, contextLines: 0 }),
      formatDiagnostic(diag(spanOf(text, "z")), { fileName: "u.yaml", text, contextLines: 0 }),
      formatDiagnostic(diag({ start: 6, end: 8 }), { fileName: "u.yaml", text, contextLines: 0 }),
    ].join("\n");
    expect(out).toMatchInlineSnapshot(`
      "u.yaml:1:12: error: Something is wrong here. [test/example]
        > 1 | name: 🚀🚀 x
            |            ^
      u.yaml:2:11: error: Something is wrong here. [test/example]
        > 2 | label: 日本 y
            |             ^
      u.yaml:3:12: error: Something is wrong here. [test/example]
        > 3 | accent: é z
            |           ^
      u.yaml:1:7: error: Something is wrong here. [test/example]
        > 1 | name: 🚀🚀 x
            |       ^^"
    `);
  });

  it("expands tabs to tab stops and shows control characters visibly", () => {
    const text = "a:\tb\tc: d\n\tx:\u0007 e\n";
    expect(
      formatDiagnostic(diag(spanOf(text, "c")), { fileName: "t.yaml", text, contextLines: 1 }),
    ).toMatchInlineSnapshot(`
      "t.yaml:1:6: error: Something is wrong here. [test/example]
        > 1 | a:  b   c: d
            |         ^
          2 |     x:␇ e"
    `);
    expect(
      formatDiagnostic(diag(spanOf(text, "e")), { fileName: "t.yaml", text, contextLines: 0, tabWidth: 2 }),
    ).toMatchInlineSnapshot(`
      "t.yaml:2:6: error: Something is wrong here. [test/example]
        > 2 |   x:␇ e
            |       ^"
    `);
  });

  it("trims long lines around the span", () => {
    const text = `short: 1\nlong: ${"a".repeat(150)} BAD ${"b".repeat(150)}\nend: 2\n`;
    expect(
      formatDiagnostic(diag(spanOf(text, "BAD")), { fileName: "w.yaml", text, maxWidth: 60 }),
    ).toMatchInlineSnapshot(`
      "w.yaml:2:158: error: Something is wrong here. [test/example]
          1 | …
        > 2 | …aaaaaaaaaaaaaaaaaaa BAD bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb…
            |                      ^^^
          3 | …"
    `);
    // A span near the start of a long line keeps the line's start and cuts its end.
    const early = formatDiagnostic(diag(spanOf(text, "long")), {
      fileName: "w.yaml",
      text,
      maxWidth: 60,
      contextLines: 0,
    });
    expect(early).toMatchInlineSnapshot(`
      "w.yaml:2:1: error: Something is wrong here. [test/example]
        > 2 | long: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…
            | ^^^^"
    `);
  });

  it("colours only when asked, and colour adds nothing but ANSI codes", () => {
    const d = diag(spanOf(SDL, "image", 1), { hints: ["h"], related: [{ message: "r", span: spanOf(SDL, "image") }] });
    const plain = formatDiagnostic(d, { fileName: "c.yaml", text: SDL });
    const colored = formatDiagnostic(d, { fileName: "c.yaml", text: SDL, color: true });
    expect(plain).not.toContain("\u001b[");
    expect(colored).toContain("\u001b[31m"); // red for an error
    expect(stripAnsi(colored)).toBe(plain);
  });

  it("accepts a line counter and gives the same result as without one", () => {
    const d = diag(spanOf(SDL, "port"));
    expect(formatDiagnostic(d, { fileName: "f.yaml", text: SDL, lineCounter: createLineCounter(SDL) })).toBe(
      formatDiagnostic(d, { fileName: "f.yaml", text: SDL }),
    );
  });

  it("never throws, keeps spans in range and puts the position in the first line", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 200 }),
        fc.integer({ min: -5, max: 250 }),
        fc.integer({ min: -5, max: 250 }),
        fc.boolean(),
        (text, a, b, color) => {
          const d = diag({ start: a, end: b }, { related: [{ message: "r", span: { start: b, end: a } }] });
          const out = stripAnsi(formatDiagnostic(d, { fileName: "p.yaml", text, color, maxWidth: 30 }));
          const lc = createLineCounter(text);
          const p = lc.positionAt(a);
          expect(out.split("\n")[0]).toBe(
            `p.yaml:${p.line}:${p.column}: error: Something is wrong here. [test/example]`,
          );
          expect(out).toMatch(/\^/);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("prints a short plain line beside a windowed one from the same column, even a fractional one", () => {
    // The windowed line's hidden start is measured in units of a fractional frame width.
    const text = `${"0123456789".repeat(13)}abcd\n${"x".repeat(130)}ERR${"y".repeat(66)}\nshort line\n`;
    const start = text.indexOf("ERR");
    const options = { contextLines: 1, tabWidth: 4, maxWidth: 33.7, paint: (_: string, s: string) => s };
    expect(renderCodeFrame(text, createLineCounter(text), { start, end: start + 3 }, options)).toEqual([
      "  1 | …90123456789abcd",
      "> 2 | …xxxxxxxxxxxxERRyyyyyyyyyyyyyyyyyy…",
      "    |             ^^^",
      "  3 | …",
    ]);
  });
});
