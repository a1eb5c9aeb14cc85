import { describe, expect, it } from "vitest";
import { CHAIN_LIMITS, findDenom, NETWORKS } from "../src/index.js";

describe("networks", () => {
  it("knows mainnet, sandbox and testnet, each with uakt and uact", () => {
    expect(Object.keys(NETWORKS).sort()).toEqual(["mainnet", "sandbox", "testnet"]);
    for (const n of Object.values(NETWORKS)) {
      expect(findDenom(n.id, "uakt")?.symbol).toBe("AKT");
      expect(findDenom(n.id, "uact")?.symbol).toBe("ACT");
      for (const d of n.denoms) expect(d.source.length).toBeGreaterThan(10);
      expect(n.blockTimeSeconds).toBeCloseTo(6.098);
    }
  });
  it("has the USDC IBC denom on mainnet and sandbox only", () => {
    expect(findDenom("mainnet", "ibc/170C677610AC31DF0904FFE09CD3B5C657492170E7E52372E48756B71E56F2F1")?.kind).toBe(
      "ibc",
    );
    expect(findDenom("sandbox", "ibc/12C6A0C374171B595A0A9E18B83FA09D295FB1F2D8C6DAA3AC28683471752D84")?.symbol).toBe(
      "USDC",
    );
    expect(NETWORKS.testnet.denoms.some((d) => d.kind === "ibc")).toBe(false);
    expect(findDenom("mainnet", "uusdc")).toBeUndefined();
  });
  it("has the chain's group limits from SDL-SPEC §3.8", () => {
    expect(CHAIN_LIMITS.cpuMilliMax).toBe(384_000);
    expect(CHAIN_LIMITS.memoryMax).toBe(2n ** 41n);
    expect(CHAIN_LIMITS.storageMax).toBe(32n * 2n ** 40n);
    expect(CHAIN_LIMITS.totalMemoryMax).toBe(109_951_162_777_600n);
    expect(CHAIN_LIMITS.totalStorageMax).toBe(1_759_218_604_441_600n);
    expect(CHAIN_LIMITS.unitPriceMax).toBe(10_000_000);
  });
});
