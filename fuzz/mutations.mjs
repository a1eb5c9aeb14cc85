// Mutation kinds and generators of the fuzz campaign (issue 12, "Keep the campaign"). Every
// function is pure given its random source, so a case is reproduced from (seed, index) alone.

/** A small, fast, seedable PRNG (mulberry32); returns floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (rng, n) => Math.floor(rng() * n);
const pick = (rng, list) => list[int(rng, list.length)];
const lines = (text) => text.split("\n");
const at = (rng, text) => int(rng, text.length + 1);
const insert = (text, i, s) => text.slice(0, i) + s + text.slice(i);

const TOKENS = [
  "- ",
  ": ",
  "? ",
  "{",
  "}",
  "[",
  "]",
  ",",
  "&a ",
  "*a",
  "!!str ",
  "!!int ",
  "!tag ",
  "|",
  ">-",
  "'",
  '"',
  "#c",
  "\n",
  "\n  ",
  "\t",
  "---\n",
  "...\n",
  "%YAML 1.2\n",
  "<<: *a",
  "0x1F",
  "1e9",
  ".inf",
  "~",
  "null",
  "yes",
  "2.0",
  "512Mi",
  "16GB",
  "uakt",
  "\\u202e",
  "\u202e",
  "\u0085",
  "\u001b[2J",
  "\u00a0",
  "\ufeff",
  "\ud800",
  "😀",
  "中文",
  "services",
  "profiles",
  "deployment",
  "image",
  "expose",
  "port",
  "env",
];

/** The mutation kinds (≥ 30); each takes (text, rng) and returns a new text. */
export const MUTATIONS = {
  deleteLine: (t, r) => {
    const l = lines(t);
    l.splice(int(r, l.length), 1);
    return l.join("\n");
  },
  duplicateLine: (t, r) => {
    const l = lines(t);
    const i = int(r, l.length);
    l.splice(i, 0, l[i] ?? "");
    return l.join("\n");
  },
  swapLines: (t, r) => {
    const l = lines(t);
    const i = int(r, l.length),
      j = int(r, l.length);
    [l[i], l[j]] = [l[j] ?? "", l[i] ?? ""];
    return l.join("\n");
  },
  insertToken: (t, r) => insert(t, at(r, t), pick(r, TOKENS)),
  deleteRange: (t, r) => {
    const i = at(r, t);
    return t.slice(0, i) + t.slice(i + int(r, 40));
  },
  indentLine: (t, r) => {
    const l = lines(t);
    const i = int(r, l.length);
    l[i] = " ".repeat(int(r, 5)) + (l[i] ?? "");
    return l.join("\n");
  },
  dedentLine: (t, r) => {
    const l = lines(t);
    const i = int(r, l.length);
    l[i] = (l[i] ?? "").replace(/^ {1,4}/, "");
    return l.join("\n");
  },
  insertTab: (t, r) => insert(t, at(r, t), "\t"),
  hugeNumber: (t, r) => t.replace(/: (\d+)/, `: ${"9".repeat(1 + int(r, 400))}`),
  controlChar: (t, r) => insert(t, at(r, t), String.fromCharCode(int(r, 32))),
  bidiChar: (t, r) => insert(t, at(r, t), pick(r, ["\u202e", "\u2066", "\u200f", "\u061c", "\u200d"])),
  c1Char: (t, r) => insert(t, at(r, t), String.fromCharCode(0x80 + int(r, 32))),
  crlf: (t) => t.replace(/\n/g, "\r\n"),
  loneCr: (t, r) => insert(t, at(r, t), "\r"),
  bomInside: (t, r) => insert(t, at(r, t), "\ufeff"),
  truncate: (t, r) => t.slice(0, at(r, t)),
  longLine: (t, r) => {
    const l = lines(t);
    const i = int(r, l.length);
    l[i] = (l[i] ?? "") + "x".repeat(5000 + int(r, 60000));
    return l.join("\n");
  },
  nestedFlowKey: (t, r) => {
    const d = 1 + int(r, 70);
    return `${"{".repeat(d)}x${"}".repeat(d)}: 1\n${t}`;
  },
  nestedQuestionKey: (t, r) => {
    const d = 1 + int(r, 40);
    return `${"{? ".repeat(d)}x${"}".repeat(d)}: 1\n${t}`;
  },
  aliasBomb: (t, r) => {
    const n = 3 + int(r, 8);
    let s = "a0: &a0 [x, x, x, x]\n";
    for (let i = 1; i < n; i++) s += `a${i}: &a${i} [*a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}]\n`;
    return s + t;
  },
  aliasInKey: (t, r) => `x: &k [a, b]\n? *k\n: ${int(r, 9)}\n${t}`,
  anchorAlias: (t, r) => {
    const l = lines(t);
    const i = int(r, l.length);
    l[i] = (l[i] ?? "").replace(/: (\S)/, ": &z $1");
    l.push("extra: *z");
    return l.join("\n");
  },
  complexKey: (t, r) => insert(t, 0, `? ${pick(r, ["[a, b]", "{a: 1}", "- x\n  - y", "|\n  lit"])}\n: v\n`),
  quoteValue: (t) => t.replace(/: ([A-Za-z][^\n#]*)/, ': "$1"'),
  unterminatedQuote: (t, r) => insert(t, at(r, t), pick(r, ['"', "'", '"abc\n', "'x"])),
  docMarkers: (t, r) => insert(t, at(r, t), pick(r, ["\n---\n", "\n...\n", "--- |\n"])),
  directive: (t, r) => pick(r, ["%YAML 1.1\n---\n", "%TAG ! tag:x,2000:\n---\n", "%FOO bar\n"]) + t,
  duplicateKey: (t) => {
    const m = /^( *)([\w-]+):.*$/m.exec(t);
    return m ? t.replace(m[0], `${m[0]}\n${m[1]}${m[2]}: dup`) : t;
  },
  unicode: (t, r) => insert(t, at(r, t), pick(r, ["😀", "中文键", "é", "\u0301", "𝔘", "\u00a0"])),
  loneSurrogate: (t, r) => insert(t, at(r, t), pick(r, ["\ud800", "\udfff"])),
  secretEnv: (t, r) =>
    t.replace(
      /^(\s*)image: .*$/m,
      `$&\n$1env:\n$1  - DB_PASSWORD=pw${int(r, 1e9)}\n$1  - API_TOKEN="tok${int(r, 1e9)}"`,
    ),
  tags: (t, r) => t.replace(/: (\S)/, `: ${pick(r, ["!!binary ", "!!str ", "!custom ", "!!map ", "!!int "])}$1`),
  sizeSuffix: (t, r) =>
    t.replace(
      /(size|memory): (\S+)/,
      `$1: ${int(r, 2000)}${pick(r, ["Mi", "Gi", "GB", "gi", "k", "", "Ei", "Qi", "m"])}`,
    ),
  swapChars: (t, r) => {
    const i = int(r, Math.max(1, t.length - 1));
    return t.slice(0, i) + (t[i + 1] ?? "") + (t[i] ?? "") + t.slice(i + 2);
  },
  flowNest: (t, r) => insert(t, at(r, t), "[".repeat(1 + int(r, 200))),
  blockNest: (t, r) => {
    let s = "";
    const d = 1 + int(r, 150);
    for (let i = 0; i < d; i++) s += `${" ".repeat(i)}k${i}:\n`;
    return s + t;
  },
  escapedNewlineKey: (t) => t.replace(/^(\s*)([\w-]+):/m, '$1"$2\\nfake.yaml:1:1: error: forged":'),
  oddNumbers: (t, r) =>
    t.replace(/: (\d+)\b/, `: ${pick(r, ["0x10", "0o17", "1_000", ".inf", "-.nan", "1e400", "-0", "+12"])}`),
  mergeKey: (t) => `base: &b {x: 1}\n${t.replace(/^(\s+)image:/m, "$1<<: *b\n$1image:")}`,
  blockScalar: (t, r) => t.replace(/: (\S[^\n]*)/, `: ${pick(r, ["|2-", ">+", "|", ">9"])}\n      $1`),
};

/** Generated inputs that are not corpus mutations. */
export const GENERATORS = {
  tokenSoup: (r) => {
    let s = "";
    const n = 10 + int(r, 300);
    for (let i = 0; i < n; i++) s += pick(r, TOKENS) + (r() < 0.3 ? "x" : "");
    return s;
  },
  nestedKeys: (r) => {
    const d = 1 + int(r, 62);
    const k = `${"{".repeat(d)}x${"}".repeat(d)}: 1\n`;
    return k.repeat(1 + int(r, 200));
  },
  aliasShapes: (r) => {
    let s = "";
    const n = 2 + int(r, 12);
    for (let i = 0; i < n; i++)
      s += `k${i}: &a${i} ${i === 0 ? "{x: [1, 2]}" : `[${Array.from({ length: 1 + int(r, 9) }, () => `*a${int(r, i)}`).join(", ")}]`}\n`;
    return s + `? *a${n - 1}\n: 1\n`;
  },
  longLines: (r) =>
    `version: "2.0"\nservices: {web: {image: ${"y".repeat(10000 + int(r, 200000))}}}\n${"z: [".repeat(int(r, 50))}\n`,
};
