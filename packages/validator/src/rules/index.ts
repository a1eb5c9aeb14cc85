import type { Rule } from "../rule-context.js";
import { cpuAttributes } from "./cpu-attributes.js";
import { deploymentReferences } from "./deployment-references.js";
import { exposePorts } from "./expose-ports.js";
import { gpuAttributes } from "./gpu-attributes.js";
import { gpuInterconnect } from "./gpu-interconnect.js";
import { httpOptions } from "./http-options.js";
import { imageTags } from "./image-tags.js";
import { ipEndpoints } from "./ip-endpoints.js";
import { manifestChecks } from "./manifest-checks.js";
import { pricing } from "./pricing.js";
import { registryCredentials } from "./registry-credentials.js";
import { resourceLimits } from "./resource-limits.js";
import { sizeUnits } from "./size-units.js";
import { storageAttributes } from "./storage-attributes.js";
import { storageMounts } from "./storage-mounts.js";
import { teeParams } from "./tee-params.js";
import { unusedDefinitions } from "./unused-definitions.js";

/**
 * Every semantic rule, in the order they run.
 *
 * @example
 * RULES.map((r) => r.name);
 */
export const RULES: readonly Rule[] = [
  deploymentReferences,
  ipEndpoints,
  exposePorts,
  httpOptions,
  storageAttributes,
  storageMounts,
  sizeUnits,
  registryCredentials,
  gpuAttributes,
  gpuInterconnect,
  cpuAttributes,
  teeParams,
  manifestChecks,
  pricing,
  resourceLimits,
  imageTags,
  unusedDefinitions,
];
