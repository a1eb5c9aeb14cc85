import { parse, toPlainSdl, toPlainValue } from "@akash-sdl/core";
import { validate } from "@akash-sdl/validator";
import { describe, expect, it } from "vitest";
import { buildSdl, fromPlainSdl } from "../src/index.js";
import { HAS_CORPUS, corpusFiles } from "./support/corpus.js";

describe.skipIf(!HAS_CORPUS)("rebuilding awesome-akash SDLs from core's plain model", () => {
  it("parse → toPlainSdl → fromPlainSdl → buildSdl → parse gives the same plain model and no new errors", () => {
    let rebuilt = 0;
    for (const f of corpusFiles("awesome-akash")) {
      const parsed = parse(f.text);
      if (parsed.document === undefined || validate(parsed).some((d) => d.severity === "error")) continue;
      // A single-map storage with a `name` is renamed `default` by Go (SDL-SPEC §2.7); the plain
      // model keeps Go's view, so such files do not rebuild to themselves.
      const compute =
        (
          toPlainValue(parsed.tree.root) as {
            profiles?: { compute?: Record<string, { resources?: { storage?: unknown } }> };
          }
        ).profiles?.compute ?? {};
      if (
        Object.values(compute).some((p) => {
          const st = p?.resources?.storage;
          return st !== null && typeof st === "object" && !Array.isArray(st) && "name" in st;
        })
      )
        continue;
      const plain = toPlainSdl(parsed.document);
      const built = buildSdl(fromPlainSdl(plain));
      const again = parse(built.text).document!;
      // The version is written as "2.0"/"2.1" (an unquoted `2` reads the same in Go).
      expect({ ...toPlainSdl(again), version: "" }, f.name).toEqual({ ...plain, version: "" });
      expect(again.version?.decoder, f.name).toBe(parsed.document.version?.decoder);
      expect(
        built.diagnostics.filter((d) => d.severity === "error"),
        f.name,
      ).toEqual([]);
      rebuilt++;
    }
    expect(rebuilt).toBeGreaterThan(200);
  }, 120_000);
});
