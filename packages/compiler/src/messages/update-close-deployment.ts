/**
 * The other two deployment messages: `MsgUpdateDeployment` (a new manifest version for a running
 * deployment; the chain checks `len(hash) == 32`) and `MsgCloseDeployment`, as cosmjs
 * `EncodeObject`s, in the API version asked for.
 */
import { parse, sortDiagnostics } from "@akash-sdl/core";
import type { Diagnostic, ParseResult, SdlDocument } from "@akash-sdl/core";
import { compile, type CompiledDeployment } from "../compile/compile.js";
import type { CompileOptions } from "../compile/run-validation.js";
import { checkDeploymentId, type DeploymentIdInput } from "./check-deployment-options.js";
import type { DeploymentEncodeObject } from "./encode-objects.js";
import type { DeploymentApiVersion } from "./to-msg-create-deployment.js";
import {
  MSG_CLOSE_DEPLOYMENT_TYPE_URL,
  MSG_CLOSE_DEPLOYMENT_V1BETA3_TYPE_URL,
  MSG_CLOSE_DEPLOYMENT_V1BETA5_TYPE_URL,
  MSG_UPDATE_DEPLOYMENT_TYPE_URL,
  MSG_UPDATE_DEPLOYMENT_V1BETA3_TYPE_URL,
  MSG_UPDATE_DEPLOYMENT_V1BETA5_TYPE_URL,
} from "./type-urls.js";

/**
 * Options of {@link toMsgUpdateDeployment} and {@link toMsgCloseDeployment}.
 *
 * @example
 * const options: DeploymentIdOptions = { owner: "akash1…", dseq: 21000123n, version: "v1beta4" };
 */
export interface DeploymentIdOptions extends DeploymentIdInput, CompileOptions {
  /** The message API (default `v1beta4`). */
  readonly version?: DeploymentApiVersion;
}

/**
 * The update message (when nothing is an error), the compiled deployment and every diagnostic.
 *
 * @example
 * const { value, compiled, diagnostics } = toMsgUpdateDeployment(text, { owner, dseq });
 */
export interface ToMsgUpdateDeploymentResult {
  /** The `MsgUpdateDeployment` encode object. */
  readonly value?: Extract<DeploymentEncodeObject, { typeUrl: `/akash.deployment.${string}.MsgUpdateDeployment` }>;
  /** The compiled deployment (send its manifest to the providers after the update). */
  readonly compiled?: CompiledDeployment;
  /** Parse, validation, compile and option diagnostics. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Compiles the new SDL of a running deployment and builds the `MsgUpdateDeployment` carrying its
 * manifest version. Never throws for bad input.
 *
 * @example
 * const { value } = toMsgUpdateDeployment(newText, { owner: "akash1…", dseq: 21000123n });
 */
export function toMsgUpdateDeployment(
  input: string | ParseResult | SdlDocument,
  options: DeploymentIdOptions,
): ToMsgUpdateDeploymentResult {
  const checked = checkDeploymentId(options);
  const result = compile(typeof input === "string" ? parse(input) : input, options);
  const diagnostics = sortDiagnostics([...result.diagnostics, ...checked.diagnostics]);
  const compiled = result.value;
  const id = checked.value;
  if (compiled === undefined || id === undefined)
    return { ...(compiled === undefined ? {} : { compiled }), diagnostics };
  const hash = compiled.version;
  const value: ToMsgUpdateDeploymentResult["value"] =
    options.version === "v1beta3"
      ? { typeUrl: MSG_UPDATE_DEPLOYMENT_V1BETA3_TYPE_URL, value: { id, version: hash } }
      : options.version === "v1beta5"
        ? { typeUrl: MSG_UPDATE_DEPLOYMENT_V1BETA5_TYPE_URL, value: { id, hash } }
        : { typeUrl: MSG_UPDATE_DEPLOYMENT_TYPE_URL, value: { id, hash } };
  return { value, compiled, diagnostics };
}

/**
 * Builds the `MsgCloseDeployment` of a deployment. Never throws for bad input.
 *
 * @example
 * const { value } = toMsgCloseDeployment({ owner: "akash1…", dseq: 21000123n });
 */
export function toMsgCloseDeployment(options: DeploymentIdOptions): {
  readonly value?: Extract<DeploymentEncodeObject, { typeUrl: `/akash.deployment.${string}.MsgCloseDeployment` }>;
  readonly diagnostics: readonly Diagnostic[];
} {
  const checked = checkDeploymentId(options);
  const id = checked.value;
  if (id === undefined) return { diagnostics: checked.diagnostics };
  const typeUrl =
    options.version === "v1beta3"
      ? MSG_CLOSE_DEPLOYMENT_V1BETA3_TYPE_URL
      : options.version === "v1beta5"
        ? MSG_CLOSE_DEPLOYMENT_V1BETA5_TYPE_URL
        : MSG_CLOSE_DEPLOYMENT_TYPE_URL;
  return { value: { typeUrl, value: { id } }, diagnostics: checked.diagnostics };
}
