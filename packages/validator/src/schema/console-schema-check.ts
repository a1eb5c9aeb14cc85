import { buildSdlJsonSchema } from "@akash-sdl/core";
import type { YamlNode } from "@akash-sdl/core";
import { compileSchemaCheck } from "./compile-schema-check.js";
import { CONSOLE_QUICK_CHECKS, consoleVerdict } from "./console-verdict.js";
import type { SchemaError } from "./schema-error.js";

let compiled: ((root: YamlNode | null) => SchemaError[]) | undefined;

/**
 * Console's schema check: core's console-flavour schema (alpha.45's input schema;
 * `buildSdlJsonSchema("console")`, the docs-free form of `sdlJsonSchema({ flavour: "console" })`)
 * compiled once, on first use, by {@link compileSchemaCheck}; a document that {@link consoleVerdict}
 * passes skips it. Gives exactly the errors ajv gives for that schema on the document's plain
 * value; `[]` when the document conforms.
 *
 * @example
 * consoleSchemaCheck(parse('version: "2.0"\n').tree.root).map((e) => e.params); // [{ missingProperty: "services" }, …]
 */
export function consoleSchemaCheck(root: YamlNode | null): SchemaError[] {
  if (consoleVerdict(root)) return [];
  compiled ??= compileSchemaCheck(buildSdlJsonSchema("console"), CONSOLE_QUICK_CHECKS);
  return compiled(root);
}
