import { describe, expect, test } from "vitest";
import { compile, manifestToJson, manifestToSortedJson, SDL } from "../../src/index.js";
import type { SdlError } from "../../src/index.js";

const TEXT = `version: "2.0"
services:
  web:
    image: nginx:1.25
    expose:
      - port: 80
        accept: [example.com]
        to: [{global: true}]
profiles:
  compute:
    web:
      resources: {cpu: {units: 0.5}, memory: {size: 512Mi}, storage: {size: 1Gi}}
  placement:
    dc:
      pricing: {web: {denom: uakt, amount: 100}}
deployment:
  web: {dc: {profile: web, count: 1}}
`;

describe("SDL migration shim", () => {
  test("fromString + manifest/groups/manifestVersion/manifestSortedJSON give compile()'s results", async () => {
    const sdl = SDL.fromString(TEXT, "beta3");
    const { value } = compile(TEXT);
    expect(sdl.manifest()).toEqual(value!.manifest);
    expect(sdl.manifest(true)).toBe(manifestToJson(value!.manifest));
    expect(sdl.groups()).toEqual(value!.groups);
    expect(await sdl.manifestVersion()).toEqual(value!.version);
    expect(sdl.manifestVersionSync()).toEqual(value!.version);
    expect(sdl.manifestSortedJSON()).toBe(manifestToSortedJson(value!.manifest));
    expect(sdl.reclamation()).toBeUndefined();
  });

  test("fromString throws for an SDL with errors, carrying the diagnostics", () => {
    let caught: unknown;
    try {
      SDL.fromString(TEXT.replace("deployment:\n  web: {dc: {profile: web, count: 1}}\n", ""));
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(Error);
    const diagnostics = (caught as SdlError).diagnostics;
    expect(diagnostics.some((d) => d.severity === "error")).toBe(true);
  });
});
