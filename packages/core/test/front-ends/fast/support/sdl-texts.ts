import fc from "fast-check";

/**
 * SDL-shaped YAML texts for the differential tests: values an SDL holds (images, quantities,
 * ports, env lines, Go's tricky scalars) printed in every style yaml.v3 reads — block and flow
 * collections, plain, single- and double-quoted and block scalars with chomping and indentation
 * indicators — with comments, blank lines, under-indented continuation lines, tabs, CRLF, BOM and
 * document markers. Many of them are not valid YAML on purpose: the verdict is compared too.
 */

type ScalarStyle = "plain" | "single" | "double" | "literal" | "folded";

interface ScalarSpec {
  readonly t: "scalar";
  readonly s: string;
  readonly style: ScalarStyle;
  readonly chomp: "" | "-" | "+";
  readonly indicator: boolean;
  /** Multi-line quoted scalars: continuation lines indented less than the key. */
  readonly under: boolean;
  readonly comment: boolean;
}
interface SeqSpec {
  readonly t: "seq";
  readonly items: readonly NodeSpec[];
  readonly flow: boolean;
  readonly indentless: boolean;
}
interface MapSpec {
  readonly t: "map";
  readonly pairs: readonly (readonly [ScalarSpec, NodeSpec | null])[];
  readonly flow: boolean;
}
type NodeSpec = ScalarSpec | SeqSpec | MapSpec;

/** Scalars Go resolves in surprising ways, and text that is hard to print. */
const TRICKY = [
  "yes",
  "no",
  "on",
  "off",
  "y",
  "n",
  "true",
  "False",
  "NULL",
  "~",
  "null",
  "",
  " ",
  "0777",
  "0o17",
  "0x1F",
  "0b101",
  "1e3",
  "1E-2",
  ".5",
  "5.",
  "+12",
  "-0",
  "1_000",
  "9223372036854775808",
  ".inf",
  "-.Inf",
  ".nan",
  "2001-12-14",
  "2001-12-14t21:59:43.10-05:00",
  "12:30:00",
  "0.5",
  "100m",
  "512Mi",
  "1Gi",
  "80",
  "8080",
  "uakt",
  "nginx:1.25",
  "ghcr.io/org/app@sha256:abc",
  "a: b",
  "a #b",
  "a#b",
  "- x",
  "[x]",
  "{y}",
  "'q'",
  '"dq"',
  "it's",
  "back\\slash",
  "tab\there",
  "trail ",
  " lead",
  "multi\nline",
  "two\n\nparas",
  "ends\n",
  "é😀ü",
  "#",
  "@x",
  "`x",
  "%x",
  "!x",
  "&x",
  "*x",
  "|",
  ">",
  "?x",
  ":x",
  "-x",
  "--- x",
  "...",
  "x:",
  "a,b",
  "k=v",
  "PATH=/usr/bin:/bin",
  "http://example.com:80/a?b=c#d",
];

const KEYS = [
  "version",
  "services",
  "web",
  "image",
  "env",
  "expose",
  "port",
  "as",
  "to",
  "global",
  "profiles",
  "compute",
  "resources",
  "cpu",
  "units",
  "memory",
  "size",
  "storage",
  "placement",
  "pricing",
  "denom",
  "amount",
  "deployment",
  "count",
  "command",
  "args",
  "params",
  "gpu",
  "attributes",
  "vendor",
  "nvidia",
  "model",
  "80",
  "true",
  "yes",
  "~",
  "a b",
  "é",
];

const word = fc.stringMatching(/^[a-z][a-z0-9._:/=-]{0,12}$/);
const messy = fc.string({ unit: fc.constantFrom(..."ab :#-'\"\\\t\n[]{},&*!|>%@`?é😀".split(/(?:)/u)), maxLength: 12 });
const scalarText = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 3, arbitrary: word },
  { weight: 2, arbitrary: messy },
  { weight: 1, arbitrary: fc.integer({ min: -100000, max: 100000 }).map(String) },
);

function scalar(text: fc.Arbitrary<string>): fc.Arbitrary<ScalarSpec> {
  return fc.record({
    t: fc.constant("scalar" as const),
    s: text,
    style: fc.constantFrom<ScalarStyle>("plain", "plain", "plain", "single", "double", "literal", "folded"),
    chomp: fc.constantFrom<"" | "-" | "+">("", "", "-", "+"),
    indicator: fc.boolean(),
    under: fc.boolean(),
    comment: fc.boolean(),
  });
}

const keySpec = scalar(
  fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...KEYS) }, { weight: 1, arbitrary: scalarText }),
).map((k) => ({ ...k, style: k.style === "literal" || k.style === "folded" ? ("plain" as const) : k.style }));

const { node } = fc.letrec<{ node: NodeSpec; seq: SeqSpec; map: MapSpec }>((tie) => ({
  node: fc.oneof({ depthSize: "small", withCrossShrink: true }, scalar(scalarText), tie("seq"), tie("map")),
  seq: fc.record({
    t: fc.constant("seq" as const),
    items: fc.array(tie("node"), { minLength: 1, maxLength: 4 }),
    flow: fc.boolean(),
    indentless: fc.boolean(),
  }),
  map: fc.record({
    t: fc.constant("map" as const),
    pairs: fc.array(fc.tuple(keySpec, fc.option<NodeSpec, null>(tie("node"), { freq: 8, nil: null })), {
      minLength: 1,
      maxLength: 5,
    }),
    flow: fc.boolean(),
  }),
}));

function escapeDouble(s: string): string {
  return s.replace(/[\\"\n\t]/g, (ch) => (ch === "\n" ? "\\n" : ch === "\t" ? "\\t" : `\\${ch}`));
}

/** A scalar written inline (after `key: `, `- ` or in a flow collection), continuation lines at `cont`. */
function inlineScalar(spec: ScalarSpec, cont: number, flow: boolean): string {
  const lines = spec.s.split("\n");
  const pad = " ".repeat(spec.under ? Math.max(0, cont - 2) : cont);
  switch (spec.style) {
    case "single":
      return `'${lines.map((l) => l.replace(/'/g, "''")).join(`\n\n${pad}`)}'`;
    case "double":
      return spec.under && lines.length > 1
        ? `"${lines.map(escapeDouble).join(`\n${pad}`)}"`
        : `"${escapeDouble(spec.s)}"`;
    case "literal":
    case "folded":
      if (flow) return `"${escapeDouble(spec.s)}"`;
      return `${spec.style === "literal" ? "|" : ">"}${spec.chomp}${spec.indicator ? "2" : ""}\n${lines.map((l) => (l === "" ? "" : `${" ".repeat(cont)}${l}`)).join("\n")}`;
    default:
      return lines.join(`\n${pad}`);
  }
}

function flowNode(spec: NodeSpec): string {
  if (spec.t === "scalar") return inlineScalar(spec, 0, true);
  if (spec.t === "seq") return `[${spec.items.map(flowNode).join(", ")}]`;
  return `{${spec.pairs.map(([k, v]) => (v === null ? `${inlineScalar(k, 0, true)}:` : `${inlineScalar(k, 0, true)}: ${flowNode(v)}`)).join(", ")}}`;
}

/** Prints a node at block indentation `indent` (the node starts at that column on a fresh line). */
function blockNode(spec: NodeSpec, indent: number, step: number): string {
  const pad = " ".repeat(indent);
  if (spec.t === "scalar") return `${pad}${inlineScalar(spec, indent + step, false)}${spec.comment ? " # c" : ""}`;
  if (spec.flow) return `${pad}${flowNode(spec)}`;
  if (spec.t === "seq") {
    return spec.items
      .map((item) => {
        if (item.t === "scalar" || item.flow) return `${pad}- ${blockNode(item, indent + 2, step).trimStart()}`;
        return `${pad}- ${blockNode(item, indent + 2, step).slice(indent + 2)}`;
      })
      .join("\n");
  }
  return spec.pairs
    .map(([k, v]) => {
      const key = `${pad}${inlineScalar(k, indent + step, false)}:`;
      if (v === null) return key;
      if (v.t === "scalar") return `${key} ${inlineScalar(v, indent + step, false)}${v.comment ? " # c" : ""}`;
      if (v.flow) return `${key} ${flowNode(v)}`;
      const childIndent = v.t === "seq" && v.indentless ? indent : indent + step;
      return `${key}\n${blockNode(v, childIndent, step)}`;
    })
    .join("\n");
}

/** Whole-text variations: CRLF, BOM, tabs, comments, blank lines, document markers. */
const variations = fc.record({
  step: fc.integer({ min: 1, max: 4 }),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  start: fc.constantFrom("", "", "---\n", "--- # doc\n", "# head\n\n", "# head\n"),
  end: fc.constantFrom("\n", "\n", "", "\n...\n", "\n# tail\n", "\n\n"),
  tabs: fc.nat({ max: 6 }),
  comments: fc.nat({ max: 4 }),
  seed: fc.nat(),
});

/** A simple deterministic generator for the per-text choices of {@link sdlTexts}. */
function lcg(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 0x100000000;
  };
}

/**
 * SDL-shaped YAML texts (see the file comment).
 *
 * @example
 * fc.sample(sdlTexts, 3);
 */
export const sdlTexts: fc.Arbitrary<string> = fc.tuple(node, variations).map(([spec, v]) => {
  let text = blockNode(spec, 0, v.step);
  const random = lcg(v.seed);
  const lines = text.split("\n");
  for (let i = 0; i < v.comments; i++) {
    const at = Math.floor(random() * (lines.length + 1));
    lines.splice(at, 0, `${" ".repeat(Math.floor(random() * 5))}# note ${i}`);
  }
  for (let i = 0; i < v.tabs; i++) {
    const at = Math.floor(random() * lines.length);
    const line = lines[at] ?? "";
    const kind = random();
    if (kind < 0.4) lines[at] = line.replace(/^ /, "\t");
    else if (kind < 0.8) lines[at] = line.replace(": ", ":\t");
    else lines[at] = `${line}\t`;
  }
  if (random() < 0.2) lines.splice(Math.floor(random() * lines.length), 0, "");
  text = v.start + lines.join("\n") + v.end;
  if (v.crlf) text = text.replace(/\n/g, "\r\n");
  if (v.bom) text = `\uFEFF${text}`;
  return text;
});

/**
 * Byte-level mutations of a window of a corpus text: characters deleted, inserted (indicators,
 * quotes, tabs, line breaks), lines duplicated or re-indented.
 *
 * @example
 * fc.sample(mutatedTexts(["a: 1\n"]), 3);
 */
export function mutatedTexts(sources: readonly string[]): fc.Arbitrary<string> {
  const inserts = [
    ":",
    "-",
    " ",
    "\t",
    "\n",
    "'",
    '"',
    "#",
    "[",
    "]",
    "{",
    "}",
    "&a ",
    "*a",
    "!!str ",
    "|",
    ">",
    ",",
    "? ",
    "\r\n",
    "\\",
    "  ",
  ];
  return fc
    .record({
      source: fc.integer({ min: 0, max: Math.max(0, sources.length - 1) }),
      from: fc.nat(),
      lines: fc.integer({ min: 3, max: 25 }),
      edits: fc.array(fc.tuple(fc.nat(), fc.nat({ max: 5 }), fc.constantFrom(...inserts)), {
        minLength: 1,
        maxLength: 3,
      }),
    })
    .map(({ source, from, lines, edits }) => {
      const all = (sources[source] ?? "").split("\n");
      const start = all.length > lines ? from % (all.length - lines) : 0;
      // Keep the window's own indentation: strip the indentation common to its lines.
      const window = all.slice(start, start + lines);
      const common = Math.min(...window.filter((l) => l.trim() !== "").map((l) => l.length - l.trimStart().length), 99);
      let text = window.map((l) => l.slice(Math.min(common, l.length - l.trimStart().length))).join("\n");
      for (const [at, kind, insert] of edits) {
        const p = text.length === 0 ? 0 : at % text.length;
        if (kind === 0) text = text.slice(0, p) + text.slice(p + 1);
        else if (kind === 1) {
          const lineStart = text.lastIndexOf("\n", p - 1) + 1;
          const lineEnd = text.indexOf("\n", p);
          const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
          text = `${text.slice(0, lineStart)}${line}\n${text.slice(lineStart)}`;
        } else if (kind === 2) {
          const lineStart = text.lastIndexOf("\n", p - 1) + 1;
          text = `${text.slice(0, lineStart)} ${text.slice(lineStart)}`;
        } else text = text.slice(0, p) + insert + text.slice(p);
      }
      return text;
    });
}

/** Lines a person might type into an SDL file, inserted at a line's indentation (or its own). */
const TYPED_LINES = [
  "",
  "- ",
  "-",
  "key:",
  "key: value",
  "key: 'open",
  'key: "open',
  "key: [1, 2",
  "key: {a: 1",
  "- port: 80",
  "  as: 80",
  "#comment",
  "image: nginx:1.25 # pinned",
  "? key",
  ": value",
  "key: |",
  "key: >-",
  "&a key: 1",
  "key: *a",
  "<<: *a",
  "\tkey: 1",
  "key:\tvalue",
  "...",
  "---",
];

/**
 * Whole corpus files with one to three line edits of the kinds a person typing makes: a line
 * deleted, duplicated, cut short, joined to the next, swapped with the next, indented one or two
 * spaces more or less, its indentation turned into a tab, or a typed line inserted.
 *
 * @example
 * fc.sample(lineEditedTexts(["a:\n  b: 1\n"]), 3);
 */
export function lineEditedTexts(sources: readonly string[]): fc.Arbitrary<string> {
  return fc
    .record({
      source: fc.integer({ min: 0, max: Math.max(0, sources.length - 1) }),
      edits: fc.array(fc.tuple(fc.nat(), fc.nat({ max: 10 }), fc.nat()), { minLength: 1, maxLength: 3 }),
    })
    .map(({ source, edits }) => {
      const lines = (sources[source] ?? "").split("\n");
      for (const [at, kind, n] of edits) {
        const i = lines.length === 0 ? 0 : at % lines.length;
        const line = lines[i] ?? "";
        const indent = /^[ \t]*/.exec(line)?.[0] ?? "";
        if (kind === 0) lines.splice(i, 1);
        else if (kind === 1) lines.splice(i, 0, line);
        else if (kind === 2) lines[i] = line.slice(0, n % (line.length + 1));
        else if (kind === 3 && i + 1 < lines.length) lines.splice(i, 2, line + (lines[i + 1] ?? "").trimStart());
        else if (kind === 4 && i + 1 < lines.length) lines.splice(i, 2, lines[i + 1] ?? "", line);
        else if (kind === 5) lines[i] = `${" ".repeat(1 + (n % 2))}${line}`;
        else if (kind === 6) lines[i] = line.slice(Math.min(indent.length, 1 + (n % 2)));
        else if (kind === 7) lines[i] = line.replace(/^( *) {2}/, "$1\t");
        else {
          const typed = TYPED_LINES[n % TYPED_LINES.length] ?? "";
          lines.splice(i, 0, (kind === 8 ? indent : " ".repeat(n % 9)) + typed);
        }
      }
      return lines.join("\n");
    });
}

/** Structure-heavy pieces: indicators, properties, quotes, markers, indentation, line breaks. */
const STRUCTURE_TOKENS = [
  "- ",
  "-",
  ": ",
  ":",
  "? ",
  "?",
  "[",
  "]",
  "{",
  "}",
  ", ",
  ",",
  "&a ",
  "&b",
  "*a",
  "*b ",
  "!t ",
  "!!str ",
  "!!int ",
  "!",
  "'x'",
  "'a\n b'",
  '"y"',
  '"a\\n\n  b"',
  "|",
  "|-",
  ">+",
  "|2",
  "#c",
  " #c",
  "\n",
  "\n",
  "\n",
  "  ",
  "  ",
  " ",
  "\t",
  "---",
  "--- ",
  "...",
  "%YAML 1.1\n",
  "<<",
  "x",
  "ab",
  "1",
  "0x1F",
  "yes",
  "~",
  "null",
  "1e3",
  "-.inf",
  "k: v",
  "\r\n",
  '"',
  "'",
  "@",
  "`",
  "a b",
  "3.0",
  "0777",
  "+1",
  "%",
  "x:y",
  "http://a",
  "- - ",
  "key:\n  ",
  "\n  - ",
  "\n    ",
  "\n  ",
];

/** Scalar-heavy pieces: Go's tricky scalars, escapes, tags, block scalar headers, deeper lines. */
const SCALAR_TOKENS = [
  "\n",
  "\n",
  "\n  ",
  "\n    ",
  "\n      ",
  "\n\t",
  " ",
  "\t",
  "- ",
  "? ",
  ": ",
  ":",
  "a: ",
  "b:",
  "-",
  "key: |\n",
  "key: >-\n",
  "|+\n",
  ">2\n",
  '"a\\x41\\u00e9\\\n b"',
  '"\\t\\/\\N"',
  "'it''s'",
  "'\n\n x'",
  "x y",
  "x\n  y",
  "#c",
  " # c",
  "2001-12-14",
  "2001-12-14T21:59:43.10-05:00",
  "!!float ",
  "!!bool ",
  "!!null ",
  "!!timestamp ",
  "!!seq ",
  "!!map ",
  "!!merge ",
  "true",
  "False",
  "0o17",
  "0b101",
  "1_000",
  ".5",
  ".5_1",
  "-.Inf",
  ".NaN",
  "[",
  "]",
  "{",
  "}",
  ", ",
  "&x ",
  "*x",
  "<<: *x",
  "---\n",
  "...\n",
  "--- |\n",
  "\r\n",
  "\u00e9",
  "\u00a0",
  "~",
  "null",
  "Null",
  "NULL",
  "=",
  "0x_1",
  "+.5",
  "1e+3",
  "1.",
  "09",
  "-0",
  "0.0",
  "1:2",
  "1:20:30",
  "a:b",
  "http://x:80/",
  "@",
  "!",
  "!<tag:x>",
];

/**
 * "Token soup": random runs of YAML pieces, mostly not SDL-shaped and mostly broken — where a
 * reader's corner cases hide (properties before flow roots, explicit keys, block scalars at a
 * parent's column, directives, Go's float and int syntax). Found disagreements the SDL-shaped
 * texts did not.
 *
 * @example
 * fc.sample(tokenSoupTexts, 3); // e.g. ["&a {}k:\n", "? \n|-", ".5_1"]
 */
export const tokenSoupTexts: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.constantFrom(...STRUCTURE_TOKENS), { minLength: 1, maxLength: 24 }).map((t) => t.join("")),
  fc.array(fc.constantFrom(...SCALAR_TOKENS), { minLength: 1, maxLength: 30 }).map((t) => t.join("")),
);
