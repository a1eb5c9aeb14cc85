import { readdirSync, readFileSync } from "node:fs";
import { parse } from "@akash-sdl/core";
import { describe, expect, it } from "vitest";
import { consoleSchemaFindings } from "../src/console-schema-findings.js";
import { validate } from "../src/index.js";
import { BASE, sdlWith } from "./support/sdl.js";

describe("console schema view", () => {
  it("needs neither ajv nor new Function at run time (ajv is the test oracle only)", () => {
    const dir = new URL("../src/", import.meta.url);
    const files = readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith(".ts"));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = readFileSync(new URL(String(file), dir), "utf8");
      expect(/from "ajv|new Function|\beval\(/.test(text), String(file)).toBe(false);
    }
  });

  it("accepts the base file", () => {
    expect(consoleSchemaFindings(parse(BASE))).toEqual([]);
  });

  it("maps one bad cpu.units to one diagnostic on the value", () => {
    const text = sdlWith("units: 0.5", 'units: "-1"');
    const found = consoleSchemaFindings(parse(text));
    expect(found).toHaveLength(1);
    expect(text.slice(found[0]?.span?.start, found[0]?.span?.end)).toBe('"-1"');
    expect(found[0]?.path).toEqual(["profiles", "compute", "web", "resources", "cpu", "units"]);
  });

  it("points an extra key at the key and a missing key at its parent's key", () => {
    const extra = sdlWith("    image: nginx:1.27", "    image: nginx:1.27\n    depends_on: [db]");
    const e = consoleSchemaFindings(parse(extra));
    expect(e.map((f) => extra.slice(f.span?.start, f.span?.end))).toEqual(["depends_on"]);
    const missing = sdlWith("          denom: uact\n", "");
    const m = consoleSchemaFindings(parse(missing));
    expect(m.map((f) => missing.slice(f.span?.start, f.span?.end))).toEqual(["web"]);
    expect(m[0]?.message).toMatch(/denom/);
  });

  it("reports an error inside expose once, without the 'should be null' branch", () => {
    const text = sdlWith("      - port: 80", "      - port: 99999");
    const found = consoleSchemaFindings(parse(text));
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(/65535/);
  });

  it("does not repeat what a rule already says about the same node", () => {
    const text = sdlWith("      - port: 80", "      - port: 99999");
    const ds = validate(parse(text), { target: "console" }).filter((d) => d.severity === "error");
    expect(ds.map((d) => d.code)).toEqual(["expose/port-out-of-range"]);
  });

  it("flags an empty placement attributes block for Console only", () => {
    const text = sdlWith("    dc:\n      pricing:", "    dc:\n      attributes:\n      pricing:");
    const any = validate(parse(text));
    expect(any.filter((d) => d.severity === "error")).toEqual([]);
    const con = validate(parse(text), { target: "console" }).filter((d) => d.severity === "error");
    expect(con).toHaveLength(1);
    expect(text.slice(con[0]?.span?.start, con[0]?.span?.end)).toBe("attributes");
  });
});
