import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { checkCorpusPath, corpusDir, corpusRequired, REQUIRE_CORPUS_VARIABLE } from "../src/corpus.js";

const missing = join(tmpdir(), "akash-sdl-no-such-corpus-9f3b1c");

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
  vi.restoreAllMocks();
});

describe("corpusRequired", () => {
  it("is on for 1/true/yes and off when unset, empty, 0 or false", () => {
    expect(corpusRequired({ [REQUIRE_CORPUS_VARIABLE]: "1" })).toBe(true);
    expect(corpusRequired({ [REQUIRE_CORPUS_VARIABLE]: "true" })).toBe(true);
    expect(corpusRequired({ [REQUIRE_CORPUS_VARIABLE]: "yes" })).toBe(true);
    expect(corpusRequired({})).toBe(false);
    expect(corpusRequired({ [REQUIRE_CORPUS_VARIABLE]: "" })).toBe(false);
    expect(corpusRequired({ [REQUIRE_CORPUS_VARIABLE]: "0" })).toBe(false);
    expect(corpusRequired({ [REQUIRE_CORPUS_VARIABLE]: " FALSE " })).toBe(false);
  });
});

describe("corpusDir", () => {
  it("honours AKASH_SDL_CORPUS and defaults to shared/corpus beside the repository", () => {
    expect(corpusDir({ AKASH_SDL_CORPUS: "/tmp/some-corpus" })).toBe("/tmp/some-corpus");
    const repoRoot = join(import.meta.dirname, "../../..");
    expect(corpusDir({})).toBe(join(repoRoot, "..", "shared", "corpus"));
  });
});

describe("checkCorpusPath", () => {
  it("skips visibly when the corpus is optional and missing", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(checkCorpusPath(missing, "folder", {})).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/corpus folder not found at .*: corpus tests are skipped/);
  });

  it("fails when the corpus is required and missing", () => {
    expect(() => checkCorpusPath(missing, "folder", { [REQUIRE_CORPUS_VARIABLE]: "1" })).toThrow(
      /not found .*AKASH_SDL_REQUIRE_CORPUS is set/,
    );
  });

  it("accepts an existing path either way", () => {
    const dir = mkdtempSync(join(tmpdir(), "akash-sdl-corpus-"));
    expect(checkCorpusPath(dir, "folder", {})).toBe(true);
    expect(checkCorpusPath(dir, "folder", { [REQUIRE_CORPUS_VARIABLE]: "1" })).toBe(true);
  });
});

describe("the loader module", () => {
  it("throws on import when the corpus is required and missing", async () => {
    vi.stubEnv("AKASH_SDL_CORPUS", missing);
    vi.stubEnv(REQUIRE_CORPUS_VARIABLE, "1");
    await expect(import("../src/corpus.js")).rejects.toThrow(/AKASH_SDL_REQUIRE_CORPUS/);
  });

  it("loads without a corpus when it is optional, and lists nothing", async () => {
    vi.stubEnv("AKASH_SDL_CORPUS", missing);
    vi.stubEnv(REQUIRE_CORPUS_VARIABLE, "");
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const mod = await import("../src/corpus.js");
    expect(mod.HAS_CORPUS).toBe(false);
    expect(mod.corpusFiles()).toEqual([]);
    expect(mod.goFixtures()).toEqual([]);
  });

  it("lists YAML files and Go fixtures of a corpus, sorted, and fails on a missing sub-folder when required", async () => {
    const root = mkdtempSync(join(tmpdir(), "akash-sdl-corpus-"));
    mkdirSync(join(root, "b"), { recursive: true });
    writeFileSync(join(root, "b", "z.yml"), "version: '2.0'\n");
    writeFileSync(join(root, "a.yaml"), "a: 1\n");
    writeFileSync(join(root, "notes.txt"), "not yaml\n");
    const fixture = join(root, "chain-sdk-testdata");
    mkdirSync(join(fixture, "input", "v2.0", "simple"), { recursive: true });
    mkdirSync(join(fixture, "output-fixtures", "v2.0", "simple"), { recursive: true });
    writeFileSync(join(fixture, "input", "v2.0", "simple", "input.yaml"), "version: '2.0'\n");
    writeFileSync(join(fixture, "output-fixtures", "v2.0", "simple", "manifest.json"), "[]");
    writeFileSync(join(fixture, "output-fixtures", "v2.0", "simple", "group-specs.json"), "[1]");
    vi.stubEnv("AKASH_SDL_CORPUS", root);
    vi.stubEnv(REQUIRE_CORPUS_VARIABLE, "1");
    const mod = await import("../src/corpus.js");
    expect(mod.HAS_CORPUS).toBe(true);
    expect(mod.corpusFiles().map((f) => f.name)).toEqual([
      "a.yaml",
      join("b", "z.yml"),
      join("chain-sdk-testdata", "input", "v2.0", "simple", "input.yaml"),
    ]);
    expect(mod.corpusFiles("b").map((f) => f.text)).toEqual(["version: '2.0'\n"]);
    expect(mod.goFixtures()).toEqual([
      { name: "v2.0/simple", input: "version: '2.0'\n", manifest: "[]", groupSpecs: "[1]" },
    ]);
    expect(() => mod.corpusFiles("no-such-part")).toThrow(/no-such-part/);
  });
});
