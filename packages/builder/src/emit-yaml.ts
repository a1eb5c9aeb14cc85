import { orderedKeys } from "./key-order.js";
import { formatScalar, type PlainScalar } from "./format-scalar.js";

/**
 * A plain YAML value: scalars, arrays and string-keyed objects (what `yaml.parse` gives).
 *
 * @example
 * const v: PlainValue = { image: "nginx", expose: [{ port: 80 }] };
 */
export type PlainValue = PlainScalar | readonly PlainValue[] | { readonly [key: string]: PlainValue | undefined };

function isObject(value: PlainValue | undefined): value is { readonly [key: string]: PlainValue | undefined } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A multi-line string as a literal block (`|` or `|-`) indented at `indent`, or `undefined` when
 * it needs escapes or an indentation indicator (then it is double-quoted).
 */
function literalBlock(value: string, indent: string): string[] | undefined {
  if (!value.includes("\n") || /[^\n\u0020-\u007e\u00a0-\ud7ff\ue000-\ufffd\ud800-\udfff]/.test(value))
    return undefined;
  if (value.startsWith(" ") || value.startsWith("\n") || value.endsWith("\n\n")) return undefined;
  const body = value.endsWith("\n") ? value.slice(0, -1) : value;
  const lines = body.split("\n");
  if (lines.some((l) => l !== l.trimEnd())) return undefined;
  return [value.endsWith("\n") ? "|" : "|-", ...lines.map((l) => (l === "" ? "" : `${indent}${l}`))];
}

/** `[]`, `{}` or the scalar, when the value fits on its key's line; `undefined` for a block. */
function inline(value: PlainValue): string | undefined {
  if (Array.isArray(value)) return value.length === 0 ? "[]" : undefined;
  if (isObject(value)) return Object.values(value).some((v) => v !== undefined) ? undefined : "{}";
  return formatScalar(value as PlainScalar);
}

function emitMap(
  value: { readonly [key: string]: PlainValue | undefined },
  path: readonly (string | number)[],
  indent: string,
  out: string[],
): void {
  for (const key of orderedKeys(path, value)) {
    const child = value[key];
    if (child === undefined) continue;
    const head = `${indent}${formatScalar(key)}:`;
    const literal = typeof child === "string" ? literalBlock(child, `${indent}  `) : undefined;
    if (literal !== undefined) {
      out.push(`${head} ${literal[0]}`, ...literal.slice(1));
      continue;
    }
    const text = inline(child);
    if (text !== undefined) {
      out.push(`${head} ${text}`);
      continue;
    }
    out.push(head);
    emitBlock(child, [...path, key], `${indent}  `, out);
  }
}

function emitSeq(
  value: readonly PlainValue[],
  path: readonly (string | number)[],
  indent: string,
  out: string[],
): void {
  value.forEach((item, i) => {
    const literal = typeof item === "string" ? literalBlock(item, `${indent}  `) : undefined;
    if (literal !== undefined) {
      out.push(`${indent}- ${literal[0]}`, ...literal.slice(1));
      return;
    }
    const text = inline(item);
    if (text !== undefined) {
      out.push(`${indent}- ${text}`);
      return;
    }
    const lines: string[] = [];
    emitBlock(item, [...path, i], `${indent}  `, lines);
    if (Array.isArray(item)) {
      out.push(`${indent}-`, ...lines);
      return;
    }
    // `- key: value` with the map's other keys aligned under the first.
    const first = lines[0] ?? "";
    out.push(`${indent}- ${first.slice(indent.length + 2)}`, ...lines.slice(1));
  });
}

function emitBlock(value: PlainValue, path: readonly (string | number)[], indent: string, out: string[]): void {
  if (Array.isArray(value)) emitSeq(value, path, indent, out);
  else if (isObject(value)) emitMap(value, path, indent, out);
  else out.push(`${indent}${formatScalar(value as PlainScalar)}`);
}

/**
 * Emits a plain value as block-style YAML lines (two-space indentation, sequences indented under
 * their key), keys in the conventional SDL order for `path`. `undefined` object members are left
 * out. No trailing newline.
 *
 * @example
 * emitYaml({ image: "nginx", expose: [{ port: 80, to: [{ global: true }] }] }, ["services", "web"]);
 * // "image: nginx\nexpose:\n  - port: 80\n    to:\n      - global: true"
 */
export function emitYaml(value: PlainValue, path: readonly (string | number)[] = [], indent: string = ""): string {
  const text = inline(value);
  if (text !== undefined && !isObject(value)) return `${indent}${text}`;
  if (text === "{}") return `${indent}{}`;
  const out: string[] = [];
  emitBlock(value, path, indent, out);
  return out.join("\n");
}
