import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { YamlMap, YamlNode, YamlScalar } from "../../../src/index.js";
import {
  DEFAULT_PARSE_LIMITS,
  fastFrontEnd,
  parse,
  readFast,
  sourceOffsetOf,
  toPlainValue,
} from "../../../src/index.js";
import { fastOrYamlFrontEnd, yamlFrontEnd } from "../../../src/front-ends/yaml/index.js";
import { readFastOrThrow } from "../../../src/front-ends/fast/fast-front-end.js";
import { compareWithGo } from "./support/compare-with-go.js";
import type { GoAnswer } from "./support/go-oracle.js";

const limits = DEFAULT_PARSE_LIMITS;

/** Broken texts of every kind the yaml front end's tests use, read by the fast reader itself. */
const BROKEN_TEXTS = [
  "a: `x`\n",
  'a: "\\q"\n',
  "- a\nb: c\n",
  "a: [1, 2]]\n",
  'a: "x" y\n',
  "key value\nb: 1\n",
  'a: "abc\nb: 2\nc: 3\n',
  "x: 1\na: 'abc\nb: 2\n",
  "a: 'it''s\n",
  'a: ["x, y]\nb: 1\n',
  "a: [1, 2\nb: 3\n",
  "{a: 1",
  "a:\n  b: 1\n   c: 2\nd: 3\n",
  "a:\n  b: 1\n c: 2\n",
  "a: 1\n b: 2\n",
  "a:\n  - 1\n - 2\n",
  "services:\n  web:\n    image: nginx\n    expose:\n    - port: 80\n      as: 80\n     to:\n        - global: true\n",
  "services:\n  web:\n    image: nginx\n   expose:\n    - port: 80\n",
  "a:\r\n  b: 1\r\n c: 2\r\n",
  "a:\n\tb: 1\n",
  "a: |\n\tx\n",
  "a: 1\n---\nb: 2\n",
  "a: 1\n...\nb: 2\n",
  "a: 1\n---\nb: `\n",
  "a: *x\nb: &x 1\n",
  "a: &x [1, *x]\n",
  "a: 1\na: 2\nb: *nope\nc:\n\td: 1\n",
  "a: b: c\n",
  "a: - b\n",
  "[a, , b]",
  "a: @x\n",
  "a: ]\n",
  "a: b\n  c: d\n",
  "a: |0\n  x\n",
];

/** `code@start-end` of every diagnostic. */
const brief = (diagnostics: readonly { code: string; span?: { start: number; end: number } }[]) =>
  diagnostics.map((d) => `${d.code}@${d.span?.start}-${d.span?.end}`);

function value(node: YamlNode | null | undefined, key: string): YamlNode | null {
  if (node?.kind !== "map") throw new Error("expected a map");
  const pair = (node as YamlMap).pairs.find((p) => p.key.kind === "scalar" && p.key.text === key);
  if (!pair) throw new Error(`no key ${key}`);
  return pair.value;
}
function scalar(node: YamlNode | null): YamlScalar {
  if (node?.kind !== "scalar") throw new Error("expected a scalar");
  return node;
}
/** The source character of every decoded character of a scalar. */
function sourceChars(text: string, s: YamlScalar): string[] {
  return [...s.text].map((_, i) => text.charAt(sourceOffsetOf(s, i)));
}

describe("fastFrontEnd", () => {
  it("reads a quoted scalar whose continuation line is indented less than its key, like yaml.v3", () => {
    const text = "services:\n  web:\n    args:\n      - 'echo one\n  two'\n    image: nginx\n";
    const tree = fastFrontEnd(text, limits);
    expect(tree.diagnostics).toEqual([]);
    const args = value(value(value(tree.root, "services"), "web"), "args");
    expect(args?.kind === "seq" && scalar(args.items[0]!).text).toBe("echo one two");
    expect(scalar(value(value(value(tree.root, "services"), "web"), "image")).text).toBe("nginx");
    // The yaml package refuses the same text.
    expect(yamlFrontEnd(text, limits).diagnostics.map((d) => d.code)).toContain("yaml/unterminated-string");
  });

  it("gives scalars the YAML 1.2 value and the text yaml.v3 decodes", () => {
    const tree = fastFrontEnd("a: yes\nb: 0777\nc: 1e3\nd: 0x1F\ne: ~\nf: '0777'\ng: .inf\nh: True\n", limits);
    const pick = (k: string) => [scalar(value(tree.root, k)).value, scalar(value(tree.root, k)).text];
    expect(pick("a")).toEqual(["yes", "yes"]);
    expect(pick("b")).toEqual([777, "0777"]);
    expect(pick("c")).toEqual([1000, "1e3"]);
    expect(pick("d")).toEqual([31, "0x1F"]);
    expect(pick("e")).toEqual([null, "~"]);
    expect(pick("f")).toEqual(["0777", "0777"]);
    expect(pick("g")).toEqual([Number.POSITIVE_INFINITY, ".inf"]);
    expect(pick("h")).toEqual([true, "True"]);
  });

  it("maps every decoded character of every scalar style back to its source character", () => {
    const text = [
      'q: "a\\tb\\u00e9 \\\\ end"',
      "s: 'it''s'",
      "p: two\n  words\n\n  para",
      "l: |\n  keep $X\n   more\n",
      "f: >-\n  one\n  two\n\n  three",
      'd: "fold\n   ed\\\n   joined"',
    ].join("\n");
    const tree = readFast(text, limits);
    expect(tree).not.toBeNull();
    const get = (k: string) => scalar(value(tree!.root, k));
    expect(get("q").text).toBe("a\tbé \\ end");
    expect(sourceChars(text, get("q"))).toEqual(["a", "\\", "b", "\\", " ", "\\", " ", "e", "n", "d"]);
    expect(sourceChars(text, get("s"))).toEqual(["i", "t", "'", "s"]);
    expect(get("p").text).toBe("two words\npara");
    expect(sourceChars(text, get("p"))).toEqual([
      "t",
      "w",
      "o",
      "\n",
      "w",
      "o",
      "r",
      "d",
      "s",
      "\n",
      "p",
      "a",
      "r",
      "a",
    ]);
    expect(get("l").text).toBe("keep $X\n more\n");
    expect(text.slice(sourceOffsetOf(get("l"), 5), sourceOffsetOf(get("l"), 7))).toBe("$X");
    expect(sourceChars(text, get("l"))[8]).toBe(" "); // the extra indentation of "   more" is text
    expect(get("f").text).toBe("one two\nthree");
    expect(text.slice(sourceOffsetOf(get("f"), 8), sourceOffsetOf(get("f"), 13))).toBe("three");
    expect(get("d").text).toBe("fold edjoined");
    expect(text.slice(sourceOffsetOf(get("d"), 7), sourceOffsetOf(get("d"), 13))).toBe("joined");
  });

  it("maps CRLF line breaks of a block scalar to the whole break", () => {
    const text = "a: |\r\n  x\r\n  y\r\n";
    const s = scalar(value(readFast(text, limits)!.root, "a"));
    expect(s.text).toBe("x\ny\n");
    expect(sourceOffsetOf(s, 1)).toBe(text.indexOf("\r\n", 6));
    expect(sourceOffsetOf(s, 2)).toBe(text.indexOf("y"));
  });

  it("reports duplicate keys itself, exactly like the yaml front end", () => {
    const text = "a: 1\nb: {x: 1, x: 2}\na: 3\n";
    const fast = readFast(text, limits);
    expect(fast).not.toBeNull();
    expect(fast!.diagnostics).toEqual(yamlFrontEnd(text, limits).diagnostics);
    expect(fast!.diagnostics.map((d) => d.code)).toEqual(["yaml/duplicate-key", "yaml/duplicate-key"]);
  });

  it("with the fallback (fastOrYamlFrontEnd), hands the constructs it does not read to the yaml front end, invisibly", () => {
    const texts = ["%TAG !e! tag:e.com,2000:\n---\na: !e!x 1\n", "x: &a &b y\n", "a: !!binary aGk=\n"];
    for (const text of texts) {
      expect(readFast(text, limits), JSON.stringify(text)).toBeNull();
      const { lineCounter: _a, ...fast } = fastOrYamlFrontEnd(text, limits);
      const { lineCounter: _b, ...slow } = yamlFrontEnd(text, limits);
      expect(fast, JSON.stringify(text)).toEqual(slow);
    }
  });

  it("without a fallback (the default), reports what it does not read: yaml/unsupported at the construct, the rest left out", () => {
    const text = "version: '2.0'\nservices:\n  web:\n    image: nginx\n    env: !!binary aGk=\n    count: 1\n";
    const tree = fastFrontEnd(text, limits);
    const at = text.indexOf("!!binary");
    expect(brief(tree.diagnostics)).toEqual([`yaml/unsupported@${at}-${at + "!!binary aGk=".length}`]);
    expect(tree.diagnostics[0]!.hints?.[0]).toMatch(/yaml-front-end/);
    const line = text.lastIndexOf("\n", at) + 1;
    expect(tree.stoppedAt).toBe(line);
    expect(tree.diagnostics[0]!.data?.["stoppedAt"]).toBe(line);
    expect(toPlainValue(tree.root)).toEqual({ version: "2.0", services: { web: { image: "nginx" } } });
    // Two anchors on one node below the top (refused by yaml.v3): not read. (At the top,
    // `&a &b x` is an empty root, then the next document, as for yaml.v3.)
    const twice = fastFrontEnd("x: &a &b y\n", limits);
    expect(brief(twice.diagnostics)).toEqual(["yaml/unsupported@6-10"]);
    expect(twice.root).toBeNull();
    // Limits: reported by the reader itself.
    const deep = `${"[".repeat(80)}${"]".repeat(80)}`;
    expect(fastFrontEnd(deep, limits).diagnostics.map((d) => d.code)).toEqual(["yaml/too-deep"]);
    const many = "a: 1\n".repeat(50);
    expect(fastFrontEnd(many, { ...limits, maxTokens: 40 }).diagnostics.map((d) => d.code)).toContain(
      "yaml/too-many-tokens",
    );
    // Characters: controls are refused like yaml.v3 does, YAML 1.1 line breaks are not read.
    expect(brief(fastFrontEnd("a: x\u0007\n", limits).diagnostics)).toEqual(["yaml/syntax@4-5"]);
    expect(brief(fastFrontEnd("a: x\u2028b\n", limits).diagnostics)).toEqual(["yaml/unsupported@4-5"]);
  });

  it("reads broken texts itself, with the yaml front end's diagnostics (codes and spans)", () => {
    for (const text of BROKEN_TEXTS) {
      const fast = readFastOrThrow(text, limits);
      expect(fast, JSON.stringify(text)).not.toBeNull();
      expect(brief(fast!.diagnostics), JSON.stringify(text)).toEqual(brief(yamlFrontEnd(text, limits).diagnostics));
    }
  });

  it("recovers: a half-typed or broken file keeps every complete node", () => {
    const text =
      "version: '2.0'\nservices:\n  web:\n    image: nginx\n    expose:\n      - port: 80\n        as: [80, \n";
    const tree = readFastOrThrow(text, limits);
    expect(tree).not.toBeNull();
    expect(brief(tree!.diagnostics)).toEqual(["yaml/unclosed-bracket@90-91"]);
    expect(scalar(value(tree!.root, "version")).text).toBe("2.0");
    const web = value(value(tree!.root, "services"), "web");
    expect(scalar(value(web, "image")).text).toBe("nginx");
    const broken = "a: 1\nb: `x`\nc:\n  d: 2\n   e: 3\n  f: 4\ng: *nope\nh: 'it''s\n";
    const read = readFastOrThrow(broken, limits);
    expect(brief(read!.diagnostics)).toEqual([
      "yaml/syntax@8-9",
      "yaml/bad-indentation@25-29",
      "yaml/unknown-alias@40-45",
      "yaml/unterminated-string@49-50",
    ]);
    expect(brief(read!.diagnostics)).toEqual(brief(yamlFrontEnd(broken, limits).diagnostics));
    expect(toPlainValue(read!.root)).toEqual({ a: 1, b: null, c: { d: 2, e: 3, f: 4 }, g: null, h: null });
  });

  it("recovers after a quote or bracket left open mid-file: the lines after it are read again", () => {
    const at = (text: string, part: string) => text.indexOf(part);
    // yaml.v3 reads the string (or collection) to the end of the text; for the tree, only its line
    // and the lines indented under it are dropped when the lines after read cleanly.
    const quote = 'services:\n  web:\n    image: "nginx\n    expose:\n      - port: 80\n  db:\n    image: postgres\n';
    const read = readFastOrThrow(quote, limits)!;
    expect(brief(read.diagnostics)).toEqual([`yaml/unterminated-string@${at(quote, '"')}-${at(quote, '"') + 1}`]);
    expect(toPlainValue(read.root)).toEqual({
      services: { web: { image: null, expose: [{ port: 80 }] }, db: { image: "postgres" } },
    });
    const bracket = "services:\n  web:\n    args: [a, b\n    image: nginx\n  db:\n    env: {A: 1\n";
    const both = readFastOrThrow(bracket, limits)!;
    expect(brief(both.diagnostics)).toEqual([
      `yaml/unclosed-bracket@${at(bracket, "[")}-${at(bracket, "[") + 1}`,
      `yaml/unclosed-bracket@${at(bracket, "{")}-${at(bracket, "{") + 1}`,
    ]);
    expect(toPlainValue(both.root)).toEqual({ services: { web: { args: null, image: "nginx" }, db: { env: null } } });
    // When the lines after do not read cleanly they were likely meant to be inside: blanked to the end.
    const messy = 'a: "x\nb\nc: 3\n';
    expect(brief(readFastOrThrow(messy, limits)!.diagnostics)).toEqual(["yaml/unterminated-string@3-4"]);
    expect(toPlainValue(readFastOrThrow(messy, limits)!.root)).toEqual({ a: null });
    // An entry broken right after its indicator goes with its indicator: no empty entry opens a
    // sequence that the next key would break.
    const entry = "services:\n  web:\n    - : x\n    image: nginx\n";
    const kept = readFastOrThrow(entry, limits)!;
    expect(brief(kept.diagnostics)).toEqual([`yaml/syntax@${at(entry, ": x")}-${at(entry, ": x") + 1}`]);
    expect(toPlainValue(kept.root)).toEqual({ services: { web: { image: "nginx" } } });
  });

  it("recovers from a misindented entry by reading it as an entry of its block", () => {
    const at = (text: string, part: string) => text.indexOf(part);
    // A top-level key indented by one: its whole section used to be dropped.
    const over = "services:\n  web:\n    image: nginx\n profiles:\n  compute:\n    web: {}\n";
    const read = readFastOrThrow(over, limits)!;
    expect(brief(read.diagnostics)).toEqual([
      `yaml/bad-indentation@${at(over, " profiles") + 1}-${at(over, "profiles:") + 9}`,
    ]);
    expect(toPlainValue(read.root)).toEqual({
      services: { web: { image: "nginx" } },
      profiles: { compute: { web: {} } },
    });
    // The first key under-indented: the keys after it are each misindented, each one error.
    const under = "resources:\n       cpu:\n          units: 1\n        memory:\n          size: 1Gi\n";
    const both = readFastOrThrow(under, limits)!;
    expect(both.diagnostics.map((d) => d.code)).toEqual(["yaml/bad-indentation"]);
    expect(toPlainValue(both.root)).toEqual({ resources: { cpu: { units: 1 }, memory: { size: "1Gi" } } });
    // A line at the column of the sequence before it likely belongs to that sequence's last item:
    // not read as a key of the enclosing mapping, it is dropped (with the lines under it).
    const item = "expose:\n  - port: 80\n  as: 80\n  - port: 81\n";
    const kept = readFastOrThrow(item, limits)!;
    expect(brief(kept.diagnostics)).toEqual([`yaml/bad-indentation@${at(item, "as")}-${at(item, "as") + 6}`]);
    expect(toPlainValue(kept.root)).toEqual({ expose: [{ port: 80 }, { port: 81 }] });
  });

  it("reads a line left of its siblings into their block, and one right of them into its own", () => {
    const plain = (text: string) => toPlainValue(readFastOrThrow(text, limits)!.root);
    const codes = (text: string) => readFastOrThrow(text, limits)!.diagnostics.map((d) => d.code);
    // A key line deleted: its lines become the first entries of the block; its siblings join
    // them, not the block around, with one error for the run of siblings at their column.
    const deleted =
      "app:\n  resources:\n\n      units: 1\n    memory:\n      size: 1Gi\n    gpu:\n      units: 0\nnext: 1\n";
    expect(codes(deleted)).toEqual(["yaml/bad-indentation"]);
    expect(plain(deleted)).toEqual({
      app: { resources: { units: 1, memory: { size: "1Gi" }, gpu: { units: 0 } } },
      next: 1,
    });
    // The same with the lines under the deleted key indented by four: its sibling, two spaces
    // right of the block around, is no entry of that block; it joins the lines under the key.
    const deeper = "services:\n\n      image: a\n      env: []\n  db:\n    image: b\nprofiles: 1\n";
    expect(codes(deeper)).toEqual(["yaml/bad-indentation"]);
    expect(plain(deeper)).toEqual({ services: { image: "a", env: [], db: { image: "b" } }, profiles: 1 });
    // One space left of its siblings: still theirs; one space right of them: still its own block's.
    const left =
      "r:\n  cpu:\n    units: 1\n  memory:\n    size: 1\n gpu:\n    units: 0\n  storage:\n    size: 2\nx: 1\n";
    expect(plain(left)).toEqual({
      r: { cpu: { units: 1 }, memory: { size: 1 }, gpu: { units: 0 }, storage: { size: 2 } },
      x: 1,
    });
    const right = "r:\n  cpu:\n    units: 1\n   memory:\n    size: 1\n  gpu:\n    units: 0\nx: 1\n";
    // A hint says which block the line is read into, and how its entries are indented.
    expect(readFastOrThrow(right, limits)!.diagnostics[0]?.hints?.[1]).toBe(
      "It is read as an entry of the block starting on line 2, whose entries are indented by 2 spaces.",
    );
    expect(plain(right)).toEqual({ r: { cpu: { units: 1 }, memory: { size: 1 }, gpu: { units: 0 } }, x: 1 });
    // A key between a sequence's `-` and its item's keys: the sequence cannot take it, the item does.
    const dash = "expose:\n  - port: 80\n   as: 80\n   to: x\n";
    expect(toPlainValue(readFastOrThrow(dash, limits)!.root)).toEqual({ expose: [{ port: 80, as: 80, to: "x" }] });
    // A `- ` moved two spaces right, its item's other keys left at the `- `'s column: they are
    // keys of that item (one error for the run), unless a `- ` at that column follows a key
    // line, which would read as its value: that line is dropped, as before.
    const moved = "expose:\n    - port: 80\n    as: 80\n    to:\n      - global: true\nimage: x\n";
    expect(codes(moved)).toEqual(["yaml/bad-indentation"]);
    expect(plain(moved)).toEqual({ expose: [{ port: 80, as: 80, to: [{ global: true }] }], image: "x" });
    const open = "expose:\n  - port: 80\n  key:\n  - port: 81\n";
    expect(plain(open)).toEqual({ expose: [{ port: 80 }, { port: 81 }] });
    // A key one space left of the item it belongs to (under `- `): read into the item.
    const item = "expose:\n  - port: 80\n   to:\n      - global: true\n  - port: 81\n";
    expect(codes(item)).toEqual(["yaml/bad-indentation"]);
    expect(plain(item)).toEqual({ expose: [{ port: 80, to: [{ global: true }] }, { port: 81 }] });
  });

  it("keeps the lines a broken line would take in: a value, a quoted string, a block scalar", () => {
    const read = (text: string) => readFastOrThrow(text, limits)!;
    const plain = (text: string) => toPlainValue(read(text).root);
    // A plain value runs onto a more indented key line (yaml.v3: bad indentation): the value ends
    // at its line and the key is an entry of the mapping.
    expect(plain("gpu:\n  units: 1\n    vendor:\n      nvidia: x\nnext: 1\n")).toEqual({
      gpu: { units: 1, vendor: { nvidia: "x" } },
      next: 1,
    });
    // A quote left open, closed by the next line's opening quote: that line is read as it was meant.
    const env = 'env:\n  - "A=1\n  - "B=2"\n  - "C=3"\n';
    expect(brief(read(env).diagnostics)).toEqual([`yaml/syntax@${env.indexOf('B=2"')}-${env.indexOf('B=2"') + 1}`]);
    expect(plain(env)).toEqual({ env: ["B=2", "C=3"] });
    // A key line deleted above keys at the column of a sequence of strings: they are keys of the
    // mapping around, and the block scalar before them keeps its text (no blanked line added).
    const args = "svc:\n  args:\n    - >-\n      run it\n  \n    storage:\n      shm: 1\nprofiles: 2\n";
    expect(read(args).diagnostics.map((d) => d.code)).toEqual(["yaml/bad-indentation"]);
    expect(plain(args)).toEqual({ svc: { args: ["run it"], storage: { shm: 1 } }, profiles: 2 });
    // A key typed inside such a sequence, with more of its entries after: the line alone goes.
    expect(plain("env:\n  - A=1\n  key: [1, 2\n  - B=2\n")).toEqual({ env: ["A=1", "B=2"] });
  });

  it("reads a mapping whose '- ' line was deleted as the first item of the sequence after it", () => {
    const read = (text: string) => readFastOrThrow(text, limits)!;
    // `- port: 80` deleted: its `as:` and `to:` lines, then the next entries. One error (yaml.v3's,
    // at the first `- `), and every entry stays in the sequence.
    const expose =
      "web:\n  expose:\n\n      as: 80\n      to:\n        - global: true\n    - port: 81\n    - port: 82\n  image: x\n";
    const first = expose.indexOf("- port: 81");
    expect(brief(read(expose).diagnostics)).toEqual([`yaml/bad-indentation@${first}-${first + 10}`]);
    expect(read(expose).diagnostics[0]?.hints?.[1]).toBe(
      "It is read as an entry of a sequence whose first entry, on line 4, has no '- '.",
    );
    expect(toPlainValue(read(expose).root)).toEqual({
      web: { expose: [{ as: 80, to: [{ global: true }] }, { port: 81 }, { port: 82 }], image: "x" },
    });
    // The sequence starts where its first item does.
    const web = (read(expose).root as YamlMap).pairs[0]?.value as YamlMap;
    expect(web.pairs[0]?.value?.span.start).toBe(expose.indexOf("as: 80"));
    // Only where the mapping's keys sit after such a `- `: one space off, the line is dropped as before.
    expect(toPlainValue(read("a:\n  k:\n    x: 1\n   - y\n  z: 2\n").root)).toEqual({ a: { k: { x: 1 }, z: 2 } });
  });

  it("reports one error for a run of lines misindented the same way, and none for a misplaced '- ''s siblings", () => {
    const read = (text: string) => readFastOrThrow(text, limits)!;
    const lines = (text: string) => read(text).diagnostics.map((d) => text.slice(0, d.span?.start).split("\n").length);
    // The first item moved one space left: the sequence starts there, and the items after it are
    // one space right of it, each a misindented line of the same run (yaml.v3 reports the first).
    const models = "nvidia:\n - model: h100\n  - model: a100\n  - model: a40\n  - model: t4\nnext: 1\n";
    expect(lines(models)).toEqual([3]);
    expect(toPlainValue(read(models).root)).toEqual({
      nvidia: [{ model: "h100" }, { model: "a100" }, { model: "a40" }, { model: "t4" }],
      next: 1,
    });
    // A run ends at a line left of it: a second run at the same column is an error of its own.
    const two = "a:\n  - k: 1\n   - k: 2\n   - k: 3\n  - k: 4\n   - k: 5\n";
    expect(lines(two)).toEqual([3, 6]);
    // A '- ' one space off, its item's other keys at the column a well-placed '- ' gives them:
    // one error, at the '- ', whichever way it moved.
    const right = "s:\n  - size: 1\n   - name: data\n    size: 9\n    attr: x\n  - name: shm\n";
    const left = "s:\n  - size: 1\n - name: data\n    size: 9\n    attr: x\n  - name: shm\n";
    for (const text of [right, left]) {
      expect(lines(text)).toEqual([3]);
      expect(toPlainValue(read(text).root)).toEqual({
        s: [{ size: 1 }, { name: "data", size: 9, attr: "x" }, { name: "shm" }],
      });
    }
  });

  it("reads a tab-indented line again with its tabs as spaces", () => {
    const read = (text: string) => readFastOrThrow(text, limits)!;
    // A tab for two spaces: one error, and the line with the lines under it stay where they belong.
    const tabbed = "a:\n  b: 1\n\tc:\n    x: 2\n  d: 3\n";
    expect(brief(read(tabbed).diagnostics)).toEqual([
      `yaml/tab-indentation@${tabbed.indexOf("\t")}-${tabbed.indexOf("\t") + 1}`,
    ]);
    expect(toPlainValue(read(tabbed).root)).toEqual({ a: { b: 1, c: { x: 2 }, d: 3 } });
  });

  it("keeps the tree read before the error after the last one it recovers from", () => {
    // The 101st error is a key running onto five lines: the text stops at its start, not after it.
    const many = `a: 1\n${"k\n  x: 1\n".repeat(100)}k\n  l1\n  l2\n  l3\n  l4\n  l5\n  x: 1\n`;
    const read = fastFrontEnd(many, limits);
    expect(read.diagnostics.at(-1)?.code).toBe("yaml/too-many-errors");
    expect(read.root?.kind).toBe("map");
  });

  it("recovers from a key missing its ':' by ending the key at its line", () => {
    const at = (text: string, part: string) => text.indexOf(part);
    // The key runs onto the next lines for yaml.v3 (and the reader's first reading): an error at
    // the key. Read again as a one-line key, its lines stay (they were dropped with it before).
    const parent = "version: '2.0'\nservices\n  web:\n    image: nginx\nprofiles:\n  x: 1\n";
    const read = readFastOrThrow(parent, limits)!;
    expect(brief(read.diagnostics)).toEqual([`yaml/syntax@${at(parent, "services")}-${at(parent, "services") + 8}`]);
    expect(toPlainValue(read.root)).toEqual({
      version: "2.0",
      services: { web: { image: "nginx" } },
      profiles: { x: 1 },
    });
    // A key being typed above a sibling: an empty key; a later key with children keeps them.
    const typing = "a:\n  b\n  c: 1\n  multi word key\n    d: 2\n";
    const both = readFastOrThrow(typing, limits)!;
    expect(both.diagnostics.map((d) => d.code)).toEqual(["yaml/syntax", "yaml/syntax"]);
    expect(toPlainValue(both.root)).toEqual({ a: { b: null, c: 1, "multi word key": { d: 2 } } });
  });

  it("refuses what yaml.v3 refuses, even where the yaml package reads it (Go wins)", () => {
    // CI regression: a `:` line under a sequence item. yaml.v3: "line 3: did not find expected '-' indicator".
    const ci = "services:\n  whisper:\n    env:\n      - A=1\n\n      # c\n      : B=2\n";
    const colon = ci.indexOf(": B=2");
    const tree = readFastOrThrow(ci, limits);
    expect(tree).not.toBeNull();
    expect(brief(tree!.diagnostics)).toEqual([`yaml/syntax@${colon}-${colon + 1}`]);
    expect(tree!.diagnostics[0]!.message).toMatch(/start with ':'/);
    expect(tree!.diagnostics[0]!.hints?.length).toBe(1);
    // The complete nodes stay: the item before the broken line.
    expect(toPlainValue(tree!.root)).toEqual({ services: { whisper: { env: ["A=1"] } } });
    const yamlCodes = (text: string) => parse(text).diagnostics.filter((d) => d.code.startsWith("yaml/"));
    expect(yamlCodes(ci).map((d) => d.code)).toEqual(["yaml/syntax"]);
    // The `yaml` package reads each of these; yaml.v3 refuses them (messages checked with the oracle).
    const refused: [string, string, number][] = [
      ["a: 1\n: 2\n", "yaml/syntax", 5], // did not find expected key
      ["a:\n  b: '1'\n   ? c\n", "yaml/syntax", 15],
      ["a: 1\nb\n: 2\n", "yaml/syntax", 5], // could not find expected ':'
      ["a:\n-\tb\n", "yaml/tab-indentation", 4], // found character that cannot start any token
      ["a:\n- \tb\n", "yaml/tab-indentation", 5],
      ["a: 1\n  \tb: 2\n", "yaml/tab-indentation", 7],
      ["a: 'x'\n\t\nb: 1\n", "yaml/tab-indentation", 7],
      ["a: 1\n\t# c\nb: 2\n", "yaml/tab-indentation", 5],
      ["a: |\n  \tx\n", "yaml/tab-indentation", 7],
      ["x: 'y''", "yaml/unterminated-string", 3], // found unexpected end of stream
      ['x: "\\"', "yaml/unterminated-string", 3],
    ];
    for (const [text, code, at] of refused) {
      const read = readFastOrThrow(text, limits);
      expect(read, JSON.stringify(text)).not.toBeNull();
      // The first error is where yaml.v3 complains (recovery may find more after it).
      const first = read!.diagnostics.find((d) => d.severity === "error");
      expect(`${first?.code}@${first?.span?.start}`, JSON.stringify(text)).toBe(`${code}@${at}`);
    }
    // A tab-indented comment line inside a run of comment lines is fine for yaml.v3.
    expect(readFastOrThrow("a: 1\n# c\n\t# d\n\t\n# e\nb: 2\n", limits)!.diagnostics).toEqual([]);
  });

  it("reads tags, properties of empty nodes and on keys, explicit and alias keys, [a: b], '--- value' and text after a flow root like yaml.v3", () => {
    // Values and verdicts checked with the oracle (tools/go-yaml-oracle).
    const accepted: [string, unknown][] = [
      ["x: ! c\n", { x: "c" }],
      ["x: !foo c\n", { x: "c" }],
      ["x: !!int 1\n", { x: 1 }],
      ["x: !!map {a: 1}\n", { x: { a: 1 } }],
      ["x: !!str {a: 1}\n", { x: { a: 1 } }],
      ["x: !<tag:yaml.org,2002:int> 3\n", { x: 3 }],
      ["!!map\na: 1\n", { a: 1 }],
      ["x: [b:,d, ! c]\n", { x: ["b:", "d", "c"] }], // R1: `b:` is a plain scalar, no key
      ["&a x: 1\ny: 2\n", { x: 1, y: 2 }],
      ["x: 1\n&a y: 2\n", { x: 1, y: 2 }],
      ["- &a x: 1\n  y: 2\n", [{ x: 1, y: 2 }]],
      ["- &a\n- b\n", [null, "b"]],
      ["x: &a\ny: 2\n", { x: null, y: 2 }],
      ["x: !!str # c\ny: 1\n", { x: "", y: 1 }],
      ["[&a]\n", [null]],
      ["[&a\n b]\n", ["b"]],
      ["[a: b, c]\n", [{ a: "b" }, "c"]],
      ["[&a : b]\n", [{ "": "b" }]],
      ["{&a : b}\n", { "": "b" }],
      ["{a: &b}\n", { a: null }],
      ["&a\n", null],
      ["--- x\ny\n", "x y"],
      ["--- [a]\n", ["a"]],
      // Explicit keys, in block and flow context.
      ["? a\n: b\nc: d\n", { a: "b", c: "d" }],
      ["- ? a\n  : b\n", [{ a: "b" }]],
      ["?\n: y\n", { "": "y" }],
      ["? |\n  x\n: y\n", { "x\n": "y" }],
      ["[? a : b, ?c]\n", [{ a: "b" }, { c: null }]],
      ["{? a\n b : c, ?}\n", { "a b": "c", "": null }],
      ["[? :]\n", [{ "": null }]],
      // Anchors glued to ':', alias keys.
      ["&x: a\n", { "": "a" }],
      ["&x:a\n", ":a"],
      ["a: &x k\n*x : b\n", { a: "k", k: "b" }],
      ["- &a k\n- {*a:b}\n", ["k", { k: "b" }]],
      ["{&a:b}\n", { "": "b" }],
      // Tags and block scalars in the look-ahead into a second document.
      ["a\n---\n!!str x\n", "a"],
      ["a\n---\n- |\n  x\n- @\n", "a"],
      // yaml.v3 reads the escape `\'` (found with new seeds).
      ['x: "a\\\'b"\n', { x: "a'b" }],
    ];
    for (const [text, value] of accepted) {
      const tree = readFastOrThrow(text, limits);
      expect(tree, JSON.stringify(text)).not.toBeNull();
      expect(
        tree!.diagnostics.filter((d) => d.severity === "error"),
        JSON.stringify(text),
      ).toEqual([]);
      expect(toPlainValue(tree!.root), JSON.stringify(text)).toEqual(value);
    }
    const foo = readFastOrThrow("x: !foo c\n", limits)!;
    expect((foo.root as YamlMap).pairs[0]!.value!.tag).toBe("!foo");
    expect(brief(foo.diagnostics)).toEqual(["yaml/unresolved-tag@3-7"]);
    const int = (readFastOrThrow("!!int 1: b\n", limits)!.root as YamlMap).pairs[0]!.key as YamlScalar;
    expect([int.tag, int.value]).toEqual(["!!int", 1]);
    // Text after a flow or quoted root on its line starts a second document (the look-ahead applies).
    for (const text of ["[a] b\n", '"a" b\n', "--- [a] b\n", "[a]]\n"]) {
      const tree = readFastOrThrow(text, limits);
      expect(
        brief(tree!.diagnostics).map((d) => d.split("@")[0]),
        JSON.stringify(text),
      ).toEqual(["yaml/multiple-documents"]);
    }
    // Refused by yaml.v3 (its message in the comment): the first error where it complains.
    const refused: [string, string, number][] = [
      ["x: !!int abc\n", "yaml/syntax", 3], // cannot decode !!str `abc` as a !!int
      ["x: !!bool yes\n", "yaml/syntax", 3],
      ["x: !!int\n", "yaml/syntax", 3], // cannot decode !!null `` as a !!int
      ["x: !e!f a\n", "yaml/syntax", 3], // found undefined tag handle
      ["x: [a, !]\n", "yaml/unclosed-bracket", 3], // R2: did not find expected ',' or ']'
      ["x: &a y: 1\n", "yaml/syntax", 6], // mapping values are not allowed in this context
      ["--- a: b\n", "yaml/syntax", 4],
      ["--- - a\n", "yaml/syntax", 4], // block sequence entries are not allowed in this context
      ["&a - b\n", "yaml/syntax", 3],
      ["[a] - b\n", "yaml/syntax", 4],
      ["[a] b: c\n", "yaml/syntax", 5],
      ["[?]\n", "yaml/unclosed-bracket", 0], // did not find expected ',' or ']' (yaml.v3 drops the ']')
      ["[? : b]\n", "yaml/syntax", 5],
      ["x: ? a\n", "yaml/syntax", 3], // mapping keys are not allowed in this context
      ["?\ta\n", "yaml/tab-indentation", 1], // found character that cannot start any token
      ["? a\n  : b\n", "yaml/syntax", 6], // did not find expected key
      ["{a: ?b}\n", "yaml/syntax", 4], // did not find expected node content
      ["[&a &b x]\n", "yaml/syntax", 4], // did not find expected ',' or ']'
      // Collections as keys: yaml.v3 reads them, but cannot decode them ("invalid map key").
      ["{y}: a\n", "yaml/non-scalar-key", 0],
      ["a: 1\n[x]: b\n", "yaml/non-scalar-key", 5],
      ["? a: b\n", "yaml/non-scalar-key", 2],
      ["{[a]: b}\n", "yaml/non-scalar-key", 1],
      ["*x: a\n", "yaml/unknown-alias", 0], // unknown anchor 'x' referenced
      // Directives yaml.v3 does not know: "found unknown directive name".
      ["%x\na: 1\n", "yaml/syntax", 0],
      ["a: 1\n%x\n", "yaml/syntax", 5],
      // Errors in the look-ahead: a block scalar header, a tag.
      ["a\n---\n|x\n", "yaml/syntax", 7],
      ["a\n---\n!<x y\n", "yaml/syntax", 6],
      // Found with new seeds: yaml.v3 refuses `\/` ("found unknown escape character"), and a
      // tab-indented comment line after `? # c` ("found character that cannot start any token").
      ['x: "a\\/b"\n', "yaml/syntax", 5],
      ["? # c\n\t  # note 0\n", "yaml/tab-indentation", 6],
      ["{a: 1, !\nb: 2}\n", "yaml/syntax", 10], // a key's tag on the line before: did not find expected ',' or '}'
      ["\uFEFF- a\nb: 1\n", "yaml/syntax", 5], // a BOM is no column: did not find expected '-' indicator
    ];
    for (const [text, code, at] of refused) {
      const read = readFastOrThrow(text, limits);
      expect(read, JSON.stringify(text)).not.toBeNull();
      const first = read!.diagnostics.find((d) => d.severity === "error");
      expect(`${first?.code}@${first?.span?.start}`, JSON.stringify(text)).toBe(`${code}@${at}`);
    }
  });

  it("reads a second, implicit document like yaml.v3: the first is used, an error in its look-ahead refuses the text", () => {
    const accepted: [string, unknown][] = [
      ["  a: 1\nb: 2\n", { a: 1 }],
      ["two\n# c\nparas\n", "two"],
      ["[a]\nb\n", ["a"]],
      ["|\nb: 1\n", ""],
      ["x\n# c\n- b\n- @\n", "x"],
      ["x\n# c\nb: @\n", "x"],
      // Found with a new seed: after a byte order mark, the root's simple key is on the first line
      // too (a BOM is no column), so text on the root's line is weighed like without one.
      ["\uFEFF{} x: 1\n", {}],
      ["\uFEFF{}?' |x: 1\n", {}],
      ["\uFEFF[]?x: 1\n", []],
      ["\uFEFF{}?'a' |x: 1\n", {}],
      // Found with a new seed: text left of an indented root on the closing line of a value spanning
      // lines ends the first document (yaml.v3 unrolls the indentation to its column).
      ['  - a: "x\n"b\n', [{ a: "x " }]],
      ["  a: {x: 1,\n}b\n", { a: { x: 1 } }],
    ];
    for (const [text, value] of accepted) {
      const tree = readFastOrThrow(text, limits);
      expect(tree, JSON.stringify(text)).not.toBeNull();
      expect(
        tree!.diagnostics.map((d) => `${d.code}:${d.severity}`),
        JSON.stringify(text),
      ).toEqual(["yaml/multiple-documents:warning"]);
      expect(toPlainValue(tree!.root), JSON.stringify(text)).toEqual(value);
    }
    const refused: [string, number][] = [
      ["x\n# c\n@b\n", 6], // found character that cannot start any token
      ["[a]\n\tb\n", 4],
      ["[a]\n&\n", 4], // did not find expected alphabetic or numeric character
      ["x\n# c\n- \tc\n", 8],
      ["x\n# c\n'y\n", 6], // found unexpected end of stream
      ["a: 1\n---\n@\n", 9],
      ['  - a: "x\n" b\n', 12], // at the root's column: did not find expected '-' indicator
      ['  - a: "x\n"b: 1\n', 12], // mapping values are not allowed in this context
    ];
    for (const [text, at] of refused) {
      const tree = readFastOrThrow(text, limits);
      expect(tree, JSON.stringify(text)).not.toBeNull();
      expect(
        tree!.diagnostics.filter((d) => d.severity === "error").map((d) => d.span?.start),
        JSON.stringify(text),
      ).toEqual([at]);
    }
  });

  it("is parse's default front end", () => {
    const text = "version: '2.0'\nservices:\n  web:\n    args:\n      - 'a\n  b'\n";
    expect(parse(text).diagnostics.filter((d) => d.code.startsWith("yaml/"))).toEqual([]);
    expect(parse(text, { frontEnd: yamlFrontEnd }).diagnostics.map((d) => d.code)).toContain(
      "yaml/unterminated-string",
    );
  });
});

describe("the comparison with yaml.v3 (test harness)", () => {
  const go = (value: unknown, tree: GoAnswer["tree"], error?: GoAnswer["error"]): GoAnswer =>
    error === undefined ? { tree, value } : { tree, value, error };
  const node = (kind: "map" | "scalar", line: number, column: number, content?: NonNullable<GoAnswer["tree"]>[]) => ({
    kind,
    tag: "",
    line,
    column,
    ...(content ? { content } : {}),
  });
  const text = "a: 1\n";
  const tree = fastFrontEnd(text, limits);
  const goTree = {
    kind: "doc" as const,
    tag: "",
    line: 1,
    column: 1,
    content: [node("map", 1, 1, [node("scalar", 1, 1), node("scalar", 1, 4)])],
  };

  it("agrees when everything matches", () => {
    expect(compareWithGo(text, tree, go({ m: [["a", { i: "1" }]] }, goTree))).toEqual([]);
  });
  it("notices a different value, position or verdict", () => {
    expect(compareWithGo(text, tree, go({ m: [["a", { i: "2" }]] }, goTree))[0]).toMatch(/^value/);
    const moved = { ...goTree, content: [node("map", 1, 1, [node("scalar", 1, 1), node("scalar", 1, 5)])] };
    expect(compareWithGo(text, tree, go({ m: [["a", { i: "1" }]] }, moved))[0]).toMatch(/^positions/);
    expect(compareWithGo(text, tree, go(null, null, { stage: "parse", message: "x", line: 1 }))[0]).toMatch(/^verdict/);
  });
});

describe("readFast on any text", () => {
  it("never fails internally: it reads the text (recovering from errors) or hands it over", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(..."ab1 :-#'\"\\\t\n\r[]{},&*!|>%@`?~.".split("")), maxLength: 60 }),
        (text) => {
          // Alone (parse's future default), it always gives a tree: no internal failure, spans in range.
          const alone = fastFrontEnd(text, limits);
          for (const d of alone.diagnostics) {
            expect(d.code).not.toBe("yaml/internal");
            expect(d.span!.start).toBeGreaterThanOrEqual(0);
            expect(d.span!.end).toBeLessThanOrEqual(text.length);
          }
          if (alone.stoppedAt !== undefined) {
            expect(alone.diagnostics.filter((d) => d.data?.["stoppedAt"] === alone.stoppedAt)).toHaveLength(1);
          }
          const tree = readFastOrThrow(text, limits);
          if (tree === null) return;
          for (const d of tree.diagnostics) {
            expect(d.code.startsWith("yaml/")).toBe(true);
            expect(d.span!.start).toBeGreaterThanOrEqual(0);
            expect(d.span!.end).toBeLessThanOrEqual(text.length);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("the token budget (requests S6 and S7 of the switch)", () => {
  const small = { ...limits, maxTokens: 40 };

  it("counts a quoted or block scalar as one token, as yaml.v3's scanner does (S7)", () => {
    // Go: "found unexpected end of stream" — the string, not the budget, is the error.
    for (const quote of ['"', "'"]) {
      const open = `a: ${quote}${"x\n".repeat(1000)}`;
      expect(brief(fastFrontEnd(open, small).diagnostics)).toEqual(["yaml/unterminated-string@3-4"]);
      const closed = `a: ${quote}${"x\n".repeat(1000)}${quote}\nb: 1\n`;
      const tree = fastFrontEnd(closed, small);
      expect(tree.diagnostics).toEqual([]);
      expect(toPlainValue(tree.root)).toEqual({ a: "x ".repeat(1000), b: 1 });
    }
    const block = fastFrontEnd(`a: |\n${"  x\n".repeat(1000)}b: 1\n`, small);
    expect(block.diagnostics).toEqual([]);
    expect(toPlainValue(block.root)).toEqual({ a: "x\n".repeat(1000), b: 1 });
  });

  it("stops before a multi-line quoted scalar, never inside it, whatever the budget", () => {
    const text = `a: 1\nb: "x\n\n  y"\nc: 'p\n  q'\nd: "z\n"\n`;
    for (let maxTokens = 1; maxTokens < 30; maxTokens++) {
      const tree = fastFrontEnd(text, { ...limits, maxTokens });
      const codes = tree.diagnostics.map((d) => d.code);
      expect(
        codes.filter((code) => code !== "yaml/too-many-tokens"),
        `maxTokens ${maxTokens}`,
      ).toEqual([]);
      if (tree.stoppedAt !== undefined) {
        // The tree holds the lines before the stop, as read from the text cut there.
        expect(toPlainValue(tree.root)).toEqual(toPlainValue(fastFrontEnd(text.slice(0, tree.stoppedAt), limits).root));
      }
    }
  });

  it("does not spend the first document's budget on the text after it (S6)", () => {
    const dashes = `a: 1\n${"---\n".repeat(10_000)}`;
    const read = fastFrontEnd(dashes, small);
    expect(brief(read.diagnostics)).toEqual(["yaml/multiple-documents@5-8"]);
    expect(read.stoppedAt).toBeUndefined();
    expect(toPlainValue(read.root)).toEqual({ a: 1 });
    // Go: {a: 1}, the comment lines its foot comment.
    const comments = fastFrontEnd(`a: 1\n...\n${"#c\n".repeat(10_000)}`, small);
    expect(comments.diagnostics).toEqual([]);
    expect(toPlainValue(comments.root)).toEqual({ a: 1 });
    const anchors = fastFrontEnd(`a: 1\n...\n${"&a ".repeat(5_000)}`, small);
    expect(brief(anchors.diagnostics)).toEqual(["yaml/multiple-documents@9-10"]);
    // yaml.v3's verdict on the look-ahead into the second document stays the same with any budget.
    const refused = "a: 1\n---\n`x`\n";
    const unlimited = brief(fastFrontEnd(refused, { ...limits, maxTokens: Number.POSITIVE_INFINITY }).diagnostics);
    expect(unlimited).toContain("yaml/syntax@9-10");
    expect(brief(fastFrontEnd(refused, { ...limits, maxTokens: 6 }).diagnostics)).toEqual(unlimited);
    // The first document still spends its own budget.
    const long = fastFrontEnd(`${Array.from({ length: 100 }, (_, i) => `k${i}: v\n`).join("")}---\n`, small);
    expect(long.diagnostics.map((d) => d.code)).toEqual(["yaml/too-many-tokens"]);
  });
});
