import type { BuildContext } from "./build-context.js";
import { keyNamesAt } from "../keys/sdl-key-table.js";
import type { Span } from "../text/span.js";
import type { YamlNode } from "../tree/yaml-node.js";
import { decodeBool, decodeString } from "./decode-leaf.js";
import { readNamedMap, readStringList } from "./read-collections.js";
import type { StructView } from "./read-struct.js";
import { readField, readStruct } from "./read-struct.js";
import { reportMissingIn, severityWhenUsed } from "./report-missing.js";
import type { SdlMap, SdlPath, SdlScalar } from "./sdl-node.js";
import type { SdlCredentials, SdlParams, SdlPermissions, SdlStorageParams } from "./sdl-service.js";

const PARAMS_KEYS = keyNamesAt("services.*.params");
const STORAGE_PARAM_KEYS = keyNamesAt("services.*.params.storage.*");
const PERMISSION_KEYS = keyNamesAt("services.*.params.permissions");
const CREDENTIAL_KEYS = keyNamesAt("services.*.credentials");

/**
 * Builds `services.<name>.params` (Go: `*v2ServiceParams`; a null value is a nil pointer).
 * `storage` is a map volume → `{mount, readOnly}` (a missing mount fails in Go for a deployed
 * service); `permissions.read` a string list; `tee` a
 * string whose allowed values the validator checks.
 *
 * @example
 * buildParams(ctx, pair.value, pair.key.span, ["services", "web", "params"], true);
 */
export function buildParams(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  sitePath: SdlPath,
  deployed = true,
): SdlParams | undefined {
  const view = readStruct(ctx, valueNode, keySpan, sitePath, PARAMS_KEYS, "ignore");
  if (view === undefined) return undefined;
  const { node, span, path, isNull } = view;
  return {
    node,
    span,
    path,
    isNull,
    storage: readField(ctx, view, "storage", readStorageParams, deployed),
    permissions: readField(ctx, view, "permissions", buildPermissions, undefined),
    tee: readField(ctx, view, "tee", decodeString, false),
  };
}

function readStorageParams(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  path: SdlPath,
  deployed: boolean,
): SdlMap<SdlStorageParams> | undefined {
  return readNamedMap(ctx, valueNode, keySpan, path, buildStorageParams, deployed);
}

function buildStorageParams(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  sitePath: SdlPath,
  deployed: boolean,
): SdlStorageParams | undefined {
  const view = readStruct(ctx, valueNode, keySpan, sitePath, STORAGE_PARAM_KEYS, "ignore");
  if (view === undefined) return undefined;
  const mount = readField(ctx, view, "mount", decodeString, false);
  if (mount === undefined || mount.value === "") {
    reportMissingIn(
      ctx,
      view,
      "mount",
      severityWhenUsed(deployed),
      "Go requires an absolute mount path for every storage parameter.",
    );
  }
  const { node, span, path, isNull } = view;
  return {
    node,
    span,
    path,
    isNull,
    mount,
    readOnly: readField(ctx, view, "readOnly", decodeBool, undefined),
  };
}

function buildPermissions(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  sitePath: SdlPath,
): SdlPermissions | undefined {
  const view = readStruct(ctx, valueNode, keySpan, sitePath, PERMISSION_KEYS, "ignore");
  if (view === undefined) return undefined;
  const { node, span, path, isNull } = view;
  return { node, span, path, isNull, read: readField(ctx, view, "read", readStringList, undefined) };
}

/**
 * Builds `services.<name>.credentials` (Go: `*v2ServiceCredentials`). For a deployed service Go
 * fails when `host`, `username` or `password` is empty after trimming spaces; `email` is optional.
 *
 * @example
 * buildCredentials(ctx, pair.value, pair.key.span, ["services", "web", "credentials"], true)?.host?.value; // "ghcr.io"
 */
export function buildCredentials(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  sitePath: SdlPath,
  deployed: boolean,
): SdlCredentials | undefined {
  const view = readStruct(ctx, valueNode, keySpan, sitePath, CREDENTIAL_KEYS, "ignore");
  if (view === undefined) return undefined;
  const host = readField(ctx, view, "host", decodeString, false);
  const username = readField(ctx, view, "username", decodeString, false);
  const password = readField(ctx, view, "password", decodeString, false);
  if (!view.isNull) {
    checkCredential(ctx, view, "host", host, deployed);
    checkCredential(ctx, view, "username", username, deployed);
    checkCredential(ctx, view, "password", password, deployed);
  }
  const { node, span, path, isNull } = view;
  return {
    node,
    span,
    path,
    isNull,
    host,
    username,
    password,
    email: readField(ctx, view, "email", decodeString, false),
  };
}

/** Reports a credential Go finds empty after trimming spaces (a value with a type error was reported already). */
function checkCredential(
  ctx: BuildContext,
  view: StructView,
  key: string,
  leaf: SdlScalar<string> | undefined,
  deployed: boolean,
): void {
  if (leaf?.value === undefined || leaf.value.trim() === "") {
    if (leaf !== undefined && leaf.value === undefined) return; // a type error was reported
    reportMissingIn(ctx, view, key, severityWhenUsed(deployed), `Go rejects credentials without a ${key}.`);
  }
}
