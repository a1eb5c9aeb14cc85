import { parse, toPlainValue } from "@akash-sdl/core";
import { describe, expect, it } from "vitest";
import {
  addService,
  applyLspTextEdits,
  parsePath,
  removeGpu,
  removeService,
  renameService,
  setArgs,
  setEnv,
  setGpu,
  setImage,
  setPrice,
  setValue,
} from "../src/index.js";

const SDL = `# header comment
version: "2.0"
services:
  web: &svc # anchor here
    image: "nginx:1.25"
    args: [--a, --b]
    env:
      - A=1 # keep
      - B=2
    expose:
      - port: 80
        to:
          - global: true
  api:
    image: node:22
    expose:
      - port: 3000
        to:
          - service: web
profiles:
  compute:
    web:
      resources:
        cpu:
          units: 1
        memory:
          size: 1Gi
        gpu:
          units: 1
          attributes:
            vendor:
              nvidia:
                - model: a100
        storage:
          size: 1Gi
    api:
      resources: { cpu: { units: 1 }, memory: { size: 1Gi }, storage: { size: 1Gi } }
  placement:
    dcloud:
      pricing:
        web: { denom: uact, amount: 100 }
        api:
          denom: uact
          amount: 100
deployment:
  web:
    dcloud:
      profile: web
      count: 1
  api:
    dcloud:
      profile: api
      count: 1
`;

const plain = (text: string): unknown => toPlainValue(parse(text).tree.root);

describe("edits", () => {
  it("replace a scalar keeping its quoting; edits apply as LSP TextEdits", () => {
    const r = setImage(SDL, "web", "nginx:1.27");
    expect(r.text).toBe(SDL.replace('"nginx:1.25"', '"nginx:1.27"'));
    expect(r.edits).toEqual([
      { range: { start: { line: 4, character: 11 }, end: { line: 4, character: 23 } }, newText: '"nginx:1.27"' },
    ]);
    expect(applyLspTextEdits(SDL, r.edits)).toBe(r.text);
  });

  it("keep CRLF line ends when inserting", () => {
    const crlf = SDL.replaceAll("\n", "\r\n");
    const r = setEnv(crlf, "api", { LOG: "debug" });
    expect(r.text).toBe(
      crlf.replace("    image: node:22\r\n", "    image: node:22\r\n    env:\r\n      - LOG=debug\r\n"),
    );
  });

  it("edit lists item by item (comments on kept items stay), flow lists stay flow", () => {
    expect(setEnv(SDL, "web", { B: "3", C: "4" }).text).toBe(
      SDL.replace("      - B=2\n", "      - B=3\n      - C=4\n"),
    );
    expect(setEnv(SDL, "web", { B: undefined }).text).toBe(SDL.replace("      - B=2\n", ""));
    expect(setArgs(SDL, "web", ["--a", "yes"]).text).toBe(SDL.replace("[--a, --b]", '[--a, "yes"]'));
  });

  it("set and remove GPU requirements", () => {
    const removed = removeGpu(SDL, "web");
    expect(removed.text).not.toContain("gpu:");
    expect(removed.text).toContain("        memory:\n          size: 1Gi\n        storage:\n");
    const set = setGpu(SDL, "api", { units: 2, attributes: { vendor: { nvidia: [{ model: "h100", ram: "80Gi" }] } } });
    expect(
      (plain(set.text) as { profiles: { compute: { api: { resources: { gpu: unknown } } } } }).profiles.compute.api
        .resources.gpu,
    ).toEqual({
      units: 2,
      attributes: { vendor: { nvidia: [{ model: "h100", ram: "80Gi" }] } },
    });
    expect(setPrice(SDL, "dcloud", "web", { amount: 250, denom: "uakt" }).text).toBe(
      SDL.replace("web: { denom: uact, amount: 100 }", "web: { denom: uakt, amount: 250 }"),
    );
  });

  it("rename a service: key, deployment, own profile, pricing and references; anchor kept", () => {
    const r = renameService(SDL, "web", "site");
    expect(r.text).toContain("  site: &svc # anchor here\n");
    expect(r.text).toContain("          - service: site\n");
    expect(r.text).toContain("    site:\n      resources:\n");
    expect(r.text).toContain("        site: { denom: uact, amount: 100 }");
    expect(r.text).toContain("  site:\n    dcloud:\n      profile: site\n");
    expect(r.edits).toHaveLength(6);
    expect(renameService(SDL, "web", "api").diagnostics[0]?.code).toBe("build/invalid-name");
    expect(renameService(SDL, "web", "Bad_Name").diagnostics[0]?.code).toBe("build/invalid-name");
    expect(renameService(SDL, "nope", "x").diagnostics[0]?.code).toBe("build/path-not-found");
  });

  it("add and remove a whole service with its profile, price and deployment", () => {
    const added = addService(
      SDL,
      "cache",
      { image: "redis:7.4" },
      { profile: { resources: { cpu: { units: 0.5 }, memory: { size: "512Mi" }, storage: { size: "1Gi" } } } },
    );
    const v = plain(added.text) as Record<string, Record<string, Record<string, unknown>>>;
    expect(v["services"]?.["cache"]).toEqual({ image: "redis:7.4" });
    expect(v["deployment"]?.["cache"]).toEqual({ dcloud: { profile: "cache", count: 1 } });
    expect(added.text).toContain("          - service: web\n  cache:\n    image: redis:7.4\nprofiles:\n");
    expect(added.text).toContain("# header comment\n");
    const removed = removeService(added.text, "cache");
    expect(removed.text).toBe(SDL);
  });

  it("setValue creates missing mappings, and reports paths through scalars", () => {
    const r = setValue(SDL, parsePath("profiles.placement.dcloud.attributes.region"), "us-west");
    expect(r.text).toContain("    dcloud:\n      attributes:\n        region: us-west\n      pricing:\n");
    expect(setValue(SDL, ["services", "web", "image", "x"], 1).diagnostics[0]?.code).toBe("build/not-editable");
    expect(setValue("- a\n", ["services"], 1).diagnostics[0]?.code).toBe("build/not-editable");
    expect(setImage("- a\n", "web", "x").diagnostics[0]?.code).toBe("build/path-not-found");
    expect(parsePath("profiles.placement.[my.dc].pricing")).toEqual(["profiles", "placement", "my.dc", "pricing"]);
  });
});

describe("edits of empty and flow collections", () => {
  const EMPTY = 'version: "2.0"\nservices: {}\nprofiles:\n  compute: {}\n  placement: {}\ndeployment: {}\n';
  it("fill `key: {}` and `key: []` as blocks under the key", () => {
    const r = addService(
      EMPTY,
      "web",
      { image: "nginx:1.27", expose: [] },
      { profile: { resources: { cpu: { units: 1 }, memory: { size: "1Gi" }, storage: { size: "1Gi" } } } },
    );
    expect(r.text).toContain(
      "services:\n  web:\n    image: nginx:1.27\n    expose: []\nprofiles:\n  compute:\n    web:\n      resources:\n",
    );
    expect(r.text).toContain(
      "  placement:\n    dcloud:\n      pricing:\n        web:\n          denom: uact\n          amount: 1000\ndeployment:\n  web:\n    dcloud:\n      profile: web\n      count: 1\n",
    );
    const exposed = setValue(r.text, ["services", "web", "expose", 0], { port: 80, to: [{ global: true }] });
    expect(exposed.text).toContain("    expose:\n      - port: 80\n        to:\n          - global: true\n");
  });

  it("an empty flow collection inside another flow collection stays flow", () => {
    const text = "services:\n  web: {image: nginx, env: []}\n";
    expect(setEnv(text, "web", { A: "1" }).text).toBe("services:\n  web: {image: nginx, env: [A=1]}\n");
  });

  it("edit inside a flow mapping in place", () => {
    const text = "services:\n  web: {image: nginx, args: [a]}\n";
    expect(setImage(text, "web", "nginx:1.27").text).toBe("services:\n  web: {image: nginx:1.27, args: [a]}\n");
    expect(setArgs(text, "web", ["a", "b"]).text).toBe("services:\n  web: {image: nginx, args: [a, b]}\n");
  });
});
