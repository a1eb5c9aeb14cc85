/**
 * Diagnostic codes of the typed-document layer: `type/` (a value has the wrong YAML type or a
 * number/boolean means something different in Go), `sdl/` (keys that are unknown, unsupported or
 * missing, and the version), and `internal/` (a bug in akash-sdl caught before it reached callers).
 *
 * @example
 * TYPE_CODES["type/expected-mapping"]?.severity; // "error"
 */
export const TYPE_CODES = {
  "type/expected-mapping": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "Expected a mapping",
    description:
      "A value that Go decodes into a struct or a map is a scalar or a sequence; yaml.v3 fails with `cannot unmarshal`.",
  },
  "type/expected-sequence": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "Expected a sequence",
    description: "A value that Go decodes into a list is a scalar or a mapping; yaml.v3 fails with `cannot unmarshal`.",
  },
  "type/expected-string": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "Expected a string",
    description: "A value (or a mapping key) that Go decodes into a string is a mapping or a sequence.",
  },
  "type/expected-scalar": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "Expected a scalar",
    description:
      "A quantity (CPU units, a size, GPU units or RAM, a price) is a mapping or a sequence; Go reads the scalar text and fails on anything else.",
  },
  "type/expected-number": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "Expected a number",
    description:
      "An unsigned integer field (port, as, count, http_options) holds text, a quoted number, a boolean or a date; yaml.v3 fails with `cannot unmarshal !!str into uint32`.",
  },
  "type/number-out-of-range": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "Number out of range",
    description: "An unsigned 32-bit field holds a negative number, a number above 4294967295, NaN or infinity.",
  },
  "type/expected-boolean": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "Expected a boolean",
    description:
      'A boolean field holds something yaml.v3 cannot turn into a bool (`"true"` in quotes, `1`, text). Go accepts true/false and the YAML 1.1 words y/yes/on/n/no/off. For a storage volume\'s `persistent`, the TS SDK keeps the text (its class rules decide).',
  },
  "type/coerced-to-string": {
    severity: "warning",
    refusedBy: { go: false, console: true },
    title: "Non-string scalar in a string field",
    description:
      "A string field holds a number, boolean or null. Go uses the scalar's text as written, but the official schema (and the TS SDK) require a string: quote it. A form only Go reads as a number (`1_000`, `0x_1`) is a string for the TS SDK's js-yaml too: then nobody refuses it.",
  },
  "type/yaml11-boolean": {
    severity: "warning",
    title: "YAML 1.1 boolean word",
    description:
      "A boolean is written as yes/no/on/off/y/n. Go reads it as a boolean; YAML 1.2 tools (and the official schema) read it as a string. Write true or false.",
  },
  "type/legacy-octal": {
    severity: "warning",
    title: "Leading-zero number read as octal",
    description:
      "A number with a leading zero (`0777`) is octal for Go's yaml.v3 but decimal for YAML 1.2 tools. Remove the zero or write `0o777`.",
  },
  "type/number-truncated": {
    severity: "warning",
    title: "Fraction dropped",
    description: "An integer field holds a fraction; Go truncates it toward zero and the official schema rejects it.",
  },
  "type/non-portable-number": {
    severity: "warning",
    title: "Number form not portable",
    description:
      "An integer is written in a form (binary `0b…`, digit separators `1_000`, …) that Go accepts but YAML 1.2 tools read differently.",
  },
  "type/ignored-by-go": {
    severity: "warning",
    refusedBy: { go: false, console: true },
    title: "Value ignored by Go",
    description:
      "Go silently ignores this value (for example `gpu: 1` instead of a mapping); the result is probably not what was meant.",
  },
  "sdl/unexpected-field": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "Unexpected top-level field",
    description:
      "Go accepts only version, include, services, profiles, deployment, endpoints and reclamation at the top level (`sdl: unexpected field`).",
  },
  "sdl/unknown-key": {
    severity: "warning",
    refusedBy: { go: false, console: true },
    title: "Unknown key",
    description:
      "A nested key that Go does not know: Go silently ignores it, the official schema rejects it. Usually a typo (a did-you-mean hint is given) or a key indented one level too deep or too shallow (a hint says where it belongs).",
  },
  "sdl/unsupported-key": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "Unsupported key",
    description:
      "A key inside cpu, gpu, gpu.attributes, cpu.attributes or storage attributes that Go's custom decoders reject.",
  },
  "sdl/ignored-key": {
    severity: "warning",
    refusedBy: { go: false, console: true },
    title: "Key decoded but unused",
    description:
      "Go decodes this key but never uses it (for example `to[].http_options`); the official schema rejects it.",
  },
  "sdl/missing-key": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "Missing key",
    description:
      "A required key is absent (or empty). Error when Go fails without it; a warning when only the official schema requires it or the section is not deployed.",
  },
  "sdl/empty-document": {
    severity: "error",
    title: "Empty document",
    description: "The text contains no YAML document; Go fails with `sdl: uninitialized`.",
  },
  "sdl/unsupported-version": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "Unsupported version",
    description: "Go supports version 2.0 and versions from 2.1 upward (decoded as 2.1); anything else fails.",
  },
  "sdl/unquoted-version": {
    severity: "warning",
    refusedBy: { go: false, console: true },
    title: "Version is not a string",
    description:
      "`version: 2.0` unquoted is accepted by Go (it reads the raw text) but YAML 1.2 tools read the number 2: quote it.",
  },
  "sdl/version-not-in-schema": {
    severity: "warning",
    refusedBy: { go: false, console: true },
    title: "Version outside the schema",
    description:
      'Go accepts this version (for example `2` or `3.0`, read as 2.0/2.1) but the official schema only allows "2.0" and "2.1".',
  },
  "internal/exception": {
    severity: "error",
    title: "Internal error",
    description:
      "akash-sdl hit a bug while building the document. The other diagnostics are still valid; please report it.",
  },
} as const;
