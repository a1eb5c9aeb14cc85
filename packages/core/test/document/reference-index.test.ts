import { describe, expect, it } from "vitest";
import { parse, referenceIndex } from "../../src/index.js";
import { spanOf } from "./helpers.js";

const TEXT = `version: "2.0"
services:
  web:
    image: nginx:1.27
    expose:
      - port: 80
        to:
          - global: true
            ip: myip
          - service: db
    dependencies:
      - service: db
  db:
    image: postgres:16
profiles:
  compute:
    small:
      resources: {cpu: {units: 1}, memory: {size: 1Gi}, storage: {size: 1Gi}}
    unused: 3
  placement:
    dc:
      pricing:
        small:
          denom: uakt
          amount: 100
deployment:
  web:
    dc:
      profile: small
      count: 1
  db:
    dc:
      profile: large
      count: 1
  ghost:
    nowhere:
      profile: small
      count: 1
endpoints:
  myip:
    kind: ip
`;

describe("referenceIndex", () => {
  const index = referenceIndex(parse(TEXT));

  it("lists every definition with its key span and path, even a malformed one", () => {
    expect(index.services.map((s) => s.name)).toEqual(["web", "db"]);
    expect(index.services[0]?.keySpan).toEqual(spanOf(TEXT, "web"));
    expect(index.computeProfiles.map((p) => p.name)).toEqual(["small", "unused"]);
    expect(index.computeProfiles[1]?.value?.kind).toBe("scalar");
    expect(index.placementProfiles.map((p) => [p.name, p.path])).toEqual([["dc", ["profiles", "placement", "dc"]]]);
    expect(index.pricing.map((p) => [p.placement, p.name])).toEqual([["dc", "small"]]);
    expect(index.deployments.map((d) => [d.name, d.placement])).toEqual([
      ["web", "dc"],
      ["db", "dc"],
      ["ghost", "nowhere"],
    ]);
    expect(index.endpoints[0]?.keySpan).toEqual(spanOf(TEXT, "myip", 1));
  });

  it("records every reference with its role and span", () => {
    const db = index.services.find((s) => s.name === "db");
    expect(db?.references.map((r) => r.role)).toEqual(["expose-service", "dependency-service", "deployment-service"]);
    expect(db?.references[0]?.span).toEqual(spanOf(TEXT, "db", 0));
    expect(db?.references[0]?.path).toEqual(["services", "web", "expose", 0, "to", 1, "service"]);
    const small = index.computeProfiles.find((p) => p.name === "small");
    expect(small?.references.map((r) => r.role)).toEqual([
      "pricing-profile",
      "deployment-profile",
      "deployment-profile",
    ]);
    expect(index.endpoints[0]?.references.map((r) => r.span)).toEqual([spanOf(TEXT, "myip", 0)]);
    // Only web uses dc's price for 'small' (db asks dc for 'large'; ghost uses an undefined placement).
    expect(index.pricing[0]?.references.map((r) => r.path)).toEqual([["deployment", "web", "dc", "profile"]]);
  });

  it("collects references to undefined names", () => {
    expect(index.unresolved.map((r) => `${r.role}:${r.name}`)).toEqual([
      "deployment-profile:large",
      "deployment-pricing:large",
      "deployment-service:ghost",
      "deployment-placement:nowhere",
      "deployment-pricing:small",
    ]);
    expect(index.unresolved[2]?.span).toEqual(spanOf(TEXT, "ghost"));
  });

  it("never throws on arbitrary roots", () => {
    for (const text of [
      "",
      "- a",
      "x",
      "services: 3\ndeployment: [1]",
      "deployment:\n  web: ~\n",
      "services:\n  ? [a]\n  : 1\n",
    ]) {
      expect(() => referenceIndex(parse(text))).not.toThrow();
    }
  });
});
