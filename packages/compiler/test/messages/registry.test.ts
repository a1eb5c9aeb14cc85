import { describe, expect, it } from "vitest";
import { Registry, type EncodeObject } from "@cosmjs/proto-signing";
import { TxBody } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import * as official from "@akashnetwork/chain-sdk/private-types/akash.v1beta4";
import {
  MSG_CLOSE_DEPLOYMENT_TYPE_URL,
  MSG_CREATE_DEPLOYMENT_TYPE_URL,
  MSG_UPDATE_DEPLOYMENT_V1BETA3_TYPE_URL,
  MsgCreateDeploymentCodec,
  createDeploymentRegistry,
  decodeBech32,
  decodeDeploymentMessage,
  deploymentRegistryTypes,
  fromAny,
  isAccountAddress,
  toAny,
  toMsgCreateDeployment,
  type DeploymentEncodeObject,
} from "../../src/index.js";

const OWNER = "akash19rl4cm2hmr8afy4kldpxz3fka4jguq0a3mq6x0";
const SDL = `version: "2.0"
services:
  web:
    image: nginx:1.25.3
    expose: [{ port: 80, to: [{ global: true }] }]
profiles:
  compute:
    web: { resources: { cpu: { units: 1 }, memory: { size: 1Gi }, storage: { size: 1Gi } } }
  placement:
    dcloud: { pricing: { web: { denom: uakt, amount: 100 } } }
deployment:
  web: { dcloud: { profile: web, count: 2 } }
`;

const create = toMsgCreateDeployment(SDL, { owner: OWNER, dseq: 42n, deposit: "5000000uakt" }).value!;

describe("cosmjs Registry", () => {
  it("registers all nine deployment messages under their type URLs", () => {
    expect(deploymentRegistryTypes.map(([url]) => url).sort()).toEqual(
      ["v1beta3", "v1beta4", "v1beta5"]
        .flatMap((v) => ["Create", "Update", "Close"].map((m) => `/akash.deployment.${v}.Msg${m}Deployment`))
        .sort(),
    );
    const registry = createDeploymentRegistry();
    for (const [url] of deploymentRegistryTypes) expect(registry.lookupType(url)).toBeDefined();
  });

  it("encodes what toMsgCreateDeployment builds to the same bytes as our codec, and decodes them back", () => {
    const registry = createDeploymentRegistry();
    const bytes = registry.encode(create as EncodeObject);
    expect(bytes).toEqual(MsgCreateDeploymentCodec.encode(create.value as never).finish());
    expect(registry.decode({ typeUrl: create.typeUrl, value: bytes })).toEqual(create.value);
  });

  it("keeps extra types passed in, and works inside a cosmjs TxBody (as SigningStargateClient builds it)", () => {
    const registry = createDeploymentRegistry([
      ["/akash.deployment.v1beta4.MsgCreateDeploymentOfficial", official.MsgCreateDeployment as never],
    ]);
    expect(registry.lookupType("/akash.deployment.v1beta4.MsgCreateDeploymentOfficial")).toBeDefined();
    const close: DeploymentEncodeObject = {
      typeUrl: MSG_CLOSE_DEPLOYMENT_TYPE_URL,
      value: { id: { owner: OWNER, dseq: 42n } },
    };
    const bodyBytes = registry.encode({
      typeUrl: "/cosmos.tx.v1beta1.TxBody",
      value: { messages: [create, close], memo: "akash-sdl" },
    });
    const body = TxBody.decode(bodyBytes);
    expect(body.memo).toBe("akash-sdl");
    expect(body.messages.map((m) => m.typeUrl)).toEqual([
      MSG_CREATE_DEPLOYMENT_TYPE_URL,
      MSG_CLOSE_DEPLOYMENT_TYPE_URL,
    ]);
    expect(fromAny(body.messages[0]!)).toEqual(create);
    expect(fromAny(body.messages[1]!)).toEqual(close);
    // the official SDK's decoder reads our Any payload as the same message
    const theirs = official.MsgCreateDeployment.decode(body.messages[0]!.value);
    expect(theirs.id?.dseq).toBe(42n);
    expect(theirs.groups[0]?.resources[0]?.count).toBe(2);
    expect(theirs.hash).toEqual(create.typeUrl === MSG_CREATE_DEPLOYMENT_TYPE_URL ? create.value.hash : undefined);
  });

  it("a plain cosmjs Registry built from deploymentRegistryTypes behaves the same", () => {
    const registry = new Registry(
      deploymentRegistryTypes.map(([u, t]) => [u, t] as [string, (typeof deploymentRegistryTypes)[number][1]]),
    );
    expect(registry.encode(create as EncodeObject)).toEqual(toAny(create).value);
  });
});

describe("Any and type URLs", () => {
  it("wraps with the type URL and unwraps to the same message", () => {
    const any = toAny(create);
    expect(any.typeUrl).toBe("/akash.deployment.v1beta4.MsgCreateDeployment");
    expect(fromAny(any)).toEqual(create);
    const update: DeploymentEncodeObject = {
      typeUrl: MSG_UPDATE_DEPLOYMENT_V1BETA3_TYPE_URL,
      value: { id: { owner: OWNER, dseq: 7n }, version: new Uint8Array(32).fill(9) },
    };
    expect(decodeDeploymentMessage(update.typeUrl, toAny(update).value)).toEqual(update);
  });
  it("refuses unknown type URLs", () => {
    expect(() => decodeDeploymentMessage("/cosmos.bank.v1beta1.MsgSend", new Uint8Array())).toThrow(TypeError);
  });
});

describe("bech32 owner check", () => {
  it("accepts a real address and rejects a wrong checksum, prefix or case mix", () => {
    expect(isAccountAddress(OWNER)).toBe(true);
    expect(decodeBech32(OWNER)?.data).toHaveLength(20);
    expect(isAccountAddress(OWNER.toUpperCase())).toBe(true);
    expect(isAccountAddress(OWNER.slice(0, -1) + "1")).toBe(false);
    expect(isAccountAddress(OWNER, "cosmos")).toBe(false);
    expect(isAccountAddress(OWNER.slice(0, 10) + OWNER.slice(10).toUpperCase())).toBe(false);
    expect(isAccountAddress("")).toBe(false);
    expect(isAccountAddress("akash1")).toBe(false);
  });
  it("reads the BIP-173 test vector", () => {
    expect(decodeBech32("A12UEL5L")).toEqual({ prefix: "a", data: new Uint8Array(0) });
    expect(decodeBech32("abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw")?.prefix).toBe("abcdef");
    expect(decodeBech32("a12uel5m")).toBeUndefined();
  });
});
