/**
 * Known bytes: SDL-SPEC §7.2 (worked GroupSpec bytes of fixture v2.0/simple, confirmed against the
 * official TS encoder), the addendum's reclamation bytes, and the gogoproto rules that change bytes
 * (non-nullable messages always written, custom scalars always written, packed `sources`).
 */
import { describe, expect, it } from "vitest";
import { BinaryWriter } from "cosmjs-types/binary";
import { PlacementRequirementsCodec } from "../../src/proto/attributes-codec.js";
import { CoinCodec, DecCoinCodec } from "../../src/proto/coin-codec.js";
import { DeploymentReclamationCodec, DepositCodec } from "../../src/proto/deployment-codec.js";
import { GroupSpecCodec } from "../../src/proto/group-spec-codec.js";
import { GPUCodec, ResourcesCodec } from "../../src/proto/resources-codec.js";
import { MsgCreateDeploymentCodec, MsgUpdateDeploymentCodec } from "../../src/messages/deployment-v1beta4.js";
import type { GroupSpec } from "../../src/proto/types.js";

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString("hex");
const fromHex = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, "hex"));

const SIMPLE_GROUP_HEX =
  "0a0977657374636f61737412210a0c0a01330a013412013112013212110a06726567696f6e120775732d776573741a620a40080112070a050a033130301a0d0a0b0a0931333432313737323822170a0764656661756c74120c0a0a313037333734313832342a050a030a013032003202080110021a1c0a0475616b7412143530303030303030303030303030303030303030";

const simpleGroup: GroupSpec = {
  name: "westcoast",
  requirements: {
    signedBy: { allOf: ["3", "4"], anyOf: ["1", "2"] },
    attributes: [{ key: "region", value: "us-west" }],
  },
  resources: [
    {
      resource: {
        id: 1,
        cpu: { units: { val: 100n }, attributes: [] },
        memory: { quantity: { val: 134217728n }, attributes: [] },
        storage: [{ name: "default", quantity: { val: 1073741824n }, attributes: [] }],
        gpu: { units: { val: 0n }, attributes: [] },
        endpoints: [
          { kind: "SHARED_HTTP", sequenceNumber: 0 },
          { kind: "RANDOM_PORT", sequenceNumber: 0 },
        ],
      },
      count: 2,
      price: { denom: "uakt", amount: "50.000000000000000000" },
    },
  ],
};

describe("SDL-SPEC §7.2 worked bytes (v2.0/simple, GroupSpec[0])", () => {
  it("encodes to the documented bytes", () => {
    expect(hex(GroupSpecCodec.encode(simpleGroup).finish())).toBe(SIMPLE_GROUP_HEX);
  });
  it("decodes the documented bytes back to the group", () => {
    expect(GroupSpecCodec.decode(fromHex(SIMPLE_GROUP_HEX))).toEqual(simpleGroup);
  });
  it('accepts a price written without decimals ("50") and writes the same atomics', () => {
    const short = structuredClone(simpleGroup);
    short.resources[0]!.price.amount = "50";
    expect(hex(GroupSpecCodec.encode(short).finish())).toBe(SIMPLE_GROUP_HEX);
  });
});

describe("gogoproto byte rules", () => {
  it("writes the reclamation of the addendum as 2a060a040880a305", () => {
    const msg = MsgCreateDeploymentCodec.fromPartial({ reclamation: { minWindow: { seconds: 86400n } } });
    expect(hex(MsgCreateDeploymentCodec.encode(msg).finish()).endsWith("2a060a040880a305")).toBe(true);
    expect(hex(DeploymentReclamationCodec.encode({ minWindow: { seconds: 0n, nanos: 0 } }).finish())).toBe("0a00");
  });
  it("always writes non-nullable messages (id, deposit, signed_by), even empty", () => {
    const msg = MsgCreateDeploymentCodec.fromPartial({});
    // id = 0a 00; deposit = 22 05 { amount = 0a 03 { 12 01 "0" } }
    expect(hex(MsgCreateDeploymentCodec.encode(msg).finish())).toBe("0a0022050a03120130");
    expect(hex(PlacementRequirementsCodec.encode(PlacementRequirementsCodec.fromPartial({})).finish())).toBe("0a00");
    expect(hex(MsgUpdateDeploymentCodec.encode(MsgUpdateDeploymentCodec.fromPartial({})).finish())).toBe("0a00");
  });
  it('always writes custom scalars: ResourceValue "0", Coin and DecCoin amounts', () => {
    expect(hex(GPUCodec.encode({ units: { val: 0n }, attributes: [] }).finish())).toBe("0a030a0130");
    expect(hex(CoinCodec.encode({ denom: "", amount: "0" }).finish())).toBe("120130");
    expect(hex(DecCoinCodec.encode({ denom: "", amount: "0" }).finish())).toBe("120130");
    expect(hex(DecCoinCodec.encode({ denom: "x", amount: "-0.5" }).finish())).toBe(
      "0a0178" + "1213" + Buffer.from("-500000000000000000").toString("hex"),
    );
  });
  it("writes a SHARED_HTTP endpoint with sequence 0 as the empty message 32 00", () => {
    const bytes = ResourcesCodec.encode({
      id: 0,
      storage: [],
      endpoints: [{ kind: "SHARED_HTTP", sequenceNumber: 0 }],
    }).finish();
    expect(hex(bytes)).toBe("3200");
  });
  it("omits nullable cpu/memory/gpu when absent", () => {
    expect(hex(ResourcesCodec.encode({ id: 3, storage: [], endpoints: [] }).finish())).toBe("0803");
  });
  it("writes deposit sources packed, as gogoproto does, and reads both forms", () => {
    const deposit = { amount: { denom: "uact", amount: "5" }, sources: ["grant", "balance"] as const };
    const bytes = DepositCodec.encode({ ...deposit, sources: [...deposit.sources] }).finish();
    // amount = 0a 09 { 0a 04 "uact" 12 01 "5" }; sources = 2a 02 02 01
    expect(hex(bytes)).toBe("0a090a0475616374120135" + "2a020201");
    // unpacked form (28 02 28 01), as the TS SDK writes it
    const unpacked = new BinaryWriter();
    CoinCodec.encode(deposit.amount, unpacked.uint32(10).fork()).ldelim();
    unpacked.uint32(40).int32(2).uint32(40).int32(1);
    expect(DepositCodec.decode(unpacked.finish())).toEqual({ amount: deposit.amount, sources: ["grant", "balance"] });
  });
  it("skips unknown fields when decoding", () => {
    const writer = new BinaryWriter();
    writer.uint32((9 << 3) | 2).string("future");
    writer.uint32((1 << 3) | 2).string("g");
    writer.uint32((10 << 3) | 0).uint64(7n);
    expect(GroupSpecCodec.decode(writer.finish())).toEqual(GroupSpecCodec.fromPartial({ name: "g" }));
  });
  it("accepts values shaped as older SDKs built them: numeric enums, math.Int as ASCII bytes or numbers", () => {
    const legacy = { kind: 2, sequenceNumber: 1 } as never;
    expect(hex(ResourcesCodec.encode({ id: 0, storage: [], endpoints: [legacy] }).finish())).toBe("320408021001");
    expect(ResourcesCodec.fromPartial({ endpoints: [legacy] }).endpoints).toEqual([
      { kind: "LEASED_IP", sequenceNumber: 1 },
    ]);
    const akashjs = { units: { val: new TextEncoder().encode("1000") }, attributes: [] } as never;
    expect(GPUCodec.encode(akashjs).finish()).toEqual(
      GPUCodec.encode({ units: { val: 1000n }, attributes: [] }).finish(),
    );
    expect(GPUCodec.fromPartial({ units: { val: 1000 } })).toEqual({ units: { val: 1000n }, attributes: [] });
    expect(() => ResourcesCodec.fromPartial({ endpoints: [{ kind: 7 as never }] })).toThrow(RangeError);
    // a dseq given as a number straight to encode: 0 is still omitted, 5 written as the varint 05
    expect(
      hex(MsgUpdateDeploymentCodec.encode({ id: { owner: "", dseq: 0 as never }, hash: new Uint8Array() }).finish()),
    ).toBe("0a00");
    expect(
      hex(MsgUpdateDeploymentCodec.encode({ id: { owner: "", dseq: 5 as never }, hash: new Uint8Array() }).finish()),
    ).toBe("0a021005");
    // fromPartial gives the decoder's canonical text for amounts
    expect(DecCoinCodec.fromPartial({ denom: "uakt", amount: "10" })).toEqual({
      denom: "uakt",
      amount: "10.000000000000000000",
    });
    expect(DecCoinCodec.fromPartial({ amount: "-0.25" }).amount).toBe("-0.250000000000000000");
    expect(CoinCodec.fromPartial({ denom: "uakt", amount: "007" })).toEqual({ denom: "uakt", amount: "7" });
  });

  it("refuses values that cannot be encoded", () => {
    expect(() => DecCoinCodec.encode({ denom: "u", amount: "1.0000000000000000001" })).toThrow(RangeError);
    expect(() => DecCoinCodec.encode({ denom: "u", amount: ".5" })).toThrow(RangeError);
    expect(() => CoinCodec.encode({ denom: "u", amount: "1.5" })).toThrow(RangeError);
  });
});
