/**
 * The YAML 1.2 core-schema value of a plain scalar, exactly as the `yaml` package's default
 * schema resolves it (its `core` tags: null, bool, int in octal `0o`, decimal and hex, float with
 * exponent, fraction, `.inf` and `.nan`; everything else a string). Only a few first characters
 * can start a non-string, so most texts are decided by one comparison.
 *
 * @example
 * resolveCoreScalar("0x1F"); // 31
 * resolveCoreScalar("yes");  // "yes" (a string in YAML 1.2; Go's yaml.v3 reads it as a string too)
 */
export function resolveCoreScalar(text: string): string | number | boolean | null {
  if (text.length === 0) return null;
  const c = text.charCodeAt(0);
  const digitStart = (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46;
  if (!digitStart && c !== 126 && c !== 110 && c !== 78 && c !== 116 && c !== 84 && c !== 102 && c !== 70) return text;
  if (!digitStart) {
    if (text.length > 5) return text;
    if (text === "~" || text === "null" || text === "Null" || text === "NULL") return null;
    if (text === "true" || text === "True" || text === "TRUE") return true;
    if (text === "false" || text === "False" || text === "FALSE") return false;
    return text;
  }
  if (/^0o[0-7]+$/.test(text)) return Number.parseInt(text.slice(2), 8);
  if (/^[-+]?[0-9]+$/.test(text)) return Number.parseInt(text, 10);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return Number.parseInt(text.slice(2), 16);
  if (/^[-+]?\.(?:inf|Inf|INF)$/.test(text))
    return text.charCodeAt(0) === 45 ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (/^\.(?:nan|NaN|NAN)$/.test(text)) return Number.NaN;
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(text)) return Number.parseFloat(text);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(text)) return Number.parseFloat(text);
  return text;
}
