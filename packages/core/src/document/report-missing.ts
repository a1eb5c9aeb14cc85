import type { Severity } from "../diagnostics/diagnostic.js";
import type { BuildContext } from "./build-context.js";
import { formatPath, report } from "./build-context.js";
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
  const where = formatPath(parent.path);
  const field = formatPath([...parent.path, name]);
  const message =
    present !== undefined
      ? `'${field}' is empty; ${why}`
      : where === ""
        ? `The document has no '${name}'; ${why}`
        : `'${where}' has no '${name}'; ${why}`;
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
