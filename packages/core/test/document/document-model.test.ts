import { describe, expect, test } from "vitest";
import { buildDocument, DEFAULT_PARSE_LIMITS, parse, sdlMapGet } from "../../src/index.js";
import { yamlFrontEnd } from "../../src/front-ends/yaml/index.js";
import { errors, p, sdlWith, spanOf, valueSpan, withCode } from "./helpers.js";

const FULL = `version: "2.1"
include:
  - extra.yaml
services:
  web:
    image: ghcr.io/org/app:1.2
    command: []
    args:
    env:
      - A=1
    expose:
      - port: 80
        as: 8080
        proto: udp
        accept: [a.example.com]
        http_options:
          max_body_size: 1048576
          next_cases: [error, "500"]
        to:
          - service: db
          - global: true
            ip: myip
    params:
      storage:
        data:
          mount: /data
          readOnly: true
      permissions:
        read: [logs]
      tee: cpu
    credentials:
      host: ghcr.io
      username: me
      password: secret
  db:
    image: postgres
profiles:
  compute:
    web:
      resources:
        cpu:
          units: 250m
          attributes:
            arch: amd64
        memory:
          size: 1Gi
        storage:
          - size: 1Gi
          - name: data
            size: 10Gi
            attributes:
              persistent: true
              class: beta2
        gpu:
          units: 1
          attributes:
            vendor:
              nvidia:
                - model: a100
                  ram: 81920Mi
                  interface: sxm
  placement:
    dc:
      attributes:
        region: us-west
        tier: 01
      signedBy:
        allOf: [akash1a]
      pricing:
        web:
          denom: uakt
          amount: 1.5
deployment:
  web:
    dc:
      profile: web
      count: 2
  db:
    dc:
      profile: web
      count: 1
endpoints:
  myip:
    kind: ip
reclamation:
  min_window: 1h
`;

describe("the typed document of a full 2.1 file", () => {
  const r = parse(FULL);
  const doc = r.document;
  const web = sdlMapGet(doc?.services, "web");

  test("has no errors", () => expect(errors(r)).toEqual([]));

  test("keeps source order and key nodes", () => {
    expect(doc?.services?.entries.map((e) => e.key.name)).toEqual(["web", "db"]);
    expect(doc?.services?.entries[1]?.key.span).toEqual(valueSpan(FULL, "\n  ", "db"));
    expect(web?.name.span).toEqual(valueSpan(FULL, "services:\n  ", "web"));
    expect(doc?.include?.items.map((i) => i.value)).toEqual(["extra.yaml"]);
  });

  test("links every node to its tree node and span", () => {
    const image = web?.image;
    expect(image?.node?.kind).toBe("scalar");
    expect(image?.span).toEqual(spanOf(FULL, "ghcr.io/org/app:1.2"));
    expect(FULL.slice(image?.span.start, image?.span.end)).toBe("ghcr.io/org/app:1.2");
    expect(web?.expose?.items[0]?.span.start).toBe(spanOf(FULL, "port: 80").start);
    expect(web?.expose?.items[0]?.port?.path).toEqual(["services", "web", "expose", 0, "port"]);
    expect(web?.imageRef).toEqual({ registry: "ghcr.io", repository: "org/app", tag: "1.2" });
  });

  test("distinguishes explicit [] from null and absent lists (D10)", () => {
    expect(web?.command).toMatchObject({ isNull: false, items: [] });
    expect(web?.args).toMatchObject({ isNull: true, items: [] });
    expect(web?.args?.node).toBeNull();
    expect(web?.args?.span).toEqual(spanOf(FULL, "args"));
    expect(sdlMapGet(doc?.services, "db")?.command).toBeUndefined();
    expect(web?.env?.items.map((i) => i.value)).toEqual(["A=1"]);
  });

  test("decodes exposes, to entries and http options", () => {
    const e = web?.expose?.items[0];
    expect([e?.port?.value, e?.as?.value, e?.proto?.value]).toEqual([80, 8080, "udp"]);
    expect(e?.accept?.items.map((i) => i.value)).toEqual(["a.example.com"]);
    expect(e?.to?.items.map((t) => [t.service?.value, t.global?.value, t.ip?.value])).toEqual([
      ["db", undefined, undefined],
      [undefined, true, "myip"],
    ]);
    expect(e?.httpOptions?.maxBodySize?.value).toBe(1048576);
    expect(e?.httpOptions?.nextCases?.items.map((i) => i.value)).toEqual(["error", "500"]);
  });

  test("decodes params and credentials", () => {
    const data = sdlMapGet(web?.params?.storage, "data");
    expect([data?.mount?.value, data?.readOnly?.value]).toEqual(["/data", true]);
    expect(web?.params?.permissions?.read?.items.map((i) => i.value)).toEqual(["logs"]);
    expect(web?.params?.tee?.value).toBe("cpu");
    expect([web?.credentials?.host?.value, web?.credentials?.username?.value, web?.credentials?.email]).toEqual([
      "ghcr.io",
      "me",
      undefined,
    ]);
  });

  test("decodes compute resources with Go's units", () => {
    const res = sdlMapGet(doc?.profiles?.compute, "web")?.resources;
    expect(res?.cpu?.units?.value).toBe(250);
    expect(sdlMapGet(res?.cpu?.attributes, "arch")?.value).toBe("amd64");
    expect(res?.memory?.size?.value).toBe(1073741824n);
    expect(res?.storage?.form).toBe("list");
    expect(
      res?.storage?.volumes.map((v) => [
        v.effectiveName,
        v.size?.value,
        v.attributes?.persistent?.value,
        v.attributes?.class?.value,
      ]),
    ).toEqual([
      ["default", 1073741824n, undefined, undefined],
      ["data", 10737418240n, true, "beta2"],
    ]);
    const model = sdlMapGet(res?.gpu?.attributes?.vendor, "nvidia")?.items[0];
    expect([
      res?.gpu?.units?.value,
      model?.model?.value,
      model?.ram?.value?.normalized,
      model?.interface?.value,
    ]).toEqual([1, "a100", "80Gi", "sxm"]);
  });

  test("decodes placement, deployment, endpoints and reclamation", () => {
    const dc = sdlMapGet(doc?.profiles?.placement, "dc");
    expect(dc?.attributes?.entries.map((e) => [e.key.name, e.value.value])).toEqual([
      ["region", "us-west"],
      ["tier", "01"],
    ]);
    expect(dc?.signedBy?.allOf?.items.map((i) => i.value)).toEqual(["akash1a"]);
    expect(dc?.signedBy?.anyOf).toBeUndefined();
    const price = sdlMapGet(dc?.pricing, "web");
    expect([price?.denom?.value, price?.amount?.value?.text18, price?.amount?.value?.atomics]).toEqual([
      "uakt",
      "1.500000000000000000",
      1500000000000000000n,
    ]);
    const d = sdlMapGet(sdlMapGet(doc?.deployment, "web"), "dc");
    expect([d?.placement.name, d?.profile?.value, d?.count?.value]).toEqual(["dc", "web", 2]);
    expect(sdlMapGet(doc?.endpoints, "myip")?.kind?.value).toBe("ip");
    expect(doc?.reclamation?.minWindow?.value).toEqual({ seconds: 3600n, nanos: 0 });
    expect(doc?.version).toMatchObject({
      raw: "2.1",
      decoder: "2.1",
      key: { name: "version", span: spanOf(FULL, "version") },
    });
  });
});

describe("model details", () => {
  test("a single-map storage is named default whatever its name", () => {
    const r = p(
      sdlWith({
        resources:
          "        cpu:\n          units: 1\n        memory:\n          size: 1Gi\n        storage:\n          name: big\n          size: 1Gi\n",
      }),
    );
    const storage = sdlMapGet(r.document?.profiles?.compute, "web")?.resources?.storage;
    expect(storage?.form).toBe("single");
    expect(storage?.volumes.map((v) => [v.name?.value, v.effectiveName])).toEqual([["big", "default"]]);
  });

  test("a null map value keeps the entry with isNull (Go stores a zero value)", () => {
    const doc = sdlWith({}).replace("profiles:", "  worker:\nprofiles:");
    const worker = sdlMapGet(p(doc).document?.services, "worker");
    expect(worker).toMatchObject({ isNull: true, node: null, image: undefined });
    expect(worker?.span).toEqual(spanOf(doc, "worker"));
  });

  test("merge keys and aliases are applied as yaml.v3 does", () => {
    const doc = sdlWith({
      service:
        "    image: nginx\n    expose:\n      - &e\n        port: 80\n        to:\n          - global: true\n      - <<: *e\n        port: 81\n",
    });
    const r = p(doc);
    expect(
      r.document?.services?.entries[0]?.value.expose?.items.map((e) => [e.port?.value, e.to?.items[0]?.global?.value]),
    ).toEqual([
      [80, true],
      [81, true],
    ]);
    expect(errors(r)).toEqual([]);
  });

  test("sdlMapGet returns the last of repeated keys, as Go does", () => {
    const doc = sdlWith({}).replace("profiles:", "  web:\n    image: other\nprofiles:");
    const r = p(doc);
    expect(r.document?.services?.entries.map((e) => e.key.name)).toEqual(["web", "web"]);
    expect(sdlMapGet(r.document?.services, "web")?.image?.value).toBe("other");
  });

  test("buildDocument works on any front end's tree (layer 2 entry)", () => {
    const tree = yamlFrontEnd(sdlWith({}), DEFAULT_PARSE_LIMITS);
    const built = buildDocument(tree);
    expect(built.diagnostics).toEqual([]);
    expect(built.document?.version?.decoder).toBe("2.0");
  });

  test("quantities from unused profiles are still decoded and reported", () => {
    const doc = sdlWith({}).replace(
      "  placement:",
      "    spare:\n      resources:\n        cpu:\n          units: 1x\n  placement:",
    );
    const r = p(doc);
    expect(errors(r).map((d) => d.path?.slice(0, 3))).toContainEqual(["profiles", "compute", "spare"]);
    expect(withCode(r, "sdl/missing-key").map((d) => d.severity)).toEqual(["warning", "warning"]);
  });
});
