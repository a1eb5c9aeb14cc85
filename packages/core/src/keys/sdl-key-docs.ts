/**
 * The one-line doc of every SDL key, by key-table path (hover text, docs, the `description`s of
 * `sdlJsonSchema` with `descriptions: true`). Kept out of the key table itself so that code
 * which only decodes, validates or compiles (a browser bundle) does not carry the prose.
 *
 * @example
 * SDL_KEY_DOCS["services.*.image"]; // "The container image, e.g. `nginx:1.27` (pin a tag)."
 */
export const SDL_KEY_DOCS: Readonly<Record<string, string>> = Object.freeze({
  include: "Other files to include (decoded by Go and ignored).",
  services: "The containers to run, by service name.",
  "services.*": "One service: a container image and how it runs and is exposed.",
  "services.*.image": "The container image, e.g. `nginx:1.27` (pin a tag).",
  "services.*.command": "Overrides the image's entrypoint.",
  "services.*.args": "Arguments passed to the command.",
  "services.*.env": "Environment variables, each `NAME=value`.",
  "services.*.expose": "The ports the service listens on and who may reach them.",
  "services.*.expose[]": "One exposed port.",
  "services.*.expose[].port": "The container port (1–65535).",
  "services.*.expose[].as": "The port seen from outside (default: the same as `port`).",
  "services.*.expose[].proto": "The protocol: TCP (default) or UDP; Go accepts any letter case.",
  "services.*.expose[].to": "Who may reach the port: other services, the world (`global`), an IP endpoint.",
  "services.*.expose[].to[]": "One destination.",
  "services.*.expose[].to[].service": "A service of this deployment that may connect.",
  "services.*.expose[].to[].global": "`true` exposes the port to the internet.",
  "services.*.expose[].to[].ip": "The name of an IP endpoint (declared under `endpoints`) to lease for the port.",
  "services.*.expose[].to[].http_options": "Decoded by Go and never used; alpha.45's schema refuses it.",
  "services.*.expose[].accept": "Host names the HTTP ingress accepts for this port.",
  "services.*.expose[].http_options": "Ingress (nginx) settings for an HTTP port.",
  "services.*.expose[].http_options.max_body_size":
    "Largest request body in bytes (default 1048576, at most 104857600).",
  "services.*.expose[].http_options.read_timeout": "Read timeout in ms (Go: at most 60000; alpha.45 also takes `30s`).",
  "services.*.expose[].http_options.send_timeout": "Send timeout in ms (Go: at most 60000; alpha.45 also takes `30s`).",
  "services.*.expose[].http_options.next_tries": "How many upstreams to try (default 3).",
  "services.*.expose[].http_options.next_timeout": "Time limit in ms for trying the next upstream (0: none).",
  "services.*.expose[].http_options.next_cases": "When to try the next upstream (`off` alone disables retries).",
  "services.*.expose[].http_options.proxy_buffer_size":
    "Proxy buffer size in bytes (Go only, at most 1048576; alpha.45 refuses it).",
  "services.*.expose[].http_options.proxy": "Proxy tuning (alpha.45 only; Go main ignores the block).",
  "services.*.expose[].http_options.proxy.buffer_size": "Proxy buffer size in bytes.",
  "services.*.expose[].http_options.proxy.buffering_disable": "`true` disables response buffering.",
  "services.*.expose[].http_options.proxy.buffers_number": "Number of proxy buffers (with `buffers_size`).",
  "services.*.expose[].http_options.proxy.buffers_size": "Size of each proxy buffer in bytes (with `buffers_number`).",
  "services.*.expose[].http_options.proxy.busy_buffers_size": "Busy buffers size in bytes.",
  "services.*.expose[].http_options.proxy.connect_timeout": "Upstream connect timeout in ms.",
  "services.*.dependencies": "Services this one depends on (read and ignored by both paths).",
  "services.*.dependencies[]": "One dependency.",
  "services.*.dependencies[].service": "The name of the service depended on.",
  "services.*.params": "Storage mounts, permissions and confidential computing.",
  "services.*.params.storage": "Mounts of the profile's volumes, by volume name.",
  "services.*.params.storage.*": "Where a volume is mounted.",
  "services.*.params.storage.*.mount": "An absolute mount path.",
  "services.*.params.storage.*.readOnly": "Mount read-only (default false).",
  "services.*.params.permissions": "What the deployment may read from the provider.",
  "services.*.params.permissions.read": "Readable resources: deployment, logs, events.",
  "services.*.params.tee": "Confidential computing: `cpu` or `cpu-gpu`.",
  "services.*.credentials": "Login for a private image registry.",
  "services.*.credentials.host": "The registry host, e.g. `ghcr.io`.",
  "services.*.credentials.email": "The account e-mail (optional).",
  "services.*.credentials.username": "The registry user name.",
  "services.*.credentials.password": "The registry password or token.",
  profiles: "Compute and placement profiles.",
  "profiles.compute": "Compute profiles: the resources of one instance, by name.",
  "profiles.compute.*": "One compute profile.",
  "profiles.compute.*.resources": "The resources of one instance.",
  "profiles.compute.*.resources.cpu": "CPU resources.",
  "profiles.compute.*.resources.cpu.units": "CPU cores (`0.5`, `2`) or millicpu (`500m`).",
  "profiles.compute.*.resources.cpu.attributes": "CPU requirements; only `arch`.",
  "profiles.compute.*.resources.cpu.attributes.arch": "CPU architecture: amd64 or arm64 (Go main takes any value).",
  "profiles.compute.*.resources.memory": "Memory (RAM) of the instance.",
  "profiles.compute.*.resources.memory.size": "Memory size, e.g. `512Mi` or `16Gi`.",
  "profiles.compute.*.resources.storage": "Disk: one volume, or a list of named volumes.",
  "profiles.compute.*.resources.storage[]": "One storage volume.",
  "profiles.compute.*.resources.storage[].name":
    "The volume name (`default` when absent; forced to `default` in the single form).",
  "profiles.compute.*.resources.storage[].size": "Volume size, e.g. `10Gi`.",
  "profiles.compute.*.resources.storage[].attributes": "Persistence and storage class.",
  "profiles.compute.*.resources.storage[].attributes.persistent": "`true` keeps the volume across restarts.",
  "profiles.compute.*.resources.storage[].attributes.class":
    "Storage class: default, beta1, beta2, beta3 or ram (shared memory).",
  "profiles.compute.*.resources.gpu": "GPUs of the instance.",
  "profiles.compute.*.resources.gpu.units": "How many GPUs (a whole number; 0 when absent).",
  "profiles.compute.*.resources.gpu.attributes": "Which GPUs: vendor and models.",
  "profiles.compute.*.resources.gpu.attributes.vendor": "GPU vendors; only nvidia is matched.",
  "profiles.compute.*.resources.gpu.attributes.vendor.nvidia": "Acceptable NVIDIA models (empty or null: any model).",
  "profiles.compute.*.resources.gpu.attributes.vendor.nvidia[]": "One acceptable GPU model.",
  "profiles.compute.*.resources.gpu.attributes.vendor.nvidia[].model":
    "The model name as providers report it, e.g. `h100`.",
  "profiles.compute.*.resources.gpu.attributes.vendor.nvidia[].ram": "GPU memory, e.g. `80Gi` (binary suffixes only).",
  "profiles.compute.*.resources.gpu.attributes.vendor.nvidia[].interface": "The GPU interface: pcie or sxm.",
  "profiles.compute.*.resources.gpu.attributes.interconnect":
    "GPU interconnect group: `[]` (group `auto`) or `{group: name}` (alpha.45 only).",
  "profiles.compute.*.resources.gpu.attributes.interconnect.group": "The interconnect group name (`auto` is reserved).",
  "profiles.placement": "Placement profiles: where to run and at what price, by name.",
  "profiles.placement.*": "One placement profile (a deployment group).",
  "profiles.placement.*.attributes": "Provider attributes the group requires, e.g. `region: us-west`.",
  "profiles.placement.*.attributes.*": "One required provider attribute value.",
  "profiles.placement.*.signedBy": "Auditors that must have signed the provider's attributes.",
  "profiles.placement.*.signedBy.allOf": "Every one of these auditors.",
  "profiles.placement.*.signedBy.anyOf": "At least one of these auditors.",
  "profiles.placement.*.pricing": "The highest price per block, by compute profile name.",
  "profiles.placement.*.pricing.*": "One price.",
  "profiles.placement.*.pricing.*.denom":
    "The denomination: uakt or uact (Go takes any valid cosmos denom, e.g. `ibc/…`).",
  "profiles.placement.*.pricing.*.amount": "The amount per block, up to 18 decimals.",
  deployment: "How many instances of which service run on which placement, by service name.",
  "deployment.*": "The placements of one service, by placement profile name.",
  "deployment.*.*": "One service on one placement.",
  "deployment.*.*.profile": "The compute profile of each instance.",
  "deployment.*.*.count": "How many instances (at least 1).",
  endpoints: "IP endpoints (leased IPs) that exposes refer to, by name.",
  "endpoints.*": "One IP endpoint.",
  "endpoints.*.kind": "The endpoint kind; only `ip`.",
  reclamation: "What the deployment requires of a provider's reclamation window.",
  "reclamation.min_window": "The shortest reclamation window accepted, e.g. `24h`.",
  version: 'The SDL version: "2.0" or "2.1" (quote it).',
});

/**
 * The one-line doc of a key-table path (`undefined` for a path the table does not have).
 *
 * @example
 * sdlKeyDoc("deployment.*.*.count"); // "How many instances (at least 1)."
 */
export function sdlKeyDoc(pattern: string): string | undefined {
  return Object.hasOwn(SDL_KEY_DOCS, pattern) ? SDL_KEY_DOCS[pattern] : undefined;
}
