import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { MessageCodec } from "../../src/proto/codec.js";
import { AttributeCodec, PlacementRequirementsCodec } from "../../src/proto/attributes-codec.js";
import { CoinCodec, DecCoinCodec } from "../../src/proto/coin-codec.js";
import { DeploymentIDCodec, DeploymentReclamationCodec, DepositCodec } from "../../src/proto/deployment-codec.js";
import { GroupSpecCodec, GroupSpecV1beta5Codec, ResourceUnitCodec } from "../../src/proto/group-spec-codec.js";
import { EndpointCodec, ResourcesCodec } from "../../src/proto/resources-codec.js";
import {
  MsgCloseDeploymentCodec,
  MsgCreateDeploymentCodec,
  MsgUpdateDeploymentCodec,
} from "../../src/messages/deployment-v1beta4.js";
import {
  MsgCloseDeploymentV1beta3Codec,
  MsgCreateDeploymentV1beta3Codec,
  MsgUpdateDeploymentV1beta3Codec,
} from "../../src/messages/deployment-v1beta3.js";
import {
  MsgCloseDeploymentV1beta5Codec,
  MsgCreateDeploymentV1beta5Codec,
  MsgUpdateDeploymentV1beta5Codec,
} from "../../src/messages/deployment-v1beta5.js";
import * as arb from "./arbitraries.js";

const cases: [MessageCodec<unknown>, fc.Arbitrary<unknown>][] = [
  [AttributeCodec, arb.attribute],
  [PlacementRequirementsCodec, arb.placementRequirements],
  [EndpointCodec, arb.endpoint],
  [ResourcesCodec, arb.resources],
  [DecCoinCodec, arb.decCoin],
  [CoinCodec, arb.coin],
  [ResourceUnitCodec, arb.resourceUnit],
  [GroupSpecCodec, arb.groupSpec],
  [GroupSpecV1beta5Codec, arb.groupSpecV1beta5],
  [DeploymentIDCodec, arb.deploymentId],
  [DeploymentReclamationCodec, arb.reclamation],
  [DepositCodec, arb.deposit],
  [MsgCreateDeploymentCodec, arb.msgCreateDeployment],
  [MsgUpdateDeploymentCodec, arb.msgUpdateDeployment],
  [MsgCloseDeploymentCodec, arb.msgCloseDeployment],
  [MsgCreateDeploymentV1beta3Codec, arb.msgCreateDeploymentV1beta3],
  [MsgUpdateDeploymentV1beta3Codec, arb.msgUpdateDeploymentV1beta3],
  [MsgCloseDeploymentV1beta3Codec, arb.msgCloseDeployment],
  [MsgCreateDeploymentV1beta5Codec, arb.msgCreateDeploymentV1beta5],
  [MsgUpdateDeploymentV1beta5Codec, arb.msgUpdateDeployment],
  [MsgCloseDeploymentV1beta5Codec, arb.msgCloseDeployment],
];

describe("decode(encode(x)) = x", () => {
  for (const [codec, arbitrary] of cases) {
    it(codec.typeName, () => {
      fc.assert(
        fc.property(arbitrary, (value) => {
          const bytes = codec.encode(value).finish();
          const decoded = codec.decode(bytes);
          expect(decoded).toEqual(value);
          // canonical: re-encoding the decoded value gives the same bytes
          expect(codec.encode(decoded).finish()).toEqual(bytes);
          // fromPartial of a complete value changes nothing
          expect(codec.fromPartial(value as never)).toEqual(value);
        }),
        { numRuns: 150 },
      );
    }, 60_000); // 150 runs of a message take 1–6 s on a loaded machine
  }
});

describe("fromPartial", () => {
  it("fills every missing field with its default", () => {
    expect(MsgCreateDeploymentCodec.fromPartial({})).toEqual({
      id: { owner: "", dseq: 0n },
      groups: [],
      hash: new Uint8Array(0),
      deposit: { amount: { denom: "", amount: "0" }, sources: [] },
    });
    expect(ResourcesCodec.fromPartial({ id: 2 })).toEqual({ id: 2, storage: [], endpoints: [] });
    expect(EndpointCodec.fromPartial({})).toEqual({ kind: "SHARED_HTTP", sequenceNumber: 0 });
  });

  it("accepts 64-bit values as numbers or strings", () => {
    expect(DeploymentIDCodec.fromPartial({ owner: "a", dseq: 12 }).dseq).toBe(12n);
    expect(DeploymentIDCodec.fromPartial({ owner: "a", dseq: "18446744073709551615" }).dseq).toBe(2n ** 64n - 1n);
    expect(ResourcesCodec.fromPartial({ cpu: { units: { val: "250" } } }).cpu?.units.val).toBe(250n);
  });

  it("encode treats null or missing fields as their defaults", () => {
    const loose = { id: null, groups: null, hash: null, deposit: { amount: null, sources: null } } as never;
    expect(MsgCreateDeploymentCodec.encode(loose).finish()).toEqual(
      MsgCreateDeploymentCodec.encode(MsgCreateDeploymentCodec.fromPartial({})).finish(),
    );
  });

  it("decoding an empty buffer gives the defaults", () => {
    expect(MsgCreateDeploymentCodec.decode(new Uint8Array(0))).toEqual(MsgCreateDeploymentCodec.fromPartial({}));
    expect(GroupSpecCodec.decode(new Uint8Array(0))).toEqual(GroupSpecCodec.fromPartial({}));
  });
});

describe("decoding arbitrary bytes", () => {
  it("returns a value or throws an Error, and never hangs", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        for (const [codec] of cases) {
          try {
            const value = codec.decode(bytes);
            // whatever was read re-encodes without throwing unless a custom scalar was malformed
            expect(value).toBeTypeOf("object");
          } catch (error) {
            expect(error).toBeInstanceOf(Error);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
  it("rejects an embedded message that overruns its parent", () => {
    // GroupSpec: field 3 (resources) claims 5 bytes, but only 2 follow
    expect(() => GroupSpecCodec.decode(Uint8Array.from([0x1a, 0x05, 0x10, 0x01]))).toThrow(Error);
    // ResourceUnit claims 1 byte, but its count varint (10 05) takes 2: the parent's bound is overrun
    expect(() => GroupSpecCodec.decode(Uint8Array.from([0x1a, 0x01, 0x10, 0x05]))).toThrow(/overruns/);
  });
});
