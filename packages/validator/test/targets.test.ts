import { parse } from "@akash-sdl/core";
import { describe, expect, it } from "vitest";
import { deployVerdict, resolveOptions, validate } from "../src/index.js";
import type { DeployTarget } from "../src/index.js";
import { BASE, sdlWith } from "./support/sdl.js";

const run = (text: string, target: DeployTarget) => validate(parse(text), { target });
const errorCodes = (text: string, target: DeployTarget) =>
  run(text, target)
    .filter((d) => d.severity === "error")
    .map((d) => d.code);

describe("deploy targets", () => {
  it("accepts the base file everywhere", () => {
    for (const target of ["any", "go", "console", "portable"] as const) expect(errorCodes(BASE, target)).toEqual([]);
    expect(deployVerdict(parse(BASE))).toEqual({ go: true, console: true });
  });

  it("grades a Console-only size suffix: warning under any/console, error under go/portable", () => {
    const text = sdlWith("size: 512Mi", "size: 16GB");
    const any = run(text, "any").find((d) => d.code === "compat/size-suffix");
    expect(any?.severity).toBe("warning");
    expect(any?.message).toMatch(/provider-services \(Go\) refuses this/);
    expect(any?.message).toMatch(/16GB/);
    expect(any?.hints?.[0]).toContain("'16G'");
    expect(errorCodes(text, "console")).toEqual([]);
    expect(errorCodes(text, "go")).toContain("scalar/invalid-size-suffix");
    expect(errorCodes(text, "portable")).toContain("scalar/invalid-size-suffix");
    expect(deployVerdict(parse(text))).toEqual({ go: false, console: true });
  });

  it("grades 8gi as binary for Console", () => {
    const any = run(sdlWith("size: 512Mi", "size: 8gi"), "any").find((d) => d.code === "compat/size-suffix");
    expect(any?.hints?.[0]).toContain("'8Gi'");
  });

  it("grades a Go-only refusal (undeployed service) the other way round", () => {
    const text = BASE.replace("profiles:", "  worker:\n    image: busybox:1.36\nprofiles:");
    const any = run(text, "any").find((d) => d.code === "compat/console-refuses");
    expect(any?.severity).toBe("warning");
    expect(any?.message).toMatch(/worker/);
    expect(any?.message).toMatch(/Console \(chain-sdk alpha\.45\) refuses this/);
    expect(errorCodes(text, "go")).toEqual([]);
    expect(errorCodes(text, "console")).toContain("ref/undeployed-service");
    expect(deployVerdict(parse(text))).toEqual({ go: true, console: false });
  });

  it("makes what both refuse an error for every target", () => {
    const text = sdlWith("profile: web", "profile: wep");
    for (const target of ["any", "go", "console", "portable"] as const)
      expect(errorCodes(text, target)).toContain("ref/undefined-profile");
    const d = run(text, "any").find((x) => x.code === "ref/undefined-profile");
    expect(d?.hints).toEqual(["Did you mean 'web'?"]);
  });

  it("makes the chain's refusals errors for every target (price limit, chosen network's denom)", () => {
    const text = sdlWith("amount: 1000", "amount: 20000000");
    for (const target of ["any", "go", "console"] as const)
      expect(errorCodes(text, target)).toContain("price/above-limit");
    const usdc = sdlWith("denom: uact", "denom: uusdc");
    expect(errorCodes(usdc, "any")).toEqual([]);
    expect(
      validate(parse(usdc), { network: "mainnet", target: "go" })
        .filter((d) => d.severity === "error")
        .map((d) => d.code),
    ).toContain("price/denom-not-accepted");
  });

  it("lets the mainnet USDC IBC denom through Go but not Console", () => {
    const text = sdlWith("denom: uact", "denom: ibc/170C677610AC31DF0904FFE09CD3B5C657492170E7E52372E48756B71E56F2F1");
    expect(deployVerdict(parse(text), validate(parse(text), { network: "mainnet" }))).toEqual({
      go: true,
      console: false,
    });
  });

  it("treats strict as an alias of the console target", () => {
    expect(resolveOptions({ strict: true }).target).toBe("console");
    expect(resolveOptions({ strict: true, target: "go" }).target).toBe("go");
    const text = BASE.replace("profiles:", "  worker:\n    image: busybox:1.36\nprofiles:");
    expect(
      validate(parse(text), { strict: true })
        .filter((d) => d.severity === "error")
        .map((d) => d.code),
    ).toContain("ref/undeployed-service");
  });

  it("rejects unknown options as programmer errors", () => {
    expect(() => resolveOptions({ target: "nope" as DeployTarget })).toThrow();
  });

  it("refuses for Console where alpha.45 throws instead of answering (bare byte count, undefined service)", () => {
    const bare = sdlWith("size: 512Mi", 'size: "536870912"');
    expect(deployVerdict(parse(bare))).toEqual({ go: true, console: false });
    const ghost = BASE.replace("deployment:\n", "deployment:\n  ghost:\n    dc:\n      profile: web\n      count: 1\n");
    expect(deployVerdict(parse(ghost))).toEqual({ go: false, console: false });
  });

  it("reports only the root cause after a YAML error", () => {
    const broken = BASE.replace("  placement:\n", "  placement:\n\t").replace("deployment:", "deployment: [");
    const ds = validate(parse(broken));
    expect(ds.some((d) => d.code.startsWith("yaml/"))).toBe(true);
    expect(ds.filter((d) => d.code.startsWith("ref/") || d.code.startsWith("unused/"))).toEqual([]);
  });

  it.each([
    ["a service key", "    image: nginx:1.27", "\timage: nginx:1.27"],
    ["a nested profile key", "        cpu:\n          units: 0.5", "        cpu:\n\t  units: 0.5"],
    ["a sequence item", "      - port: 80", "\t  - port: 80"],
    ["a deployment key", "deployment:\n  web:", "deployment:\n\tweb:"],
  ])("gives one diagnostic for one tab in %s", (_where, from, to) => {
    const ds = validate(parse(BASE.replace(from, to))).filter((d) => d.severity === "error");
    expect(ds.map((d) => d.code)).toEqual(["yaml/tab-indentation"]);
  });

  it("still reports independent YAML errors in other sections", () => {
    const text = BASE.replace("        cpu:\n          units: 0.5", "        cpu:\n\t  units: 0.5").replace(
      "    image: nginx:1.27",
      "    image: nginx:1.27\n    image: nginx:1.28",
    );
    const codes = validate(parse(text))
      .filter((d) => d.severity === "error")
      .map((d) => d.code);
    expect(codes).toEqual(["yaml/duplicate-key", "yaml/tab-indentation"]);
  });

  it("never throws on arbitrary input", () => {
    for (const text of [
      "",
      "a",
      "[1,2",
      "version: 2.0\nservices: 5",
      "profiles: {compute: {x: {resources: 3}}}",
      "deployment: {a: {b: null}}",
    ]) {
      expect(() => validate(parse(text), { target: "portable" })).not.toThrow();
    }
  });
});
