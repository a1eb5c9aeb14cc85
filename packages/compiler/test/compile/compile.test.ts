import { describe, expect, test } from "vitest";
import { parse } from "@akash-sdl/core";
import { compile, manifestVersionHex, tsSdkSize, tsSdkTimeout } from "../../src/index.js";
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
    for (const text of [
      "",
      ":",
      "- a",
      "version: 2.0\ndeployment: 5",
      sdl("1e400"),
      sdl("-1Gi"),
      sdl("[]"),
      "\u0000",
    ]) {
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
      expect(w?.message).toBe(
        "Go rejects the memory size '16GB'; it was compiled as the official TS SDK reads it (16000000000 bytes), which only Console deploys accept.",
      );
      expect(w?.hints).toEqual(["Use a spelling Go and the TS SDK read alike, such as '16Gi' or '16G'."]);
    }
    const go = compile(text, { target: "go" });
    expect(go.value).toBeUndefined();
    expect(go.diagnostics.some((d) => d.code === "compile/ts-sdk-meaning")).toBe(false);
    // The same bytes as the official SDK.
    const ts = officialCompile(text);
    expect(ts.ok && ts.hash).toBe(manifestVersionHex(compile(text).value!.manifest));
  });

  test("GPU memory Go cannot read (80GB, 250m) compiles as alpha.45 writes it (the text in the attribute), with a warning", () => {
    for (const ram of ["80GB", "250m"]) {
      const text = sdl("64Gi").replace(
        "storage: {size: 1Gi}}",
        `storage: {size: 1Gi}, gpu: {units: 1, attributes: {vendor: {nvidia: [{model: a100, ram: ${ram}}]}}}}`,
      );
      const r = compile(text);
      expect(r.value?.manifest[0]?.services[0]?.resources.gpu?.attributes.map((a) => a.key)).toEqual([
        `vendor/nvidia/model/a100/ram/${ram}`,
      ]);
      const w = r.diagnostics.find((d) => d.code === "compile/ts-sdk-meaning");
      expect(w?.message).toBe(
        `Go rejects the GPU memory '${ram}'; it was compiled as the official TS SDK writes it (the GPU attribute …/ram/${ram}), which only Console deploys accept.`,
      );
      expect(w?.span).toEqual({ start: text.indexOf(ram), end: text.indexOf(ram) + ram.length });
      expect(compile(text, { target: "go" }).value).toBeUndefined();
      const ts = officialCompile(text);
      expect(ts.ok && ts.hash).toBe(manifestVersionHex(r.value!.manifest));
    }
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

  test("TS-SDK-only GPU interconnect and duration timeouts compile as alpha.45 reads them, with warnings", () => {
    const text = sdl("64Gi")
      .replace(
        "        to: [{global: true}]\n",
        "        to: [{global: true}]\n        http_options: {read_timeout: 30s, send_timeout: 2m}\n",
      )
      .replace(
        "storage: {size: 1Gi}}",
        "storage: {size: 1Gi}, gpu: {units: 8, attributes: {vendor: {nvidia: [{model: a100, ram: 80Gi, interface: sxm}]}, interconnect: {group: pair0}}}}",
      )
      .replace("    dc:\n", '    dc:\n      attributes: {capabilities/gpu-interconnect: "true"}\n');
    const r = compile(text);
    const svc = r.value!.manifest[0]!.services[0]!;
    expect(svc.interconnectGroup).toBe("pair0");
    expect(svc.resources.gpu?.attributes.map((a) => a.key)).toEqual([
      "interconnect/group",
      "vendor/nvidia/model/a100/ram/80Gi/interface/sxm",
    ]);
    expect([svc.expose[0]!.httpOptions.readTimeout, svc.expose[0]!.httpOptions.sendTimeout]).toEqual([30000, 120000]);
    expect(r.diagnostics.filter((d) => d.code === "compile/ts-sdk-meaning")).toHaveLength(3);
    const send = r.diagnostics.find((d) => d.code === "compile/ts-sdk-meaning" && d.message.includes("send timeout"));
    expect(send?.message).toBe(
      "Go rejects the send timeout '2m'; it was compiled as the official TS SDK reads it (120000 ms), which only Console deploys accept.",
    );
    expect(send?.hints).toEqual(["Write the timeout in milliseconds (120000); both read that alike."]);
    const ts = officialCompile(text);
    expect(ts.ok && ts.hash).toBe(manifestVersionHex(r.value!.manifest));
    // `interconnect: []` is the implicit group "auto".
    const auto = compile(text.replace("interconnect: {group: pair0}", "interconnect: []"));
    expect(auto.value!.manifest[0]!.services[0]!.interconnectGroup).toBe("auto");
    expect(tsSdkTimeout("90s")).toBe(90000);
    expect(tsSdkTimeout("1.5s")).toBeUndefined();
    expect(tsSdkTimeout("5000000h")).toBeUndefined();
  });
});
