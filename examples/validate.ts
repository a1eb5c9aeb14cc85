/**
 * Validate an SDL for the two deploy paths.
 *
 * Two programs judge an SDL: provider-services (Go, the reference) and Console (the official
 * TypeScript SDK). `validate(parsed, { target })` grades every finding for the path you deploy
 * with: `go`, `console`, `portable` (both must accept) or `any` (the default: at least one must).
 * A refusal of the *other* path becomes a `compat/*` warning naming the spelling both accept.
 * `deployVerdict` says which paths would take the file as it is.
 *
 * Run it (from the repository root; Node 20 runs no TypeScript, so bundle it first):
 *
 *   NODE_PATH=packages/cli/node_modules npx esbuild examples/validate.ts --bundle \
 *     --platform=node --format=cjs --conditions=@akash-sdl/source --outfile=/tmp/validate.cjs
 *   node /tmp/validate.cjs [file.yaml]       # default: examples/gpu-vllm-llama.yaml
 *
 * Exit code 1 when the file has errors for target `any`.
 */
import { readFileSync } from "node:fs";
import { formatDiagnostic, parse } from "@akash-sdl/core";
import { type DeployTarget, deployVerdict, validate } from "@akash-sdl/validator";

const file = process.argv[2] ?? "examples/gpu-vllm-llama.yaml";
const text = readFileSync(file, "utf8");

// 1. Parse once; every validation below reuses the same parse result.
const parsed = parse(text);

// 2. The verdict: which deploy path accepts the file as written.
const anyDiagnostics = validate(parsed, { target: "any" });
const verdict = deployVerdict(parsed, anyDiagnostics);
console.log(`verdict: go=${verdict.go} console=${verdict.console}`);

// 3. The same file judged for each target: the counts change, the findings do not.
const targets: readonly DeployTarget[] = ["any", "go", "console"];
for (const target of targets) {
  const diagnostics = target === "any" ? anyDiagnostics : validate(parsed, { target });
  const count = (severity: string): number => diagnostics.filter((d) => d.severity === severity).length;
  console.log(`target ${target}: ${count("error")} error(s), ${count("warning")} warning(s), ${count("info")} info`);
}

// 4. The diagnostics for target `any`, rendered with a code frame (a `lineCounter` is reused).
for (const d of anyDiagnostics) {
  console.log(formatDiagnostic(d, { fileName: file, text, lineCounter: parsed.lineCounter }));
}
if (anyDiagnostics.some((d) => d.severity === "error")) process.exitCode = 1;
