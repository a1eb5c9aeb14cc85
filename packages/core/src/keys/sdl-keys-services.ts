import {
  ABSOLUTE_PATH,
  HTTP_ERROR_CODES,
  HTTP_TIMEOUT,
  IP_NEEDS_GLOBAL,
  NEXT_CASES,
  PORT_NUMBER,
  PROXY_PAIRS,
  UINT32,
} from "./console-fragments.js";
import { BOTH_PATHS, CONSOLE_ONLY, GO_ONLY, defineKey } from "./define-key.js";
import type { SdlKeyInfo } from "./sdl-key-info.js";

const S = "services.*";
const E = `${S}.expose[]`;
const H = `${E}.http_options`;
const P = `${H}.proxy`;
// SPEC (the citation of the entries marked "Source: SPEC."): SDL-SPEC.md §2.3–2.5; Go go/sdl/v2.go (v2Service, v2Expose, v2HTTPOptions); alpha.45 sdl-schema.yaml.

/**
 * The keys under `services`: the service, its exposes with their HTTP options, params and
 * credentials. Go decodes each level with yaml.v3 (unknown keys are ignored); alpha.45's schema
 * refuses unknown keys everywhere.
 *
 * @example
 * SERVICE_KEYS.find((k) => k.path === "services.*.image")?.doc;
 */
export const SERVICE_KEYS: readonly SdlKeyInfo[] = [
  // Source: SPEC.
  defineKey("services", "map", { requiredBy: BOTH_PATHS }),
  // Source: SPEC.
  defineKey(S, "struct", {
    goUnknownKeys: "ignore",
  }),
  defineKey(`${S}.image`, "string", {
    requiredBy: BOTH_PATHS,
    console: { type: "string", minLength: 1 },
  }),
  defineKey(`${S}.command`, "string-list", { consoleNullable: true }),
  defineKey(`${S}.args`, "string-list", { consoleNullable: true }),
  defineKey(`${S}.env`, "string-list", { consoleNullable: true }),
  // Expose.
  // Source: alpha.45 accepts `expose:` with no value (SDL-SPEC-ADDENDUM A §1.4).
  defineKey(`${S}.expose`, "list", {
    consoleNullable: true,
  }),
  defineKey(E, "struct", { goUnknownKeys: "ignore" }),
  defineKey(`${E}.port`, "uint32", { requiredBy: BOTH_PATHS, console: PORT_NUMBER }),
  defineKey(`${E}.as`, "uint32", { console: PORT_NUMBER }),
  defineKey(`${E}.proto`, "string", {
    enum: ["TCP", "UDP", "tcp", "udp"],
    enumFor: CONSOLE_ONLY,
  }),
  defineKey(`${E}.to`, "list"),
  defineKey(`${E}.to[]`, "struct", { goUnknownKeys: "ignore", console: IP_NEEDS_GLOBAL }),
  defineKey(`${E}.to[].service`, "string"),
  defineKey(`${E}.to[].global`, "boolean"),
  defineKey(`${E}.to[].ip`, "string", {
    console: { minLength: 1, type: "string" },
  }),
  defineKey(`${E}.to[].http_options`, "struct", {
    acceptedBy: GO_ONLY,
    goUnknownKeys: "ignore",
  }),
  defineKey(`${E}.accept`, "string-list"),
  // HTTP options.
  defineKey(H, "struct", { goUnknownKeys: "ignore" }),
  defineKey(`${H}.max_body_size`, "uint32", {
    console: { type: "integer", minimum: 0, maximum: 104857600 },
  }),
  defineKey(`${H}.read_timeout`, "timeout", {
    console: HTTP_TIMEOUT,
  }),
  defineKey(`${H}.send_timeout`, "timeout", {
    console: HTTP_TIMEOUT,
  }),
  defineKey(`${H}.next_tries`, "uint32", {
    console: { type: "integer", minimum: 0 },
  }),
  defineKey(`${H}.next_timeout`, "uint32", {
    console: { type: "integer", minimum: 0 },
  }),
  defineKey(`${H}.next_cases`, "string-list", {
    enum: HTTP_ERROR_CODES,
    console: NEXT_CASES,
  }),
  defineKey(`${H}.proxy_buffer_size`, "uint32", {
    acceptedBy: GO_ONLY,
  }),
  // Source: SDL-SPEC-ADDENDUM A §1.4, B §6.2.
  defineKey(P, "struct", {
    acceptedBy: CONSOLE_ONLY,
    console: PROXY_PAIRS,
  }),
  defineKey(`${P}.buffer_size`, "uint32", { acceptedBy: CONSOLE_ONLY, console: UINT32 }),
  defineKey(`${P}.buffering_disable`, "boolean", { acceptedBy: CONSOLE_ONLY }),
  defineKey(`${P}.buffers_number`, "uint32", {
    acceptedBy: CONSOLE_ONLY,
    console: { ...UINT32, minimum: 1 },
  }),
  defineKey(`${P}.buffers_size`, "uint32", {
    acceptedBy: CONSOLE_ONLY,
    console: { ...UINT32, minimum: 1 },
  }),
  defineKey(`${P}.busy_buffers_size`, "uint32", {
    acceptedBy: CONSOLE_ONLY,
    console: UINT32,
  }),
  defineKey(`${P}.connect_timeout`, "uint32", {
    acceptedBy: CONSOLE_ONLY,
    console: UINT32,
  }),
  defineKey(`${S}.dependencies`, "list"),
  defineKey(`${S}.dependencies[]`, "struct", { goUnknownKeys: "ignore" }),
  defineKey(`${S}.dependencies[].service`, "string"),
  // Params.
  defineKey(`${S}.params`, "struct", {
    goUnknownKeys: "ignore",
  }),
  defineKey(`${S}.params.storage`, "map"),
  defineKey(`${S}.params.storage.*`, "struct", { goUnknownKeys: "ignore" }),
  defineKey(`${S}.params.storage.*.mount`, "string", {
    requiredBy: GO_ONLY,
    console: ABSOLUTE_PATH,
  }),
  defineKey(`${S}.params.storage.*.readOnly`, "boolean"),
  defineKey(`${S}.params.permissions`, "struct", {
    goUnknownKeys: "ignore",
  }),
  defineKey(`${S}.params.permissions.read`, "string-list", {
    enum: ["deployment", "logs", "events"],
    enumFor: CONSOLE_ONLY,
    console: { items: { type: "string", enum: ["deployment", "logs", "events"] }, type: "array" },
  }),
  defineKey(`${S}.params.tee`, "string", {
    enum: ["cpu", "cpu-gpu"],
    console: { type: "string", enum: ["cpu", "cpu-gpu"] },
  }),
  // Credentials.
  defineKey(`${S}.credentials`, "struct", { goUnknownKeys: "ignore" }),
  defineKey(`${S}.credentials.host`, "string", {
    requiredBy: BOTH_PATHS,
    console: { type: "string", minLength: 1 },
  }),
  defineKey(`${S}.credentials.email`, "string", {
    console: { type: "string", minLength: 5 },
  }),
  defineKey(`${S}.credentials.username`, "string", {
    requiredBy: BOTH_PATHS,
    console: { type: "string", minLength: 1 },
  }),
  defineKey(`${S}.credentials.password`, "string", {
    requiredBy: BOTH_PATHS,
    console: { type: "string", minLength: 6 },
  }),
];
