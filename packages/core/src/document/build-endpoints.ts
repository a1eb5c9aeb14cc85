import type { BuildContext } from "./build-context.js";
import { keyNamesAt } from "../keys/sdl-key-table.js";
import type { Span } from "../text/span.js";
import type { YamlNode } from "../tree/yaml-node.js";
import { decodeString } from "./decode-leaf.js";
import { readNamedMap } from "./read-collections.js";
import { readField, readStruct } from "./read-struct.js";
import { reportMissingIn } from "./report-missing.js";
import type { SdlKey, SdlMap, SdlPath } from "./sdl-node.js";
import type { SdlEndpoint } from "./sdl-document.js";

const ENDPOINT_KEYS = keyNamesAt("endpoints.*");

/**
 * Builds `endpoints` (Go: `map[string]v2Endpoint`). A missing `kind` fails in Go (`has no kind`);
 * names and kinds are checked by the validator.
 *
 * @example
 * buildEndpoints(ctx, pair.value, pair.key.span, ["endpoints"]);
 */
export function buildEndpoints(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  path: SdlPath,
): SdlMap<SdlEndpoint> | undefined {
  return readNamedMap(ctx, valueNode, keySpan, path, buildEndpoint, undefined);
}

function buildEndpoint(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  sitePath: SdlPath,
  _arg: undefined,
  name: SdlKey,
): SdlEndpoint | undefined {
  const view = readStruct(ctx, valueNode, keySpan, sitePath, ENDPOINT_KEYS, "ignore");
  if (view === undefined) return undefined;
  const kind = readField(ctx, view, "kind", decodeString, false);
  if (kind === undefined || kind.value === "") {
    reportMissingIn(ctx, view, "kind", "error", "Go rejects an endpoint without a kind (use 'ip').");
  }
  const { node, span, path, isNull } = view;
  return { node, span, path, isNull, name, kind };
}
