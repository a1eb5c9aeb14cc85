import type { BuildContext } from "./build-context.js";
import { keyNamesAt } from "../keys/sdl-key-table.js";
import { report } from "./build-context.js";
import type { LeafSite } from "./decode-leaf.js";
import { decodeBool, decodeString, decodeUint32 } from "./decode-leaf.js";
import { readList, readStringList } from "./read-collections.js";
import { readStruct } from "./read-struct.js";
import { reportMissing, severityWhenUsed } from "./report-missing.js";
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
 * buildExpose(ctx, { node: item, keySpan: item.span, path: ["services", "web", "expose", 0] }, true);
 */
export function buildExpose(ctx: BuildContext, site: LeafSite, deployed = true): SdlExpose | undefined {
  const view = readStruct(ctx, site, EXPOSE_KEYS, "ignore");
  if (view === undefined) return undefined;
  const portSite = view.field("port");
  const port = portSite === undefined ? undefined : decodeUint32(ctx, portSite);
  if (port === undefined || port.isNull) {
    reportMissing(ctx, site, view, "port", severityWhenUsed(deployed), "Go requires a port between 1 and 65535.");
  }
  const asSite = view.field("as");
  const protoSite = view.field("proto");
  const acceptSite = view.field("accept");
  const toSite = view.field("to");
  const httpSite = view.field("http_options");
  const { node, span, path, isNull } = view.base;
  return {
    node,
    span,
    path,
    isNull,
    port,
    as: asSite === undefined ? undefined : decodeUint32(ctx, asSite),
    proto: protoSite === undefined ? undefined : decodeString(ctx, protoSite),
    accept: readStringList(ctx, acceptSite),
    to: toSite === undefined ? undefined : readList(ctx, toSite, (item) => buildExposeTo(ctx, item)),
    httpOptions: httpSite === undefined ? undefined : buildHttpOptions(ctx, httpSite),
  };
}

function buildExposeTo(ctx: BuildContext, site: LeafSite): SdlExposeTo | undefined {
  const view = readStruct(ctx, site, TO_KEYS, "ignore");
  if (view === undefined) return undefined;
  const serviceSite = view.field("service");
  const globalSite = view.field("global");
  const ipSite = view.field("ip");
  const httpSite = view.field("http_options");
  if (httpSite !== undefined) {
    report(
      ctx,
      "sdl/ignored-key",
      `Go decodes 'http_options' inside 'to' but never uses it; put it on the expose item.`,
      httpSite.keySpan,
      httpSite.path,
    );
  }
  const { node, span, path, isNull } = view.base;
  return {
    node,
    span,
    path,
    isNull,
    service: serviceSite === undefined ? undefined : decodeString(ctx, serviceSite),
    global: globalSite === undefined ? undefined : decodeBool(ctx, globalSite),
    ip: ipSite === undefined ? undefined : decodeString(ctx, ipSite),
    // Decoded because Go decodes it (its type errors are Go errors), although Go ignores it.
    httpOptions: httpSite === undefined ? undefined : buildHttpOptions(ctx, httpSite),
  };
}

function buildHttpOptions(ctx: BuildContext, site: LeafSite): SdlHttpOptions | undefined {
  const view = readStruct(ctx, site, HTTP_OPTION_KEYS, "ignore");
  if (view === undefined) return undefined;
  const num = (key: string) => {
    const f = view.field(key);
    return f === undefined ? undefined : decodeUint32(ctx, f);
  };
  const { node, span, path, isNull } = view.base;
  return {
    node,
    span,
    path,
    isNull,
    maxBodySize: num("max_body_size"),
    readTimeout: num("read_timeout"),
    sendTimeout: num("send_timeout"),
    nextTries: num("next_tries"),
    nextTimeout: num("next_timeout"),
    nextCases: readStringList(ctx, view.field("next_cases")),
    proxyBufferSize: num("proxy_buffer_size"),
  };
}
