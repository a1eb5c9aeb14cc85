import {
  CPU_UNITS,
  GPU_UNITS_ATTRIBUTES,
  INTERCONNECT,
  PRICE_AMOUNT,
  STORAGE_ATTRIBUTE_RULES,
} from "./console-fragments.js";
import { BOTH_PATHS, CONSOLE_ONLY, GO_ONLY, defineKey } from "./define-key.js";
import type { SdlKeyInfo } from "./sdl-key-info.js";

const C = "profiles.compute.*";
const R = `${C}.resources`;
const V = `${R}.storage[]`;
const G = `${R}.gpu`;
const PL = "profiles.placement.*";
const SPEC = "SDL-SPEC.md §2.6–2.8, §3.1, §4; Go go/sdl/v2.go, cpu.go, gpu.go, storage.go; alpha.45 sdl-schema.yaml";

/**
 * The keys under `profiles`: compute profiles (CPU, memory, storage volumes, GPUs) and placement
 * profiles (provider attributes, auditors, prices). Go's CPU, GPU and storage-attribute decoders
 * are custom and refuse keys they do not know; the rest ignore them.
 *
 * @example
 * PROFILE_KEYS.filter((k) => k.path.startsWith("profiles.compute")).length;
 */
export const PROFILE_KEYS: readonly SdlKeyInfo[] = [
  defineKey("profiles", "struct", "Compute and placement profiles.", {
    requiredBy: BOTH_PATHS,
    goUnknownKeys: "ignore",
    source: SPEC,
  }),
  defineKey("profiles.compute", "map", "Compute profiles: the resources of one instance, by name.", {
    requiredBy: BOTH_PATHS,
  }),
  defineKey(C, "struct", "One compute profile.", { goUnknownKeys: "ignore" }),
  defineKey(R, "struct", "The resources of one instance.", { requiredBy: BOTH_PATHS, goUnknownKeys: "ignore" }),
  // CPU.
  defineKey(`${R}.cpu`, "struct", "CPU resources.", { requiredBy: BOTH_PATHS, goUnknownKeys: "reject" }),
  defineKey(`${R}.cpu.units`, "quantity", "CPU cores (`0.5`, `2`) or millicpu (`500m`).", {
    requiredBy: BOTH_PATHS,
    console: CPU_UNITS,
  }),
  defineKey(`${R}.cpu.attributes`, "struct", "CPU requirements; only `arch`.", { goUnknownKeys: "reject" }),
  defineKey(`${R}.cpu.attributes.arch`, "string", "CPU architecture: amd64 or arm64 (Go main takes any value).", {
    enum: ["amd64", "arm64"],
    enumFor: CONSOLE_ONLY,
    source: "SDL-SPEC-ADDENDUM A §1.4, B §5",
  }),
  // Memory.
  defineKey(`${R}.memory`, "struct", "Memory (RAM) of the instance.", {
    requiredBy: BOTH_PATHS,
    goUnknownKeys: "ignore",
  }),
  defineKey(`${R}.memory.size`, "quantity", "Memory size, e.g. `512Mi` or `16Gi`.", {
    requiredBy: BOTH_PATHS,
    console: { type: "string" },
  }),
  // Storage.
  defineKey(`${R}.storage`, "volumes", "Disk: one volume, or a list of named volumes.", { requiredBy: BOTH_PATHS }),
  defineKey(V, "struct", "One storage volume.", { goUnknownKeys: "ignore" }),
  defineKey(`${V}.name`, "string", "The volume name (`default` when absent; forced to `default` in the single form)."),
  defineKey(`${V}.size`, "quantity", "Volume size, e.g. `10Gi`.", {
    requiredBy: BOTH_PATHS,
    console: { type: "string" },
  }),
  defineKey(`${V}.attributes`, "struct", "Persistence and storage class.", {
    goUnknownKeys: "reject",
    console: STORAGE_ATTRIBUTE_RULES,
  }),
  defineKey(`${V}.attributes.persistent`, "boolean", "`true` keeps the volume across restarts.", {
    requiredBy: CONSOLE_ONLY,
    console: { oneOf: [{ type: "boolean" }, { type: "string" }] },
  }),
  defineKey(`${V}.attributes.class`, "string", "Storage class: default, beta1, beta2, beta3 or ram (shared memory).", {
    requiredBy: CONSOLE_ONLY,
    enum: ["default", "beta1", "beta2", "beta3", "ram"],
    enumFor: GO_ONLY,
  }),
  // GPU.
  defineKey(G, "struct", "GPUs of the instance.", { goUnknownKeys: "reject", console: GPU_UNITS_ATTRIBUTES }),
  defineKey(`${G}.units`, "quantity", "How many GPUs (a whole number; 0 when absent).", {
    console: { oneOf: [{ type: "string" }, { type: "number" }] },
  }),
  defineKey(`${G}.attributes`, "struct", "Which GPUs: vendor and models.", { goUnknownKeys: "reject" }),
  defineKey(`${G}.attributes.vendor`, "struct", "GPU vendors; only nvidia is matched.", {
    requiredBy: GO_ONLY,
    goUnknownKeys: "ignore",
    console: { minProperties: 1 },
  }),
  defineKey(`${G}.attributes.vendor.nvidia`, "list", "Acceptable NVIDIA models (empty or null: any model).", {
    consoleNullable: true,
  }),
  defineKey(`${G}.attributes.vendor.nvidia[]`, "struct", "One acceptable GPU model.", { goUnknownKeys: "ignore" }),
  defineKey(`${G}.attributes.vendor.nvidia[].model`, "string", "The model name as providers report it, e.g. `h100`."),
  defineKey(`${G}.attributes.vendor.nvidia[].ram`, "quantity", "GPU memory, e.g. `80Gi` (binary suffixes only).", {
    console: { type: "string" },
  }),
  defineKey(`${G}.attributes.vendor.nvidia[].interface`, "string", "The GPU interface: pcie or sxm.", {
    enum: ["pcie", "sxm"],
  }),
  defineKey(
    `${G}.attributes.interconnect`,
    "any",
    "GPU interconnect group: `[]` (group `auto`) or `{group: name}` (alpha.45 only).",
    {
      acceptedBy: CONSOLE_ONLY,
      console: INTERCONNECT,
      source: "SDL-SPEC-ADDENDUM A §1.4, B §4",
    },
  ),
  defineKey(`${G}.attributes.interconnect.group`, "string", "The interconnect group name (`auto` is reserved).", {
    acceptedBy: CONSOLE_ONLY,
  }),
  // Placement.
  defineKey("profiles.placement", "map", "Placement profiles: where to run and at what price, by name.", {
    requiredBy: BOTH_PATHS,
  }),
  defineKey(PL, "struct", "One placement profile (a deployment group).", { goUnknownKeys: "ignore", source: SPEC }),
  defineKey(`${PL}.attributes`, "map", "Provider attributes the group requires, e.g. `region: us-west`."),
  defineKey(`${PL}.attributes.*`, "string", "One required provider attribute value.", { console: {} }),
  defineKey(`${PL}.signedBy`, "struct", "Auditors that must have signed the provider's attributes.", {
    goUnknownKeys: "ignore",
  }),
  defineKey(`${PL}.signedBy.allOf`, "string-list", "Every one of these auditors."),
  defineKey(`${PL}.signedBy.anyOf`, "string-list", "At least one of these auditors."),
  defineKey(`${PL}.pricing`, "map", "The highest price per block, by compute profile name.", {
    requiredBy: BOTH_PATHS,
  }),
  defineKey(`${PL}.pricing.*`, "struct", "One price.", { goUnknownKeys: "ignore" }),
  defineKey(
    `${PL}.pricing.*.denom`,
    "string",
    "The denomination: uakt or uact (Go takes any valid cosmos denom, e.g. `ibc/…`).",
    {
      requiredBy: BOTH_PATHS,
      enum: ["uakt", "uact"],
      enumFor: CONSOLE_ONLY,
    },
  ),
  defineKey(`${PL}.pricing.*.amount`, "amount", "The amount per block, up to 18 decimals.", {
    requiredBy: BOTH_PATHS,
    console: PRICE_AMOUNT,
  }),
];
