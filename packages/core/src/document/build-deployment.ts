import { parseMinWindow } from "../scalars/parse-min-window.js";
import type { DurationValue } from "../scalars/parse-duration.js";
import { keyNamesAt } from "../keys/sdl-key-table.js";
import type { BuildContext } from "./build-context.js";
import type { Span } from "../text/span.js";
import type { YamlNode } from "../tree/yaml-node.js";
import { decodeString, decodeUint32 } from "./decode-leaf.js";
import { decodeStringWith } from "./decode-quantity.js";
import { readNamedMap } from "./read-collections.js";
import { readField, readStruct } from "./read-struct.js";
import { reportMissingIn } from "./report-missing.js";
import type { SdlKey, SdlMap, SdlPath, SdlScalar } from "./sdl-node.js";
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
 * buildDeployment(ctx, pair.value, pair.key.span, ["deployment"]);
 */
export function buildDeployment(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  path: SdlPath,
): SdlMap<SdlDeployment> | undefined {
  return readNamedMap(ctx, valueNode, keySpan, path, readServiceDeployment, undefined);
}

function readServiceDeployment(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  path: SdlPath,
): SdlDeployment | undefined {
  return readNamedMap(ctx, valueNode, keySpan, path, buildPlacementDeployment, undefined);
}

function buildPlacementDeployment(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  sitePath: SdlPath,
  _arg: undefined,
  placement: SdlKey,
): SdlPlacementDeployment | undefined {
  const view = readStruct(ctx, valueNode, keySpan, sitePath, PLACEMENT_DEPLOYMENT_KEYS, "ignore");
  if (view === undefined) return undefined;
  const profile = readField(ctx, view, "profile", decodeString, false);
  const count = readField(ctx, view, "count", decodeUint32, undefined);
  if (profile === undefined || profile.value === "") {
    reportMissingIn(ctx, view, "profile", "error", "Go needs the name of a compute profile.");
  }
  if (count === undefined || count.isNull) {
    reportMissingIn(ctx, view, "count", "warning", "Go uses a count of 0 and the schema requires at least 1.");
  }
  const { node, span, path, isNull } = view;
  return { node, span, path, isNull, placement, profile, count };
}

/**
 * Builds `reclamation` (Go: `*v2Reclamation`, created as soon as the key exists, even when null).
 * `min_window` is a Go duration; a missing one fails (`invalid reclamation min_window ""`).
 *
 * @example
 * buildReclamation(ctx, pair.value, pair.key.span, ["reclamation"])?.minWindow?.value?.seconds; // 3600n
 */
export function buildReclamation(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  sitePath: SdlPath,
): SdlReclamation | undefined {
  const view = readStruct(ctx, valueNode, keySpan, sitePath, RECLAMATION_KEYS, "ignore");
  if (view === undefined) return undefined;
  const minWindow = readField(ctx, view, "min_window", decodeMinWindow, undefined);
  if (minWindow === undefined || minWindow.isNull) {
    reportMissingIn(ctx, view, "min_window", "error", "Go rejects an empty reclamation window.");
  }
  const { node, span, path, isNull } = view;
  return { node, span, path, isNull, minWindow };
}

function decodeMinWindow(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  path: SdlPath,
): SdlScalar<DurationValue> {
  return decodeStringWith(ctx, valueNode, keySpan, path, parseMinWindow, false);
}
