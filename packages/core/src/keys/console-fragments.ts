import type { JsonSchema } from "./sdl-key-info.js";

// Constraints of the official TS SDK's input schema, 1.0.0-alpha.45
// (`@akashnetwork/chain-sdk/dist/sdl-schema.yaml`, exported as `validationSDLSchema`), restated as
// data so that `sdlJsonSchema({ flavour: "console" })` accepts and refuses what it does.
// Descriptions are left out; the key table's `doc` carries ours.

/** alpha.45 `definitions.portNumber`. */
export const PORT_NUMBER: JsonSchema = { type: "integer", minimum: 1, maximum: 65535 };

/** alpha.45 `definitions.httpErrorCode` values (Go's `next_cases` accepts the same words). */
export const HTTP_ERROR_CODES: readonly string[] = [
  "error",
  "timeout",
  "500",
  "502",
  "503",
  "504",
  "403",
  "404",
  "429",
  "off",
];

const HTTP_ERROR_CODE: JsonSchema = { enum: HTTP_ERROR_CODES, type: "string" };

/** alpha.45 `next_cases`: `off` alone, or any cases without `off`. */
export const NEXT_CASES: JsonSchema = {
  oneOf: [
    { type: "array", items: HTTP_ERROR_CODE, contains: { const: "off" }, maxItems: 1, minItems: 1 },
    { type: "array", items: HTTP_ERROR_CODE, not: { contains: { const: "off" } } },
  ],
};

/** alpha.45 `definitions.httpTimeout`: uint32 milliseconds or a duration string. */
export const HTTP_TIMEOUT: JsonSchema = {
  oneOf: [
    { type: "integer", minimum: 0, maximum: 4294967295 },
    { type: "string", pattern: "^[0-9]+(ms|s|m|h)?$" },
  ],
};

/** alpha.45 `definitions.absolutePath` (`params.storage.*.mount`). */
export const ABSOLUTE_PATH: JsonSchema = { type: "string", minLength: 1, pattern: "^/" };

/** alpha.45 `priceCoin.amount`: a non-negative decimal string or number. */
export const PRICE_AMOUNT: JsonSchema = {
  oneOf: [
    { type: "string", pattern: "^[0-9]+(\\.[0-9]+)?$" },
    { type: "number", minimum: 0 },
  ],
};

/** alpha.45 `cpu.units`: a positive number, or a number-like string that is not zero. */
export const CPU_UNITS: JsonSchema = {
  oneOf: [
    { type: "string", pattern: "^[0-9]+(\\.[0-9]+)?[a-zA-Z]*$", not: { pattern: "^0+(\\.0+)?m?$" } },
    { type: "number", exclusiveMinimum: 0 },
  ],
};

const POSITIVE_UNITS: JsonSchema = {
  oneOf: [
    { type: "number", exclusiveMinimum: 0 },
    { type: "string", not: { pattern: "^0+(\\.0+)?$" } },
  ],
};

/** alpha.45 `gpuUnitsGt0RequiresAttributes` and `gpuAttributesRequireUnitsGt0`, on `resources.gpu`. */
export const GPU_UNITS_ATTRIBUTES: JsonSchema = {
  allOf: [
    { if: { properties: { units: POSITIVE_UNITS }, required: ["units"] }, then: { required: ["attributes"] } },
    { if: { required: ["attributes"] }, then: { properties: { units: POSITIVE_UNITS }, required: ["units"] } },
  ],
};

/** alpha.45 `exposeToWithIpEnforcesGlobal`, on `expose[].to[]`. */
export const IP_NEEDS_GLOBAL: JsonSchema = {
  allOf: [
    {
      if: { properties: { ip: { type: "string", minLength: 1 } }, required: ["ip"] },
      then: { properties: { global: { const: true } }, required: ["global"] },
    },
  ],
};

const TRUE_OR_TRUE_TEXT: JsonSchema = { oneOf: [{ const: true }, { const: "true" }] };

/** alpha.45 `storageAttributesValidation`'s two rules: ram is never persistent; other classes must be. */
export const STORAGE_ATTRIBUTE_RULES: JsonSchema = {
  allOf: [
    {
      not: {
        properties: { class: { const: "ram" }, persistent: TRUE_OR_TRUE_TEXT },
        required: ["class", "persistent"],
      },
    },
    {
      if: { properties: { class: { enum: ["beta1", "beta2", "beta3", "default"] } }, required: ["class"] },
      then: { properties: { persistent: TRUE_OR_TRUE_TEXT }, required: ["persistent"] },
    },
  ],
};

/** alpha.45 `http_options.proxy`: `buffers_number` and `buffers_size` come together. */
export const PROXY_PAIRS: JsonSchema = {
  dependencies: { buffers_number: ["buffers_size"], buffers_size: ["buffers_number"] },
};

/** alpha.45 `gpu.attributes.interconnect`: `[]` (group `auto`) or `{group}`. */
export const INTERCONNECT: JsonSchema = {
  oneOf: [
    { type: "array", maxItems: 0 },
    {
      additionalProperties: false,
      properties: { group: { type: "string", minLength: 1 } },
      required: ["group"],
      type: "object",
    },
  ],
};

/** Go's uint32 range (yaml.v3 decodes these fields into `uint32`). */
export const UINT32: JsonSchema = { type: "integer", minimum: 0, maximum: 4294967295 };
