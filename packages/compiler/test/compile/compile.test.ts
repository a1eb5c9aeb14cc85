import { describe, expect, test } from "vitest";
import { parse } from "@akash-sdl/core";
import { compile, manifestVersionHex, tsSdkSize } from "../../src/index.js";
import { officialCompile } from "../support/official-sdk.js";

const sdl = (memory: string, extra = ""): string => `version: "2.0"
services:
  web:
    image: nginx:1.25
    expose:
      - port: 80
        to: [{global: true}]
profiles:
  compute:
    web:
      resources: {cpu: {units: 0.5}, memory: {size: ${memory}}, storage: {size: 1Gi}}
  placement:
    dc:
      pricing: {web: {denom: uakt, amount: 100}}
deployment:
  web: {dc: {profile: web, count: 1}}
${extra}`;

describe("compile()", () => {
  test("accepts text, a parse result or a typed document, with the same value", () => {
    const text = sdl("512Mi");
    const parsed = parse(text);
    const a = compile(text).value!;
    const b = compile(parsed).value!;
    const c = compile(parsed.document!).value!;
    expect(manifestVersionHex(b.manifest)).toBe(manifestVersionHex(a.manifest));
    expect(c.groups).toEqual(a.groups);
    expect(a.version).toHaveLength(32);
  });

  test("emits nothing while an error stands, but returns every diagnostic", () => {
    const r = compile(sdl("512Mi").replace("profile: web", "profile: nope"));
    expect(r.value).toBeUndefined();
    expect(r.diagnostics.some((d) => d.severity === "error")).toBe(true);
  });

  test("never throws on hostile input", () => {
    for (const text of ["", ":", "- a", "version: 2.0\ndeployment: 5", sdl("1e400"), sdl("-1Gi"), sdl("[]"), "\u0000"]) {
      expect(() => compile(text)).not.toThrow();
    }
  });

  test("a size only the TS SDK accepts (16GB) compiles with its meaning and a warning under target any/console, not go", () => {
    const text = sdl("16GB");
    for (const target of ["any", "console"] as const) {
      const r = compile(text, { target });
      expect(r.value?.manifest[0]?.services[0]?.resources.memory?.quantity.val).toBe(16_000_000_000n);
      const w = r.diagnostics.find((d) => d.code === "compile/ts-sdk-meaning");
      expect(w?.severity).toBe("warning");
      expect(w?.span).toEqual({ start: text.indexOf("16GB"), end: text.indexOf("16GB") + 4 });
    }
    const go = compile(text, { target: "go" });
    expect(go.value).toBeUndefined();
    expect(go.diagnostics.some((d) => d.code === "compile/ts-sdk-meaning")).toBe(false);
    // The same bytes as the official SDK.
    const ts = officialCompile(text);
    expect(ts.ok && ts.hash).toBe(manifestVersionHex(compile(text).value!.manifest));
  });

  test("tsSdkSize reads sizes as alpha.45 does (lower-cased, m = mega, i = binary, rounded up)", () => {
    expect(tsSdkSize("16GB")).toBe(16_000_000_000n);
    expect(tsSdkSize("1.5Gi")).toBe(1_610_612_736n);
    expect(tsSdkSize("1.1Gi")).toBe(1_181_116_007n);
    expect(tsSdkSize("512mi")).toBe(536_870_912n);
    expect(tsSdkSize("2M")).toBe(2_000_000n);
    expect(tsSdkSize("1Mib")).toBe(1_000_000n);
    expect(tsSdkSize("1024")).toBeUndefined();
    expect(tsSdkSize("1.2.3G")).toBeUndefined();
  });

  test("reclamation.min_window becomes a protobuf Duration", () => {
    const r = compile(sdl("512Mi", "reclamation:\n  min_window: 1h30m\n").replace('"2.0"', '"2.1"'), { target: "go" });
    expect(r.value?.reclamation).toEqual({ minWindow: { seconds: 5400n, nanos: 0 } });
  });

  test("v2.1 credentials are trimmed and keep email; v2.0 drops email and keeps spaces", () => {
    const creds = '    credentials: {host: " ghcr.io ", username: u, password: "secret1 ", email: a@b.co}\n';
    const text = sdl("512Mi").replace("    image: nginx:1.25\n", `    image: nginx:1.25\n${creds}`);
    const v20 = compile(text).value!.manifest[0]!.services[0]!.credentials;
    expect(v20).toEqual({ host: " ghcr.io ", email: "", username: "u", password: "secret1 " });
    const v21 = compile(text.replace('"2.0"', '"2.1"')).value!.manifest[0]!.services[0]!.credentials;
    expect(v21).toEqual({ host: "ghcr.io", email: "a@b.co", username: "u", password: "secret1" });
  });
});
