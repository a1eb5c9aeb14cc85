import { describe, expect, it } from "vitest";
import { parse } from "../../src/index.js";

describe("diagnostics reached through aliases", () => {
  it("reports a problem in an anchored node once, however many aliases use it", () => {
    const profiles = Array.from({ length: 5 }, (_, i) => `    c${i}:\n      resources:\n        cpu: *p\n`).join("");
    const text = `version: "2.0"\nx: &p\n  units: "-1"\nservices:\n  a:\n    image: nginx\nprofiles:\n  compute:\n${profiles}`;
    const negative = parse(text).diagnostics.filter((d) => d.code === "scalar/negative-value");
    expect(negative).toHaveLength(1);
    expect(text.slice(negative[0]?.span?.start, negative[0]?.span?.end)).toBe("-1");
  });

  it("keeps distinct problems at distinct places", () => {
    const text = `version: "2.0"\nprofiles:\n  compute:\n    a:\n      resources:\n        cpu: {units: "-1"}\n    b:\n      resources:\n        cpu: {units: "-2"}\n`;
    expect(parse(text).diagnostics.filter((d) => d.code === "scalar/negative-value")).toHaveLength(2);
  });
});
