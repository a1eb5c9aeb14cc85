import { parse } from "@akash-sdl/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deployVerdict, validate } from "../src/index.js";
import { BASE } from "./support/sdl.js";

const TARGETS = ["any", "go", "console", "portable"] as const;

/** Lines of BASE with some replaced, dropped or duplicated: broken SDL of every shape. */
const mutated = fc
  .array(
    fc.oneof(
      fc.constant(""),
      fc.constantFrom(
        "  x: [",
        "\t",
        "    - ",
        "count: -1",
        "units: 0",
        "size: 1GB",
        "ip: a",
        "proto: x",
        "amount: 1e99",
        "&a [*a]",
        "*b",
      ),
      fc.string({ maxLength: 12 }),
    ),
    { maxLength: 6 },
  )
  .chain((inserts) =>
    fc.tuple(
      fc.constant(inserts),
      fc.array(fc.nat(BASE.split("\n").length), { minLength: inserts.length, maxLength: inserts.length }),
    ),
  )
  .map(([inserts, at]) => {
    const lines = BASE.split("\n");
    inserts.forEach((text, i) => lines.splice(at[i] ?? 0, 1, text));
    return lines.join("\n");
  });

describe("validate never throws", () => {
  it("on mutated SDL, for every target", () => {
    fc.assert(
      fc.property(mutated, (text) => {
        const parsed = parse(text);
        for (const target of TARGETS) {
          const ds = validate(parsed, { target });
          for (const d of ds) {
            expect(typeof d.message).toBe("string");
            expect(d.message.startsWith("The rule '"), d.message).toBe(false);
            if (d.span !== undefined) expect(d.span.start).toBeLessThanOrEqual(d.span.end);
          }
        }
        const verdict = deployVerdict(parsed);
        expect(typeof verdict.go).toBe("boolean");
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it("on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expect(() => validate(parse(text), { target: "portable" })).not.toThrow();
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});

describe("bounded output", () => {
  it("lists at most 1000 diagnostics plus one summary that keeps the verdict", () => {
    let text = 'version: "2.0"\nservices:\n';
    for (let i = 0; i < 1200; i++)
      text += `  s${i}:\n    image: x:1\n    expose:\n      - port: 99999\n        to:\n          - global: true\n`;
    text += "profiles:\n  compute: {}\n  placement: {}\ndeployment:\n";
    for (let i = 0; i < 1200; i++) text += `  s${i}:\n    p:\n      profile: q\n      count: 1\n`;
    const parsed = parse(text);
    const ds = validate(parsed, { target: "portable" });
    expect(ds.length).toBe(1001);
    const summary = ds[ds.length - 1];
    expect(summary?.code).toBe("parse/too-many-diagnostics");
    expect(summary?.severity).toBe("error");
    expect(deployVerdict(parsed, ds)).toEqual({ go: false, console: false });
  }, 60_000);
});
