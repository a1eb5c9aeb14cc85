/**
 * Whole-corpus parity of the on-chain message: for every corpus file that both we and the official
 * SDK alpha.45 accept, `MsgCreateDeployment` (v1beta4) bytes are identical — built by us from
 * `toMsgCreateDeployment`, by alpha.45 from its own `generateManifest` group specs, its own
 * `generateManifestVersion` hash and its own encoder — unless the file triggers a Go/TS divergence
 * still open in alpha.45 (there we give Go's answer; `test/compile` has a test per divergence).
 * Deposit sources are left empty on both sides for the byte comparison, because gogoproto packs
 * them and the TS encoder does not (SDL-SPEC §7.2); wire-facts.test.ts covers the packed form.
 */
import { describe, expect, test } from "vitest";
import { generateManifest, generateManifestVersion, yaml } from "@akashnetwork/chain-sdk";
import * as official from "@akashnetwork/chain-sdk/private-types/akash.v1beta4";
import { MsgCreateDeploymentCodec, toMsgCreateDeployment, type MsgCreateDeployment } from "../../src/index.js";
import { corpusFiles, HAS_CORPUS } from "../support/corpus.js";
import { divergencesOf } from "../support/divergences.js";

const OWNER = "akash19rl4cm2hmr8afy4kldpxz3fka4jguq0a3mq6x0";
const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString("hex");

async function officialMessage(text: string, deposit: { denom: string; amount: string }): Promise<string | undefined> {
  try {
    const r = generateManifest(yaml.raw(text) as Parameters<typeof generateManifest>[0]);
    if (!r.ok) return undefined;
    const hash = await generateManifestVersion(r.value.groups);
    const msg = official.MsgCreateDeployment.fromPartial({
      id: { owner: OWNER, dseq: 19_876_543n },
      groups: r.value.groupSpecs as never,
      hash,
      deposit: { amount: deposit, sources: [] },
      ...(r.value.reclamation === undefined ? {} : { reclamation: r.value.reclamation as never }),
    });
    return hex(official.MsgCreateDeployment.encode(msg).finish());
  } catch {
    return undefined;
  }
}

describe.skipIf(!HAS_CORPUS)("MsgCreateDeployment bytes against alpha.45 on the whole corpus", () => {
  test("identical on every file both accept, unless an open Go/TS divergence applies", {
    timeout: 180_000,
  }, async () => {
    let both = 0;
    let identical = 0;
    const unexplained: string[] = [];
    for (const file of corpusFiles()) {
      let ours = toMsgCreateDeployment(file.text, { owner: OWNER, dseq: 19_876_543n, deposit: "5000000uakt" });
      const denom = ours.compiled?.groups[0]?.resources[0]?.price.denom;
      if (ours.value === undefined && denom !== undefined && denom !== "uakt") {
        ours = toMsgCreateDeployment(file.text, { owner: OWNER, dseq: 19_876_543n, deposit: `5000000${denom}` });
      }
      if (ours.value === undefined) continue;
      const value = ours.value.value as MsgCreateDeployment;
      const theirs = await officialMessage(file.text, value.deposit.amount);
      if (theirs === undefined) continue;
      both++;
      const mine = hex(
        MsgCreateDeploymentCodec.encode({ ...value, deposit: { ...value.deposit, sources: [] } }).finish(),
      );
      if (mine === theirs) identical++;
      else if (divergencesOf(file.text).length === 0) unexplained.push(file.name);
    }
    expect(unexplained).toEqual([]);
    expect(both).toBeGreaterThan(300);
    expect(identical).toBeGreaterThan(250);
    console.info(
      `[message parity] ${identical} of ${both} files byte-identical; the rest trigger open Go/TS divergences`,
    );
  });
});
