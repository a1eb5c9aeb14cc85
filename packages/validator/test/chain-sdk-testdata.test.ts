import { parse } from "@akash-sdl/core";
import { describe, expect, it } from "vitest";
import { validate } from "../src/index.js";
import { corpusFiles, HAS_CORPUS } from "./support/corpus.js";

const errors = (text: string, target: "any" | "go" | "console") =>
  validate(parse(text), { target }).filter((d) => d.severity === "error");

/** The rule each `invalid/` fixture is about (SDL-SPEC §8.2), by the code it must raise. */
const INVALID: Readonly<Record<string, string>> = {
  "count-zero": "limit/zero-count",
  "credentials-missing-host": "sdl/missing-key",
  "empty-image": "sdl/missing-key",
  "endpoint-not-used": "endpoint/unused",
  "invalid-endpoint-name": "endpoint/invalid-name",
  "invalid-port": "expose/port-out-of-range",
  "invalid-protocol": "expose/invalid-protocol",
  "ip-without-global": "endpoint/ip-not-global",
  "missing-deployment": "sdl/missing-key",
  "missing-image": "sdl/missing-key",
  "missing-memory-size": "sdl/missing-key",
  "missing-pricing": "ref/missing-pricing",
  "missing-version": "sdl/missing-key",
  "negative-cpu": "scalar/negative-value",
  "persistent-without-mount": "storage/persistent-without-mount",
  "port-too-high": "expose/port-out-of-range",
  "port-zero": "expose/port-out-of-range",
  "ram-persistent-true": "storage/ram-persistent",
  "unknown-field": "sdl/unexpected-field",
  "v2.1-reclamation-bad-window": "scalar/non-positive-duration",
  "v2.1-tee-cpu-gpu-no-gpu": "tee/requires-gpu",
};

const name = (path: string) =>
  path
    .split("/")
    .pop()
    ?.replace(/\.ya?ml$/, "") ?? path;

describe.skipIf(!HAS_CORPUS)("chain-sdk testdata", () => {
  const valid = [...corpusFiles("chain-sdk-testdata/input/v2.0"), ...corpusFiles("chain-sdk-testdata/input/v2.1")];
  const invalid = corpusFiles("chain-sdk-testdata/input/invalid");
  const schemaOnly = corpusFiles("chain-sdk-testdata/input/schema-only-invalid");

  it("has the expected fixture counts", () => {
    expect([valid.length, invalid.length, schemaOnly.length]).toEqual([15, 21, 6]);
  });

  it.each(valid.map((f) => [f.name, f.text] as const))("%s: no errors for go, any, console", (_n, text) => {
    expect(errors(text, "go")).toEqual([]);
    expect(errors(text, "any")).toEqual([]);
    expect(errors(text, "console")).toEqual([]);
  });

  it.each(invalid.map((f) => [name(f.name), f.text] as const))(
    "invalid/%s is rejected by its rule for every target",
    (file, text) => {
      const code = INVALID[file];
      expect(code, `no expectation for ${file}`).toBeDefined();
      for (const target of ["any", "go", "console"] as const) {
        expect(
          errors(text, target).map((d) => d.code),
          `${file} (${target})`,
        ).toContain(code);
      }
    },
  );

  it.each(schemaOnly.map((f) => [name(f.name), f.text] as const))(
    "schema-only-invalid/%s: errors for console, none for go",
    (_file, text) => {
      expect(errors(text, "console").length).toBeGreaterThan(0);
      expect(errors(text, "go")).toEqual([]);
      expect(errors(text, "any")).toEqual([]);
    },
  );
});
