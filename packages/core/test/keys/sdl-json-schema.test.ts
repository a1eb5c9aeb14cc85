import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import {
  SDL_KEYS,
  SDL_KEY_DOCS,
  buildSdlJsonSchema,
  childKeys,
  keyNamesAt,
  keyPatternOf,
  lastSegment,
  parentPattern,
  sdlJsonSchema,
  sdlKey,
  sdlKeyDoc,
} from "../../src/keys/index.js";

// The official TS SDK's input schema, shipped in the alpha.45 package installed as a devDependency
// of validator/compiler/bench (the core package does not depend on it, so it is read by path).
const SCHEMA_FILE = join(
  import.meta.dirname,
  "../../../../node_modules/.pnpm/@akashnetwork+chain-sdk@1.0.0-alpha.45/node_modules/@akashnetwork/chain-sdk/dist/sdl-schema.yaml",
);
const HAS_SCHEMA = existsSync(SCHEMA_FILE);
if (!HAS_SCHEMA) console.warn(`[akash-sdl tests] alpha.45 schema not found at ${SCHEMA_FILE}: comparison skipped`);

type Json = unknown;

/** Inlines `$ref`s, drops prose (`description`, `title`) and sorts `required` lists. */
function normalise(node: Json, definitions: Record<string, Json>): Json {
  if (Array.isArray(node)) return node.map((n) => normalise(n, definitions));
  if (node === null || typeof node !== "object") return node;
  const obj = node as Record<string, Json>;
  const ref = obj["$ref"];
  if (typeof ref === "string") {
    const name = ref.replace("#/definitions/", "");
    return normalise(definitions[name], definitions);
  }
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (k === "description" || k === "title" || k === "definitions") continue;
    out[k] = k === "required" && Array.isArray(v) ? [...(v as string[])].sort() : normalise(v, definitions);
  }
  return out;
}

describe("sdlJsonSchema", () => {
  it.skipIf(!HAS_SCHEMA)("console flavour equals alpha.45's schema constraint for constraint", () => {
    const official = parseYaml(readFileSync(SCHEMA_FILE, "utf8")) as Record<string, Json>;
    const definitions = official["definitions"] as Record<string, Json>;
    expect(normalise(sdlJsonSchema(), {})).toEqual(normalise(official, definitions));
  });

  it("go flavour has Go-only keys, drops console-only ones and leaves yaml.v3-ignored levels open", () => {
    const go = sdlJsonSchema({ flavour: "go" }) as any;
    const service = go.properties.services.additionalProperties;
    expect(service.additionalProperties).toBeUndefined();
    const http = service.properties.expose.items.properties.http_options;
    expect(Object.keys(http.properties)).toContain("proxy_buffer_size");
    expect(Object.keys(http.properties)).not.toContain("proxy");
    const resources = go.properties.profiles.properties.compute.additionalProperties.properties.resources;
    expect(resources.properties.gpu.additionalProperties).toBe(false);
    expect(Object.keys(resources.properties.gpu.properties.attributes.properties)).toEqual(["vendor"]);
    expect(go.additionalProperties).toBe(false);
    expect(go.properties.version.type).toEqual(["string", "number", "null"]);
    // Go reads any scalar into a string field and null into any field; it requires keys only of
    // what a deployment uses, so only the skeleton is required.
    expect(service.properties.image.type).toEqual(["string", "number", "boolean", "null"]);
    expect(service.required).toBeUndefined();
    expect(go.required).toEqual(["services", "profiles", "deployment", "version"]);
    expect((sdlJsonSchema() as any).properties.services.additionalProperties.required).toEqual(["image"]);
    const price =
      go.properties.profiles.properties.placement.additionalProperties.properties.pricing.additionalProperties;
    expect(price.properties.denom.enum).toBeUndefined();
  });

  it("descriptions carry each key's doc", () => {
    const s = sdlJsonSchema({ descriptions: true }) as any;
    expect(s.properties.version.description).toBe(sdlKeyDoc("version"));
    expect(s.properties.services.additionalProperties.properties.image.description).toMatch(/image/);
  });

  it("without descriptions equals buildSdlJsonSchema (no docs), per flavour", () => {
    for (const flavour of ["go", "console"] as const) {
      expect(sdlJsonSchema({ flavour })).toStrictEqual(buildSdlJsonSchema(flavour));
      expect(JSON.stringify(sdlJsonSchema({ flavour }))).not.toContain('"description"');
    }
    expect(sdlJsonSchema()).toStrictEqual(buildSdlJsonSchema());
    expect(buildSdlJsonSchema("go", (p) => `doc of ${p}`).properties).toMatchObject({
      version: { description: "doc of version" },
    });
  });
});

describe("SDL key table", () => {
  it("has one entry per path, each under an existing parent, with a doc and a type", () => {
    const paths = SDL_KEYS.map((k) => k.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const k of SDL_KEYS) {
      expect(sdlKeyDoc(k.path)?.length ?? 0, k.path).toBeGreaterThan(5);
      const parent = k.path.endsWith("[]")
        ? k.path.slice(0, -2)
        : k.path.slice(0, Math.max(0, k.path.lastIndexOf(".")));
      if (parent !== "") expect(paths, k.path).toContain(parent);
    }
  });

  it("has a doc for every key and no doc for anything else", () => {
    expect(Object.keys(SDL_KEY_DOCS).sort()).toEqual(SDL_KEYS.map((k) => k.path).sort());
    expect(sdlKeyDoc("services.*.nope")).toBeUndefined();
    expect(sdlKeyDoc("toString")).toBeUndefined();
    for (const k of SDL_KEYS) expect(Object.keys(k)).not.toContain("doc");
  });

  it("lists children and key names per path", () => {
    expect(keyNamesAt("")).toEqual([
      "include",
      "services",
      "profiles",
      "deployment",
      "endpoints",
      "reclamation",
      "version",
    ]);
    expect(keyNamesAt("services.*.expose[].http_options", "console")).toContain("proxy");
    expect(keyNamesAt("services.*.expose[].http_options", "go")).not.toContain("proxy");
    expect(childKeys("profiles.compute").map((k) => lastSegment(k.path))).toEqual(["*"]);
  });

  it("lists every key name once per path (the typed build's struct views rely on it)", () => {
    for (const info of SDL_KEYS) {
      for (const path of ["go", "console"] as const) {
        const names = keyNamesAt(info.path, path);
        expect(new Set(names).size, `${info.path} (${path})`).toBe(names.length);
      }
    }
    expect(new Set(keyNamesAt("")).size).toBe(keyNamesAt("").length);
  });
});

describe("keyPatternOf", () => {
  it("maps document paths to table patterns through maps, lists and both storage forms", () => {
    expect(keyPatternOf(["services", "web", "expose", 0, "to", 1, "ip"])).toBe("services.*.expose[].to[].ip");
    expect(keyPatternOf(["profiles", "compute", "x", "resources", "storage", 1, "attributes", "class"])).toBe(
      "profiles.compute.*.resources.storage[].attributes.class",
    );
    expect(keyPatternOf(["profiles", "compute", "x", "resources", "storage", "size"])).toBe(
      "profiles.compute.*.resources.storage[].size",
    );
    expect(keyPatternOf(["deployment", "web", "dc", "count"])).toBe("deployment.*.*.count");
    expect(keyPatternOf([])).toBe("");
  });

  it("is undefined for a path that leaves the table", () => {
    expect(keyPatternOf(["services", "web", "imgae"])).toBeUndefined();
    expect(keyPatternOf(["services", 0])).toBeUndefined();
    expect(keyPatternOf(["nope"])).toBeUndefined();
  });

  it("round-trips with parentPattern and sdlKey", () => {
    for (const k of SDL_KEYS) {
      expect(sdlKey(k.path)).toBe(k);
      const parent = parentPattern(k.path);
      expect(childKeys(parent)).toContain(k);
    }
  });
});
