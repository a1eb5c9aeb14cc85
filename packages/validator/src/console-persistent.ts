import type { YamlNode } from "@akash-sdl/core";

/** js-yaml 4's booleans (YAML 1.2 core): the words Console reads as `true`/`false` unquoted. */
const JS_TRUE: ReadonlySet<string> = new Set(["true", "True", "TRUE"]);
const JS_FALSE: ReadonlySet<string> = new Set(["false", "False", "FALSE"]);
/** Texts alpha.45's `stringToBoolean` reads as false (after lower-casing); any other text is true. */
const TS_FALSE_TEXT: ReadonlySet<string> = new Set(["false", "no", "0", ""]);

/**
 * Whether Console (alpha.45) treats a volume as persistent when it checks mounts: a YAML boolean
 * as itself; a string is true unless it is `false`, `no`, `0` or empty in any case (`yes`,
 * `'TRUE'`, even `fast` are true); null or absent is false. Numbers, lists and mappings are
 * refused by its schema before, so they count as false here. Go reads only its six words.
 *
 * @example
 * consolePersistent(parse("a: 'yes'").tree.root); // true (Go: true too)
 * consolePersistent(parse("a: endpoints").tree.root); // true (Go refuses the text)
 */
export function consolePersistent(node: YamlNode | null | undefined): boolean {
  if (node === null || node === undefined || node.kind !== "scalar") return false;
  if (node.style === "plain" && node.tag === undefined) {
    if (JS_TRUE.has(node.text)) return true;
    if (JS_FALSE.has(node.text)) return false;
    if (typeof node.value !== "string") return false;
  }
  return !TS_FALSE_TEXT.has(node.text.toLowerCase());
}
