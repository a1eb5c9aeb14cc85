import { parseMinWindow } from "../scalars/parse-min-window.js";
import { keyNamesAt } from "../keys/sdl-key-table.js";
import type { BuildContext } from "./build-context.js";
import type { LeafSite } from "./decode-leaf.js";
import { decodeString, decodeUint32 } from "./decode-leaf.js";
import { decodeStringWith } from "./decode-quantity.js";
import { readNamedMap } from "./read-collections.js";
import { readStruct } from "./read-struct.js";
import { reportMissing } from "./report-missing.js";
import type { SdlKey, SdlMap } from "./sdl-node.js";
import type { SdlDeployment, SdlPlacementDeployment, SdlReclamation } from "./sdl-document.js";

const PLACEMENT_DEPLOYMENT_KEYS = keyNamesAt("deployment.*.*");
const RECLAMATION_KEYS = keyNamesAt("reclamation");

/**
 * Builds `deployment` (Go: `map[string]map[string]v2ServiceDeployment`): service → placement →
 * `{profile, count}`. A missing `profile` fails in Go (`no compute profile named`); a missing
 * `count` is 0, which only the schema rejects (Go fails later only if the whole group totals 0),
 * so it is a warning.
 *
 * @example
 * buildDeployment(ctx, { node, keySpan, path: ["deployment"] });
 */
export function buildDeployment(ctx: BuildContext, site: LeafSite): SdlMap<SdlDeployment> | undefined {
  return readNamedMap(ctx, site, (service) =>
    readNamedMap(ctx, service, (entry, placement) => buildPlacementDeployment(ctx, entry, placement)),
  );
}

function buildPlacementDeployment(
  ctx: BuildContext,
  site: LeafSite,
  placement: SdlKey,
): SdlPlacementDeployment | undefined {
  const view = readStruct(ctx, site, PLACEMENT_DEPLOYMENT_KEYS, "ignore");
  if (view === undefined) return undefined;
  const profileSite = view.field("profile");
  const countSite = view.field("count");
  const profile = profileSite === undefined ? undefined : decodeString(ctx, profileSite);
  const count = countSite === undefined ? undefined : decodeUint32(ctx, countSite);
  if (profile === undefined || profile.value === "") {
    reportMissing(ctx, site, view, "profile", "error", "Go needs the name of a compute profile.");
  }
  if (count === undefined || count.isNull) {
    reportMissing(ctx, site, view, "count", "warning", "Go uses a count of 0 and the schema requires at least 1.");
  }
  const { node, span, path, isNull } = view.base;
  return { node, span, path, isNull, placement, profile, count };
}

/**
 * Builds `reclamation` (Go: `*v2Reclamation`, created as soon as the key exists, even when null).
 * `min_window` is a Go duration; a missing one fails (`invalid reclamation min_window ""`).
 *
 * @example
 * buildReclamation(ctx, site)?.minWindow?.value?.seconds; // 3600n
 */
export function buildReclamation(ctx: BuildContext, site: LeafSite): SdlReclamation | undefined {
  const view = readStruct(ctx, site, RECLAMATION_KEYS, "ignore");
  if (view === undefined) return undefined;
  const windowSite = view.field("min_window");
  const minWindow = windowSite === undefined ? undefined : decodeStringWith(ctx, windowSite, parseMinWindow, false);
  if (minWindow === undefined || minWindow.isNull) {
    reportMissing(ctx, site, view, "min_window", "error", "Go rejects an empty reclamation window.");
  }
  const { node, span, path, isNull } = view.base;
  return { node, span, path, isNull, minWindow };
}
