/**
 * @akash-sdl/builder — typed SDL builder, comment-preserving edits and templates sized by the
 * estimator.
 *
 * @example
 * import { buildSdl, setImage } from "@akash-sdl/builder";
 * const { text } = buildSdl(spec);
 * const edited = setImage(text, "web", "nginx:1.27").text;
 *
 * @packageDocumentation
 */

/**
 * The package version.
 *
 * @example
 * BUILDER_VERSION; // "0.1.0"
 */
export const BUILDER_VERSION = "0.1.0";

export type {
  ComputeProfileSpec,
  CredentialsSpec,
  DeploymentSpec,
  ExposeSpec,
  ExposeToSpec,
  GpuModelSpec,
  GpuSpec,
  HttpOptionsSpec,
  ParamsSpec,
  PlacementSpec,
  PriceSpec,
  ResourcesSpec,
  SdlSpec,
  ServiceSpec,
  StorageVolumeSpec,
} from "./sdl-spec.js";
export { buildSdl, commentLines } from "./build-sdl.js";
export type { BuildSdlOptions, BuildSdlResult } from "./build-sdl.js";
export { pickVersion } from "./pick-version.js";
export { hasValidator, runValidator } from "./run-validator.js";
export { emitYaml } from "./emit-yaml.js";
export type { PlainValue } from "./emit-yaml.js";
export { doubleQuote, formatScalar, isPlainSafe, singleQuote } from "./format-scalar.js";
export type { PlainScalar } from "./format-scalar.js";
export { keyOrderAt, orderedKeys } from "./key-order.js";
export { applyOffsetEdits, applyTextEdits, positionAt, toTextEdits } from "./text-edit.js";
export type { EditResult, OffsetEdit, TextEdit, TextPosition } from "./text-edit.js";
export { applyChanges, parsePath, setValue, unchanged } from "./edit-sdl.js";
export type { PathChange } from "./edit-sdl.js";
export {
  addExpose,
  entryNames,
  removeExpose,
  removeGpu,
  setArgs,
  setCommand,
  setCount,
  setEnv,
  setGpu,
  setImage,
  setPrice,
  setStorage,
} from "./sdl-document-edits.js";
export { addService, removeService, renameService } from "./service-edits.js";
export type { AddServiceOptions } from "./service-edits.js";
export { formatSdl } from "./format-sdl.js";
