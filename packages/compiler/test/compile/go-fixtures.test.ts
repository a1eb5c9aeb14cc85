import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import {
  compile,
  goJsonMarshal,
  goSortJson,
  groupSpecsJson,
  manifestToJson,
  manifestToSortedJson,
  manifestVersionHex,
} from "../../src/index.js";
import type { GoJsonValue } from "../../src/index.js";
import { goFixtures, HAS_CORPUS } from "../support/corpus.js";

/** SDL-SPEC §6.6: SHA-256 of Go's SortJSON of each fixture's manifest.json. */
const GOLDEN: Readonly<Record<string, string>> = {
  "v2.0/gpu-basic": "b388e6d97d15c37fc87ba0e9a555250941f7e1a04be768984cfa829a9500be47",
  "v2.0/http-options": "0f9e29adabc263d07fa70a66bbd4da42d7b36f323f775ea2adcabea865c77d30",
  "v2.0/ip-endpoint": "aa2046c89e083b0fd7a6b7c47246a6bc5f53f254a5dacd3ac3ec5150e992560d",
  "v2.0/multiple-services": "27bca68b1c45773b3a9ee6b2d4938d48c784abe068d3e2c6ba143c5f79b209e0",
  "v2.0/persistent-storage": "b6fc0503f97fd6dbf581ed7fbb98e9a73dc7058318d5c714e43baf6e0eeb7ce3",
  "v2.0/placement": "4fb78efa60477b1859498b9d2d09bc1d55ec4cf5450da5560acc6d294da86b4e",
  "v2.0/port-ranges": "d776416f4651ce8279a63905135ec87e6cde1aa8413af735bebfb9adfdf294f2",
  "v2.0/pricing": "a024307ec1445576274beab37fc46a7f2a3ee32921e03be3d26798472f4bff25",
  "v2.0/simple": "8f8bac7161953993f3288189e3e76093a51d33f9cdff1c8242eb9ab506981737",
  "v2.0/storage-classes": "77227e370844c081af3e291af16f900488792837ee43da340e962f469d2d30cc",
  "v2.1/credentials": "9b7070ebba84bcfe5f2cc00c53b2fc3a8fe6466fb688dc33c0eef5e0095c79ac",
  "v2.1/ip-endpoint": "94563c52dacf48f4a5a8f0413e7e479bc5273f4acd6c41c4c16405b78456fbfd",
  "v2.1/shared-ip": "4d7c14fc64377c78220ed54eb0a1ddbeac5f79f19edac7dc1a3306acbfa1d999",
  "v2.1/tee-cpu": "8c58e5f80338c57f1b17780f7386512116e97b912e228f47d44cae49cfd0e63b",
  "v2.1/tee-cpu-gpu": "fe34c2360839d3bbe3e72108b1dfd724cbebe21d491423babbf5d8ee28046818",
};

/** Re-indents JSON text the way Go's MarshalIndent does (key order kept) — used on the fixtures. */
const reindent = (text: string): string => JSON.stringify(JSON.parse(text), null, 2);

const fixtures = goFixtures();

describe.skipIf(!HAS_CORPUS)("Go fixtures (chain-sdk testdata)", () => {
  test("the 15 valid fixtures of SDL-SPEC §8.1 are present (more are checked when the corpus has them)", () => {
    expect(fixtures.map((f) => f.name)).toEqual(expect.arrayContaining(Object.keys(GOLDEN)));
  });

  describe.each(fixtures.map((f) => [f.name, f] as const))("%s", (name, fixture) => {
    const { value, diagnostics } = compile(fixture.input);

    test("compiles without errors", () => {
      expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect(value).toBeDefined();
    });

    test("provider JSON has Go's keys, key order and values (byte-compared)", () => {
      // Our indented output must equal the Go-written file byte for byte, and the compact body must
      // re-indent to the same text (same keys, same order, same values).
      expect(manifestToJson(value!.manifest, "  ")).toBe(fixture.manifest.trimEnd());
      expect(reindent(manifestToJson(value!.manifest))).toBe(reindent(fixture.manifest));
    });

    test("group specs equal group-specs.json, order included", () => {
      const ours = goJsonMarshal(groupSpecsJson(value!.groups), "  ");
      expect(ours).toBe(fixture.groupSpecs.trimEnd());
      expect(JSON.parse(ours)).toEqual(JSON.parse(fixture.groupSpecs));
    });

    test("version hash equals SHA-256 of Go's SortJSON of manifest.json (and SDL-SPEC §6.6)", () => {
      // Go's SortJSON = unmarshal into interface{} + marshal: keys sorted, Go escaping.
      const goSorted = goSortJson(JSON.parse(fixture.manifest) as GoJsonValue);
      const expected = createHash("sha256").update(goSorted).digest("hex");
      if (GOLDEN[name] !== undefined) expect(expected).toBe(GOLDEN[name]);
      expect(manifestVersionHex(value!.manifest)).toBe(expected);
      expect(Buffer.from(value!.version).toString("hex")).toBe(expected);
    });

    test("sorted JSON is the manifest with keys sorted", () => {
      const sorted = manifestToSortedJson(value!.manifest);
      const resort = (v: unknown): unknown =>
        Array.isArray(v)
          ? v.map(resort)
          : v !== null && typeof v === "object"
            ? Object.fromEntries(
                Object.keys(v)
                  .sort()
                  .map((k) => [k, resort((v as Record<string, unknown>)[k])]),
              )
            : v;
      expect(JSON.parse(sorted)).toEqual(resort(JSON.parse(fixture.manifest)));
      expect(JSON.stringify(JSON.parse(sorted))).toBe(JSON.stringify(resort(JSON.parse(fixture.manifest))));
    });
  });
});
