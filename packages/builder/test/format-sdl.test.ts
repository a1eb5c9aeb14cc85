import { parse, toPlainValue } from "@akash-sdl/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyLspTextEdits, buildSdl, formatSdl, type SdlSpec } from "../src/index.js";

describe("formatSdl", () => {
  it("re-indents to two spaces, indents sequences, keeps comments, block scalars and CRLF", () => {
    const text =
      "# top\r\nservices:\r\n    web:   # c\r\n        image:    nginx\r\n        args:\r\n        -   |\r\n            line one\r\n              indented\r\n        # before env\r\n        env: [A=1]   \r\n\r\n\r\n\r\nprofiles: {}\r\n\r\n";
    const out = formatSdl(text).text;
    expect(out).toBe(
      "# top\r\nservices:\r\n  web: # c\r\n    image: nginx\r\n    args:\r\n      - |\r\n          line one\r\n            indented\r\n    # before env\r\n    env: [A=1]\r\n\r\nprofiles: {}\r\n",
    );
    expect(toPlainValue(parse(out).tree.root)).toEqual(toPlainValue(parse(text).tree.root));
    expect(formatSdl(out).text).toBe(out);
  });

  it("puts one space before a trailing comment, never touching a `#` that is text", () => {
    const text = [
      "services:   # top level",
      "  web:\t# tab before",
      '    image: "nginx   #not a comment"    # pinned',
      "    command: [a, b]      # flow",
      "    args:",
      "      -    # the first argument follows",
      "        x#y     # plain scalar with a hash",
      "      - 'q  #z'  \t # single-quoted",
      "    env:      # empty",
      "    expose: # already one space",
      "",
    ].join("\n");
    const out = formatSdl(text).text;
    expect(out).toBe(
      [
        "services: # top level",
        "  web: # tab before",
        '    image: "nginx   #not a comment" # pinned',
        "    command: [a, b] # flow",
        "    args:",
        "      - # the first argument follows",
        "        x#y # plain scalar with a hash",
        "      - 'q  #z' # single-quoted",
        "    env: # empty",
        "    expose: # already one space",
        "",
      ].join("\n"),
    );
    expect(toPlainValue(parse(out).tree.root)).toEqual(toPlainValue(parse(text).tree.root));
    expect(formatSdl(out).text).toBe(out);
  });

  it("puts a comment line at the final indentation of the next line, whatever that line is", () => {
    const text = [
      "a:",
      "      # about the value",
      "   plain value",
      "b:",
      "    - x",
      "        # about y",
      "    - y",
      "",
    ].join("\n");
    const out = formatSdl(text).text;
    expect(out).toBe(
      ["a:", "   # about the value", "   plain value", "b:", "  - x", "  # about y", "  - y", ""].join("\n"),
    );
    expect(formatSdl(out).text).toBe(out);
  });

  it("is idempotent when the next line after a comment is read differently on the second pass (fast-check seed -1527758819)", () => {
    // A mutated corpus text: `: TIMESTAMP_TYPE=chunk` is an empty-key entry that Go's yaml.v3
    // refuses. Whatever the front end makes of it, formatting keeps the value and a second pass
    // changes nothing (the comment above it used to follow the next key, not the line itself).
    const text =
      'version: "2.0"\n\nservices:\n  whisper:\n    image: rodrirr/wa:0.3\n\n    expose:\n      - port: 8000\n        as: 80\n        to:\n          - global: true\n\n    env:\n      # Whisper model\n      - MODEL_NAME=openai/whisper-large-v3\n\n      # chunk | word\n      : TIMESTAMP_TYPE=chunk\n\n      # Required only for diarization\n      # - HF_TOKEN=hf_your_token_here\n\nprofiles:\n  compute:\n    whisper: 1\n';
    const once = formatSdl(text).text;
    expect(formatSdl(once).text).toBe(once);
    if (once !== text) {
      expect(toPlainValue(parse(once).tree.root)).toEqual(toPlainValue(parse(text).tree.root));
      const lines = once.split("\n");
      const comment = lines.findIndex((l) => l.trim() === "# chunk | word");
      const next = lines[comment + 1] ?? "";
      expect(lines[comment]?.indexOf("#")).toBe(next.length - next.trimStart().length);
    }
  });

  it("keeps only a layout that is its own format when the reader sees the result differently (after seed -1527758819)", () => {
    // An empty-key entry (`: T=chunk`, refused by yaml.v3) aligned with the items above it: on
    // the text our reader places the empty key off its line (no anchor), on the re-indented text on
    // its `:` (an anchor at the mapping's indentation), so a single pass moves it twice. formatSdl
    // returns the layout that formats to itself, and its edits reproduce it (LF and CRLF).
    for (const eol of ["\n", "\r\n"]) {
      const text = [
        "services:",
        "  whisper:",
        "    image:    x",
        "    env:",
        "        - A=1",
        "      # c",
        "        : T=chunk",
        "    args: [a]",
        "profiles: 1",
        "",
      ].join(eol);
      const r = formatSdl(text);
      expect(formatSdl(r.text).text).toBe(r.text);
      expect(applyLspTextEdits(text, r.edits)).toBe(r.text);
      expect(toPlainValue(parse(r.text).tree.root)).toEqual(toPlainValue(parse(text).tree.root));
      if (r.text !== text) expect(r.text).toContain(`${eol}    image: x${eol}`);
    }
  });

  it("tidies the tail of the last line of a multi-line flow collection or quoted scalar, never a block scalar", () => {
    const text = [
      "command: [a,",
      "  b]      # flow end",
      "args: ['x",
      "  y'  ,  '#z  ']   \t# after",
      'env: "p',
      '  q"    ',
      "x: {a: 1,",
      "  b: 2}    \t  ",
      "y: a",
      "   b     # plain",
      "z: |",
      "  keep   ",
      "  # text  ",
      "",
    ].join("\n");
    const out = formatSdl(text).text;
    expect(out).toBe(
      [
        "command: [a,",
        "  b] # flow end",
        "args: ['x",
        "  y'  ,  '#z  '] # after",
        'env: "p',
        '  q"',
        "x: {a: 1,",
        "  b: 2}",
        "y: a",
        "   b # plain",
        "z: |",
        "  keep   ",
        "  # text  ",
        "",
      ].join("\n"),
    );
    expect(toPlainValue(parse(out).tree.root)).toEqual(toPlainValue(parse(text).tree.root));
    expect(formatSdl(out).text).toBe(out);
  });

  it("leaves a text with YAML errors alone and says why", () => {
    const r = formatSdl("a: [\n");
    expect(r.text).toBe("a: [\n");
    expect(r.diagnostics.length).toBeGreaterThan(0);
  });

  it("undoes any re-indentation of builder output (the builder writes fmt's fixed point)", () => {
    const spec = (n: number, args: string[]): SdlSpec => ({
      services: { web: { image: "nginx:1.27", args, expose: [{ port: 80 + n, to: [{ global: true }] }] } },
      profiles: {
        compute: { web: { resources: { cpu: { units: 1 }, memory: { size: "1Gi" }, storage: [{ size: "1Gi" }] } } },
        placement: { dc: { pricing: { web: { denom: "uact", amount: n } } } },
      },
      deployment: { web: { dc: { profile: "web", count: 1 } } },
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.array(
          fc.string({ maxLength: 8 }).filter((a) => !a.includes("\n")),
          { maxLength: 3 },
        ),
        fc.integer({ min: 2, max: 4 }),
        (n, args, k) => {
          const built = buildSdl(spec(n, args), { validate: false }).text;
          expect(formatSdl(built).text).toBe(built);
          // k times the indentation, and the gap after "-" so that item keys stay aligned.
          const wider = built.replace(
            /^( *)(- )?/gm,
            (_, sp: string, dash?: string) => " ".repeat(sp.length * k) + (dash ? `-${" ".repeat(2 * k - 1)}` : ""),
          );
          expect(formatSdl(wider).text).toBe(built);
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);
});
