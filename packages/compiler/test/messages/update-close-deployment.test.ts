import { describe, expect, it } from "vitest";
import * as official from "@akashnetwork/chain-sdk/private-types/akash.v1beta4";
import {
  MSG_CLOSE_DEPLOYMENT_TYPE_URL,
  MSG_CLOSE_DEPLOYMENT_V1BETA3_TYPE_URL,
  MSG_CLOSE_DEPLOYMENT_V1BETA5_TYPE_URL,
  MSG_UPDATE_DEPLOYMENT_TYPE_URL,
  MSG_UPDATE_DEPLOYMENT_V1BETA3_TYPE_URL,
  MSG_UPDATE_DEPLOYMENT_V1BETA5_TYPE_URL,
  compile,
  encodeDeploymentMessage,
  toMsgCloseDeployment,
  toMsgUpdateDeployment,
} from "../../src/index.js";

const OWNER = "akash1365yvmc4s7awdyj3n2sav7xfx76adc6dnmlx63";
const SDL = `version: "2.0"
services:
  web: { image: "nginx:1.25.3", expose: [{ port: 80, to: [{ global: true }] }] }
profiles:
  compute:
    web: { resources: { cpu: { units: 1 }, memory: { size: 1Gi }, storage: { size: 1Gi } } }
  placement:
    dcloud: { pricing: { web: { denom: uact, amount: 100 } } }
deployment:
  web: { dcloud: { profile: web, count: 1 } }
`;

describe("toMsgUpdateDeployment", () => {
  it("carries the new manifest version; bytes equal alpha.45's MsgUpdateDeployment", () => {
    const result = toMsgUpdateDeployment(SDL, { owner: OWNER, dseq: 99n });
    const version = compile(SDL).value!.version;
    expect(result.value).toEqual({
      typeUrl: MSG_UPDATE_DEPLOYMENT_TYPE_URL,
      value: { id: { owner: OWNER, dseq: 99n }, hash: version },
    });
    const theirs = official.MsgUpdateDeployment.encode(
      official.MsgUpdateDeployment.fromPartial({ id: { owner: OWNER, dseq: 99n }, hash: version }),
    ).finish();
    expect(encodeDeploymentMessage(result.value!)).toEqual(theirs);
  });
  it("builds v1beta3 (version field) and v1beta5 messages", () => {
    expect(toMsgUpdateDeployment(SDL, { owner: OWNER, dseq: 1, version: "v1beta3" }).value?.typeUrl).toBe(
      MSG_UPDATE_DEPLOYMENT_V1BETA3_TYPE_URL,
    );
    expect(toMsgUpdateDeployment(SDL, { owner: OWNER, dseq: 1, version: "v1beta3" }).value?.value).toHaveProperty(
      "version",
    );
    expect(toMsgUpdateDeployment(SDL, { owner: OWNER, dseq: 1, version: "v1beta5" }).value?.typeUrl).toBe(
      MSG_UPDATE_DEPLOYMENT_V1BETA5_TYPE_URL,
    );
  });
  it("reports a bad id or a bad SDL and builds nothing", () => {
    const bad = toMsgUpdateDeployment(SDL, { owner: OWNER, dseq: 0 });
    expect(bad.value).toBeUndefined();
    expect(bad.compiled).toBeDefined();
    expect(bad.diagnostics.map((d) => [d.code, d.path])).toEqual([["compile/invalid-deployment-option", ["dseq"]]]);
    expect(toMsgUpdateDeployment("version: '2.0'\n", { owner: OWNER, dseq: 1 }).value).toBeUndefined();
  });
});

describe("toMsgCloseDeployment", () => {
  it("builds the close message for each API version", () => {
    expect(toMsgCloseDeployment({ owner: OWNER, dseq: "7" }).value).toEqual({
      typeUrl: MSG_CLOSE_DEPLOYMENT_TYPE_URL,
      value: { id: { owner: OWNER, dseq: 7n } },
    });
    expect(toMsgCloseDeployment({ owner: OWNER, dseq: 7, version: "v1beta3" }).value?.typeUrl).toBe(
      MSG_CLOSE_DEPLOYMENT_V1BETA3_TYPE_URL,
    );
    expect(toMsgCloseDeployment({ owner: OWNER, dseq: 7, version: "v1beta5" }).value?.typeUrl).toBe(
      MSG_CLOSE_DEPLOYMENT_V1BETA5_TYPE_URL,
    );
    const theirs = official.MsgCloseDeployment.encode(
      official.MsgCloseDeployment.fromPartial({ id: { owner: OWNER, dseq: 7n } }),
    ).finish();
    expect(encodeDeploymentMessage(toMsgCloseDeployment({ owner: OWNER, dseq: 7 }).value!)).toEqual(theirs);
  });
  it("reports an owner with another prefix", () => {
    const result = toMsgCloseDeployment({ owner: OWNER, dseq: 7, addressPrefix: "cosmos" });
    expect(result.value).toBeUndefined();
    expect(result.diagnostics[0]).toMatchObject({
      code: "compile/invalid-deployment-option",
      path: ["owner"],
      severity: "error",
    });
  });
});
