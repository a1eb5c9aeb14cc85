/**
 * @akash-sdl/validator — semantic checks of a parsed SDL for both deploy paths
 * (provider-services and Console), the GPU catalogue, pricing and the chain's limits.
 *
 * @example
 * import { parse } from "@akash-sdl/core";
 * import { validate, deployVerdict } from "@akash-sdl/validator";
 * const parsed = parse(text);
 * const diagnostics = validate(parsed, { target: "any" });
 * deployVerdict(parsed, diagnostics); // { go: true, console: true }
 *
 * @packageDocumentation
 */

export type { DeployTarget, NetworkId, ResolvedValidateOptions, ValidateOptions } from "./validate-options.js";
export { resolveOptions } from "./validate-options.js";
export type { CompatNote, Finding, RefusedBy } from "./finding.js";
export { validate } from "./validate.js";
export { deployVerdict } from "./deploy-verdict.js";
export type { DeployVerdict } from "./deploy-verdict.js";
export { looksLikeSdl } from "./looks-like-sdl.js";
export { gradeFinding, PATH_NAMES } from "./grade-finding.js";
export { refusalOf } from "./core-refusals.js";
export type { CoreRefusal } from "./core-refusals.js";
export type { Anchor, DeployedPair, ReportExtras, Rule, RuleContext } from "./rule-context.js";
export { RULES } from "./rules/index.js";
export { priceHint } from "./rules/pricing.js";

/**
 * The package version.
 *
 * @example
 * VALIDATOR_VERSION; // "0.1.0"
 */
export const VALIDATOR_VERSION = "0.1.0";
