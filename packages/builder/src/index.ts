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
export { runValidator } from "./run-validator.js";
export { emitYaml } from "./emit-yaml.js";
export type { PlainValue } from "./emit-yaml.js";
export { doubleQuote, formatScalar, isPlainSafe, singleQuote } from "./format-scalar.js";
export type { PlainScalar } from "./format-scalar.js";
export { keyOrderAt, orderedKeys } from "./key-order.js";
export { applyLspTextEdits, applyOffsetEdits, positionAt, toTextEdits } from "./text-edit.js";
export type { EditResult, OffsetEdit } from "./text-edit.js";
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
export { IMAGE_TAGS, imageRef } from "./image-tags.js";
export type { ImageTag } from "./image-tags.js";
export { planUsdPerHour, priceCeiling } from "./price-ceiling.js";
export type { PriceOptions } from "./price-ceiling.js";
export { baseName, gpusPerNode, loweredMaxSeqs, planProfile } from "./plan-profile.js";
export type { TemplateInput, TemplateName, TemplateResult } from "./template-types.js";
export { assembleTemplate, sizingHeader } from "./assemble-template.js";
export type { SideService } from "./assemble-template.js";
export { llamaCppTemplate, ollamaTemplate, sglangTemplate, tgiTemplate, vllmTemplate } from "./llm-templates.js";
export { comfyuiTemplate, teiTemplate, whisperTemplate } from "./media-templates.js";
export { BENCHMARK_SCRIPT, jupyterBenchmarkTemplate } from "./benchmark-template.js";
export { TEMPLATES, buildTemplate, templateForPlan } from "./build-template.js";
export type { TemplateEntry } from "./build-template.js";
export { createEditContext, deref, findPair } from "./edit-context.js";
export type { EditContext } from "./edit-context.js";
export { webTemplate } from "./web-template.js";
export type { WebTemplateInput } from "./web-template.js";
export { planFromResources } from "./plan-from-resources.js";
export type { ExplicitResources } from "./plan-from-resources.js";
export { fromPlainSdl } from "./from-plain-sdl.js";
