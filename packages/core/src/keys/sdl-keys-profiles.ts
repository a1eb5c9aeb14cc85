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
// SPEC (the citation of the entries marked "Source: SPEC."): SDL-SPEC.md §2.6–2.8, §3.1, §4; Go go/sdl/v2.go, cpu.go, gpu.go, storage.go; alpha.45 sdl-schema.yaml.

/**
 * The keys under `profiles`: compute profiles (CPU, memory, storage volumes, GPUs) and placement
 * profiles (provider attributes, auditors, prices). Go's CPU, GPU and storage-attribute decoders
 * are custom and refuse keys they do not know; the rest ignore them.
 *
 * @example
 * PROFILE_KEYS.filter((k) => k.path.startsWith("profiles.compute")).length;
 */
export const PROFILE_KEYS: readonly SdlKeyInfo[] = [
  // Source: SPEC.
  defineKey("profiles", "struct", {
    requiredBy: BOTH_PATHS,
    goUnknownKeys: "ignore",
  }),
  defineKey("profiles.compute", "map", {
    requiredBy: BOTH_PATHS,
  }),
  defineKey(C, "struct", { goUnknownKeys: "ignore" }),
  defineKey(R, "struct", { requiredBy: BOTH_PATHS, goUnknownKeys: "ignore" }),
  // CPU.
  defineKey(`${R}.cpu`, "struct", { requiredBy: BOTH_PATHS, goUnknownKeys: "reject" }),
  defineKey(`${R}.cpu.units`, "quantity", {
    requiredBy: BOTH_PATHS,
    console: CPU_UNITS,
  }),
  defineKey(`${R}.cpu.attributes`, "struct", { goUnknownKeys: "reject" }),
  // Source: SDL-SPEC-ADDENDUM A §1.4, B §5.
  defineKey(`${R}.cpu.attributes.arch`, "string", {
    enum: ["amd64", "arm64"],
    enumFor: CONSOLE_ONLY,
  }),
  // Memory.
  defineKey(`${R}.memory`, "struct", {
    requiredBy: BOTH_PATHS,
    goUnknownKeys: "ignore",
  }),
  defineKey(`${R}.memory.size`, "quantity", {
    requiredBy: BOTH_PATHS,
    console: { type: "string" },
  }),
  // Storage.
  defineKey(`${R}.storage`, "volumes", { requiredBy: BOTH_PATHS }),
  defineKey(V, "struct", { goUnknownKeys: "ignore" }),
  defineKey(`${V}.name`, "string"),
  defineKey(`${V}.size`, "quantity", {
    requiredBy: BOTH_PATHS,
    console: { type: "string" },
  }),
  defineKey(`${V}.attributes`, "struct", {
    goUnknownKeys: "reject",
    console: STORAGE_ATTRIBUTE_RULES,
  }),
  defineKey(`${V}.attributes.persistent`, "boolean", {
    requiredBy: CONSOLE_ONLY,
    console: { oneOf: [{ type: "boolean" }, { type: "string" }] },
  }),
  defineKey(`${V}.attributes.class`, "string", {
    requiredBy: CONSOLE_ONLY,
    enum: ["default", "beta1", "beta2", "beta3", "ram"],
    enumFor: GO_ONLY,
  }),
  // GPU.
  defineKey(G, "struct", { goUnknownKeys: "reject", console: GPU_UNITS_ATTRIBUTES }),
  defineKey(`${G}.units`, "quantity", {
    console: { oneOf: [{ type: "string" }, { type: "number" }] },
  }),
  defineKey(`${G}.attributes`, "struct", { goUnknownKeys: "reject" }),
  defineKey(`${G}.attributes.vendor`, "struct", {
    requiredBy: GO_ONLY,
    goUnknownKeys: "ignore",
    console: { minProperties: 1 },
  }),
  defineKey(`${G}.attributes.vendor.nvidia`, "list", {
    consoleNullable: true,
  }),
  defineKey(`${G}.attributes.vendor.nvidia[]`, "struct", { goUnknownKeys: "ignore" }),
  defineKey(`${G}.attributes.vendor.nvidia[].model`, "string"),
  defineKey(`${G}.attributes.vendor.nvidia[].ram`, "quantity", {
    console: { type: "string" },
  }),
  defineKey(`${G}.attributes.vendor.nvidia[].interface`, "string", {
    enum: ["pcie", "sxm"],
  }),
  // Source: SDL-SPEC-ADDENDUM A §1.4, B §4.
  defineKey(`${G}.attributes.interconnect`, "any", {
    acceptedBy: CONSOLE_ONLY,
    console: INTERCONNECT,
  }),
  defineKey(`${G}.attributes.interconnect.group`, "string", {
    acceptedBy: CONSOLE_ONLY,
  }),
  // Placement.
  defineKey("profiles.placement", "map", {
    requiredBy: BOTH_PATHS,
  }),
  // Source: SPEC.
  defineKey(PL, "struct", { goUnknownKeys: "ignore" }),
  defineKey(`${PL}.attributes`, "map"),
  defineKey(`${PL}.attributes.*`, "string", { console: {} }),
  defineKey(`${PL}.signedBy`, "struct", {
    goUnknownKeys: "ignore",
  }),
  defineKey(`${PL}.signedBy.allOf`, "string-list"),
  defineKey(`${PL}.signedBy.anyOf`, "string-list"),
  defineKey(`${PL}.pricing`, "map", {
    requiredBy: BOTH_PATHS,
  }),
  defineKey(`${PL}.pricing.*`, "struct", { goUnknownKeys: "ignore" }),
  defineKey(`${PL}.pricing.*.denom`, "string", {
    requiredBy: BOTH_PATHS,
    enum: ["uakt", "uact"],
    enumFor: CONSOLE_ONLY,
  }),
  defineKey(`${PL}.pricing.*.amount`, "amount", {
    requiredBy: BOTH_PATHS,
    console: PRICE_AMOUNT,
  }),
];
