import { existsSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

const PACKAGES = ["core", "catalog", "estimator", "validator", "compiler", "builder"];

/**
 * `true` when every library package has built declarations: the example type-checks then resolve
 * `@akash-sdl/*` to them (fast; as tsconfig.test.json does), else to the sources.
 *
 * @example
 * examplesCheckAgainstDeclarations(root); // true after `tsc -b`
 */
export function examplesCheckAgainstDeclarations(root: string): boolean {
  return PACKAGES.every((p) => existsSync(join(root, "packages", p, "dist/index.d.ts")));
}

/**
 * Type-checks example scripts as a user's project would (strict, `noUncheckedIndexedAccess`,
 * NodeNext) and returns the problems found in `examples/`, one line each.
 *
 * @example
 * expect(typeCheckExamples(root, [join(root, "examples/build.ts")])).toEqual([]);
 */
export function typeCheckExamples(root: string, files: readonly string[]): string[] {
  const built = examplesCheckAgainstDeclarations(root);
  const program = ts.createProgram([...files], {
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2023.d.ts"],
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noUncheckedIndexedAccess: true,
    verbatimModuleSyntax: true,
    noEmit: true,
    skipLibCheck: true,
    types: ["node"],
    typeRoots: [join(root, "packages/cli/node_modules/@types")],
    customConditions: ["@akash-sdl/source"],
    paths: { "@akash-sdl/*": [join(root, built ? "packages/*/dist/index.d.ts" : "packages/*/src/index.ts")] },
  });
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file === undefined || d.file.fileName.includes("/examples/"))
    .map((d) => `${d.file?.fileName ?? ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
}
