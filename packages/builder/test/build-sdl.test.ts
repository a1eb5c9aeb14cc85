import { parse, toPlainValue } from "@akash-sdl/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildSdl, type SdlSpec, type ServiceSpec } from "../src/index.js";

const name = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}[a-z0-9]$/);
const text = fc.oneof(
  fc.string({ maxLength: 16 }),
  fc.constantFrom("yes", "0777", "1e3", "*x", "a: b", "#c", "2.0", "null", "line1\nline2", " lead", "trail\n"),
);
const expose = fc.record(
  {
    port: fc.integer({ min: 1, max: 65535 }),
    as: fc.integer({ min: 1, max: 65535 }),
    proto: fc.constantFrom("tcp" as const, "udp" as const),
    accept: fc.array(fc.domain(), { maxLength: 2 }),
    http_options: fc.record(
      {
        max_body_size: fc.integer({ min: 1, max: 104857600 }),
        next_cases: fc.constantFrom(["error", "timeout"], ["off"]),
      },
      { requiredKeys: [] },
    ),
    to: fc.array(fc.record({ global: fc.boolean() }), { minLength: 1, maxLength: 2 }),
  },
  { requiredKeys: ["port"] },
);
const service: fc.Arbitrary<ServiceSpec> = fc
  .record(
    {
      image: fc.constantFrom("nginx:1.27", "vllm/vllm-openai:v0.10.1.1", "ghcr.io/a/b:1.0"),
      command: fc.array(text, { maxLength: 3 }),
      args: fc.array(text, { maxLength: 4 }),
      env: fc.array(
        fc.tuple(fc.stringMatching(/^[A-Z][A-Z0-9_]{0,6}$/), text).map(([k, v]) => `${k}=${v}`),
        { maxLength: 3 },
      ),
      expose: fc.uniqueArray(expose, { maxLength: 2, selector: (e) => e.port }),
      params: fc.record({ tee: fc.constantFrom("cpu" as const) }, { requiredKeys: [] }),
    },
    { requiredKeys: ["image"] },
  )
  .map((s) => ({
    ...s,
    // Every service mounts its persistent volume and one port is public, as a deployable SDL needs.
    expose: [...(s.expose ?? []).filter((e) => e.port !== 8), { port: 8, as: 80, to: [{ global: true }] }],
    params: { ...s.params, storage: { data: { mount: "/data" } } },
  }));
const gpu = fc.record({
  units: fc.integer({ min: 1, max: 8 }),
  attributes: fc.record({
    vendor: fc.record({
      nvidia: fc.array(
        fc.record(
          {
            model: fc.constantFrom("h100", "a100", "rtx4090"),
            ram: fc.constantFrom("80Gi", "40Gi", "24Gi"),
            interface: fc.constantFrom("pcie" as const, "sxm" as const),
          },
          { requiredKeys: ["model"] },
        ),
        { minLength: 1, maxLength: 2 },
      ),
    }),
  }),
});
const credentials = fc.record(
  {
    host: fc.domain(),
    username: fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/),
    password: fc.string({ minLength: 6, maxLength: 20 }).filter((p) => p.trim() === p && p.trim().length >= 6),
    email: fc.emailAddress(),
  },
  { requiredKeys: ["host", "username", "password"] },
);
const spec: fc.Arbitrary<SdlSpec> = fc
  .uniqueArray(
    fc.tuple(
      name,
      service,
      fc.option(gpu, { nil: undefined }),
      fc.integer({ min: 1, max: 5 }),
      fc.integer({ min: 1, max: 100000 }),
    ),
    {
      minLength: 1,
      maxLength: 3,
      selector: (t) => t[0],
    },
  )
  .map((entries) => ({
    services: Object.fromEntries(
      entries.map(([n, s, g]) => [
        n,
        g === undefined && s.params?.tee === "cpu" ? s : { ...s, params: { storage: { data: { mount: "/data" } } } },
      ]),
    ),
    profiles: {
      compute: Object.fromEntries(
        entries.map(([n, , g]) => [
          n,
          {
            resources: {
              cpu: { units: 1 },
              memory: { size: "1Gi" },
              ...(g ? { gpu: g } : {}),
              storage: [
                { size: "1Gi" },
                { name: "data", size: "10Gi", attributes: { persistent: true, class: "beta3" } },
              ],
            },
          },
        ]),
      ),
      placement: {
        dcloud: {
          attributes: { region: "us-west" },
          signedBy: { anyOf: ["akash1x"] },
          pricing: Object.fromEntries(entries.map(([n, , , , a]) => [n, { denom: "uact", amount: a }])),
        },
      },
    },
    deployment: Object.fromEntries(entries.map(([n, , , c]) => [n, { dcloud: { profile: n, count: c } }])),
    reclamation: { min_window: "1h" },
  }));

/** Specs that also use an IP endpoint, registry credentials, CPU arch and placement attributes. */
const richSpec: fc.Arbitrary<SdlSpec> = fc
  .tuple(
    spec,
    fc.option(credentials, { nil: undefined }),
    fc.constantFrom("amd64" as const, "arm64" as const),
    fc.dictionary(
      fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/),
      fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom("yes", "0777", "true")),
      { maxKeys: 3 },
    ),
    fc.constantFrom("30m", "1h", "24h"),
  )
  .map(([s, creds, arch, attributes, window]) => {
    const [first] = Object.keys(s.services);
    const name = first as string;
    const svc = s.services[name]!;
    const expose = [
      ...(svc.expose ?? []).filter((e) => e.port !== 9),
      { port: 9, as: 9, to: [{ global: true, ip: "myip" }] },
    ];
    const profile = s.profiles.compute[name]!;
    return {
      ...s,
      services: { ...s.services, [name]: { ...svc, expose, ...(creds ? { credentials: creds } : {}) } },
      profiles: {
        compute: {
          ...s.profiles.compute,
          [name]: { resources: { ...profile.resources, cpu: { units: 1, attributes: { arch } } } },
        },
        placement: { dcloud: { ...s.profiles.placement["dcloud"]!, attributes } },
      },
      endpoints: { myip: { kind: "ip" as const } },
      reclamation: { min_window: window },
    };
  });

/**
 * Specs that also use the remaining fields: `permissions`, GPU `interconnect` (with the placement
 * capability it needs), every `http_options` key, `readOnly` mounts, `signedBy.allOf`, CPU units
 * as text, `proto` and `accept`.
 */
const fullSpec: fc.Arbitrary<SdlSpec> = fc
  .tuple(
    richSpec,
    fc.subarray(["deployment", "logs", "events"], { minLength: 1 }),
    fc.oneof(fc.constant([] as never[]), fc.record({ group: fc.constantFrom("pair0", "g-1", "yes") })),
    fc.record({
      max_body_size: fc.integer({ min: 0, max: 104857600 }),
      read_timeout: fc.integer({ min: 0, max: 60000 }),
      send_timeout: fc.integer({ min: 0, max: 60000 }),
      next_tries: fc.integer({ min: 0, max: 10 }),
      next_timeout: fc.integer({ min: 0, max: 60000 }),
      next_cases: fc.constantFrom(["error", "timeout", "500", "502"], ["off"], ["404", "429"]),
    }),
    fc.boolean(),
    fc.array(fc.stringMatching(/^akash1[a-z0-9]{6}$/), { minLength: 1, maxLength: 2 }),
    fc.constantFrom("500m", "1.5", "2"),
  )
  .map(([s, read, interconnect, http, readOnly, allOf, cpuUnits]) => {
    const [name] = Object.keys(s.services) as [string];
    const svc = s.services[name]!;
    const profile = s.profiles.compute[name]!;
    const placement = s.profiles.placement["dcloud"]!;
    const gpu = profile.resources.gpu ?? {
      units: 1,
      attributes: { vendor: { nvidia: [{ model: "h100", ram: "80Gi" }] } },
    };
    return {
      ...s,
      services: {
        ...s.services,
        [name]: {
          ...svc,
          expose: [
            ...(svc.expose ?? []).filter((e) => e.port !== 7),
            {
              port: 7,
              as: 7000,
              proto: "tcp" as const,
              accept: ["api.example.com"],
              http_options: http,
              to: [{ global: true }],
            },
          ],
          params: { storage: { data: { mount: "/data", readOnly } }, permissions: { read } },
        },
      },
      profiles: {
        compute: {
          ...s.profiles.compute,
          [name]: {
            resources: {
              ...profile.resources,
              cpu: { ...profile.resources.cpu, units: cpuUnits },
              gpu: { units: gpu.units, attributes: { vendor: gpu.attributes!.vendor, interconnect } },
            },
          },
        },
        placement: {
          dcloud: {
            ...placement,
            attributes: { ...placement.attributes, "capabilities/gpu-interconnect": "true" },
            signedBy: { anyOf: ["akash1x"], allOf },
          },
        },
      },
    };
  });

/** The spec as plain JSON with the version the builder picked (what `yaml.parse` of the text must give). */
function expected(s: SdlSpec, version: string): unknown {
  return JSON.parse(JSON.stringify({ ...s, version }));
}

describe("buildSdl", () => {
  it("round-trips random specs: text → parse → the same model, no errors, same bytes twice", () => {
    fc.assert(
      fc.property(spec, (s) => {
        const built = buildSdl(s);
        const parsed = parse(built.text);
        expect(toPlainValue(parsed.tree.root)).toEqual(expected(s, built.version));
        expect(built.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
        expect(buildSdl(s).text).toBe(built.text);
        expect(parsed.document?.version?.decoder).toBe(built.version);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it("round-trips specs with IP endpoints, credentials, CPU arch and placement attributes", () => {
    fc.assert(
      fc.property(richSpec, (s) => {
        const built = buildSdl(s);
        expect(toPlainValue(parse(built.text).tree.root)).toEqual(expected(s, built.version));
        expect(built.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
        expect(built.version).toBe(
          Object.values(s.services).some((x) => x.credentials?.email !== undefined || x.params?.tee !== undefined)
            ? "2.1"
            : "2.0",
        );
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it("round-trips specs with permissions, GPU interconnect, every http_options key, readOnly, signedBy.allOf", () => {
    fc.assert(
      fc.property(fullSpec, (s) => {
        const built = buildSdl(s);
        expect(toPlainValue(parse(built.text).tree.root)).toEqual(expected(s, built.version));
        expect(built.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
        expect(buildSdl(s).text).toBe(built.text);
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it("uses 2.0 unless a 2.1 feature needs 2.1", () => {
    const base: SdlSpec = {
      services: { web: { image: "nginx:1.27" } },
      profiles: {
        compute: { web: { resources: { cpu: { units: 1 }, memory: { size: "1Gi" }, storage: { size: "1Gi" } } } },
        placement: { dc: { pricing: { web: { denom: "uact", amount: 1 } } } },
      },
      deployment: { web: { dc: { profile: "web", count: 1 } } },
    };
    expect(buildSdl(base).version).toBe("2.0");
    expect(buildSdl(base).text.startsWith('version: "2.0"\nservices:\n  web:\n    image: nginx:1.27\n')).toBe(true);
    expect(buildSdl({ ...base, services: { web: { image: "nginx:1.27", params: { tee: "cpu" } } } }).version).toBe(
      "2.1",
    );
    expect(
      buildSdl({
        ...base,
        services: {
          web: { image: "x:1", credentials: { host: "h", username: "u", password: "secret1", email: "a@b.cd" } },
        },
      }).version,
    ).toBe("2.1");
  });

  it("writes keys in SDL order whatever the input order, and a comment header", () => {
    const built = buildSdl(
      {
        deployment: { web: { dc: { count: 1, profile: "web" } } },
        profiles: {
          placement: { dc: { pricing: { web: { amount: 5, denom: "uact" } } } },
          compute: { web: { resources: { storage: { size: "1Gi" }, memory: { size: "1Gi" }, cpu: { units: 1 } } } },
        },
        services: { web: { expose: [{ to: [{ global: true }], port: 80 }], image: "nginx:1.27" } },
      },
      { header: "sized by hand" },
    );
    expect(built.text).toMatchInlineSnapshot(`
      "# sized by hand

      version: "2.0"
      services:
        web:
          image: nginx:1.27
          expose:
            - port: 80
              to:
                - global: true
      profiles:
        compute:
          web:
            resources:
              cpu:
                units: 1
              memory:
                size: 1Gi
              storage:
                size: 1Gi
        placement:
          dc:
            pricing:
              web:
                denom: uact
                amount: 5
      deployment:
        web:
          dc:
            profile: web
            count: 1
      "
    `);
  });
});
