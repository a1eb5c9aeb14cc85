import { createDiagnostic, type Diagnostic } from "@akash-sdl/core";
import { createEditContext, type EditContext } from "./edit-context.js";
import type { PlainValue } from "./emit-yaml.js";
import { setIn } from "./set-value.js";
import { applyOffsetEdits, toTextEdits, type EditResult, type OffsetEdit } from "./text-edit.js";

/**
 * One change of a batch: set the value at `path`, or remove it (`value: undefined`).
 *
 * @example
 * const change: PathChange = { path: ["services", "web", "image"], value: "nginx:1.27" };
 */
export interface PathChange {
  /** Document path, e.g. `["deployment", "web", "dcloud", "count"]`. */
  readonly path: readonly (string | number)[];
  /** The new value; `undefined` removes the key or item. */
  readonly value: PlainValue | undefined;
}

/**
 * Result for a text that cannot be edited: unchanged, no edits, one diagnostic.
 *
 * @example
 * unchanged(text, createDiagnostic("build/path-not-found", "No service 'api'.", undefined));
 */
export function unchanged(text: string, diagnostic: Diagnostic): EditResult {
  return { text, edits: [], diagnostics: [diagnostic] };
}

/**
 * Applies changes computed against one parse of `text` (they must touch distinct places), keeping
 * every other byte: comments, blank lines, key order, quoting, anchors and line ends.
 *
 * @example
 * applyChanges(text, [{ path: ["services", "web", "image"], value: "nginx:1.27" }]).text;
 */
export function applyChanges(
  text: string,
  changes: readonly PathChange[],
  ctx: EditContext = createEditContext(text),
): EditResult {
  if (ctx.root === undefined) {
    return unchanged(
      text,
      createDiagnostic("build/not-editable", "The text has no top-level mapping to edit.", { start: 0, end: 0 }),
    );
  }
  const edits: OffsetEdit[] = [];
  for (const change of changes) {
    if (change.path.length === 0) {
      return unchanged(
        text,
        createDiagnostic("build/not-editable", "An edit needs a path below the document root.", { start: 0, end: 0 }),
      );
    }
    if (!setIn(ctx, ctx.root, [], change.path, change.value, edits)) {
      return unchanged(
        text,
        createDiagnostic(
          "build/not-editable",
          `The path '${change.path.join(".")}' runs through a value that is not a mapping or list.`,
          undefined,
          {
            path: change.path,
          },
        ),
      );
    }
  }
  return { text: applyOffsetEdits(text, edits), edits: toTextEdits(text, edits), diagnostics: [] };
}

/**
 * Sets (or removes, with `undefined`) the value at a document path, creating missing mappings,
 * editing only the bytes of that value. Scalars keep their quoting style; lists are edited item
 * by item, so comments on untouched items stay.
 *
 * @example
 * setValue(text, ["deployment", "web", "dcloud", "count"], 2).text;
 */
export function setValue(text: string, path: readonly (string | number)[], value: PlainValue | undefined): EditResult {
  return applyChanges(text, [{ path, value }]);
}

/**
 * Splits a dotted path (`services.web.expose.0.port`) into segments; all-digit segments become
 * list indexes. A segment in brackets (`profiles.placement.[my.dc]`) may contain dots.
 *
 * @example
 * parsePath("services.web.expose.0.port"); // ["services", "web", "expose", 0, "port"]
 */
export function parsePath(dotted: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of dotted.matchAll(/\[([^\]]*)\]|([^.]+)/g)) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(/^[0-9]+$/.test(m[2]) ? Number(m[2]) : m[2]);
  }
  return out;
}
