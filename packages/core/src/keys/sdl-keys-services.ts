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
const SPEC = "SDL-SPEC.md §2.3–2.5; Go go/sdl/v2.go (v2Service, v2Expose, v2HTTPOptions); alpha.45 sdl-schema.yaml";

/**
 * The keys under `services`: the service, its exposes with their HTTP options, params and
 * credentials. Go decodes each level with yaml.v3 (unknown keys are ignored); alpha.45's schema
 * refuses unknown keys everywhere.
 *
 * @example
 * SERVICE_KEYS.find((k) => k.path === "services.*.image")?.doc;
 */
export const SERVICE_KEYS: readonly SdlKeyInfo[] = [
  defineKey("services", "map", "The containers to run, by service name.", { requiredBy: BOTH_PATHS, source: SPEC }),
  defineKey(S, "struct", "One service: a container image and how it runs and is exposed.", {
    goUnknownKeys: "ignore",
    source: SPEC,
  }),
  defineKey(`${S}.image`, "string", "The container image, e.g. `nginx:1.27` (pin a tag).", {
    requiredBy: BOTH_PATHS,
    console: { type: "string", minLength: 1 },
  }),
  defineKey(`${S}.command`, "string-list", "Overrides the image's entrypoint.", { consoleNullable: true }),
  defineKey(`${S}.args`, "string-list", "Arguments passed to the command.", { consoleNullable: true }),
  defineKey(`${S}.env`, "string-list", "Environment variables, each `NAME=value`.", { consoleNullable: true }),
  // Expose.
  defineKey(`${S}.expose`, "list", "The ports the service listens on and who may reach them.", {
    consoleNullable: true,
    source: "alpha.45 accepts `expose:` with no value (SDL-SPEC-ADDENDUM A §1.4)",
  }),
  defineKey(E, "struct", "One exposed port.", { goUnknownKeys: "ignore" }),
  defineKey(`${E}.port`, "uint32", "The container port (1–65535).", { requiredBy: BOTH_PATHS, console: PORT_NUMBER }),
  defineKey(`${E}.as`, "uint32", "The port seen from outside (default: the same as `port`).", { console: PORT_NUMBER }),
  defineKey(`${E}.proto`, "string", "The protocol: TCP (default) or UDP; Go accepts any letter case.", {
    enum: ["TCP", "UDP", "tcp", "udp"],
    enumFor: CONSOLE_ONLY,
  }),
  defineKey(`${E}.to`, "list", "Who may reach the port: other services, the world (`global`), an IP endpoint."),
  defineKey(`${E}.to[]`, "struct", "One destination.", { goUnknownKeys: "ignore", console: IP_NEEDS_GLOBAL }),
  defineKey(`${E}.to[].service`, "string", "A service of this deployment that may connect."),
  defineKey(`${E}.to[].global`, "boolean", "`true` exposes the port to the internet."),
  defineKey(
    `${E}.to[].ip`,
    "string",
    "The name of an IP endpoint (declared under `endpoints`) to lease for the port.",
    {
      console: { minLength: 1, type: "string" },
    },
  ),
  defineKey(`${E}.to[].http_options`, "struct", "Decoded by Go and never used; alpha.45's schema refuses it.", {
    acceptedBy: GO_ONLY,
    goUnknownKeys: "ignore",
  }),
  defineKey(`${E}.accept`, "string-list", "Host names the HTTP ingress accepts for this port."),
  // HTTP options.
  defineKey(H, "struct", "Ingress (nginx) settings for an HTTP port.", { goUnknownKeys: "ignore" }),
  defineKey(`${H}.max_body_size`, "uint32", "Largest request body in bytes (default 1048576, at most 104857600).", {
    console: { type: "integer", minimum: 0, maximum: 104857600 },
  }),
  defineKey(`${H}.read_timeout`, "timeout", "Read timeout in ms (Go: at most 60000; alpha.45 also takes `30s`).", {
    console: HTTP_TIMEOUT,
  }),
  defineKey(`${H}.send_timeout`, "timeout", "Send timeout in ms (Go: at most 60000; alpha.45 also takes `30s`).", {
    console: HTTP_TIMEOUT,
  }),
  defineKey(`${H}.next_tries`, "uint32", "How many upstreams to try (default 3).", {
    console: { type: "integer", minimum: 0 },
  }),
  defineKey(`${H}.next_timeout`, "uint32", "Time limit in ms for trying the next upstream (0: none).", {
    console: { type: "integer", minimum: 0 },
  }),
  defineKey(`${H}.next_cases`, "string-list", "When to try the next upstream (`off` alone disables retries).", {
    enum: HTTP_ERROR_CODES,
    console: NEXT_CASES,
  }),
  defineKey(
    `${H}.proxy_buffer_size`,
    "uint32",
    "Proxy buffer size in bytes (Go only, at most 1048576; alpha.45 refuses it).",
    {
      acceptedBy: GO_ONLY,
    },
  ),
  defineKey(P, "struct", "Proxy tuning (alpha.45 only; Go main ignores the block).", {
    acceptedBy: CONSOLE_ONLY,
    console: PROXY_PAIRS,
    source: "SDL-SPEC-ADDENDUM A §1.4, B §6.2",
  }),
  defineKey(`${P}.buffer_size`, "uint32", "Proxy buffer size in bytes.", { acceptedBy: CONSOLE_ONLY, console: UINT32 }),
  defineKey(`${P}.buffering_disable`, "boolean", "`true` disables response buffering.", { acceptedBy: CONSOLE_ONLY }),
  defineKey(`${P}.buffers_number`, "uint32", "Number of proxy buffers (with `buffers_size`).", {
    acceptedBy: CONSOLE_ONLY,
    console: { ...UINT32, minimum: 1 },
  }),
  defineKey(`${P}.buffers_size`, "uint32", "Size of each proxy buffer in bytes (with `buffers_number`).", {
    acceptedBy: CONSOLE_ONLY,
    console: { ...UINT32, minimum: 1 },
  }),
  defineKey(`${P}.busy_buffers_size`, "uint32", "Busy buffers size in bytes.", {
    acceptedBy: CONSOLE_ONLY,
    console: UINT32,
  }),
  defineKey(`${P}.connect_timeout`, "uint32", "Upstream connect timeout in ms.", {
    acceptedBy: CONSOLE_ONLY,
    console: UINT32,
  }),
  defineKey(`${S}.dependencies`, "list", "Services this one depends on (read and ignored by both paths)."),
  defineKey(`${S}.dependencies[]`, "struct", "One dependency.", { goUnknownKeys: "ignore" }),
  defineKey(`${S}.dependencies[].service`, "string", "The name of the service depended on."),
  // Params.
  defineKey(`${S}.params`, "struct", "Storage mounts, permissions and confidential computing.", {
    goUnknownKeys: "ignore",
  }),
  defineKey(`${S}.params.storage`, "map", "Mounts of the profile's volumes, by volume name."),
  defineKey(`${S}.params.storage.*`, "struct", "Where a volume is mounted.", { goUnknownKeys: "ignore" }),
  defineKey(`${S}.params.storage.*.mount`, "string", "An absolute mount path.", {
    requiredBy: GO_ONLY,
    console: ABSOLUTE_PATH,
  }),
  defineKey(`${S}.params.storage.*.readOnly`, "boolean", "Mount read-only (default false)."),
  defineKey(`${S}.params.permissions`, "struct", "What the deployment may read from the provider.", {
    goUnknownKeys: "ignore",
  }),
  defineKey(`${S}.params.permissions.read`, "string-list", "Readable resources: deployment, logs, events.", {
    enum: ["deployment", "logs", "events"],
    enumFor: CONSOLE_ONLY,
    console: { items: { type: "string", enum: ["deployment", "logs", "events"] }, type: "array" },
  }),
  defineKey(`${S}.params.tee`, "string", "Confidential computing: `cpu` or `cpu-gpu`.", {
    enum: ["cpu", "cpu-gpu"],
    console: { type: "string", enum: ["cpu", "cpu-gpu"] },
  }),
  // Credentials.
  defineKey(`${S}.credentials`, "struct", "Login for a private image registry.", { goUnknownKeys: "ignore" }),
  defineKey(`${S}.credentials.host`, "string", "The registry host, e.g. `ghcr.io`.", {
    requiredBy: BOTH_PATHS,
    console: { type: "string", minLength: 1 },
  }),
  defineKey(`${S}.credentials.email`, "string", "The account e-mail (optional).", {
    console: { type: "string", minLength: 5 },
  }),
  defineKey(`${S}.credentials.username`, "string", "The registry user name.", {
    requiredBy: BOTH_PATHS,
    console: { type: "string", minLength: 1 },
  }),
  defineKey(`${S}.credentials.password`, "string", "The registry password or token.", {
    requiredBy: BOTH_PATHS,
    console: { type: "string", minLength: 6 },
  }),
];
