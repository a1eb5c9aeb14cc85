import { describe, expect, it } from "vitest";
import { parse } from "@akash-sdl/core";
import {
  MSG_CREATE_DEPLOYMENT_TYPE_URL,
  MSG_CREATE_DEPLOYMENT_V1BETA3_TYPE_URL,
  MSG_CREATE_DEPLOYMENT_V1BETA5_TYPE_URL,
  MsgCreateDeploymentCodec,
  compile,
  encodeDeploymentMessage,
  toMsgCreateDeployment,
} from "../../src/index.js";

const OWNER = "akash19rl4cm2hmr8afy4kldpxz3fka4jguq0a3mq6x0";

const SDL = `version: "2.0"
services:
  web:
    image: nginx:1.25.3
    expose:
      - port: 80
        to:
          - global: true
profiles:
  compute:
    web:
      resources:
        cpu: { units: 0.5 }
        memory: { size: 512Mi }
        storage: { size: 1Gi }
  placement:
    dcloud:
      pricing:
        web: { denom: uact, amount: 1000 }
deployment:
  web:
    dcloud: { profile: web, count: 1 }
`;

const WITH_RECLAMATION = SDL.replace('version: "2.0"', 'version: "2.1"') + "reclamation:\n  min_window: 1h\n";

const base = { owner: OWNER, dseq: 21_000_123n, deposit: "5000000uact" } as const;

describe("toMsgCreateDeployment", () => {
  it("builds the v1beta4 message from text: compiled groups and hash, the id and a balance deposit", () => {
    const result = toMsgCreateDeployment(SDL, base);
    const compiled = compile(SDL).value!;
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.value?.typeUrl).toBe(MSG_CREATE_DEPLOYMENT_TYPE_URL);
    expect(result.value?.value).toEqual({
      id: { owner: OWNER, dseq: 21_000_123n },
      groups: compiled.groups,
      hash: compiled.version,
      deposit: { amount: { denom: "uact", amount: "5000000" }, sources: ["balance"] },
    });
    expect(result.compiled?.version).toEqual(compiled.version);
    const unit = result.value!.value.groups[0]!.resources[0]!;
    expect("price" in unit && unit.price).toEqual({ denom: "uact", amount: "1000.000000000000000000" });
  });

  it("accepts a parse result or a document, and a deposit coin, dseq as string and several sources", () => {
    const parsed = parse(SDL);
    const options = {
      ...base,
      dseq: "21000123",
      deposit: { denom: "uact", amount: "5000000" },
      depositSources: ["grant", "balance"] as const,
    };
    const a = toMsgCreateDeployment(parsed, { ...options, depositSources: [...options.depositSources] });
    const b = toMsgCreateDeployment(parsed.document!, { ...options, depositSources: [...options.depositSources] });
    expect(a.value).toEqual(b.value);
    expect(a.value?.typeUrl === MSG_CREATE_DEPLOYMENT_TYPE_URL && a.value.value.deposit.sources).toEqual([
      "grant",
      "balance",
    ]);
    // grant (2) then balance (1), packed: 2a 02 02 01
    expect(Buffer.from(encodeDeploymentMessage(a.value!)).toString("hex").endsWith("2a020201")).toBe(true);
  });

  it("reads the deposit as a Deposit (amount and sources) or a Coin with a numeric amount", () => {
    const asDeposit = toMsgCreateDeployment(SDL, {
      ...base,
      deposit: { amount: { denom: "uact", amount: "5000000" }, sources: ["grant"] },
    });
    expect(asDeposit.value?.typeUrl === MSG_CREATE_DEPLOYMENT_TYPE_URL && asDeposit.value.value.deposit).toEqual({
      amount: { denom: "uact", amount: "5000000" },
      sources: ["grant"],
    });
    const numericSources = toMsgCreateDeployment(SDL, { ...base, depositSources: [2, 1] as never });
    expect(
      numericSources.value?.typeUrl === MSG_CREATE_DEPLOYMENT_TYPE_URL && numericSources.value.value.deposit.sources,
    ).toEqual(["grant", "balance"]);
    const numeric = toMsgCreateDeployment(SDL, {
      ...base,
      deposit: { denom: "uact", amount: 5000000 as unknown as string },
    });
    expect(numeric.value?.value).toEqual(toMsgCreateDeployment(SDL, base).value?.value);
  });

  it("sends reclamation in field 5 of v1beta4", () => {
    const result = toMsgCreateDeployment(WITH_RECLAMATION, base);
    expect(result.value?.typeUrl).toBe(MSG_CREATE_DEPLOYMENT_TYPE_URL);
    const msg = result.value!.value as { reclamation?: unknown };
    expect(msg.reclamation).toEqual({ minWindow: { seconds: 3600n, nanos: 0 } });
    const bytes = encodeDeploymentMessage(result.value!);
    expect(Buffer.from(bytes).toString("hex").endsWith("2a050a0308901c")).toBe(true);
    expect(MsgCreateDeploymentCodec.decode(bytes)).toEqual(result.value!.value);
  });

  it("builds the v1beta3 message: version bytes, a plain Coin deposit and the depositor", () => {
    const result = toMsgCreateDeployment(SDL, { ...base, version: "v1beta3" });
    expect(result.value?.typeUrl).toBe(MSG_CREATE_DEPLOYMENT_V1BETA3_TYPE_URL);
    expect(result.value?.value).toMatchObject({ deposit: { denom: "uact", amount: "5000000" }, depositor: OWNER });
    expect((result.value!.value as { version: Uint8Array }).version).toHaveLength(32);
  });

  it("builds the v1beta5 message: prices lists and a deposits list, and warns that reclamation is not sent", () => {
    const result = toMsgCreateDeployment(WITH_RECLAMATION, { ...base, version: "v1beta5" });
    expect(result.value?.typeUrl).toBe(MSG_CREATE_DEPLOYMENT_V1BETA5_TYPE_URL);
    const value = result.value!.value as { groups: { resources: { prices: unknown[] }[] }[]; deposits: unknown[] };
    expect(value.groups[0]!.resources[0]!.prices).toEqual([{ denom: "uact", amount: "1000.000000000000000000" }]);
    expect(value.deposits).toEqual([{ amount: { denom: "uact", amount: "5000000" }, sources: ["balance"] }]);
    const warning = result.diagnostics.find((d) => d.code === "compile/reclamation-not-sent");
    expect(warning?.severity).toBe("warning");
    expect(warning?.span).toBeDefined();
    expect(WITH_RECLAMATION.slice(warning!.span!.start, warning!.span!.end)).toContain("min_window");
  });

  it("reports a deposit in another denom than the prices (the chain refuses it) at the placement's pricing", () => {
    const result = toMsgCreateDeployment(SDL, { ...base, deposit: "5000000uakt" });
    expect(result.value).toBeUndefined();
    expect(result.compiled).toBeDefined();
    const d = result.diagnostics.find((x) => x.code === "compile/deposit-denom-mismatch");
    expect(d).toMatchObject({
      severity: "error",
      expected: "uact",
      actual: "uakt",
      path: ["profiles", "placement", "dcloud", "pricing"],
    });
    expect(SDL.slice(d!.span!.start, d!.span!.end)).toContain("web: { denom: uact");
    // a zero deposit skips the check, as the chain does
    expect(toMsgCreateDeployment(SDL, { ...base, deposit: "0uakt" }).value).toBeDefined();
    // …but v1beta5 requires a matching denom even then (SDL-SPEC-ADDENDUM Part B §1.8, rule 6)
    expect(toMsgCreateDeployment(SDL, { ...base, deposit: "0uakt", version: "v1beta5" }).value).toBeUndefined();
  });

  it("reports invalid options instead of throwing", () => {
    const cases: [Partial<Parameters<typeof toMsgCreateDeployment>[1]>, string][] = [
      [{ owner: "akash1invalid" }, "owner"],
      [{ owner: "cosmos19rl4cm2hmr8afy4kldpxz3fka4jguq0a3mq6x0" }, "owner"],
      [{ dseq: 0 }, "dseq"],
      [{ dseq: 2n ** 64n }, "dseq"],
      [{ dseq: "12a" }, "dseq"],
      [{ dseq: 1.5 }, "dseq"],
      [{ deposit: "5000000" }, "deposit"],
      [{ deposit: "5.5uact" }, "deposit"],
      [{ deposit: { denom: "u", amount: "1" } }, "deposit"],
      [{ depositSources: [] }, "depositSources"],
      [{ depositSources: ["balance", "balance"] }, "depositSources"],
      [{ depositSources: ["invalid"] }, "depositSources"],
      [{ depositSources: [0 as never] }, "depositSources"],
      [{ depositSources: [9 as never] }, "depositSources"],
      [{ version: "v1beta3", depositor: "akash1xyz" }, "depositor"],
    ];
    for (const [patch, option] of cases) {
      const result = toMsgCreateDeployment(SDL, { ...base, ...patch } as Parameters<typeof toMsgCreateDeployment>[1]);
      expect(result.value, option).toBeUndefined();
      const d = result.diagnostics.filter((x) => x.code === "compile/invalid-deployment-option");
      expect(
        d.map((x) => x.path),
        JSON.stringify(patch, (_k, v) => (typeof v === "bigint" ? String(v) : v)),
      ).toEqual([[option]]);
      expect(d[0]!.severity).toBe("error");
      expect(d[0]!.hints?.length).toBeGreaterThan(0);
    }
  });

  it("returns the SDL's errors and no message when the SDL does not compile", () => {
    const result = toMsgCreateDeployment("version: '2.0'\nservices: {}\n", base);
    expect(result.value).toBeUndefined();
    expect(result.diagnostics.some((d) => d.severity === "error")).toBe(true);
  });
});
