import { applyTextEdits, parse } from "@akash-sdl/core";
import { describe, expect, it } from "vitest";
import { validate } from "../src/index.js";
import { sdlWith } from "./support/sdl.js";

/** Applies every fix of the given code and re-validates. */
function fixed(text: string, code: string): string {
  const d = validate(parse(text), { target: "portable" }).find((x) => x.code === code);
  expect(d?.fixes?.length, `${code} has a fix`).toBeGreaterThan(0);
  return applyTextEdits(text, d?.fixes ?? []);
}

describe("machine-applicable fixes", () => {
  it("16GB → 16G makes both paths accept the size", () => {
    const text = fixed(sdlWith("size: 512Mi", "size: 16GB"), "scalar/invalid-size-suffix");
    expect(text).toContain("size: 16G\n");
    expect(validate(parse(text), { target: "portable" }).filter((d) => d.severity === "error")).toEqual([]);
  });
  it("PCIe → pcie, Tcp → tcp, relative mount → absolute, x86_64 → amd64", () => {
    const gpu = sdlWith(
      "        storage:\n          size: 1Gi\n",
      "        storage:\n          size: 1Gi\n        gpu:\n          units: 1\n          attributes:\n            vendor:\n              nvidia:\n                - model: a100\n                  interface: PCIe\n",
    );
    expect(fixed(gpu, "gpu/invalid-interface")).toContain("interface: pcie\n");
    expect(
      fixed(sdlWith("      - port: 80\n", "      - port: 80\n        proto: Tcp\n"), "expose/protocol-casing"),
    ).toContain("proto: tcp\n");
    const arch = sdlWith(
      "          units: 0.5\n",
      "          units: 0.5\n          attributes:\n            arch: x86_64\n",
    );
    expect(fixed(arch, "cpu/unknown-arch")).toContain("arch: amd64\n");
  });
  it("offers no fix for a quoted scalar", () => {
    const d = validate(parse(sdlWith("size: 512Mi", 'size: "16GB"')), { target: "portable" }).find(
      (x) => x.code === "scalar/invalid-size-suffix",
    );
    expect(d?.fixes ?? []).toEqual([]);
  });
});

describe("amount written as an exponent", () => {
  it("1e3 → 1000 for both paths", () => {
    const text = fixed(sdlWith("amount: 1000", "amount: 1e3"), "scalar/invalid-amount");
    expect(text).toContain("amount: 1000\n");
  });
});
