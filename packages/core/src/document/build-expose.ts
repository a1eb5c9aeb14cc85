import type { BuildContext } from "./build-context.js";
import { keyNamesAt } from "../keys/sdl-key-table.js";
import { report } from "./build-context.js";
import type { Span } from "../text/span.js";
import type { YamlNode } from "../tree/yaml-node.js";
import { childPath } from "./sdl-node.js";
import type { SdlList, SdlPath } from "./sdl-node.js";
import { decodeBool, decodeString, decodeUint32 } from "./decode-leaf.js";
import { readList, readStringList } from "./read-collections.js";
import { readField, readStruct } from "./read-struct.js";
import { reportMissingIn, severityWhenUsed } from "./report-missing.js";
import type { SdlExpose, SdlExposeTo, SdlHttpOptions } from "./sdl-service.js";

const EXPOSE_KEYS = keyNamesAt("services.*.expose[]");
const TO_KEYS = keyNamesAt("services.*.expose[].to[]");
const HTTP_OPTION_KEYS = [
  "max_body_size",
  "read_timeout",
  "send_timeout",
  "next_tries",
  "next_timeout",
  "next_cases",
  "proxy_buffer_size",
] as const;

/**
 * Builds one `expose` item (Go: `v2Expose`). `port`/`as` and every http option are uint32 with
 * yaml.v3's number rules; `accept` and `to` keep nil-versus-`[]`. A missing or null `port` is an
 * error for a deployed service (Go's manifest check) and a warning otherwise.
 *
 * @example
 * buildExpose(ctx, item, item.span, ["services", "web", "expose", 0], true);
 */
export function buildExpose(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  sitePath: SdlPath,
  deployed = true,
): SdlExpose | undefined {
  const view = readStruct(ctx, valueNode, keySpan, sitePath, EXPOSE_KEYS, "ignore");
  if (view === undefined) return undefined;
  const port = readField(ctx, view, "port", decodeUint32, undefined);
  if (port === undefined || port.isNull) {
    reportMissingIn(ctx, view, "port", severityWhenUsed(deployed), "Go requires a port between 1 and 65535.");
  }
  const { node, span, path, isNull } = view;
  return {
    node,
    span,
    path,
    isNull,
    port,
    as: readField(ctx, view, "as", decodeUint32, undefined),
    proto: readField(ctx, view, "proto", decodeString, false),
    accept: readField(ctx, view, "accept", readStringList, undefined),
    to: readField(ctx, view, "to", readExposeToList, undefined),
    httpOptions: readField(ctx, view, "http_options", buildHttpOptions, undefined),
  };
}

function readExposeToList(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  path: SdlPath,
): SdlList<SdlExposeTo> | undefined {
  return readList(ctx, valueNode, keySpan, path, buildExposeTo, undefined);
}

function buildExposeTo(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  sitePath: SdlPath,
): SdlExposeTo | undefined {
  const view = readStruct(ctx, valueNode, keySpan, sitePath, TO_KEYS, "ignore");
  if (view === undefined) return undefined;
  const httpPair = view.pair("http_options");
  if (httpPair !== undefined) {
    report(
      ctx,
      "sdl/ignored-key",
      `Go decodes 'http_options' inside 'to' but never uses it; put it on the expose item.`,
      httpPair.key.span,
      childPath(view.path, "http_options"),
    );
  }
  const { node, span, path, isNull } = view;
  return {
    node,
    span,
    path,
    isNull,
    service: readField(ctx, view, "service", decodeString, false),
    global: readField(ctx, view, "global", decodeBool, undefined),
    ip: readField(ctx, view, "ip", decodeString, false),
    // Decoded because Go decodes it (its type errors are Go errors), although Go ignores it.
    httpOptions: readField(ctx, view, "http_options", buildHttpOptions, undefined),
  };
}

function buildHttpOptions(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  sitePath: SdlPath,
): SdlHttpOptions | undefined {
  const view = readStruct(ctx, valueNode, keySpan, sitePath, HTTP_OPTION_KEYS, "ignore");
  if (view === undefined) return undefined;
  const { node, span, path, isNull } = view;
  return {
    node,
    span,
    path,
    isNull,
    maxBodySize: readField(ctx, view, "max_body_size", decodeUint32, undefined),
    readTimeout: readField(ctx, view, "read_timeout", decodeUint32, undefined),
    sendTimeout: readField(ctx, view, "send_timeout", decodeUint32, undefined),
    nextTries: readField(ctx, view, "next_tries", decodeUint32, undefined),
    nextTimeout: readField(ctx, view, "next_timeout", decodeUint32, undefined),
    nextCases: readField(ctx, view, "next_cases", readStringList, undefined),
    proxyBufferSize: readField(ctx, view, "proxy_buffer_size", decodeUint32, undefined),
  };
}
