import type { BuildContext } from "./build-context.js";
import { keyNamesAt } from "../keys/sdl-key-table.js";
import type { LeafSite } from "./decode-leaf.js";
import { decodeString } from "./decode-leaf.js";
import { readNamedMap } from "./read-collections.js";
import { readStruct } from "./read-struct.js";
import { reportMissing } from "./report-missing.js";
import type { SdlMap } from "./sdl-node.js";
import type { SdlEndpoint } from "./sdl-document.js";

const ENDPOINT_KEYS = keyNamesAt("endpoints.*");

/**
 * Builds `endpoints` (Go: `map[string]v2Endpoint`). A missing `kind` fails in Go (`has no kind`);
 * names and kinds are checked by the validator.
 *
 * @example
 * buildEndpoints(ctx, { node, keySpan, path: ["endpoints"] });
 */
export function buildEndpoints(ctx: BuildContext, site: LeafSite): SdlMap<SdlEndpoint> | undefined {
  return readNamedMap(ctx, site, (entry, name): SdlEndpoint | undefined => {
    const view = readStruct(ctx, entry, ENDPOINT_KEYS, "ignore");
    if (view === undefined) return undefined;
    const kindSite = view.field("kind");
    const kind = kindSite === undefined ? undefined : decodeString(ctx, kindSite);
    if (kind === undefined || kind.value === "") {
      reportMissing(ctx, entry, view, "kind", "error", "Go rejects an endpoint without a kind (use 'ip').");
    }
    const { node, span, path, isNull } = view.base;
    return { node, span, path, isNull, name, kind };
  });
}
