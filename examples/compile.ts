/**
 * Compile an SDL into what the chain and the provider receive.
 *
 * `compile` parses and validates first and emits nothing while an error stands (it still returns
 * every diagnostic). Its value holds the provider manifest, the group specs that go into
 * `MsgCreateDeployment.groups`, and the manifest version: the sha256 of the manifest's sorted
 * JSON, which the chain stores as the deployment's hash. Bytes match provider-services (Go).
 *
 * Run it (from the repository root; Node 20 runs no TypeScript, so bundle it first):
 *
 *   NODE_PATH=packages/cli/node_modules npx esbuild examples/compile.ts --bundle \
 *     --platform=node --format=cjs --conditions=@akash-sdl/source --outfile=/tmp/compile.cjs
 *   node /tmp/compile.cjs [file.yaml]        # default: examples/web-nginx.yaml
 *
 * Standard output: `manifest:`, its JSON, `version: <hex>`, `group specs:`, their JSON.
 * Diagnostics go to standard error; exit code 1 when the file does not compile.
 */
import { readFileSync } from "node:fs";
import { compile, goJsonMarshal, groupSpecsJson, manifestToJson, manifestVersionHex } from "@akash-sdl/compiler";
import { formatDiagnostic } from "@akash-sdl/core";

const file = process.argv[2] ?? "examples/web-nginx.yaml";
const text = readFileSync(file, "utf8");

// 1. Compile (target `any` by default; pass `{ target: "go" }` to judge for provider-services only).
const { value, diagnostics } = compile(text);
for (const d of diagnostics) console.error(formatDiagnostic(d, { fileName: file, text }));

if (value === undefined) {
  console.error(`${file} does not compile`);
  process.exitCode = 1;
} else {
  // 2. The manifest as the provider receives it (Go's field order and escaping; indented here).
  console.log("manifest:");
  console.log(manifestToJson(value.manifest, "  "));

  // 3. The version hash: `value.version` is the 32 raw bytes; hex for people.
  console.log(`version: ${manifestVersionHex(value.manifest)}`);

  // 4. The group specs in the shape Go's json.Marshal writes (prices as 18-decimal strings).
  console.log("group specs:");
  console.log(goJsonMarshal(groupSpecsJson(value.groups), "  "));
}
