import { parse } from "@akash-sdl/core";
import { describe, expect, it } from "vitest";
import { deployVerdict, validate } from "../src/index.js";

describe("validate smoke", () => {
  it("reports an undefined profile", () => {
    const text = `version: "2.0"
services:
  web:
    image: nginx:1.27
    expose:
      - port: 80
        to:
          - global: true
profiles:
  compute:
    web:
      resources:
        cpu: {units: 1}
        memory: {size: 1Gi}
        storage: {size: 1Gi}
  placement:
    dc:
      pricing:
        web: {denom: uact, amount: 1000}
deployment:
  web:
    dc: {profile: wbe, count: 1}
`;
    const parsed = parse(text);
    const ds = validate(parsed);
    expect(ds.map((d) => d.code)).toContain("ref/undefined-profile");
    expect(deployVerdict(parsed, ds)).toEqual({ go: false, console: false });
  });
});
