import type { BuildContext } from "./build-context.js";
import { keyNamesAt } from "../keys/sdl-key-table.js";
import type { LeafSite } from "./decode-leaf.js";
import { decodeBool, decodeString } from "./decode-leaf.js";
import { readNamedMap, readStringList } from "./read-collections.js";
import { readStruct } from "./read-struct.js";
import { reportMissing, severityWhenUsed } from "./report-missing.js";
import type { SdlScalar } from "./sdl-node.js";
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
 * buildParams(ctx, { node, keySpan, path: ["services", "web", "params"] });
 */
export function buildParams(ctx: BuildContext, site: LeafSite, deployed = true): SdlParams | undefined {
  const view = readStruct(ctx, site, PARAMS_KEYS, "ignore");
  if (view === undefined) return undefined;
  const storageSite = view.field("storage");
  const permissionsSite = view.field("permissions");
  const teeSite = view.field("tee");
  const { node, span, path, isNull } = view.base;
  return {
    node,
    span,
    path,
    isNull,
    storage:
      storageSite === undefined
        ? undefined
        : readNamedMap(ctx, storageSite, (entry) => buildStorageParams(ctx, entry, deployed)),
    permissions: permissionsSite === undefined ? undefined : buildPermissions(ctx, permissionsSite),
    tee: teeSite === undefined ? undefined : decodeString(ctx, teeSite),
  };
}

function buildStorageParams(ctx: BuildContext, site: LeafSite, deployed: boolean): SdlStorageParams | undefined {
  const view = readStruct(ctx, site, STORAGE_PARAM_KEYS, "ignore");
  if (view === undefined) return undefined;
  const mountSite = view.field("mount");
  const readOnlySite = view.field("readOnly");
  const mount = mountSite === undefined ? undefined : decodeString(ctx, mountSite);
  if (mount === undefined || mount.value === "") {
    reportMissing(
      ctx,
      site,
      view,
      "mount",
      severityWhenUsed(deployed),
      "Go requires an absolute mount path for every storage parameter.",
    );
  }
  const { node, span, path, isNull } = view.base;
  return {
    node,
    span,
    path,
    isNull,
    mount,
    readOnly: readOnlySite === undefined ? undefined : decodeBool(ctx, readOnlySite),
  };
}

function buildPermissions(ctx: BuildContext, site: LeafSite): SdlPermissions | undefined {
  const view = readStruct(ctx, site, PERMISSION_KEYS, "ignore");
  if (view === undefined) return undefined;
  const { node, span, path, isNull } = view.base;
  return { node, span, path, isNull, read: readStringList(ctx, view.field("read")) };
}

/**
 * Builds `services.<name>.credentials` (Go: `*v2ServiceCredentials`). For a deployed service Go
 * fails when `host`, `username` or `password` is empty after trimming spaces; `email` is optional.
 *
 * @example
 * buildCredentials(ctx, site, true)?.host?.value; // "ghcr.io"
 */
export function buildCredentials(ctx: BuildContext, site: LeafSite, deployed: boolean): SdlCredentials | undefined {
  const view = readStruct(ctx, site, CREDENTIAL_KEYS, "ignore");
  if (view === undefined) return undefined;
  const read = (key: string): SdlScalar<string> | undefined => {
    const f = view.field(key);
    return f === undefined ? undefined : decodeString(ctx, f);
  };
  const host = read("host");
  const username = read("username");
  const password = read("password");
  if (!view.base.isNull) {
    for (const [key, leaf] of [
      ["host", host],
      ["username", username],
      ["password", password],
    ] as const) {
      if (leaf?.value === undefined || leaf.value.trim() === "") {
        if (leaf !== undefined && leaf.value === undefined) continue; // a type error was reported
        reportMissing(ctx, site, view, key, severityWhenUsed(deployed), `Go rejects credentials without a ${key}.`);
      }
    }
  }
  const { node, span, path, isNull } = view.base;
  return { node, span, path, isNull, host, username, password, email: read("email") };
}
