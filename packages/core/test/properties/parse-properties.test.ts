import fc from "fast-check";
import { describe, it } from "vitest";
import { parse } from "../../src/index.js";
import type { Diagnostic, YamlNode } from "../../src/index.js";
import { corpusFiles } from "../support/corpus.js";

/** Total property cases per run; CI must run at least 10,000 (see the issue). */
const RUNS = Number(process.env["AKASH_SDL_PROPERTY_RUNS"] ?? 2500);

const corpus = corpusFiles().map((f) => f.text);

function* nodes(node: YamlNode | null): Generator<YamlNode> {
  if (!node) return;
  yield node;
  if (node.kind === "map") {
    for (const pair of node.pairs) {
      yield* nodes(pair.key);
      yield* nodes(pair.value);
    }
  } else if (node.kind === "seq") {
    for (const item of node.items) yield* nodes(item);
  }
}

/** Fails the property with a readable message (plain checks: `expect` is too slow per node). */
function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(what);
}

/**
 * Line and column of `offset`, computed independently of `createLineCounter`: walks the text from
 * its start; `\n`, `\r\n` and a lone `\r` end a line; an offset between `\r` and `\n` is read
 * as the `\r`.
 */
function naivePosition(text: string, offset: number): { line: number; column: number } {
  const o = offset > 0 && text[offset] === "\n" && text[offset - 1] === "\r" ? offset - 1 : offset;
  let line = 1;
  let column = 1;
  for (let i = 0; i < o; i++) {
    const c = text[i];
    if (c === "\r" && text[i + 1] === "\n" && i + 1 < o) continue; // the \n that follows ends the line
    if (c === "\n" || c === "\r") {
      line++;
      column = 1;
    } else column++;
  }
  return { line, column };
}

/** Parses `text` and checks every span (tree nodes and diagnostics) and its line/column. */
function checkParse(text: string): void {
  const result = parse(text);
  const inside = (s: { start: number; end: number }, what: string): void => {
    check(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: non-integer span`);
    check(
      s.start >= 0 && s.end >= s.start && s.end <= text.length,
      `${what}: span ${s.start}..${s.end} outside 0..${text.length}`,
    );
    const a = result.lineCounter.positionAt(s.start);
    const b = naivePosition(text, s.start);
    check(a.line === b.line && a.column === b.column, `${what}: line/column disagree at ${s.start}`);
    check(result.lineCounter.offsetAt(a) === s.start, `${what}: offsetAt(positionAt(${s.start})) is not ${s.start}`);
    const e = result.lineCounter.positionAt(s.end);
    const f = naivePosition(text, s.end);
    check(e.line === f.line && e.column === f.column, `${what}: line/column disagree at ${s.end}`);
  };
  for (const node of nodes(result.tree.root)) inside(node.span, `${node.kind} node`);
  for (const d of result.diagnostics as readonly Diagnostic[]) {
    check(typeof d.code === "string" && d.message.length > 0, `diagnostic without code or message`);
    if (d.span) inside(d.span, `diagnostic ${d.code}`);
  }
}

type Mutation =
  | { kind: "flip"; at: number; char: string }
  | { kind: "delete-line"; at: number }
  | { kind: "duplicate-line"; at: number }
  | { kind: "insert-tab"; at: number };

function mutate(text: string, mutations: readonly Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const lines = out.split("\n");
    const li = lines.length === 0 ? 0 : m.at % lines.length;
    switch (m.kind) {
      case "flip": {
        const i = out.length === 0 ? 0 : m.at % out.length;
        out = out.slice(0, i) + m.char + out.slice(i + 1);
        break;
      }
      case "delete-line":
        lines.splice(li, 1);
        out = lines.join("\n");
        break;
      case "duplicate-line":
        lines.splice(li, 0, lines[li] ?? "");
        out = lines.join("\n");
        break;
      case "insert-tab": {
        const line = lines[li] ?? "";
        const col = line.length === 0 ? 0 : m.at % (line.length + 1);
        lines[li] = `${line.slice(0, col)}\t${line.slice(col)}`;
        out = lines.join("\n");
        break;
      }
    }
  }
  return out;
}

const yamlish = fc.stringMatching(/^[ \t\r\n:\-?[\]{},#&*!|>'"%@`a-z0-9.\uFEFF\u{1F600}]*$/u, { maxLength: 200 });

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant("flip" as const),
    at: fc.nat(),
    char: fc.constantFrom(
      " ",
      "\t",
      ":",
      "-",
      "'",
      '"',
      "[",
      "{",
      "}",
      "#",
      "&",
      "*",
      "\n",
      "\r",
      "x",
      "\uFEFF",
      "\u{1F600}",
      "|",
      ">",
    ),
  }),
  fc.record({ kind: fc.constant("delete-line" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("duplicate-line" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("insert-tab" as const), at: fc.nat() }),
);

describe("parse: properties", { timeout: 300_000 }, () => {
  it("never throws and returns consistent spans for arbitrary strings", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), checkParse), { numRuns: RUNS });
  });

  it("never throws and returns consistent spans for YAML-looking strings", () => {
    fc.assert(fc.property(yamlish, checkParse), { numRuns: RUNS });
  });

  it.runIf(corpus.length > 0)("never throws on random mutations of corpus files", () => {
    fc.assert(
      fc.property(fc.nat(corpus.length - 1), fc.array(mutation, { minLength: 1, maxLength: 6 }), (index, muts) => {
        checkParse(mutate(corpus[index] ?? "", muts));
      }),
      { numRuns: RUNS * 2 },
    );
  });
});
