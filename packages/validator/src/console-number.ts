/** Plain integers js-yaml 4 (Console's reader) reads as numbers where the YAML 1.2 core schema keeps text. */
const JS_YAML_ONLY_INT = /^[-+]?0(?:b[01]+|x[0-9a-fA-F]+|o[0-7]+)$/;
/** Plain texts the YAML 1.2 core schema reads as numbers but js-yaml 4 keeps as text: a sign before a dot. */
const JS_YAML_TEXT = /^[-+]\.[0-9]/;

/**
 * The number Console's js-yaml 4 reads a scalar as, or `undefined` when it reads something else.
 * `value` is the scalar's YAML 1.2 core value (`YamlScalar.value`), which js-yaml follows except
 * for `0b101`, `-0x1`, `+0o7` (integers for js-yaml) and `+.5`, `-.5`, `8e700` (text for js-yaml).
 *
 * @example
 * consoleNumber({ text: "0b101", value: "0b101", plain: true }); // 5
 * consoleNumber({ text: "1_000", value: "1_000", plain: true }); // undefined
 */
export function consoleNumber(s: {
  readonly text: string;
  readonly value: unknown;
  readonly plain: boolean;
}): number | undefined {
  if (typeof s.value === "number") {
    if (!s.plain) return s.value;
    // js-yaml keeps a sign before a dot as text, and a number that overflows (`8e700`) too.
    if (JS_YAML_TEXT.test(s.text) || (!Number.isFinite(s.value) && !/inf|nan/i.test(s.text))) return undefined;
    return s.value;
  }
  if (!s.plain || !JS_YAML_ONLY_INT.test(s.text)) return undefined;
  const digits = s.text.replace(/^[-+]/, "");
  const n = Number(digits);
  return s.text.startsWith("-") ? -n : n;
}
