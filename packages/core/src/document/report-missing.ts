import type { Severity } from "../diagnostics/diagnostic.js";
import type { BuildContext } from "./build-context.js";
import { report } from "./build-context.js";
import type { LeafSite } from "./decode-leaf.js";
import type { StructView } from "./read-struct.js";

/**
 * Reports a required key that is absent, empty or null (`sdl/missing-key`). The diagnostic points
 * at the key when it is present without a value, otherwise at the parent's key (or, for a list
 * item, at the item), never at the start of the file.
 *
 * @example
 * reportMissing(ctx, site, view, "image", "error", "Go rejects a deployed service without an image.");
 */
export function reportMissing(
  ctx: BuildContext,
  parent: LeafSite,
  view: StructView,
  name: string,
  severity: Severity,
  why: string,
): void {
  const present = view.field(name);
  // The path (`[...parent.path, name]`) says where; the message says what.
  const message =
    present !== undefined
      ? `'${name}' is empty; ${why}`
      : parent.path.length === 0
        ? `The document has no '${name}'; ${why}`
        : typeof parent.path.at(-1) === "number"
          ? `The item has no '${name}'; ${why}`
          : `'${String(parent.path.at(-1))}' has no '${name}'; ${why}`;
  report(ctx, "sdl/missing-key", message, present?.keySpan ?? parent.keySpan, [...parent.path, name], {
    severity,
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
