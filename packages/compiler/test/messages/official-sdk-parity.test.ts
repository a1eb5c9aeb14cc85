/**
 * Byte parity with the official TS SDK, `@akashnetwork/chain-sdk` 1.0.0-alpha.45 (its generated
 * `akash.deployment.v1beta4` encoders, imported here in tests only). alpha.45 matches Go's group
 * specs on every fixture (SDL-SPEC-ADDENDUM Part A §0); the one known wire difference is
 * `Deposit.sources`: gogoproto writes it packed (`2a …`), the TS SDK unpacked (`28 v`) — SDL-SPEC
 * §7.2. So bytes are compared with empty sources, and with sources each side must decode the other's.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as official from "@akashnetwork/chain-sdk/private-types/akash.v1beta4";
import { GroupSpecCodec } from "../../src/proto/group-spec-codec.js";
import {
  MsgCloseDeploymentCodec,
  MsgCreateDeploymentCodec,
  MsgUpdateDeploymentCodec,
} from "../../src/messages/deployment-v1beta4.js";
import type { MsgCreateDeployment } from "../../src/proto/types.js";
import * as arb from "../proto/arbitraries.js";
import { HAS_CORPUS, goFixtures } from "./corpus-dir.js";
import { groupSpecsFromGoJson, toOfficial } from "./go-json.js";

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString("hex");
const officialBytes = (type: any, value: unknown): string =>
  hex(type.encode(type.fromPartial(toOfficial(value))).finish());

const OWNER = "akash1qy352eufqy352eufqy352eufqy352eufyqkf5h";
const HASH = Uint8Array.from({ length: 32 }, (_, i) => (i * 37 + 11) & 0xff);

const fixtures = goFixtures();

describe.skipIf(!HAS_CORPUS)("Go fixtures: MsgCreateDeployment v1beta4 bytes equal alpha.45's", () => {
  it("finds the 15 valid Go fixtures", () => {
    expect(fixtures).toHaveLength(15);
  });
  for (const fixture of fixtures) {
    it(fixture.name, () => {
      const groups = groupSpecsFromGoJson(fixture.groupSpecs);
      for (const group of groups) {
        expect(hex(GroupSpecCodec.encode(group).finish())).toBe(officialBytes(official.GroupSpec, group));
        // the official SDK's own objects (numeric enums, human DecCoin amounts) encode unchanged
        const theirs = official.GroupSpec.fromPartial(toOfficial(group) as never);
        expect(hex(GroupSpecCodec.encode(theirs as never).finish())).toBe(officialBytes(official.GroupSpec, group));
        expect(GroupSpecCodec.fromPartial(theirs as never)).toEqual(group);
      }
      const msg: MsgCreateDeployment = {
        id: { owner: OWNER, dseq: 21_000_123n },
        groups,
        hash: HASH,
        deposit: { amount: { denom: groups[0]?.resources[0]?.price.denom ?? "uakt", amount: "5000000" }, sources: [] },
        reclamation: { minWindow: { seconds: 86_400n, nanos: 0 } },
      };
      const ours = MsgCreateDeploymentCodec.encode(msg).finish();
      expect(hex(ours)).toBe(officialBytes(official.MsgCreateDeployment, msg));
      expect(MsgCreateDeploymentCodec.decode(ours)).toEqual(msg);
    });
  }
});

describe("random values: v1beta4 bytes equal alpha.45's", () => {
  it("MsgCreateDeployment without deposit sources: identical bytes", () => {
    fc.assert(
      fc.property(arb.msgCreateDeployment, (msg) => {
        const value = { ...msg, deposit: { ...msg.deposit, sources: [] } };
        expect(hex(MsgCreateDeploymentCodec.encode(value).finish())).toBe(
          officialBytes(official.MsgCreateDeployment, value),
        );
      }),
      { numRuns: 200 },
    );
  }, 60_000);
  it("MsgCreateDeployment with deposit sources: each side decodes the other's bytes to the same message", () => {
    fc.assert(
      fc.property(arb.msgCreateDeployment, (msg) => {
        const theirs = official.MsgCreateDeployment.encode(
          official.MsgCreateDeployment.fromPartial(toOfficial(msg) as never),
        ).finish();
        expect(MsgCreateDeploymentCodec.decode(theirs)).toEqual(msg);
        const ours = MsgCreateDeploymentCodec.encode(msg).finish();
        const expectedSources = (toOfficial(msg.deposit) as { sources: number[] }).sources;
        expect(official.MsgCreateDeployment.decode(ours).deposit?.sources).toEqual(expectedSources);
        expect(hex(official.MsgCreateDeployment.encode(official.MsgCreateDeployment.decode(ours)).finish())).toBe(
          hex(theirs),
        );
      }),
      { numRuns: 200 },
    );
  }, 60_000);
  it("MsgUpdateDeployment and MsgCloseDeployment: identical bytes", () => {
    fc.assert(
      fc.property(arb.msgUpdateDeployment, (msg) => {
        expect(hex(MsgUpdateDeploymentCodec.encode(msg).finish())).toBe(
          officialBytes(official.MsgUpdateDeployment, msg),
        );
        const close = { id: msg.id };
        expect(hex(MsgCloseDeploymentCodec.encode(close).finish())).toBe(
          officialBytes(official.MsgCloseDeployment, close),
        );
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
