/**
 * Parse an SDL and point at things by line and column.
 *
 * `parse` never throws: it returns the typed document (every node carries its `span`, UTF-16
 * offsets into the text), every diagnostic and a `lineCounter` that turns offsets into 1-based
 * lines and columns. `formatDiagnostic` renders a diagnostic with a code frame, the way the
 * `akash-sdl` command prints it.
 *
 * Run it (from the repository root; Node 20 runs no TypeScript, so bundle it first):
 *
 *   NODE_PATH=packages/cli/node_modules npx esbuild examples/parse-with-positions.ts --bundle \
 *     --platform=node --format=cjs --conditions=@akash-sdl/source --outfile=/tmp/parse.cjs
 *   node /tmp/parse.cjs [file.yaml]          # default: examples/wordpress-mysql.yaml
 */
import { readFileSync } from "node:fs";
import { formatDiagnostic, parse } from "@akash-sdl/core";

const file = process.argv[2] ?? "examples/wordpress-mysql.yaml";
const text = readFileSync(file, "utf8");

// 1. Parse. `document` is undefined only when the text holds no mapping at all.
const { document, diagnostics, lineCounter } = parse(text);

// 2. Every service's image, with the 1-based line:column where its value starts.
for (const { key, value: service } of document?.services?.entries ?? []) {
  const image = service.image;
  if (image === undefined) {
    const at = lineCounter.positionAt(key.span.start);
    console.log(`service ${key.name} (${file}:${at.line}:${at.column}) has no image`);
    continue;
  }
  const at = lineCounter.positionAt(image.span.start);
  console.log(`service ${key.name}: image ${image.value ?? "?"} at ${file}:${at.line}:${at.column}`);
}

// 3. The file's own diagnostics (parse reports YAML and decoding problems; `validate` adds more).
for (const d of diagnostics) console.log(formatDiagnostic(d, { fileName: file, text, lineCounter }));
console.log(`${diagnostics.length} parse diagnostic(s) in ${file}`);

// 4. What diagnostics look like: a snippet whose port Go cannot decode as a number, and which
//    lacks the `profiles` and `deployment` sections (a missing key points at its parent key).
const broken = 'version: "2.0"\nservices:\n  web:\n    image: nginx:1.27\n    expose:\n      - port: eighty\n';
for (const d of parse(broken).diagnostics) {
  // file:line:col: severity: message [code], then a code frame with ^ under the span
  console.log(formatDiagnostic(d, { fileName: "broken.yaml", text: broken }));
}
