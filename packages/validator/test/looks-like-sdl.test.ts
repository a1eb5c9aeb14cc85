import { parse } from "@akash-sdl/core";
import { describe, expect, it } from "vitest";
import { looksLikeSdl } from "../src/index.js";
import { BASE } from "./support/sdl.js";
import { corpusFiles, HAS_CORPUS } from "./support/corpus.js";

const looks = (text: string) => looksLikeSdl(parse(text).tree.root);

describe("looksLikeSdl", () => {
  it("accepts SDLs, even broken ones", () => {
    expect(looks(BASE)).toBe(true);
    expect(looks('version: "2.0"\nservices:\n  web:\n    image: nginx\n')).toBe(true);
    expect(looks("deployment:\n  web: {}\n")).toBe(true);
  });
  it("skips a Docker Compose file with version 2", () => {
    expect(looks('version: "2"\nservices:\n  web:\n    build: .\n    ports:\n      - "80:80"\n')).toBe(false);
    expect(looks('version: "3.8"\nservices:\n  db:\n    image: postgres\n')).toBe(false);
  });
  it("skips CI workflows, Kubernetes manifests and non-mappings", () => {
    expect(looks("name: ci\non: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n")).toBe(false);
    expect(looks("apiVersion: v1\nkind: Pod\n")).toBe(false);
    expect(looks("- a\n- b\n")).toBe(false);
    expect(looks("")).toBe(false);
  });
  it.skipIf(!HAS_CORPUS)(
    "accepts every corpus file that has a mapping root",
    () => {
      for (const f of corpusFiles()) {
        const root = parse(f.text).tree.root;
        if (root?.kind === "map") expect(looksLikeSdl(root), f.name).toBe(true);
      }
    },
    120_000,
  );
});
