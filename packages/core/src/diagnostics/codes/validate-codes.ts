/**
 * Diagnostic codes of the semantic validator (`@akash-sdl/validator`): references, storage, ports, GPUs, pricing, chain limits and the two deploy paths (`compat/*`).
 *
 * @example
 * Object.keys(VALIDATE_CODES).length;
 */
export const VALIDATE_CODES = {
  "ref/undefined-service": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "Deployment of an undefined service",
    description:
      "A `deployment` key names no service under `services` (e.g. `deployment: { api: ... }` with only `web` defined). Go fails with `no service profile named api`; Console crashes. Fix the name or define the service.",
  },
  "ref/undefined-profile": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "Undefined compute profile",
    description:
      "`deployment.<svc>.<placement>.profile` names no profile under `profiles.compute` (e.g. `profile: wbe`). Fix the name (a did-you-mean hint is given) or define the profile.",
  },
  "ref/undefined-placement": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "Undefined placement",
    description:
      "A deployment uses a placement that `profiles.placement` does not define (e.g. `deployment.web.dcloud` without `profiles.placement.dcloud`). Define it or fix the name.",
  },
  "ref/missing-pricing": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "No price for the profile",
    description:
      "The placement has no `pricing.<profile>` entry for the compute profile a deployment uses (Go: `no pricing for profile web`). Add `pricing: { web: { denom: uact, amount: 1000 } }`.",
  },
  "ref/no-deployments": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "Nothing deployed",
    description:
      "`deployment: {}` (or only empty service entries): provider-services fails with `Invalid groups`, Console refuses the undeployed services. Add `deployment: { web: { dcloud: { profile: web, count: 1 } } }`.",
  },
  "ref/undeployed-service": {
    severity: "error",
    refusedBy: { go: false, console: true },
    title: "Service not deployed",
    description:
      "A service has no entry under `deployment`. provider-services silently leaves it out; Console refuses the file. Deploy it (`deployment: { worker: { dcloud: { profile: worker, count: 1 } } }`) or remove it.",
  },
  "unused/profile": {
    severity: "warning",
    title: "Unused compute profile",
    description:
      "A compute profile that no deployment uses (e.g. a leftover `large` profile). Both paths accept it; remove it or use it.",
  },
  "unused/placement": {
    severity: "warning",
    title: "Unused placement",
    description: "A placement that no deployment uses. Both paths accept it; remove it or use it.",
  },
  "endpoint/invalid-name": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "Invalid endpoint name",
    description: "Endpoint names must match `^[a-z]+[-_0-9a-z]+$` (e.g. `Invalid-Name` fails). Rename it, e.g. `myip`.",
  },
  "endpoint/missing-kind": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "Endpoint without kind",
    description: "An endpoint has no `kind`. Write `endpoints: { myip: { kind: ip } }`.",
  },
  "endpoint/unknown-kind": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "Unknown endpoint kind",
    description: "An endpoint kind other than `ip` (e.g. `kind: dns`). The only kind is `ip`.",
  },
  "endpoint/ip-not-global": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "IP lease on a non-global expose",
    description: "A `to` entry names `ip: myip` without `global: true`. Add `global: true` to that entry.",
  },
  "endpoint/undefined": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "Undefined IP endpoint",
    description:
      "An expose uses `ip: myip` but `endpoints` does not declare it. Declare `endpoints: { myip: { kind: ip } }` or fix the name.",
  },
  "endpoint/port-in-use": {
    severity: "error",
    title: "IP endpoint port used twice",
    description:
      "Two exposes lease the same IP endpoint port and protocol (e.g. two services with `as: 80` on `ip: myip`). Use another `as` or another endpoint. Go also counts a service deployed to two placements twice.",
  },
  "endpoint/unused": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "IP endpoint never used",
    description:
      'An endpoint is declared but no deployed service leases it (`endpoint "myip" declared but never used`). Use it from an expose (`to: [{ global: true, ip: myip }]`) or remove it.',
  },
  "expose/port-out-of-range": {
    severity: "error",
    title: "Port out of range",
    description:
      "`port` must be between 1 and 65535 (e.g. `port: 99999` or `port: 0` fail). Use the container's real port.",
  },
  "expose/as-out-of-range": {
    severity: "error",
    refusedBy: { go: false, console: true },
    title: "External port out of range",
    description:
      '`as` must be between 1 and 65535 for Console\'s schema (e.g. `as: 0`); provider-services treats 0 as "same as port". Leave `as` out or use a valid port.',
  },
  "expose/invalid-protocol": {
    severity: "error",
    title: "Unsupported protocol",
    description:
      "`proto` must be TCP or UDP (e.g. `proto: HTTP` fails with `unsupported service protocol`). Remove it (TCP is the default) or write `proto: udp`.",
  },
  "expose/unknown-service": {
    severity: "warning",
    title: "Expose to an undefined service",
    description:
      "`to: [{ service: db }]` names a service that `services` does not define (often a typo). Both paths accept it, but nothing can connect. Fix the name (a did-you-mean hint is given).",
  },
  "expose/protocol-casing": {
    severity: "warning",
    refusedBy: { go: false, console: true },
    title: "Mixed-case protocol",
    description:
      "`proto: Tcp`: provider-services upper-cases it, Console's schema allows only `TCP`, `UDP`, `tcp`, `udp`. Write `tcp`.",
  },
  "http/max-body-size": {
    severity: "error",
    title: "Body size above the limit",
    description:
      "`http_options.max_body_size` above 104857600 bytes (100 MiB), e.g. `max_body_size: 209715200`. Use at most 104857600.",
  },
  "http/timeout-too-long": {
    severity: "error",
    title: "Timeout above provider-services' limit",
    description:
      "`read_timeout`/`send_timeout` above 60000 ms (e.g. `read_timeout: 120000`): provider-services refuses it; Console alpha.45 allows up to 4294967295 ms. Use at most 60000 for both paths.",
  },
  "http/proxy-buffer-size": {
    severity: "error",
    refusedBy: { go: true, console: false },
    title: "Proxy buffer size above the limit",
    description: "`proxy_buffer_size` above 1048576 bytes (provider-services). Use at most 1048576.",
  },
  "http/proxy-buffer-size-unsupported": {
    severity: "error",
    refusedBy: { go: false, console: true },
    title: "proxy_buffer_size not in Console's schema",
    description:
      "Console alpha.45 replaced `proxy_buffer_size` by the `proxy` block and rejects it. Write `proxy: { buffer_size: 65536 }` for Console or leave it out.",
  },
  "http/unknown-next-case": {
    severity: "error",
    title: "Unknown next case",
    description:
      "A `next_cases` entry other than error, timeout, 500, 502, 503, 504, 403, 404, 429, off (e.g. `501`). Use one of those.",
  },
  "http/next-case-off-not-alone": {
    severity: "error",
    title: "'off' with other next cases",
    description: "`next_cases: [off, error]`: 'off' must be alone. Write `next_cases: [off]` or drop 'off'.",
  },
  "http/proxy-value": {
    severity: "error",
    refusedBy: { go: false, console: true },
    title: "Invalid proxy value",
    description:
      "A `http_options.proxy` field is not a whole number in range (or `buffering_disable` not a boolean), e.g. `buffers_number: 0`. Use a whole number ≥ 1 for buffers_number/buffers_size, ≥ 0 for the others.",
  },
  "http/proxy-buffers-pair": {
    severity: "error",
    refusedBy: { go: false, console: true },
    title: "Proxy buffers half set",
    description: "`proxy.buffers_number` and `proxy.buffers_size` go together (Console's schema). Set both or neither.",
  },
  "storage/duplicate-volume-name": {
    severity: "error",
    refusedBy: { go: true, console: false },
    title: "Duplicate volume name",
    description:
      "Two volumes of one profile share a name (two unnamed volumes are both `default`): `sdl: duplicated volume name`. Name every volume.",
  },
  "storage/invalid-persistent": {
    severity: "error",
    refusedBy: { go: true, console: false },
    title: "persistent is not a boolean",
    description: "`persistent: maybe`: Go accepts true/false/yes/no/on/off only. Write `persistent: true` or `false`.",
  },
  "storage/invalid-class": {
    severity: "error",
    refusedBy: { go: true, console: false },
    title: "Unknown storage class",
    description: "`class: fast`: the classes are default, beta1, beta2, beta3 and ram. Use one of them.",
  },
  "storage/ram-persistent": {
    severity: "error",
    title: "Persistent ram volume",
    description:
      "`class: ram` with `persistent: true`. A ram volume is memory-backed scratch space: write `persistent: false`, or use beta2/beta3 for persistent data.",
  },
  "storage/class-needs-persistent": {
    severity: "error",
    title: "Class on an ephemeral volume",
    description:
      "`class: beta2` without `persistent: true` (Go: `ephemeral storage should not set attribute class`). Add `persistent: true` or remove `class`.",
  },
  "storage/incomplete-attributes": {
    severity: "error",
    refusedBy: { go: false, console: true },
    title: "Storage attributes need class and persistent",
    description:
      "Console alpha.45 requires both `class` and `persistent` when a volume has attributes (e.g. `attributes: { class: ram }`); provider-services fills in the missing one. Write both, e.g. `{ class: ram, persistent: false }`.",
  },
  "storage/undefined-volume": {
    severity: "error",
    title: "Mount of an undefined volume",
    description:
      "`params.storage.data` names a volume the service's compute profile does not have. Add a volume named `data` to the profile's storage, or fix the name.",
  },
  "storage/missing-mount": {
    severity: "error",
    title: "Volume without mount path",
    description:
      "Kept for compatibility; the validator now reports a missing or empty mount through core's `sdl/missing-key` (Go refuses it, Console only when the key is written). Add `mount: /data`.",
  },
  "storage/mount-not-absolute": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "Relative mount path",
    description: "`mount: data` is not absolute. Write `mount: /data`.",
  },
  "storage/duplicate-mount": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "Mount path used twice",
    description: "Two volumes of one service are mounted at the same path. Mount each at its own path.",
  },
  "storage/ram-read-only": {
    severity: "error",
    refusedBy: { go: true, console: false },
    title: "Read-only ram volume",
    description:
      "SDL 2.1: a `ram` volume mounted with `readOnly: true` (provider-services refuses it). Remove `readOnly: true`.",
  },
  "storage/persistent-without-mount": {
    severity: "error",
    title: "Persistent volume not mounted",
    description:
      "A `persistent: true` volume that the service does not mount. Console always refuses this; Go 2.0 only when the service mounts nothing. Add `params.storage.<volume>.mount: /data`.",
  },
  "size/missing-unit": {
    severity: "error",
    refusedBy: { go: false, console: true },
    title: "Size without unit",
    description:
      '`size: "1073741824"`: provider-services reads bytes, Console\'s manifest builder throws `Invalid size string`. Write `1Gi`.',
  },
  "credentials/invalid-field": {
    severity: "error",
    title: "Invalid registry credentials",
    description:
      "Registry `credentials` with an empty host, username or password (Go trims spaces), or, for Console, a password under 6 or an email under 5 characters. Fill them in.",
  },
  "gpu/attributes-without-units": {
    severity: "error",
    title: "GPU attributes without units",
    description:
      "`gpu: { units: 0, attributes: {...} }` (Go: `attributes cannot be present if units == 0`). Set `units` or remove the attributes.",
  },
  "gpu/units-without-attributes": {
    severity: "error",
    title: "GPU units without attributes",
    description:
      "`gpu: { units: 1 }` without attributes (Go: `GPU attributes must be present if units > 0`). Add `attributes: { vendor: { nvidia: [{ model: a100 }] } }`.",
  },
  "gpu/vendor-ignored-by-go": {
    severity: "warning",
    title: "Non-nvidia GPU vendor",
    description:
      "`vendor: { amd: [...] }`: provider-services ignores vendors other than nvidia and bids with any nvidia GPU; Console refuses the vendor. Use `vendor: { nvidia: [...] }`.",
  },
  "gpu/invalid-interface": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "Invalid GPU interface",
    description: "`interface: PCIe`: the interface is case-sensitive, `pcie` or `sxm`. Write `pcie`.",
  },
  "gpu/unknown-model": {
    severity: "warning",
    title: "Unknown GPU model",
    description:
      "A GPU model the catalogue does not know for its vendor (e.g. `a100-80gb`, `4090`); no provider will bid. Use a catalogue name such as `a100` or `rtx4090` (hints list the nearest).",
  },
  "gpu/unknown-ram": {
    severity: "warning",
    title: "GPU memory that does not exist",
    description:
      "`model: a100, ram: 24Gi`: that model comes with other sizes (40Gi, 80Gi). Use one of the listed sizes, or drop `ram`.",
  },
  "gpu/invalid-model-key": {
    severity: "error",
    refusedBy: { go: true, console: false },
    title: "GPU model name breaks the attribute key",
    description:
      "Go turns each GPU entry into the attribute key `vendor/nvidia/model/<model>/ram/<ram>/interface/<if>` and checks it against `^([a-zA-Z][\\w/.-]{1,126}[\\w*]?)$`: a model such as `a100 80gb` or `rtx+4090` fails. Use the catalogue name (`a100`, `rtx4090`).",
  },
  "gpu/duplicate-model": {
    severity: "error",
    refusedBy: { go: true, console: false },
    title: "GPU model listed twice",
    description:
      "Two GPU entries give the same attribute key (same model, ram and interface); Go fails with `attributes cannot have duplicate keys`. Remove one.",
  },
  "gpu/unknown-interface": {
    severity: "warning",
    title: "GPU interface that does not exist for the model",
    description:
      "`model: rtx4090, interface: sxm`: the catalogue has that model (with that `ram`) only with another interface, so no provider will bid. Use the listed interface, or drop `interface`.",
  },
  "gpu/invalid-interconnect": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "Invalid GPU interconnect",
    description:
      "`gpu.attributes.interconnect` must be `[]` or `{ group: <name> }` with a name other than `auto` (e.g. `interconnect: true` fails).",
  },
  "gpu/interconnect-capability": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "Interconnect placement lacks the capability",
    description:
      'A profile with `interconnect` is deployed to a placement without `capabilities/gpu-interconnect: "true"` in its attributes. Add that attribute.',
  },
  "gpu/interconnect-mixed": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "Mixed interconnect forms",
    description:
      "One placement mixes `interconnect: []` and `interconnect: { group }`. Use one form across the placement.",
  },
  "cpu/unknown-arch": {
    severity: "error",
    refusedBy: { go: false, console: true },
    title: "Unknown CPU architecture",
    description:
      "`cpu.attributes.arch: x86_64`: Console's schema allows `amd64` and `arm64`, and providers advertise those. Write `amd64`.",
  },
  "tee/unsupported-type": {
    severity: "error",
    title: "Unsupported tee type",
    description: "`params.tee: sgx`: the types are `cpu` and `cpu-gpu`.",
  },
  "tee/requires-gpu": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "cpu-gpu tee without GPU",
    description: "`tee: cpu-gpu` on a service whose profile has no GPUs. Add GPUs or use `tee: cpu`.",
  },
  "tee/conflicting-types": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "Mixed tee types in a placement",
    description: "Two services in one placement ask for different tee types. Use one type per placement.",
  },
  "manifest/invalid-service-name": {
    severity: "error",
    refusedBy: { go: true, console: false },
    title: "Invalid service name",
    description:
      "provider-services requires `^[a-z]([-a-z0-9]*[a-z0-9])?$` (e.g. `My_App` fails). Rename it, e.g. `my-app`.",
  },
  "manifest/invalid-env-name": {
    severity: "error",
    refusedBy: { go: true, console: false },
    title: "Invalid environment variable name",
    description:
      "An `env` item whose name (before `=`) is not `[-._a-zA-Z][-._a-zA-Z0-9]*` (e.g. `1ST=x`, `MY VAR=x`). Rename the variable.",
  },
  "manifest/invalid-hostname": {
    severity: "error",
    refusedBy: { go: true, console: false },
    title: "Invalid accepted hostname",
    description:
      "An `accept` entry that is not a lower-case DNS name (e.g. `*.example.com`, `Example.com`, `http://x`). Write `app.example.com`.",
  },
  "manifest/duplicate-hostname": {
    severity: "error",
    refusedBy: { go: true, console: false },
    title: "Hostname accepted twice",
    description: "Two exposes accept the same hostname. Each hostname belongs to one expose.",
  },
  "manifest/no-global-expose": {
    severity: "error",
    refusedBy: { go: true, console: false },
    title: "No global expose",
    description:
      "No deployed service exposes a port with `global: true` (provider-services: `zero global services`). Add `to: [{ global: true }]` to an expose.",
  },
  "image/untagged": {
    severity: "warning",
    title: "Untagged image",
    description:
      "`image: nginx` means `nginx:latest`, which may change on every restart. Pin a version such as `nginx:1.27`.",
  },
  "image/latest-tag": {
    severity: "warning",
    title: "Image uses :latest",
    description: "`image: nginx:latest` moves. Pin a version or a digest.",
  },
  "price/denom-not-accepted": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "Denom not accepted by the network",
    description:
      "The price denom is not one the chosen network accepts for deployments (e.g. `uusdc`). Use `uact` or `uakt` (or the network's USDC IBC denom for provider-services).",
  },
  "price/unknown-denom": {
    severity: "warning",
    title: "Denom no network accepts",
    description:
      "Without `--network`, a price denom that no known Akash network accepts (e.g. `invalidtoken`): provider-services builds the deployment and the chain refuses it; Console's schema refuses it. Use `uact`; pass a network to make this an error.",
  },
  "price/denom-not-in-console": {
    severity: "error",
    refusedBy: { go: false, console: true },
    title: "Denom outside Console's schema",
    description:
      "An IBC denom such as mainnet USDC `ibc/170C…`: provider-services accepts it, Console alpha.45 allows only `uakt` and `uact`. Use `uact`.",
  },
  "price/above-limit": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "Price above the chain's limit",
    description:
      "A unit price above 10000000 denom units per block (e.g. `amount: 99999999`). The hint converts the price to per hour and month; lower it.",
  },
  "price/mixed-denoms": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "More than one denom",
    description:
      "The profiles of one placement, or the placements of one deployment, are priced in different denoms (Go panics or fails `inconsistent group denomination`). Use one denom everywhere.",
  },
  "limit/zero-count": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "Count zero",
    description: "`count: 0` deploys nothing (Go: `invalid total CPU`; Console: minimum 1). Use at least 1.",
  },
  "limit/cpu": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "CPU per unit out of range",
    description:
      "CPU per unit must be 10 to 384000 millicpu (0.01 to 384 CPUs), e.g. `units: 500` fails. Lower it and raise the count.",
  },
  "limit/gpu": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "Too many GPUs per unit",
    description: "More than 24 GPUs per unit. Ask for fewer and raise the count.",
  },
  "limit/memory": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "Memory per unit out of range",
    description: "Memory per unit must be 1Mi to 2Ti. Adjust the size.",
  },
  "limit/storage": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "Volume size out of range",
    description: "Each volume must be 5Mi to 32Ti (e.g. `size: 1Ki` fails). Adjust the size.",
  },
  "limit/total-cpu": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "Group CPU total above the limit",
    description:
      "The CPU of a placement group (units × count, summed) exceeds 19200 CPUs. Lower counts or split the group.",
  },
  "limit/total-gpu": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "Group GPU total above the limit",
    description: "A placement group asks for more than 1200 GPUs in total. Lower counts.",
  },
  "limit/total-memory": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "Group memory total above the limit",
    description: "A placement group asks for more than 100Ti of memory in total. Lower counts.",
  },
  "limit/total-storage": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "Volume total above the limit",
    description: "One volume × count exceeds 1600Ti. Use smaller volumes or lower counts.",
  },
  "compat/go-refuses": {
    severity: "warning",
    refusedBy: { go: true, console: false },
    title: "provider-services refuses, Console accepts",
    description:
      "Under target `any` (or `console`), something only provider-services refuses, e.g. a price amount `1e3` that Console reads as a number. The message names what Console does; the hint gives the spelling both accept. Use `--target go` to make it an error.",
  },
  "compat/console-refuses": {
    severity: "warning",
    refusedBy: { go: false, console: true },
    title: "Console refuses, provider-services accepts",
    description:
      "Under target `any` (or `go`), something only Console refuses, e.g. an undeployed service or `as: 0`. The message names what provider-services does; the hint gives the spelling both accept. Use `--target console` to make it an error.",
  },
  "compat/size-suffix": {
    severity: "warning",
    refusedBy: { go: true, console: false },
    title: "Size suffix only Console reads",
    description:
      "`size: 16GB` or `8gi`: Console reads it (case-insensitive, powers of 1000 unless `i`), provider-services rejects it. Write `16G` or `8Gi`, which both accept.",
  },
  "compat/duration-timeout": {
    severity: "warning",
    refusedBy: { go: true, console: false },
    title: "Duration timeout only Console reads",
    description:
      "`read_timeout: 60s`: Console alpha.45 converts it to milliseconds, provider-services expects an integer. Write `60000`.",
  },
  "compat/flow-colon": {
    severity: "warning",
    refusedBy: { go: false, console: true },
    title: "Text ending in ':' in a flow collection",
    description:
      '`args: [--bind, host:]` or `{password: abc:}`: provider-services (yaml.v3) reads the text `host:`; Console (js-yaml) reads a mapping `{host: null}` in a list, which no SDL list takes, and fails on it as a mapping value, so it refuses the file. Quote the text: `"host:"`.',
  },
  "schema/console-refuses": {
    severity: "error",
    refusedBy: { go: false, console: true },
    title: "Console's schema refuses this",
    description:
      "The console-flavour JSON Schema (alpha.45's `sdl-input.schema.yaml` facts) rejects the node, e.g. `version: 2.0` unquoted or an unknown key. Under target `any` or `go` it is a warning; the message says what the schema expects.",
  },
} as const;
