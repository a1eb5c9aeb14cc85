import { describe, expect, test } from "vitest";
import {
  compile,
  encodeDeploymentMessage,
  goJsonMarshal,
  groupSpecsJson,
  toMsgCreateDeployment,
} from "../../src/index.js";

const sdl = (signedBy: string): string => `version: "2.0"
services:
  web:
    image: nginx:1.25
    expose:
      - port: 80
        to: [{global: true}]
profiles:
  compute:
    web:
      resources: {cpu: {units: 0.5}, memory: {size: 512Mi}, storage: {size: 1Gi}}
  placement:
    dc:
${signedBy === "" ? "" : `      signedBy: ${signedBy}\n`}      pricing: {web: {denom: uakt, amount: 100}}
deployment:
  web: {dc: {profile: web, count: 1}}
`;

const signedByJson = (signedBy: string): string => {
  const { value, diagnostics } = compile(sdl(signedBy));
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const groups = JSON.parse(goJsonMarshal(groupSpecsJson(value!.groups))) as {
    requirements: { signed_by: unknown };
  }[];
  return JSON.stringify(groups[0]!.requirements.signed_by);
};

describe("groupSpecsJson: signed_by lists as Go's json.Marshal writes them", () => {
  // Go facts, from gopkg.in/yaml.v3 3.0.1 decoding into attributes/v1.SignedBy (json tags
  // `all_of`, `any_of`, no omitempty) and encoding/json (Go 1.19): a sequence — even `[]`, or
  // `[~]` whose null item yaml.v3 drops — becomes a non-nil slice, written `[]`; a missing or
  // null key leaves the slice nil, written `null`. The group builder copies the slice as is.
  test.each([
    ["{allOf: [], anyOf: []}", '{"all_of":[],"any_of":[]}'],
    ["{allOf: [a]}", '{"all_of":["a"],"any_of":null}'],
    ["{allOf: ~, anyOf: }", '{"all_of":null,"any_of":null}'],
    ["{}", '{"all_of":null,"any_of":null}'],
    ["~", '{"all_of":null,"any_of":null}'],
    ["", '{"all_of":null,"any_of":null}'],
    ["{allOf: [~], anyOf: [a, ~]}", '{"all_of":[],"any_of":["a"]}'],
    ["{anyOf: [b], allOf: []}", '{"all_of":[],"any_of":["b"]}'],
  ])("signedBy: %s → %s", (signedBy, expected) => {
    expect(signedByJson(signedBy)).toBe(expected);
  });

  test("the protobuf bytes do not depend on it (an empty repeated field is not written)", () => {
    const options = { owner: "akash19rl4cm2hmr8afy4kldpxz3fka4jguq0a3mq6x0", dseq: 1n, deposit: "5000000uakt" };
    const bytes = (signedBy: string): string => {
      const msg = toMsgCreateDeployment(sdl(signedBy), options);
      expect(msg.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      return Buffer.from(encodeDeploymentMessage(msg.value!)).toString("hex");
    };
    expect(bytes("{allOf: [], anyOf: []}")).toBe(bytes(""));
  });

  test("an empty list built anywhere else (decoded, or by hand) is Go's nil", () => {
    const { value } = compile(sdl("{allOf: []}"));
    const copy = value!.groups.map((g) => ({
      ...g,
      requirements: { ...g.requirements, signedBy: { allOf: [], anyOf: [] } },
    }));
    expect(goJsonMarshal(groupSpecsJson(copy))).toContain('"signed_by":{"all_of":null,"any_of":null}');
  });
});
