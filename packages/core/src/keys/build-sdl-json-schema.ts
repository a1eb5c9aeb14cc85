import { UINT32 } from "./console-fragments.js";
import { BOTH_PATHS } from "./define-key.js";
import type { DeployPath, JsonSchema, SdlKeyInfo } from "./sdl-key-info.js";
import { childKeys, lastSegment } from "./sdl-key-table.js";

/**
 * The `description` of a key-table path in a generated schema (`undefined`: no descriptions).
 *
 * @example
 * const describe: DescribeKey = (pattern) => (pattern === "version" ? "The SDL version." : undefined);
 */
export type DescribeKey = (pattern: string) => string | undefined;

const GO_SCALAR: readonly string[] = ["string", "number", "boolean"];

/** The key types whose schema holds the schemas of the keys below them; every other type is a leaf. */
const CONTAINER_TYPES: readonly string[] = ["struct", "map", "list", "volumes"];

/**
 * Generates a JSON Schema (draft-07) from the SDL key table. The `console` flavour accepts and
 * refuses exactly what alpha.45's schema does (a test compares the two); it differs from Go where
 * SDL-SPEC §2 says so: Go ignores unknown nested keys, reads `ibc/…` denoms, unquoted versions,
 * `proxy_buffer_size`, `to[].http_options` and any `arch`, and refuses `proxy` and `interconnect`.
 *
 * This is `sdlJsonSchema` without the key docs: `docs` gives the `description`s, if any. Code that
 * never asks for descriptions (a schema check) calls this one, so the docs table stays out of its
 * bundle.
 *
 * @example
 * const schema = buildSdlJsonSchema("console");
 * schema["$schema"]; // "http://json-schema.org/draft-07/schema#"
 */
export function buildSdlJsonSchema(flavourOption?: DeployPath, docs?: DescribeKey): JsonSchema {
  const flavour = flavourOption ?? "console";
  const body = structSchema("", flavour, docs, true, undefined);
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title:
      flavour === "console"
        ? "Akash SDL input (official TS SDK 1.0.0-alpha.45)"
        : "Akash SDL input (Go reference decoder)",
    ...body,
  };
}

function nodeSchema(info: SdlKeyInfo, flavour: DeployPath, docs: DescribeKey | undefined): JsonSchema {
  const consoleFlavour = flavour === "console";
  let schema: JsonSchema;
  if (!CONTAINER_TYPES.includes(info.type)) {
    schema = consoleFlavour && info.console !== undefined ? info.console : leafSchema(info, flavour);
  } else {
    schema = containerSchema(info, flavour, docs);
    if (consoleFlavour && info.console !== undefined) schema = { ...schema, ...info.console };
  }
  if (consoleFlavour && info.consoleNullable === true) schema = { oneOf: [schema, { type: "null" }] };
  // yaml.v3 decodes a null (`key:` with no value) into any field as its zero value.
  if (!consoleFlavour) schema = withNull(schema);
  return docs === undefined ? schema : { description: docs(info.path), ...schema };
}

function withNull(schema: JsonSchema): JsonSchema {
  const type = schema["type"];
  if (typeof type === "string") return type === "null" ? schema : { ...schema, type: [type, "null"] };
  if (Array.isArray(type)) return type.includes("null") ? schema : { ...schema, type: [...(type as string[]), "null"] };
  if (Array.isArray(schema["oneOf"]))
    return { ...schema, oneOf: [...(schema["oneOf"] as JsonSchema[]), { type: "null" }] };
  return schema;
}

function containerSchema(info: SdlKeyInfo, flavour: DeployPath, docs: DescribeKey | undefined): JsonSchema {
  const child = (segment: string) => childKeys(info.path, flavour).find((k) => lastSegment(k.path) === segment);
  if (info.type === "struct")
    return structSchema(info.path, flavour, docs, flavour === "console" || info.goUnknownKeys === "reject", info);
  if (info.type === "map") {
    const entry = child("*");
    const entrySchema = entry === undefined ? {} : nodeSchema(entry, flavour, docs);
    if (flavour === "console" && info.consoleKeyPattern !== undefined) {
      return {
        type: "object",
        additionalProperties: false,
        patternProperties: { [info.consoleKeyPattern]: entrySchema },
      };
    }
    return Object.keys(entrySchema).length === 0
      ? { type: "object" }
      : { type: "object", additionalProperties: entrySchema };
  }
  const item = child("[]");
  const items = item === undefined ? undefined : nodeSchema(item, flavour, docs);
  if (info.type === "volumes") return items === undefined ? {} : { oneOf: [items, { type: "array", items }] };
  return items === undefined ? { type: "array" } : { type: "array", items };
}

function structSchema(
  pattern: string,
  flavour: DeployPath,
  docs: DescribeKey | undefined,
  closed: boolean,
  info: SdlKeyInfo | undefined,
): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const k of childKeys(pattern, flavour)) {
    const name = lastSegment(k.path);
    if (name === "*" || name === "[]") continue;
    properties[name] = nodeSchema(k, flavour, docs);
    // Go requires most keys only of what a deployment uses (an unused service may lack an
    // image), which a schema cannot say: the go flavour requires only the document's skeleton.
    if (k.requiredBy[flavour] && (flavour === "console" || pattern === "" || pattern === "profiles"))
      required.push(name);
  }
  // Go refuses unknown top-level keys too (`sdl: unexpected field`).
  const additional = closed || info === undefined ? { additionalProperties: false } : {};
  return { type: "object", ...additional, properties, ...(required.length > 0 ? { required } : {}) };
}

function leafSchema(info: SdlKeyInfo, flavour: DeployPath): JsonSchema {
  const values = info.enum !== undefined && (info.enumFor ?? BOTH_PATHS)[flavour] ? { enum: info.enum } : {};
  switch (info.type) {
    case "string":
    case "duration":
      // Go reads any scalar's text into a string field (`type/coerced-to-string` warns).
      return flavour === "go" ? { type: GO_SCALAR, ...values } : { type: "string", ...values };
    case "string-list":
      return {
        type: "array",
        items: flavour === "go" ? { type: GO_SCALAR, ...values } : { type: "string", ...values },
      };
    case "uint32":
    case "timeout":
      return UINT32;
    case "boolean":
      return { type: "boolean" };
    case "quantity":
    case "amount":
      return { type: ["string", "number"] };
    case "version":
      // Go's tolerant parser also reads an unquoted `2.0` (SDL-SPEC §2.2).
      return flavour === "go" ? { type: ["string", "number"] } : { type: "string", ...values };
    default:
      return {};
  }
}
