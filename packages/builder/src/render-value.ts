import type { YamlScalar } from "@akash-sdl/core";
import { emitYaml, type PlainValue } from "./emit-yaml.js";
import { doubleQuote, formatScalar, isPlainSafe, singleQuote, type PlainScalar } from "./format-scalar.js";

/**
 * `true` for a string, number, boolean or `null`.
 *
 * @example
 * isScalar([1]); // false
 */
export function isScalar(value: PlainValue | undefined): value is PlainScalar {
  return value === null || (typeof value !== "object" && value !== undefined);
}

// Inside `[...]`/`{...}` Go's yaml.v3 (libyaml's YAML 1.1 scanner) ends a plain scalar at `,?[]{}`
// and at a `:` before a flow indicator; the `yaml` package and js-yaml read on past `?`.
const FLOW_BREAK = /[,?[\]{}]|:(?=[,[\]{}])/;

/**
 * A scalar written the way the node it replaces was: a quoted string stays quoted in the same
 * style (when that style can hold the text), a plain one stays plain when that is safe.
 *
 * @example
 * formatLike(singleQuotedNode, "nginx:1.27"); // "'nginx:1.27'"
 */
export function formatLike(node: YamlScalar | undefined, value: PlainScalar, flow = false): string {
  if (typeof value !== "string") return formatScalar(value);
  if (node?.style === "single-quoted") return singleQuote(value) ?? doubleQuote(value);
  if (node?.style === "double-quoted") return doubleQuote(value);
  return isPlainSafe(value) && !(flow && FLOW_BREAK.test(value)) ? value : doubleQuote(value);
}

/**
 * A value in flow style (`[a, "b"]`, `{port: 80}`), for edits inside flow collections.
 *
 * @example
 * renderFlow(["--port", "8000"]); // "[--port, \"8000\"]"
 */
export function renderFlow(value: PlainValue): string {
  if (Array.isArray(value)) return `[${value.map(renderFlow).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    const parts = Object.entries(value)
      .filter((e): e is [string, PlainValue] => e[1] !== undefined)
      .map(([k, v]) => `${flowScalar(k)}: ${renderFlow(v)}`);
    return `{${parts.join(", ")}}`;
  }
  return flowScalar(value as PlainScalar);
}

/** A scalar inside `[...]`/`{...}`: quoted when a flow indicator would end it early. */
function flowScalar(value: PlainScalar): string {
  const text = formatScalar(value);
  return FLOW_BREAK.test(text) && !text.startsWith('"') ? doubleQuote(String(value)) : text;
}

/**
 * What follows `key:` for a value whose key sits at `indent`: ` scalar`, ` []`, ` {}`, or a line
 * break and a block indented two more spaces.
 *
 * @example
 * renderAfterKey(["a"], ["services", "web", "args"], "    ", "\n"); // "\n      - a"
 */
export function renderAfterKey(
  value: PlainValue,
  path: readonly (string | number)[],
  indent: string,
  eol: string,
): string {
  if (isScalar(value)) return ` ${formatScalar(value)}`;
  if (Array.isArray(value) && value.length === 0) return " []";
  if (!Array.isArray(value) && Object.values(value).every((v) => v === undefined)) return " {}";
  return eol + emitYaml(value, path, `${indent}  `).replaceAll("\n", eol);
}

/**
 * A block sequence item (`- ...`) with its dash at `indent`, lines joined with `eol`.
 *
 * @example
 * renderItem({ port: 80 }, ["services", "web", "expose", 1], "      ", "\n"); // "      - port: 80"
 */
export function renderItem(value: PlainValue, path: readonly (string | number)[], indent: string, eol: string): string {
  if (isScalar(value)) return `${indent}- ${formatScalar(value)}`;
  if (Array.isArray(value) && value.length === 0) return `${indent}- []`;
  const body = emitYaml(value, path, `${indent}  `).replaceAll("\n", eol);
  if (Array.isArray(value)) return `${indent}-${eol}${body}`;
  return `${indent}- ${body.slice(indent.length + 2)}`;
}

/**
 * A pair line (`key: value` and its block) with the key at `indent`.
 *
 * @example
 * renderPair("image", "nginx", ["services", "web", "image"], "    ", "\n"); // "    image: nginx"
 */
export function renderPair(
  key: string,
  value: PlainValue,
  path: readonly (string | number)[],
  indent: string,
  eol: string,
): string {
  return `${indent}${formatScalar(key)}:${renderAfterKey(value, path, indent, eol)}`;
}
