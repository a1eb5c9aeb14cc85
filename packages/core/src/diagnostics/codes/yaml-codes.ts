/**
 * Diagnostic codes of the `yaml/` family: problems found while reading the YAML text, before
 * anything about the SDL itself is known. An empty text is not a problem (its root is `null`).
 * Also holds `parse/too-many-diagnostics`, the summary `parse` adds when it leaves diagnostics out.
 *
 * @example
 * YAML_CODES["yaml/duplicate-key"]?.severity; // "error"
 */
export const YAML_CODES = {
  "yaml/syntax": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "YAML syntax error",
    description:
      "The text is not valid YAML at this point (the message says what the reader expected). Fix the marked text.",
  },
  "yaml/syntax-warning": {
    severity: "warning",
    refusedBy: { go: false, console: false },
    title: "Questionable YAML",
    description: "The YAML reader accepted the text but found something questionable, such as an unknown directive.",
  },
  "yaml/unterminated-string": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "Unterminated string",
    description:
      "A quoted string is opened but never closed; the diagnostic points at the opening quote. Add the closing quote.",
  },
  "yaml/unclosed-bracket": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "Unclosed bracket",
    description:
      "A flow sequence `[` or flow mapping `{` is never closed; the diagnostic points at the opening bracket.",
  },
  "yaml/bad-indentation": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "Bad indentation",
    description:
      "A line is indented more or less than the other entries of its mapping or sequence. Align it with its siblings.",
  },
  "yaml/tab-indentation": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "Tab used for indentation",
    description:
      "YAML indentation must use spaces; tabs are rejected by every YAML reader. Replace the tabs with spaces.",
  },
  "yaml/duplicate-key": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "Duplicate key",
    description:
      "A mapping repeats a key (compared by text, as Go's yaml.v3 does); Go rejects the file. The tree keeps both pairs.",
  },
  "yaml/multiple-documents": {
    severity: "warning",
    refusedBy: { go: false, console: true },
    title: "More than one document",
    description:
      "The text holds a second YAML document after `---`. Go reads only the first one and other tools reject the file; only the first document is used.",
  },
  "yaml/non-scalar-key": {
    severity: "error",
    title: "Collection used as key",
    description: "A mapping or sequence is used as a mapping key. SDL keys are strings; Go cannot decode such a key.",
  },
  "yaml/unknown-alias": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "Unknown alias",
    description:
      "An alias `*name` refers to an anchor `&name` that is not defined before it (or to a node that contains the alias).",
  },
  "yaml/alias-limit": {
    severity: "error",
    title: "Too much alias expansion",
    description:
      "Expanding the aliases would produce more nodes than the limit (default 100,000); this protects against alias bombs (billion laughs).",
  },
  "yaml/unresolved-tag": {
    severity: "warning",
    refusedBy: { go: false, console: true },
    title: "Unresolved tag",
    description:
      "A node carries a tag that the YAML 1.2 core schema does not know (or that does not fit the node); its value is read as if untagged. The TS SDK's js-yaml throws on a tag it does not know (`!x`), so Console refuses the file.",
  },
  "yaml/input-too-large": {
    severity: "error",
    title: "Input too large",
    description: "The text is longer than the accepted limit (default 1 MiB); it is not parsed at all.",
  },
  "yaml/too-deep": {
    severity: "error",
    title: "Nesting too deep",
    description:
      "Collections are nested deeper than the limit (default 64 levels); the deepest collections are left out of the tree. Past twice the limit, the rest of the text is not analysed (the related location shows where analysis stopped).",
  },
  "yaml/too-many-tokens": {
    severity: "error",
    title: "Text too complex",
    description:
      "The text holds more YAML tokens than the limit (default 100,000: scalars, indicators, comments, line breaks); the text after the line where the limit is reached is not analysed. Ordinary SDL files hold a few thousand.",
  },
  "yaml/too-many-errors": {
    severity: "error",
    title: "Too many YAML errors",
    description:
      "More than 100 lines hold YAML syntax errors; the diagnostic marks the line where analysis stopped, and the text from there on is not analysed. Fix the first errors and parse again.",
  },
  "yaml/unsupported": {
    severity: "error",
    refusedBy: { go: false, console: false },
    title: "YAML construct not read",
    description:
      "The text uses a YAML construct that akash-sdl's YAML reader does not read (an explicit `?` key, a tag other than `!!str`, a directive, a collection or alias as a key, a YAML 1.1 line break such as NEL); the text from there on is not analysed. SDL files do not need these constructs: write the value plainly. The `yaml`-package front end (`@akash-sdl/core/yaml-front-end`) reads them.",
  },
  "yaml/internal": {
    severity: "error",
    title: "Internal YAML reader failure",
    description:
      "The YAML reader failed unexpectedly. This is a bug in akash-sdl; please report it with the input text.",
  },
  "parse/too-many-diagnostics": {
    severity: "error",
    title: "Diagnostics left out",
    description:
      "`parse` found more diagnostics than its limit (default 1,000) and returns only the first ones by position; this summary comes last and counts the others. Its severity is the highest among those left out.",
  },
} as const;
