import { describe, expect, test } from "vitest";
import { compile, manifestToJson, manifestVersionHex } from "../../src/index.js";
import type { CompiledDeployment } from "../../src/index.js";
import { divergencesOf } from "../support/divergences.js";
import { officialCompile } from "../support/official-sdk.js";

/** A small SDL: `services` and `storage` blocks are spliced in; profile `web`, placement `dc`. */
function sdl(version: string, services: string, deployment: string, storage = "storage: {size: 1Gi}"): string {
  return `version: "${version}"
services:
${services}
profiles:
  compute:
    web:
      resources:
        cpu: {units: 0.5}
        memory: {size: 512Mi}
        ${storage}
  placement:
    dc:
      pricing:
        web: {denom: uakt, amount: 100}
deployment:
${deployment}
`;
}

const WEB = `  web:
    image: nginx:1.25
    expose:
      - port: 80
        to: [{global: true}]`;

function ours(text: string): CompiledDeployment {
  const { value, diagnostics } = compile(text);
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return value!;
}

/** The official SDK accepts the text and its hash differs from ours: the divergence is still open. */
function expectOfficialDiffers(text: string, value: CompiledDeployment): void {
  const ts = officialCompile(text);
  expect(ts.ok).toBe(true);
  if (ts.ok) expect(ts.hash).not.toBe(manifestVersionHex(value.manifest));
}

describe("open Go/TS divergences (alpha.45): we give Go's answer", () => {
  test("D3: a non-global `to` shifts every IP lease sequence number", () => {
    const text = `${sdl(
      "2.0",
      `${WEB.replace("to: [{global: true}]", "to: [{global: true, ip: myip}]")}
  api:
    image: nginx:1.25
    expose:
      - port: 8080
        to: [{service: web}]`,
      "  web: {dc: {profile: web, count: 1}}\n  api: {dc: {profile: web, count: 1}}",
    )}endpoints:\n  myip: {kind: ip}\n`;
    const value = ours(text);
    expect(divergencesOf(text)).toContain("D3-ip-seq-shift");
    const web = value.manifest[0]!.services.find((s) => s.name === "web")!;
    // L = ["", "myip"] sorted → "" is 1, "myip" is 2.
    expect(web.expose.find((e) => e.ip === "myip")?.endpointSequenceNumber).toBe(2);
    expect(web.resources.endpoints).toEqual([
      { kind: "SHARED_HTTP", sequenceNumber: 0 },
      { kind: "LEASED_IP", sequenceNumber: 2 },
    ]);
    expectOfficialDiffers(text, value);
  });

  test("D4: SDL 2.0 never merges services that share a profile (one unit each)", () => {
    const text = sdl(
      "2.0",
      `${WEB}\n${WEB.replace("  web:", "  web2:")}`,
      "  web: {dc: {profile: web, count: 1}}\n  web2: {dc: {profile: web, count: 2}}",
    );
    const value = ours(text);
    expect(divergencesOf(text)).toContain("D4-v20-no-merge");
    expect(value.groups[0]!.resources.map((u) => [u.resource.id, u.count])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    expect(value.manifest[0]!.services.map((s) => s.resources.id)).toEqual([1, 2]);
    // The same text as 2.1 merges into one unit of count 3.
    const merged = ours(text.replace('"2.0"', '"2.1"'));
    expect(merged.groups[0]!.resources.map((u) => [u.resource.id, u.count])).toEqual([[1, 3]]);
    expectOfficialDiffers(text, value);
  });

  test("D5: an expose without `to` still becomes one non-global expose", () => {
    const text = sdl(
      "2.0",
      `${WEB}
      - port: 6379`,
      "  web: {dc: {profile: web, count: 1}}",
    );
    const value = ours(text);
    expect(divergencesOf(text)).toContain("D5-expose-without-to");
    const exposes = value.manifest[0]!.services[0]!.expose;
    expect(exposes.map((e) => [e.port, e.global, e.service])).toEqual([
      [80, true, ""],
      [6379, false, ""],
    ]);
    expectOfficialDiffers(text, value);
  });

  test("D6: storage volumes in Go's non-strict stable order (equal-size ephemeral volumes reversed)", () => {
    const storage = `storage:
          - {size: 1Gi}
          - {name: b, size: 1Gi, attributes: {class: ram, persistent: false}}
          - {name: c, size: 1Gi, attributes: {class: ram, persistent: false}}
          - {name: d, size: 512Mi}`;
    const text = sdl("2.1", WEB, "  web: {dc: {profile: web, count: 1}}", storage);
    const value = ours(text);
    expect(divergencesOf(text)).toContain("D6-storage-order");
    expect(value.groups[0]!.resources[0]!.resource.storage.map((s) => s.name)).toEqual(["d", "default", "c", "b"]);
    expect(value.manifest[0]!.services[0]!.resources.storage.map((s) => s.name)).toEqual(["d", "default", "c", "b"]);
    expectOfficialDiffers(text, value);
  });

  test('D6b: a single-map storage volume is always named "default"', () => {
    const text = sdl("2.1", WEB, "  web: {dc: {profile: web, count: 1}}", "storage: {name: data, size: 1Gi}");
    const value = ours(text);
    expect(divergencesOf(text)).toContain("D6b-single-volume-name");
    expect(value.groups[0]!.resources[0]!.resource.storage.map((s) => s.name)).toEqual(["default"]);
    expectOfficialDiffers(text, value);
  });

  test("D10: an explicit empty list is [] in Go's JSON, an absent one null", () => {
    const text = sdl("2.1", `${WEB}\n    command: []`, "  web: {dc: {profile: web, count: 1}}");
    const value = ours(text);
    expect(divergencesOf(text)).toContain("D10-explicit-empty-list");
    expect(manifestToJson(value.manifest)).toContain('"command":[],"args":null');
    expectOfficialDiffers(text, value);
  });

  test("D11: zero http_options take Go's defaults", () => {
    const text = sdl(
      "2.1",
      `${WEB}\n        http_options: {max_body_size: 0, next_tries: 0}`,
      "  web: {dc: {profile: web, count: 1}}",
    );
    const value = ours(text);
    expect(divergencesOf(text)).toContain("D11-http-zero-defaults");
    const h = value.manifest[0]!.services[0]!.expose[0]!.httpOptions;
    expect([h.maxBodySize, h.nextTries]).toEqual([1048576, 3]);
    expectOfficialDiffers(text, value);
  });

  test("alpha.45 hashes http_options.proxy; Go (main) ignores the unknown key, and so do we", () => {
    const text = sdl(
      "2.1",
      `${WEB}\n        http_options: {proxy: {buffer_size: 8192}}`,
      "  web: {dc: {profile: web, count: 1}}",
    );
    const value = ours(text);
    expect(divergencesOf(text)).toContain("A-proxy-ignored-by-go");
    expect(manifestToJson(value.manifest)).not.toContain("proxy");
    // Without the block the bytes are the same: the key changes nothing for Go.
    expect(manifestVersionHex(value.manifest)).toBe(
      manifestVersionHex(
        ours(text.replace(", proxy: {buffer_size: 8192}", "").replace("http_options: {}", "")).manifest,
      ),
    );
    expectOfficialDiffers(text, value);
  });

  const GPU = (attrs: string): string =>
    `storage: {size: 1Gi}\n        gpu: {units: 1, attributes: {vendor: {nvidia: ${attrs}}}}`;

  test("D8: GPU ram is normalised to whole Gi in the attribute key", () => {
    const text = sdl("2.1", WEB, "  web: {dc: {profile: web, count: 1}}", GPU("[{model: a100, ram: 81920Mi}]"));
    const value = ours(text);
    expect(divergencesOf(text)).toContain("D8-gpu-ram-normalized");
    expect(value.groups[0]!.resources[0]!.resource.gpu?.attributes.map((a) => a.key)).toEqual([
      "vendor/nvidia/model/a100/ram/80Gi",
    ]);
    expectOfficialDiffers(text, value);
  });

  test("D9: SDL 2.0 drops the credentials email", () => {
    const text = sdl(
      "2.0",
      `${WEB}\n    credentials: {host: ghcr.io, username: u, password: secret1, email: a@b.co}`,
      "  web: {dc: {profile: web, count: 1}}",
    );
    const value = ours(text);
    expect(divergencesOf(text)).toContain("D9-credentials");
    expect(value.manifest[0]!.services[0]!.credentials?.email).toBe("");
    expectOfficialDiffers(text, value);
  });

  test("D12: sizes are truncated to whole bytes (the TS SDK rounds up)", () => {
    const text = sdl("2.1", WEB, "  web: {dc: {profile: web, count: 1}}").replace("size: 512Mi", "size: 1.1Gi");
    const value = ours(text);
    expect(divergencesOf(text)).toContain("D12-size-rounding");
    expect(value.groups[0]!.resources[0]!.resource.memory?.quantity.val).toBe(1181116006n);
    expectOfficialDiffers(text, value);
  });

  test("D13: CPU units are multiplied in float64 and truncated", () => {
    const text = sdl("2.1", WEB, "  web: {dc: {profile: web, count: 1}}").replace("units: 0.5", "units: 1.0005");
    const value = ours(text);
    expect(divergencesOf(text)).toContain("D13-cpu-fraction");
    expect(value.groups[0]!.resources[0]!.resource.cpu?.units.val).toBe(1000n);
    expectOfficialDiffers(text, value);
  });

  test('D17: placement attribute values keep their YAML text (01 stays "01")', () => {
    const text = sdl("2.1", WEB, "  web: {dc: {profile: web, count: 1}}").replace(
      "    dc:\n",
      "    dc:\n      attributes: {tier: 01}\n",
    );
    const value = ours(text);
    expect(divergencesOf(text)).toContain("D17-scalar-text");
    expect(value.groups[0]!.requirements.attributes).toEqual([{ key: "tier", value: "01" }]);
    const ts = officialCompile(text);
    expect(ts.ok && ts.groups[0]!.requirements.attributes).toEqual([{ key: "tier", value: "1" }]);
  });

  test("D32: an empty permissions.read list is left out", () => {
    const text = sdl("2.1", `${WEB}\n    params: {permissions: {read: []}}`, "  web: {dc: {profile: web, count: 1}}");
    const value = ours(text);
    expect(divergencesOf(text)).toContain("D32-empty-permissions");
    expect(manifestToJson(value.manifest)).toContain('"params":{"storage":null,"permissions":{}}');
    expectOfficialDiffers(text, value);
  });

  test("D34: `nvidia: []` is the wildcard model for Go", () => {
    const text = sdl("2.1", WEB, "  web: {dc: {profile: web, count: 1}}", GPU("[]"));
    const value = ours(text);
    expect(divergencesOf(text)).toContain("D34-empty-nvidia");
    expect(value.groups[0]!.resources[0]!.resource.gpu?.attributes).toEqual([
      { key: "vendor/nvidia/model/*", value: "true" },
    ]);
    expectOfficialDiffers(text, value);
  });
});
