import { parseImageRef } from "../scalars/parse-image-ref.js";
import { keyNamesAt } from "../keys/sdl-key-table.js";
import type { ImageRef } from "../scalars/parse-image-ref.js";
import type { BuildContext } from "./build-context.js";
import { deref, report } from "./build-context.js";
import { buildExpose } from "./build-expose.js";
import { buildCredentials, buildParams } from "./build-params.js";
import type { Span } from "../text/span.js";
import type { YamlNode } from "../tree/yaml-node.js";
import { decodeString } from "./decode-leaf.js";
import { textOffset } from "./decode-quantity.js";
import { placeInScalar } from "../tree/place-in-scalar.js";
import { readList, readNamedMap, readStringList } from "./read-collections.js";
import { readField, readStruct } from "./read-struct.js";
import { reportMissingIn, severityWhenUsed } from "./report-missing.js";
import type { SdlKey, SdlList, SdlMap, SdlPath, SdlScalar } from "./sdl-node.js";
import type { SdlDependency, SdlExpose, SdlService } from "./sdl-service.js";

const SERVICE_KEYS = keyNamesAt("services.*");
const DEPENDENCY_KEYS = keyNamesAt("services.*.dependencies[]");

/**
 * Builds `services` (Go: `map[string]v2Service`). Unknown service keys are warnings (Go ignores
 * them); a missing or empty `image` is an error for a deployed service (Go's manifest check
 * `has empty image name`) and a warning for a service no deployment uses (Go ignores it).
 *
 * @example
 * buildServices(ctx, pair.value, pair.key.span, ["services"]);
 */
export function buildServices(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  path: SdlPath,
): SdlMap<SdlService> | undefined {
  return readNamedMap(ctx, valueNode, keySpan, path, buildService, undefined);
}

function buildService(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  sitePath: SdlPath,
  _arg: undefined,
  name: SdlKey,
): SdlService | undefined {
  const view = readStruct(ctx, valueNode, keySpan, sitePath, SERVICE_KEYS, "ignore");
  if (view === undefined) return undefined;
  const deployed = ctx.deployedServices.has(name.name);
  const image = readField(ctx, view, "image", decodeString, false);
  if (image === undefined || image.value === "") {
    reportMissingIn(
      ctx,
      view,
      "image",
      severityWhenUsed(deployed),
      deployed ? "Go rejects a deployed service without an image." : "the service is not deployed, so Go ignores it.",
    );
  }
  const { node, span, path, isNull } = view;
  return {
    node,
    span,
    path,
    isNull,
    name,
    image,
    imageRef: imageRefOf(ctx, image),
    command: readField(ctx, view, "command", readStringList, undefined),
    args: readField(ctx, view, "args", readStringList, undefined),
    env: readField(ctx, view, "env", readStringList, undefined),
    expose: readField(ctx, view, "expose", readExposeList, deployed),
    dependencies: readField(ctx, view, "dependencies", readDependencyList, undefined),
    params: readField(ctx, view, "params", buildParams, deployed),
    credentials: readField(ctx, view, "credentials", buildCredentials, deployed),
  };
}

function readExposeList(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  path: SdlPath,
  deployed: boolean,
): SdlList<SdlExpose> | undefined {
  return readList(ctx, valueNode, keySpan, path, buildExpose, deployed);
}

function readDependencyList(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  path: SdlPath,
): SdlList<SdlDependency> | undefined {
  return readList(ctx, valueNode, keySpan, path, buildDependency, undefined);
}

function buildDependency(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  sitePath: SdlPath,
): SdlDependency | undefined {
  const view = readStruct(ctx, valueNode, keySpan, sitePath, DEPENDENCY_KEYS, "ignore");
  if (view === undefined) return undefined;
  const { node, span, path, isNull } = view;
  return { node, span, path, isNull, service: readField(ctx, view, "service", decodeString, false) };
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
