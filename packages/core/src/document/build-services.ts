import { parseImageRef } from "../scalars/parse-image-ref.js";
import { keyNamesAt } from "../keys/sdl-key-table.js";
import type { ImageRef } from "../scalars/parse-image-ref.js";
import type { BuildContext } from "./build-context.js";
import { deref, report } from "./build-context.js";
import { buildExpose } from "./build-expose.js";
import { buildCredentials, buildParams } from "./build-params.js";
import type { LeafSite } from "./decode-leaf.js";
import { decodeString } from "./decode-leaf.js";
import { textOffset } from "./decode-quantity.js";
import { placeInScalar } from "../tree/place-in-scalar.js";
import { readList, readNamedMap, readStringList } from "./read-collections.js";
import { readStruct } from "./read-struct.js";
import { reportMissing, severityWhenUsed } from "./report-missing.js";
import type { SdlKey, SdlMap, SdlScalar } from "./sdl-node.js";
import type { SdlDependency, SdlService } from "./sdl-service.js";

const SERVICE_KEYS = keyNamesAt("services.*");
const DEPENDENCY_KEYS = keyNamesAt("services.*.dependencies[]");

/**
 * Builds `services` (Go: `map[string]v2Service`). Unknown service keys are warnings (Go ignores
 * them); a missing or empty `image` is an error for a deployed service (Go's manifest check
 * `has empty image name`) and a warning for a service no deployment uses (Go ignores it).
 *
 * @example
 * buildServices(ctx, { node: pair.value, keySpan: pair.key.span, path: ["services"] });
 */
export function buildServices(ctx: BuildContext, site: LeafSite): SdlMap<SdlService> | undefined {
  return readNamedMap(ctx, site, (entry, key) => buildService(ctx, entry, key));
}

function buildService(ctx: BuildContext, site: LeafSite, name: SdlKey): SdlService | undefined {
  const view = readStruct(ctx, site, SERVICE_KEYS, "ignore");
  if (view === undefined) return undefined;
  const deployed = ctx.deployedServices.has(name.name);
  const imageSite = view.field("image");
  const image = imageSite === undefined ? undefined : decodeString(ctx, imageSite);
  if (image === undefined || image.value === "") {
    reportMissing(
      ctx,
      site,
      view,
      "image",
      severityWhenUsed(deployed),
      deployed ? "Go rejects a deployed service without an image." : "the service is not deployed, so Go ignores it.",
    );
  }
  const list = (key: string) => {
    const f = view.field(key);
    return f === undefined ? undefined : readStringList(ctx, f);
  };
  const exposeSite = view.field("expose");
  const dependenciesSite = view.field("dependencies");
  const paramsSite = view.field("params");
  const credentialsSite = view.field("credentials");
  const { node, span, path, isNull } = view.base;
  return {
    node,
    span,
    path,
    isNull,
    name,
    image,
    imageRef: imageRefOf(ctx, image),
    command: list("command"),
    args: list("args"),
    env: list("env"),
    expose:
      exposeSite === undefined ? undefined : readList(ctx, exposeSite, (item) => buildExpose(ctx, item, deployed)),
    dependencies:
      dependenciesSite === undefined
        ? undefined
        : readList(ctx, dependenciesSite, (item) => buildDependency(ctx, item)),
    params: paramsSite === undefined ? undefined : buildParams(ctx, paramsSite, deployed),
    credentials: credentialsSite === undefined ? undefined : buildCredentials(ctx, credentialsSite, deployed),
  };
}

function buildDependency(ctx: BuildContext, site: LeafSite): SdlDependency | undefined {
  const view = readStruct(ctx, site, DEPENDENCY_KEYS, "ignore");
  if (view === undefined) return undefined;
  const service = view.field("service");
  const { node, span, path, isNull } = view.base;
  return { node, span, path, isNull, service: service === undefined ? undefined : decodeString(ctx, service) };
}

/**
 * Splits the image reference. Go never parses it (any non-empty string is accepted), so the
 * grammar's errors are reported as warnings.
 */
function imageRefOf(ctx: BuildContext, image: SdlScalar<string> | undefined): ImageRef | undefined {
  const node = deref(image?.node ?? null);
  if (image?.value === undefined || image.value === "" || node === null || node.kind !== "scalar") return undefined;
  try {
    const own = image.value === node.text;
    const result = parseImageRef(image.value, own ? 0 : textOffset(node));
    for (const d of own && result.diagnostics.length > 0
      ? placeInScalar(node, result.diagnostics)
      : result.diagnostics) {
      ctx.diagnostics.push({
        ...d,
        severity: d.severity === "error" ? "warning" : d.severity,
        path: d.path ?? image.path,
      });
    }
    return result.value;
  } catch (error) {
    report(
      ctx,
      "internal/exception",
      `The image grammar failed on '${image.value}': ${String(error)}.`,
      image.span,
      image.path,
    );
    return undefined;
  }
}
