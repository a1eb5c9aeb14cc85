import { symlink } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/main.js";
import { testIo } from "../util/buffer-io.js";
import { removeTempTrees, tempTree } from "../util/temp-tree.js";
import { INVALID_SDL, VALID_SDL } from "./fixtures.js";

afterAll(removeTempTrees);

/** Runs `validate --format json` and returns the exit code and the files in output order. */
async function filesOf(cwd: string, args: string[]): Promise<{ code: number; files: string[]; codes: unknown[][] }> {
  const io = testIo(cwd);
  const code = await main(["validate", "--format", "json", ...args], io);
  const out = JSON.parse(io.stdout.text()) as { files: { file: string; diagnostics: { code: string }[] }[] };
  return { code, files: out.files.map((f) => f.file), codes: out.files.map((f) => f.diagnostics.map((d) => d.code)) };
}

const TREE = {
  "deploy/web.yaml": VALID_SDL,
  "deploy/api.yml": VALID_SDL,
  "deploy/notes.txt": "not yaml",
  "deploy/gpu/vllm.yaml": VALID_SDL,
  "deploy/gpu/deep/x.YAML": VALID_SDL,
  "deploy/node_modules/pkg/sdl.yaml": INVALID_SDL,
  "deploy/.hidden/secret.yaml": INVALID_SDL,
  "deploy/.dot.yaml": VALID_SDL,
  "other/a.yaml": VALID_SDL,
  "other/b.yaml": VALID_SDL,
  "other/c1.yaml": VALID_SDL,
};

describe("akash-sdl validate: directories", () => {
  it("finds *.yaml and *.yml recursively, skipping node_modules and dot-folders", async () => {
    const dir = await tempTree(TREE);
    const { code, files } = await filesOf(dir, ["deploy"]);
    expect(code).toBe(0);
    expect(files).toEqual([
      "deploy/.dot.yaml",
      "deploy/api.yml",
      "deploy/web.yaml",
      "deploy/gpu/vllm.yaml",
      "deploy/gpu/deep/x.YAML",
    ]);
  });

  it("takes a named file whatever its extension, and de-duplicates files named twice", async () => {
    const dir = await tempTree(TREE);
    const { files, codes } = await filesOf(dir, ["deploy/web.yaml", "deploy", "deploy/notes.txt", "./deploy/web.yaml"]);
    expect(files[0]).toBe("deploy/web.yaml");
    expect(files.filter((f) => f === "deploy/web.yaml")).toHaveLength(1);
    expect(files).toContain("deploy/notes.txt");
    expect(codes[files.indexOf("deploy/notes.txt")]?.length).toBeGreaterThan(0);
  });

  it("explicitly named files inside skipped folders are validated", async () => {
    const dir = await tempTree(TREE);
    const { code, files } = await filesOf(dir, ["deploy/node_modules/pkg/sdl.yaml"]);
    expect(code).toBe(1);
    expect(files).toEqual(["deploy/node_modules/pkg/sdl.yaml"]);
  });

  it("exits 2 for a directory without YAML files", async () => {
    const dir = await tempTree({ "empty/readme.md": "# nothing\n" });
    const { code, codes } = await filesOf(dir, ["empty"]);
    expect(code).toBe(2);
    expect(codes).toEqual([["cli/no-files-matched"]]);
  });

  it("shows absolute paths for files outside the working directory", async () => {
    const dir = await tempTree(TREE);
    const { files } = await filesOf(join(dir, "other"), [join(dir, "deploy", "web.yaml"), "a.yaml"]);
    expect(files).toEqual([join(dir, "deploy", "web.yaml"), "a.yaml"]);
  });

  it("follows a symbolic link to a directory once, without looping", async () => {
    const dir = await tempTree({ "d/a.yaml": VALID_SDL });
    await symlink(join(dir, "d"), join(dir, "d", "loop"));
    const { code, files } = await filesOf(dir, ["d"]);
    expect(code).toBe(0);
    expect(files).toEqual(["d/a.yaml"]);
  });
});

describe("akash-sdl validate: globs", () => {
  it("expands * and ? within one folder, not matching dot-files", async () => {
    const dir = await tempTree(TREE);
    expect((await filesOf(dir, ["deploy/*.yaml"])).files).toEqual(["deploy/web.yaml"]);
    expect((await filesOf(dir, ["deploy/*.y*ml"])).files).toEqual(["deploy/api.yml", "deploy/web.yaml"]);
    expect((await filesOf(dir, ["other/?.yaml"])).files).toEqual(["other/a.yaml", "other/b.yaml"]);
    expect((await filesOf(dir, ["deploy/.*.yaml"])).files).toEqual(["deploy/.dot.yaml"]);
  });

  it("expands ** across folders, skipping node_modules and dot-folders", async () => {
    const dir = await tempTree(TREE);
    expect((await filesOf(dir, ["**/*.yaml"])).files).toEqual([
      "deploy/web.yaml",
      "deploy/gpu/vllm.yaml",
      "other/a.yaml",
      "other/b.yaml",
      "other/c1.yaml",
    ]);
    expect((await filesOf(dir, ["deploy/**/vllm.yaml"])).files).toEqual(["deploy/gpu/vllm.yaml"]);
  });

  it("expands {a,b} alternatives, also across folders", async () => {
    const dir = await tempTree(TREE);
    expect((await filesOf(dir, ["other/{a,c1}.yaml"])).files).toEqual(["other/a.yaml", "other/c1.yaml"]);
    expect((await filesOf(dir, ["{deploy/gpu,other}/*.yaml"])).files).toEqual([
      "deploy/gpu/vllm.yaml",
      "other/a.yaml",
      "other/b.yaml",
      "other/c1.yaml",
    ]);
  });

  it("searches directories that a glob matches", async () => {
    const dir = await tempTree(TREE);
    expect((await filesOf(dir, ["*/gpu"])).files).toEqual(["deploy/gpu/vllm.yaml", "deploy/gpu/deep/x.YAML"]);
  });

  it("exits 2 when a glob matches nothing", async () => {
    const dir = await tempTree(TREE);
    const { code, files, codes } = await filesOf(dir, ["*.json", "other/a.yaml"]);
    expect(code).toBe(2);
    expect(files).toEqual(["*.json", "other/a.yaml"]);
    expect(codes[0]).toEqual(["cli/no-files-matched"]);
  });

  it("treats an existing path literally even if it contains glob characters", async () => {
    const dir = await tempTree({ "odd[1].yaml": VALID_SDL, "odd1.yaml": INVALID_SDL });
    const { code, files } = await filesOf(dir, ["odd[1].yaml"]);
    expect(code).toBe(0);
    expect(files).toEqual(["odd[1].yaml"]);
  });
});
