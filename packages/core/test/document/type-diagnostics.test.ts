import { describe, expect, test } from "vitest";
import { buildDocument, DIAGNOSTIC_CODES, parse } from "../../src/index.js";
import { yamlFrontEnd } from "../../src/front-ends/yaml/index.js";
import type { YamlTree } from "../../src/index.js";
import { errors, p, sdlWith, spanOf, valueSpan, withCode } from "./helpers.js";

describe("shape errors carry the node's span", () => {
  test("type/expected-mapping: a service that is a scalar", () => {
    const doc = sdlWith({ service: "    image: nginx\n" }).replace("  web:\n    image: nginx\n", "  web: nginx\n");
    const r = p(doc);
    expect(withCode(r, "type/expected-mapping")).toMatchObject([
      {
        severity: "error",
        span: spanOf(doc, "nginx"),
        path: ["services", "web"],
        data: { expected: "mapping", actual: "scalar" },
      },
    ]);
  });

  test("type/expected-sequence: expose given as a mapping", () => {
    const doc = sdlWith({ service: "    image: nginx\n    expose:\n      port: 80\n" });
    const r = p(doc);
    const [d] = withCode(r, "type/expected-sequence");
    expect(d).toMatchObject({ severity: "error", path: ["services", "web", "expose"] });
    expect(d?.span?.start).toBe(spanOf(doc, "port: 80").start);
  });

  test("type/expected-string: image given as a list, and a mapping key", () => {
    const doc = sdlWith({ service: "    image: [nginx]\n" });
    const r = p(doc);
    expect(withCode(r, "type/expected-string")).toMatchObject([
      { span: spanOf(doc, "[nginx]"), path: ["services", "web", "image"] },
    ]);
    // A collection as a key (Go parses it, then fails to decode it into the SDL's string keys). The
    // fast reader does not read `?` keys yet (it reports yaml/unsupported), so the yaml package reads it.
    const keyDoc = sdlWith({}).replace("services:\n", "services:\n  ? [a]\n  : {}\n");
    const keyed = parse(keyDoc, { frontEnd: yamlFrontEnd });
    expect(withCode(keyed, "type/expected-string")).toMatchObject([{ span: spanOf(keyDoc, "[a]") }]);
  });

  test("type/expected-scalar: CPU units given as a list", () => {
    const doc = sdlWith({
      resources:
        "        cpu:\n          units: [1]\n        memory:\n          size: 1Gi\n        storage:\n          size: 1Gi\n",
    });
    expect(withCode(p(doc), "type/expected-scalar")).toMatchObject([{ severity: "error", span: spanOf(doc, "[1]") }]);
  });

  test("gpu given as a scalar is only a warning (Go decodes 0 GPUs)", () => {
    const doc = sdlWith({
      resources:
        "        cpu:\n          units: 1\n        memory:\n          size: 1Gi\n        storage:\n          size: 1Gi\n        gpu: 1\n",
    });
    const r = p(doc);
    expect(withCode(r, "type/expected-mapping")).toMatchObject([
      { severity: "warning", span: valueSpan(doc, "gpu: ", "1") },
    ]);
    expect(errors(r)).toEqual([]);
  });

  test("type/ignored-by-go: a null list item is dropped", () => {
    const doc = sdlWith({ service: "    image: nginx\n    command:\n      - sh\n      - ~\n      - run\n" });
    const r = p(doc);
    const service = r.document?.services?.entries[0]?.value;
    expect(service?.command?.items.map((i) => i.value)).toEqual(["sh", "run"]);
    expect(withCode(r, "type/ignored-by-go")).toMatchObject([
      { severity: "warning", span: spanOf(doc, "~"), path: ["services", "web", "command", 1] },
    ]);
  });
});

describe("keys", () => {
  test("sdl/unexpected-field: unknown top-level key is an error with a hint", () => {
    const doc = sdlWith({ extra: "endpoint:\n  x:\n    kind: ip\n" });
    const r = p(doc);
    expect(withCode(r, "sdl/unexpected-field")).toMatchObject([
      { severity: "error", span: spanOf(doc, "endpoint"), path: ["endpoint"], hints: ["Did you mean 'endpoints'?"] },
    ]);
  });

  test("sdl/unknown-key: nested unknown keys are warnings with a did-you-mean hint", () => {
    const doc = sdlWith({ service: "    imgae: nginx\n    image: nginx\n    depends_on: [db]\n" });
    const r = p(doc);
    const found = withCode(r, "sdl/unknown-key");
    expect(found).toMatchObject([
      {
        severity: "warning",
        span: spanOf(doc, "imgae"),
        path: ["services", "web", "imgae"],
        hints: ["Did you mean 'image'?"],
      },
      { severity: "warning", span: spanOf(doc, "depends_on"), path: ["services", "web", "depends_on"] },
    ]);
    expect(found[1]?.hints).toBeUndefined();
  });

  test("sdl/unsupported-key: Go's custom decoders reject unknown cpu/gpu/storage-attribute keys", () => {
    const doc = sdlWith({
      resources:
        "        cpu:\n          units: 1\n          unit: 2\n          attributes:\n            arch: amd64\n            vendor: intel\n" +
        "        memory:\n          size: 1Gi\n        storage:\n          - size: 1Gi\n            attributes:\n              persistent: false\n              speed: fast\n" +
        "        gpu:\n          units: 0\n          model: a100\n",
    });
    const r = p(doc);
    expect(withCode(r, "sdl/unsupported-key").map((d) => [d.severity, d.span])).toEqual([
      ["error", valueSpan(doc, "units: 1\n          ", "unit")],
      ["error", spanOf(doc, "vendor")],
      ["error", spanOf(doc, "speed")],
      ["error", spanOf(doc, "model")],
    ]);
    expect(withCode(r, "sdl/unsupported-key")[0]?.hints).toEqual(["Did you mean 'units'?"]);
  });

  test("sdl/ignored-key: http_options under to", () => {
    const doc = sdlWith({
      service:
        "    image: nginx\n    expose:\n      - port: 80\n        to:\n          - global: true\n            http_options:\n              max_body_size: x\n",
    });
    const r = p(doc);
    expect(withCode(r, "sdl/ignored-key")).toMatchObject([{ severity: "warning", span: spanOf(doc, "http_options") }]);
    // Go still decodes it, so its type errors are Go errors.
    expect(withCode(r, "type/expected-number")).toMatchObject([
      { severity: "error", span: valueSpan(doc, "max_body_size: ", "x") },
    ]);
  });
});

describe("missing keys point at the nearest real node", () => {
  test("missing image: error at the service key when deployed", () => {
    const doc = sdlWith({ service: "    command: [run]\n" });
    expect(withCode(p(doc), "sdl/missing-key")).toMatchObject([
      {
        severity: "error",
        span: spanOf(doc, "web"),
        path: ["services", "web", "image"],
        data: { key: "image", present: false },
      },
    ]);
  });

  test("missing image on an undeployed service is a warning", () => {
    const doc = sdlWith({}).replace("profiles:", "  worker:\n    command: [run]\nprofiles:");
    expect(withCode(p(doc), "sdl/missing-key")).toMatchObject([{ severity: "warning", span: spanOf(doc, "worker") }]);
  });

  test("missing memory size: error at the memory key of a used profile; warning for an unused one", () => {
    const doc = sdlWith({
      resources: "        cpu:\n          units: 1\n        memory: {}\n        storage:\n          size: 1Gi\n",
    });
    expect(withCode(p(doc), "sdl/missing-key")).toMatchObject([
      {
        severity: "error",
        span: spanOf(doc, "memory"),
        path: ["profiles", "compute", "web", "resources", "memory", "size"],
      },
    ]);
    const unused = doc.replace("      profile: web\n", "      profile: other\n");
    expect(withCode(p(unused), "sdl/missing-key")).toMatchObject([{ severity: "warning" }]);
  });

  test("missing top-level sections point at the first key", () => {
    const doc = 'version: "2.0"\nservices:\n  web:\n    image: nginx\n';
    const r = p(doc);
    expect(withCode(r, "sdl/missing-key").map((d) => [d.severity, d.span, d.path])).toEqual([
      ["error", spanOf(doc, "version"), ["profiles"]],
      ["error", spanOf(doc, "version"), ["deployment"]],
    ]);
  });

  test("missing version", () => {
    const doc = sdlWith({}).replace('version: "2.0"\n', "");
    const r = p(doc);
    expect(withCode(r, "sdl/missing-key")).toMatchObject([
      { severity: "error", span: spanOf(doc, "services"), path: ["version"] },
    ]);
    expect(r.document?.version).toBeUndefined();
  });

  test("present but empty keys point at the key itself", () => {
    const doc = sdlWith({ placement: "      pricing:\n        web:\n          denom: uakt\n          amount:\n" });
    expect(withCode(p(doc), "sdl/missing-key")).toMatchObject([
      { severity: "error", span: spanOf(doc, "amount"), data: { present: true } },
    ]);
  });

  test("sdl/empty-document at offset 0 only for an empty text", () => {
    for (const text of ["", "# only a comment\n"]) {
      const r = parse(text);
      expect(r.document).toBeUndefined();
      expect(withCode(r, "sdl/empty-document")).toMatchObject([{ severity: "error", span: { start: 0, end: 0 } }]);
    }
  });

  test("a document that is not a mapping", () => {
    const r = parse("- a\n- b\n");
    expect(r.document).toBeUndefined();
    expect(withCode(r, "type/expected-mapping")).toMatchObject([{ span: { start: 0, end: 7 } }]);
  });
});

describe("robustness", () => {
  test("every code used is registered", () => {
    const r = p(sdlWith({ service: "    image: [x]\n    foo: 1\n", extra: "bar: 1\n" }));
    for (const d of r.diagnostics) expect(DIAGNOSTIC_CODES[d.code]).toBeDefined();
  });

  test("a broken tree becomes an internal/exception diagnostic instead of a throw", () => {
    const broken = {
      root: { kind: "map", span: { start: 0, end: 5 }, pairs: null, flow: false },
      diagnostics: [],
    } as unknown as YamlTree;
    const built = buildDocument(broken);
    expect(built.document).toBeUndefined();
    expect(built.diagnostics.map((d) => d.code)).toContain("internal/exception");
  });

  test("a throwing front end is reported, not thrown", () => {
    const r = parse("version: x", {
      frontEnd: () => {
        throw new Error("boom");
      },
    });
    expect(r.document).toBeUndefined();
    expect(r.diagnostics).toMatchObject([{ code: "internal/exception", severity: "error" }]);
  });

  test("diagnostics are sorted by span start and include the tree's diagnostics", () => {
    const doc = sdlWith({ service: "    image: nginx\n    image: other\n    zzz: 1\n" });
    const r = p(doc);
    const starts = r.diagnostics.map((d) => d.span?.start ?? 0);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(r.diagnostics.some((d) => d.code.startsWith("yaml/"))).toBe(true);
  });

  test("limits are passed to the front end", () => {
    const r = parse(sdlWith({}), { limits: { maxInputLength: 10 } });
    expect(r.diagnostics.some((d) => d.code.startsWith("yaml/"))).toBe(true);
  });
});
