import { generateManifest, validateSDL, yaml } from "@akashnetwork/chain-sdk";
import { parse } from "@akash-sdl/core";
import { describe, expect, it } from "vitest";
import { deployVerdict } from "../src/index.js";
import { BASE, sdlWith } from "./support/sdl.js";

/** alpha.45's answer on one text (a throw counts as a refusal). */
function alpha45(text: string): boolean {
  try {
    const input = yaml.raw(text) as Parameters<typeof validateSDL>[0];
    const errs = validateSDL(input);
    if (errs !== undefined && errs.length > 0) return false;
    const result = generateManifest(input) as unknown as {
      ok?: boolean;
      value?: { groups: unknown; groupSpecs: unknown };
    };
    void result.value?.groups;
    void result.value?.groupSpecs;
    return result.ok !== false;
  } catch {
    return false;
  }
}

const gpu = (b: string) =>
  sdlWith("        storage:\n          size: 1Gi\n", `        storage:\n          size: 1Gi\n        gpu:\n${b}`);
const opts = (o: string) => sdlWith("      - port: 80\n", `      - port: 80\n        http_options:\n${o}`);
const vol = (v: string, p = "") =>
  BASE.replace("        storage:\n          size: 1Gi\n", `        storage:\n${v}`).replace(
    "    image: nginx:1.27\n",
    `    image: nginx:1.27\n${p}`,
  );
/** BASE whose single volume has these attributes (and no mount). */
const defaultVolume = (attrs: string) =>
  sdlWith(
    "        storage:\n          size: 1Gi\n",
    `        storage:\n          size: 1Gi\n          attributes:\n${attrs}`,
  );
/** One probe per rule edge, each a small change of BASE. */
const probes: Record<string, string> = {
  base: BASE,
  gb: sdlWith("size: 512Mi", "size: 16GB"),
  bare: sdlWith("size: 512Mi", 'size: "536870912"'),
  as0: sdlWith("      - port: 80\n", "      - port: 80\n        as: 0\n"),
  tcpMixed: sdlWith("      - port: 80\n", "      - port: 80\n        proto: Tcp\n"),
  http: sdlWith("      - port: 80\n", "      - port: 80\n        proto: HTTP\n"),
  port0: sdlWith("port: 80", "port: 0"),
  timeout120k: opts("          read_timeout: 120000\n"),
  timeout30s: opts("          read_timeout: 30s\n"),
  timeoutHuge: opts("          read_timeout: 1194h\n"),
  body: opts("          max_body_size: 209715200\n"),
  off: opts("          next_cases: [off, error]\n"),
  proxyHalf: opts("          proxy:\n            buffers_number: 4\n"),
  proxyOk: opts("          proxy:\n            buffers_number: 4\n            buffers_size: 8192\n"),
  pbs: opts("          proxy_buffer_size: 1024\n"),
  ramPersist: vol(
    "          - size: 1Gi\n          - name: shm\n            size: 1Gi\n            attributes:\n              class: ram\n              persistent: true\n",
  ),
  ramOnly: vol(
    "          - size: 1Gi\n          - name: shm\n            size: 1Gi\n            attributes:\n              class: ram\n",
    "    params:\n      storage:\n        shm:\n          mount: /dev/shm\n",
  ),
  persistOnly: vol(
    "          - size: 1Gi\n          - name: data\n            size: 1Gi\n            attributes:\n              persistent: true\n",
    "    params:\n      storage:\n        data:\n          mount: /data\n",
  ),
  beta2NoPersist: vol(
    "          - size: 1Gi\n          - name: data\n            size: 1Gi\n            attributes:\n              class: beta2\n              persistent: false\n",
  ),
  classFast: vol(
    "          - size: 1Gi\n          - name: data\n            size: 1Gi\n            attributes:\n              class: fast\n              persistent: true\n",
    "    params:\n      storage:\n        data:\n          mount: /data\n",
  ),
  persistYes: vol(
    "          - size: 1Gi\n          - name: data\n            size: 1Gi\n            attributes:\n              class: beta2\n              persistent: yes\n",
    "    params:\n      storage:\n        data:\n          mount: /data\n",
  ),
  dupVol: vol("          - size: 1Gi\n          - size: 2Gi\n"),
  relMount: vol(
    "          - size: 1Gi\n          - name: data\n            size: 1Gi\n",
    "    params:\n      storage:\n        data:\n          mount: data\n",
  ),
  noMount: vol(
    "          - size: 1Gi\n          - name: data\n            size: 1Gi\n",
    "    params:\n      storage:\n        data:\n          readOnly: false\n",
  ),
  ramRO21: vol(
    "          - size: 1Gi\n          - name: shm\n            size: 1Gi\n            attributes:\n              class: ram\n              persistent: false\n",
    "    params:\n      storage:\n        shm:\n          mount: /dev/shm\n          readOnly: true\n",
  ).replace('"2.0"', '"2.1"'),
  gpuNoAttrs: gpu("          units: 1\n"),
  gpuZeroAttrs: gpu("          units: 0\n          attributes:\n            vendor:\n              nvidia:\n"),
  gpuPCIe: gpu(
    "          units: 1\n          attributes:\n            vendor:\n              nvidia:\n                - model: a100\n                  interface: PCIe\n",
  ),
  gpuAmd: gpu(
    "          units: 1\n          attributes:\n            vendor:\n              amd:\n                - model: mi300x\n",
  ),
  gpuUnknownModel: gpu(
    "          units: 1\n          attributes:\n            vendor:\n              nvidia:\n                - model: rtx9999\n",
  ),
  gpuSpaceModel: gpu(
    "          units: 1\n          attributes:\n            vendor:\n              nvidia:\n                - model: a100 80gb\n",
  ),
  gpuRam80G: gpu(
    "          units: 1\n          attributes:\n            vendor:\n              nvidia:\n                - model: a100\n                  ram: 80G\n",
  ),
  arch: sdlWith("          units: 0.5\n", "          units: 0.5\n          attributes:\n            arch: x86_64\n"),
  archOk: sdlWith("          units: 0.5\n", "          units: 0.5\n          attributes:\n            arch: arm64\n"),
  teeBad: sdlWith("    image: nginx:1.27\n", "    image: nginx:1.27\n    params:\n      tee: sgx\n"),
  creds: sdlWith(
    "    image: nginx:1.27\n",
    "    image: nginx:1.27\n    credentials:\n      host: ghcr.io\n      username: me\n      password: abc\n",
  ),
  badName: BASE.replace("  web:\n    image", "  Web_1:\n    image").replace(
    "deployment:\n  web:",
    "deployment:\n  Web_1:",
  ),
  envBad: sdlWith("    image: nginx:1.27\n", "    image: nginx:1.27\n    env:\n      - 1ST=x\n"),
  noGlobal: BASE.replace("          - global: true\n", "          - service: web\n"),
  undeployed: BASE.replace("profiles:", "  worker:\n    image: busybox:1.36\nprofiles:"),
  price0: sdlWith("amount: 1000", "amount: 0"),
  price1e3: sdlWith("amount: 1000", "amount: 1e3"),
  priceHigh: sdlWith("amount: 1000", "amount: 20000000"),
  ibc: sdlWith("denom: uact", "denom: ibc/170C677610AC31DF0904FFE09CD3B5C657492170E7E52372E48756B71E56F2F1"),
  count0: sdlWith("count: 1", "count: 0"),
  cpuBig: sdlWith("units: 0.5", "units: 500"),
  cpu15m: sdlWith("units: 0.5", 'units: "1.5m"'),
  gpuUnits10: gpu('          units: "1.0"\n          attributes:\n            vendor:\n              nvidia:\n'),
  unknownKey: sdlWith("    image: nginx:1.27\n", "    image: nginx:1.27\n    depends_on: [x]\n"),
  version2: BASE.replace('version: "2.0"', "version: 2.0"),
  window: BASE + "reclamation:\n  min_window: 1h30m\n",
  emptyDeploy: `${BASE.slice(0, BASE.indexOf("deployment:"))}deployment: {}\n`,
  endpointUnused: BASE + "endpoints:\n  myip:\n    kind: ip\n",
  global11: BASE.replace("          - global: true\n", "          - global: yes\n"),
  permEvents: sdlWith(
    "    image: nginx:1.27\n",
    "    image: nginx:1.27\n    params:\n      permissions:\n        read: [events, logs]\n",
  ),
  permFoo: sdlWith(
    "    image: nginx:1.27\n",
    "    image: nginx:1.27\n    params:\n      permissions:\n        read: [foo]\n",
  ),
  exposeNull: BASE.replace("    expose:\n      - port: 80\n        to:\n          - global: true\n", "    expose:\n"),
  nvidiaEmpty: gpu("          units: 1\n          attributes:\n            vendor:\n              nvidia: []\n"),
  nvidiaNull: gpu("          units: 1\n          attributes:\n            vendor:\n              nvidia:\n"),
  storageEmpty: BASE.replace("        storage:\n          size: 1Gi\n", "        storage: []\n"),
  epBadName:
    BASE.replace("          - global: true\n", "          - global: true\n            ip: Bad-Name\n") +
    "endpoints:\n  Bad-Name:\n    kind: ip\n",
  ipTwoPlacements:
    BASE.replace("          - global: true\n", "          - global: true\n            ip: myip\n").replace(
      "          amount: 1000\n",
      "          amount: 1000\n    dc2:\n      pricing:\n        web:\n          denom: uact\n          amount: 1000\n",
    ) + "    dc2:\n      profile: web\n      count: 1\nendpoints:\n  myip:\n    kind: ip\n",
  countStr: sdlWith("count: 1", 'count: "1"'),
  dupMount: vol(
    "          - size: 1Gi\n          - name: a\n            size: 1Gi\n          - name: b\n            size: 1Gi\n",
    "    params:\n      storage:\n        a:\n          mount: /d\n        b:\n          mount: /d\n",
  ),
  credsNoHost: sdlWith(
    "    image: nginx:1.27\n",
    "    image: nginx:1.27\n    credentials:\n      username: me\n      password: abcdefg\n",
  ),
  teeCpu21: sdlWith("    image: nginx:1.27\n", "    image: nginx:1.27\n    params:\n      tee: cpu\n").replace(
    '"2.0"',
    '"2.1"',
  ),
  include: "include: [a.yaml]\n" + BASE,
  deps: sdlWith("    image: nginx:1.27\n", "    image: nginx:1.27\n    dependencies:\n      - service: db\n"),
  cpu100m: sdlWith("units: 0.5", 'units: "100m"'),
  cpuZero: sdlWith("units: 0.5", "units: 0"),
  memLowerGi: sdlWith("size: 512Mi", "size: 1gi"),
  multiDoc: BASE + "---\nfoo: 1\n",
  signedBy: sdlWith("    dc:\n      pricing:", "    dc:\n      signedBy:\n        anyOf: [akash1xyz]\n      pricing:"),
  attrNum: sdlWith("    dc:\n      pricing:", "    dc:\n      attributes:\n        tier: 1\n      pricing:"),
  asDup: BASE.replace(
    "      - port: 80\n",
    "      - port: 80\n        as: 80\n        to:\n          - global: true\n      - port: 8080\n        as: 80\n",
  ),
  acceptBad: sdlWith("      - port: 80\n", "      - port: 80\n        accept:\n          - '*.example.com'\n"),
  acceptDup: sdlWith(
    "      - port: 80\n",
    "      - port: 80\n        accept:\n          - a.example.com\n          - a.example.com\n",
  ),
  version21: BASE.replace('version: "2.0"', 'version: "2.1"'),
  version30: BASE.replace('version: "2.0"', 'version: "3.0"'),
  noVersion: BASE.replace('version: "2.0"\n', ""),
  imageEmpty: sdlWith("image: nginx:1.27", 'image: ""'),
  imageNum: sdlWith("image: nginx:1.27", "image: 123"),
  envNull: sdlWith("    image: nginx:1.27\n", "    image: nginx:1.27\n    env:\n"),
  nextTriesStr: opts('          next_tries: "3"\n'),
  minWindow0: BASE + "reclamation:\n  min_window: 0s\n",
  minWindowOk: BASE + "reclamation:\n  min_window: 24h\n",
  denomFoo: sdlWith("denom: uact", "denom: foo"),
  amountStr: sdlWith("amount: 1000", 'amount: "1000.5"'),
  amount19: sdlWith("amount: 1000", 'amount: "0.0000000000000000001"'),
  amountNeg: sdlWith("amount: 1000", "amount: -1"),
  // Found by fuzzing mutated corpus files against alpha.45 (session 9): scalars Go cannot read
  // but Console's js-yaml reads as it likes.
  class1000: vol(
    "          - size: 1Gi\n          - name: data\n            size: 1Gi\n            attributes:\n              class: 1_000\n              persistent: true\n",
    "    params:\n      storage:\n        data:\n          mount: /data\n",
  ),
  ramPersist30s: vol(
    "          - size: 1Gi\n          - name: shm\n            size: 1Gi\n            attributes:\n              class: ram\n              persistent: 30s\n",
    "    params:\n      storage:\n        shm:\n          mount: /dev/shm\n",
  ),
  attrSeq: sdlWith("    dc:\n      pricing:", "    dc:\n      attributes:\n        host: [a]\n      pricing:"),
  attrMap: sdlWith("    dc:\n      pricing:", "    dc:\n      attributes:\n        host: {}\n      pricing:"),
  gpuHex: gpu("          units: 0x1\n          attributes:\n            vendor:\n              nvidia:\n"),
  gpuExp: gpu("          units: 1e0\n          attributes:\n            vendor:\n              nvidia:\n"),
  gpuExpBig: gpu("          units: 1e3\n          attributes:\n            vendor:\n              nvidia:\n"),
  gpuBin: gpu("          units: 0b1\n          attributes:\n            vendor:\n              nvidia:\n"),
  cpuHex: sdlWith("units: 0.5", "units: 0x50"),
  cpuHexZero: sdlWith("units: 0.5", "units: 0x0"),
  cpuHexHuge: sdlWith("units: 0.5", "units: 0x50000"),
  ramPersistYes: vol(
    "          - size: 1Gi\n          - name: shm\n            size: 1Gi\n            attributes:\n              class: ram\n              persistent: yes\n",
    "    params:\n      storage:\n        shm:\n          mount: /dev/shm\n",
  ),
  // Console's mount check reads `persistent` its own way (any text but false/no/0/empty is true).
  unmountedEndpoints: defaultVolume("            persistent: endpoints\n            class: units\n"),
  unmountedQuotedFalse: defaultVolume("            persistent: 'false'\n            class: units\n"),
  unmountedNo: defaultVolume("            persistent: no\n            class: units\n"),
  unmountedQuotedTRUE: defaultVolume("            persistent: 'TRUE'\n            class: units\n"),
  unmountedEmpty: defaultVolume("            persistent: ''\n            class: units\n"),
  flowColonArg: sdlWith("    image: nginx:1.27\n", "    image: nginx:1.27\n    args: [start, a/b:, --port]\n"),
  flowColonLast: sdlWith("    image: nginx:1.27\n", "    image: nginx:1.27\n    command: [sh, host:]\n"),
  flowColonQuoted: sdlWith("    image: nginx:1.27\n", '    image: nginx:1.27\n    args: [start, "a/b:"]\n'),
  flowColonSpaced: sdlWith("    image: nginx:1.27\n", "    image: nginx:1.27\n    args: [start, a:b]\n"),
  nullMountKey: vol(
    "          - size: 1Gi\n          - name: data\n            size: 1Gi\n",
    "    params:\n      storage:\n        ~:\n          mount: /data\n",
  ),
  // Console multiplies a size with an unknown unit letter by 1: the chain's limits decide.
  memSecondsSmall: sdlWith("size: 512Mi", "size: 30s"),
  memSecondsBig: sdlWith("size: 512Mi", "size: 1000000000s"),
  storageUnknownUnit: sdlWith("size: 1Gi", "size: 2000000000x"),
  localTag: sdlWith("image: nginx:1.27", "image: !x nginx:1.27"),
  flowColonMapValue: sdlWith(
    "    image: nginx:1.27\n",
    "    image: nginx:1.27\n    credentials: {host: ghcr.io, username: me, password: secret123:}\n",
  ),
  amountPlus: sdlWith("amount: 1000", "amount: +80"),
  amountPlusQuoted: sdlWith("amount: 1000", "amount: '+80'"),
  amountPlusDot: sdlWith("amount: 1000", "amount: +.5"),
};

/** Where we refuse although alpha.45 answers yes: the chain's limits, which no SDK checks (SDL-SPEC §3.8). */
const CHAIN_REFUSES: ReadonlySet<string> = new Set([
  "priceHigh",
  "cpuBig",
  "gpuExpBig",
  "cpuHexHuge",
  "memSecondsSmall",
]);

/** provider-services' verdict per probe (SDL-SPEC §3, §4). */
const GO_ACCEPTS: ReadonlySet<string> = new Set([
  "base",
  "bare",
  "as0",
  "tcpMixed",
  "proxyHalf",
  "proxyOk",
  "pbs",
  "ramOnly",
  "persistOnly",
  "persistYes",
  "gpuAmd",
  "gpuUnknownModel",
  "arch",
  "archOk",
  "creds",
  "undeployed",
  "ibc",
  "unknownKey",
  "version2",
  "window",
  "global11",
  "permEvents",
  "permFoo",
  "nvidiaEmpty",
  "nvidiaNull",
  "teeCpu21",
  "include",
  "deps",
  "cpu100m",
  "multiDoc",
  "signedBy",
  "attrNum",
  "asDup",
  "version21",
  "version30",
  "imageNum",
  "envNull",
  "minWindowOk",
  "denomFoo",
  "amountStr",
  "amountPlus",
  "localTag",
  "flowColonMapValue",
  "nullMountKey",
  "flowColonArg",
  "flowColonLast",
  "flowColonQuoted",
  "flowColonSpaced",
  "amountPlusQuoted",
  "amountPlusDot",
]);

describe("probes: Console verdict equals alpha.45, Go verdict follows SDL-SPEC", () => {
  it.each(Object.entries(probes))("%s", (name, text) => {
    const verdict = deployVerdict(parse(text));
    expect(verdict.console).toBe(CHAIN_REFUSES.has(name) ? false : alpha45(text));
    if (CHAIN_REFUSES.has(name)) expect(alpha45(text)).toBe(true);
    expect(verdict.go).toBe(GO_ACCEPTS.has(name));
  });
});
