import { childPath } from "./sdl-node.js";
import type { Severity } from "../diagnostics/diagnostic.js";
import type { BuildContext } from "./build-context.js";
import { report } from "./build-context.js";
import type { Span } from "../text/span.js";
import type { SdlPath } from "./sdl-node.js";
import type { StructView } from "./read-struct.js";
import type { TextEdit } from "../diagnostics/text-edit.js";
import { keyPatternOf, sdlKey } from "../keys/sdl-key-table.js";

/**
 * The value a fix writes for a missing key, when the key table gives an obvious one: the first
 * allowed value (`version: "2.0"`, `kind: ip`, `denom: uakt`) or 1 for a count.
 */
function defaultValue(path: readonly (string | number)[]): string | undefined {
  const pattern = keyPatternOf(path);
  const info = pattern === undefined ? undefined : sdlKey(pattern);
  if (info === undefined) return undefined;
  // The first allowed value is one both paths accept (the tables list the portable spelling first).
  if (info.enum !== undefined && info.enum.length > 0) {
    const first = info.enum[0] as string;
    return info.type === "version" ? JSON.stringify(first) : first;
  }
  if (info.path.endsWith(".count")) return "1";
  return undefined;
}

/**
 * An edit that adds `name: value` as a new line of a block mapping, aligned with its first key and
 * after its last pair; `undefined` when no obvious value exists, the mapping is empty or written
 * in flow style (`{…}`), or no line counter is known.
 */
function insertKeyFix(
  ctx: BuildContext,
  view: StructView,
  parentPath: readonly (string | number)[],
  name: string,
): TextEdit | undefined {
  const lc = ctx.lineCounter;
  const node = view.node;
  if (lc === undefined || node === null || node.kind !== "map") return undefined;
  const first = node.pairs[0];
  if (first === undefined) return undefined;
  if (node.flow === true) return undefined;
  const value = defaultValue([...parentPath, name]);
  if (value === undefined) return undefined;
  const column = lc.positionAt(first.key.span.start).column - 1;
  const end = Math.max(...node.pairs.map((p) => p.span.end));
  const nextLine = lc.lineStarts.find((start) => start >= end && start > first.key.span.start);
  const line = `${" ".repeat(column)}${name}: ${value}`;
  return nextLine === undefined
    ? { range: { start: end, end }, newText: `\n${line}` }
    : { range: { start: nextLine, end: nextLine }, newText: `${line}\n` };
}

/**
 * Reports a required key of `view` that is absent, empty or null, at the view's own site (see
 * {@link reportMissing}).
 *
 * @example
 * reportMissingIn(ctx, view, "port", "error", "Go requires a port between 1 and 65535.");
 */
export function reportMissingIn(
  ctx: BuildContext,
  view: StructView,
  name: string,
  severity: Severity,
  why: string,
): void {
  reportMissing(ctx, view.keySpan, view.path, view, name, severity, why);
}

/**
 * Reports a required key that is absent, empty or null (`sdl/missing-key`). The diagnostic points
 * at the key when it is present without a value, otherwise at the parent's key (or, for a list
 * item, at the item), never at the start of the file.
 *
 * @example
 * reportMissing(ctx, view.keySpan, view.path, view, "image", "error", "Go rejects a deployed service without an image.");
 */
export function reportMissing(
  ctx: BuildContext,
  parentKeySpan: Span,
  parentPath: SdlPath,
  view: StructView,
  name: string,
  severity: Severity,
  why: string,
): void {
  const present = view.pair(name);
  // The path (`childPath(parent.path, name)`) says where; the message says what.
  const message =
    present !== undefined
      ? `'${name}' is empty; ${why}`
      : parentPath.length === 0
        ? `The document has no '${name}'; ${why}`
        : typeof parentPath.at(-1) === "number"
          ? `The item has no '${name}'; ${why}`
          : `'${String(parentPath.at(-1))}' has no '${name}'; ${why}`;
  const fix = present === undefined ? insertKeyFix(ctx, view, parentPath, name) : undefined;
  report(ctx, "sdl/missing-key", message, present?.key.span ?? parentKeySpan, childPath(parentPath, name), {
    severity,
    ...(fix === undefined ? {} : { fixes: [fix] }),
    data: { key: name, present: present !== undefined },
  });
}

/**
 * `"error"` when the section is used by a deployment (Go fails), `"warning"` otherwise (Go ignores
 * services and compute profiles that no deployment uses).
 *
 * @example
 * severityWhenUsed(ctx.deployedServices.has("web")); // "error"
 */
export function severityWhenUsed(used: boolean): Severity {
  return used ? "error" : "warning";
}
