// Hostile texts for the parser, each as long as the default input limit allows (1 MiB).
// Shared by test/hostile/*.test.ts and scripts/hostile-timings.mjs (plain JS so the script runs on Node alone).

/** The default `maxInputLength` (1 MiB of UTF-16 code units). */
export const MIB = 1_048_576;

/** Repeats `unit` as often as fits in `size` characters (after `prefix`), then appends `suffix`. */
function fill(unit, size, prefix = "", suffix = "") {
  const room = size - prefix.length - suffix.length;
  return prefix + unit.repeat(Math.floor(room / unit.length)) + suffix;
}

/** `fill`, then a comment line that pads the text to exactly `size` characters. */
function padded(unit, size) {
  const text = fill(unit, size - 3);
  return `${text}\n#${"x".repeat(size - text.length - 2)}`;
}

/** Joins lines made by `line(i)` for as long as they fit in `size` characters, then fills up with a comment. */
function lines(line, size) {
  const out = [];
  let length = 0;
  for (let i = 0; ; i++) {
    const next = line(i);
    if (length + next.length + 1 > size - 2) break;
    out.push(next);
    length += next.length + 1;
  }
  return `${out.join("\n")}\n#${"x".repeat(size - length - 1)}`;
}

/**
 * Every hostile shape, by name: a function from a size (in UTF-16 code units) to the text.
 * @type {Readonly<Record<string, (size: number) => string>>}
 */
export const HOSTILE_INPUTS = Object.freeze({
  quotes: (size) => fill('"', size),
  anchors: (size) => fill("&a ", size),
  "open brackets": (size) => fill("[", size),
  "open braces": (size) => fill("{", size),
  "closed brackets": (size) => "[".repeat(Math.floor(size / 2)) + "]".repeat(Math.floor(size / 2)),
  "flow sequence": (size) => fill("1,", size, "[", "]"),
  "flow mapping": (size) => {
    const out = ["{"];
    let length = 2;
    for (let i = 0; length < size - 20; i++) {
      const pair = `k${i}: v, `;
      out.push(pair);
      length += pair.length;
    }
    return out.join("") + "}";
  },
  colons: (size) => fill(": ", size),
  "explicit keys": (size) => fill("? ", size),
  dashes: (size) => fill("- ", size),
  "comment lines": (size) => fill("#x\n", size),
  "many keys": (size) => lines((i) => `k${i}: v`, size),
  "duplicate keys": (size) => fill("a: 1\n", size),
  "syntax errors": (size) => fill("a: `x`\n", size),
  "deep mappings": (size) => lines((i) => `${" ".repeat(i)}k:`, size),
  "deep sequences": (size) => lines((i) => `${"  ".repeat(i)}-`, size),
  "block scalar": (size) => fill("  some text of a long script\n", size, "a: |\n"),
  aliases: (size) => fill("*a, ", size, "a: &a x\nb: [", "]\n"),
  "unknown aliases": (size) => fill("- *nope\n", size),
  "alias keys": (size) => fill("? *a\n: 1\n", size, `x: &a [${"1,".repeat(30_000)}1]\n`),
  "aliased collection keys": (size) => fill("? [*a]\n: 1\n", size, `x: &a [${"1,".repeat(30_000)}1]\n`),
  // Issue 12 item 1: collection keys nested in collection keys, named at every level.
  "nested flow keys": (size) => padded(`${"{".repeat(62)}x${"}".repeat(62)}: 1\n`, size),
  "nested explicit flow keys": (size) => padded(`${"{? ".repeat(40)}x${"}".repeat(40)}: 1\n`, size),
  "nested block keys": (size) =>
    padded(`${Array.from({ length: 30 }, (_, i) => `${" ".repeat(2 * i)}? `).join("\n")}x\n: 1\n`, size),
  // Issue 12 item 5: an alias bomb (9^7 leaves) used inside a mapping key.
  "alias bomb in a key": (size) => {
    const lines = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (const [name, prev] of [
      ["b", "a"],
      ["c", "b"],
      ["d", "c"],
      ["e", "d"],
      ["f", "e"],
      ["g", "f"],
    ]) {
      lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(", ")}]`);
    }
    lines.push("? [*g, *g, *g, {k: *g}]", ": 1", "#");
    const text = lines.join("\n");
    return text + "x".repeat(size - text.length);
  },
  // Issue 12 item 14: CRLF line breaks inside folded quoted scalars and flow collections.
  "crlf folds": (size) => padded("- 'x\r\n\r\n  y'\r\n- [1,\r\n 2]\r\n- \"a\\\r\n  b\"\r\n", size),
  "long line": (size) => fill("x ", size, "key: "),
  "nul bytes": (size) => fill("\0", size),
  "lone surrogates": (size) => fill("\uD800", size),
  "mixed surrogates": (size) => fill("a: \uDC00\ud83d\n", size),
  tabs: (size) => fill("\t", size),
  "tab indentation": (size) => fill("a:\n\tb: 1\n", size),
  documents: (size) => fill("---\n", size),
  "comments after the document": (size) => fill("#c\n", size, "a: 1\n...\n"),
  "anchors in a second document": (size) => fill("&a ", size, "a: 1\n...\n"),
  "lone carriage returns": (size) => fill("a: 1\r", size),
  "unterminated string": (size) => fill("x\n", size, 'a: "'),
  // One error for a run of lines misindented the same way: the run is read in one go, not once per line.
  "misindented run": (size) => fill("  - k: 1\n", size, "a:\n - k: 0\n"),
  "misplaced dash": (size) => fill("    k: 1\n", size, "a:\n  - k: 0\n   - k: 1\n"),
  // Runs of two lines, alternately one and two spaces right of their sequence: 100 runs read
  // quietly, then each line is an error, up to the error limit.
  "short misindented runs": (size) => fill("  - k: 1\n  - k: 2\n   - k: 3\n   - k: 4\n", size, "a:\n - k: 0\n"),
  // Not hostile: an ordinary SDL grown to the size limit (about 2,900 services), for comparison.
  "ordinary sdl": (size) =>
    lines(
      (i) =>
        i === 0
          ? 'version: "2.0"\nservices:'
          : `  web${i}:\n    image: nginx:1.27\n    env:\n      - "A=1"\n    expose:\n      - port: 80\n        as: 80\n        to:\n          - global: true`,
      size,
    ),
});
