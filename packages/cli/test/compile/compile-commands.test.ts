import { afterAll, describe, expect, it } from "vitest";
import {
  compile,
  decodeDeploymentMessage,
  manifestToJson,
  manifestToSortedJson,
  manifestVersionHex,
} from "@akash-sdl/compiler";
import { main } from "../../src/main.js";
import { testIo } from "../util/buffer-io.js";
import type { TestIo } from "../util/buffer-io.js";
import { removeTempTrees, tempTree } from "../util/temp-tree.js";

afterAll(removeTempTrees);

const SDL = `version: "2.0"
services:
  web:
    image: nginx:1.25
    expose:
      - port: 80
        accept: [example.com]
        to: [{global: true}]
profiles:
  compute:
    web:
      resources: {cpu: {units: 0.5}, memory: {size: 512Mi}, storage: {size: 1Gi}}
  placement:
    dc:
      pricing: {web: {denom: uact, amount: 100}}
deployment:
  web: {dc: {profile: web, count: 1}}
`;
const BROKEN = SDL.replace("count: 1", "count: 1\n  api: {dc: {profile: nope, count: 1}}");
const OWNER = "akash19rl4cm2hmr8afy4kldpxz3fka4jguq0a3mq6x0";

async function run(cwd: string, args: string[]): Promise<{ code: number; io: TestIo }> {
  const io = testIo(cwd);
  const code = await main(args, io);
  return { code, io };
}

describe("akash-sdl manifest / hash / groups / tx", () => {
  it("manifest prints Go's JSON body; --sorted the hashed form; --pretty MarshalIndent", async () => {
    const dir = await tempTree({ "a.yaml": SDL });
    const { value } = compile(SDL);
    const plain = await run(dir, ["manifest", "a.yaml"]);
    expect(plain.code).toBe(0);
    expect(plain.io.stdout.text()).toBe(`${manifestToJson(value!.manifest)}\n`);
    expect(plain.io.stdout.text()).toContain('"hosts":["example.com"]');
    expect(plain.io.stderr.text()).toBe("");
    const sorted = await run(dir, ["manifest", "--sorted", "a.yaml"]);
    expect(sorted.io.stdout.text()).toBe(`${manifestToSortedJson(value!.manifest)}\n`);
    const pretty = await run(dir, ["manifest", "--pretty", "a.yaml"]);
    expect(pretty.io.stdout.text()).toBe(`${manifestToJson(value!.manifest, "  ")}\n`);
  });

  it("hash prints hex for one file and sha256sum-style lines for several, skipping files with errors", async () => {
    const dir = await tempTree({ "a.yaml": SDL, "b.yaml": BROKEN, "c.yaml": SDL.replace("100", "200") });
    const one = await run(dir, ["hash", "a.yaml"]);
    expect(one.code).toBe(0);
    expect(one.io.stdout.text()).toBe(`${manifestVersionHex(compile(SDL).value!.manifest)}\n`);
    expect(one.io.stdout.text()).toMatch(/^[0-9a-f]{64}\n$/);
    const many = await run(dir, ["hash", "a.yaml", "b.yaml", "c.yaml"]);
    expect(many.code).toBe(1);
    const lines = many.io.stdout.text().trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^[0-9a-f]{64} {2}a\.yaml$/);
    expect(lines[1]).toMatch(/^[0-9a-f]{64} {2}c\.yaml$/);
    expect(many.io.stderr.text()).toContain("b.yaml");
  });

  it("groups prints the group specs in group-specs.json shape", async () => {
    const dir = await tempTree({ "a.yaml": SDL });
    const { code, io } = await run(dir, ["groups", "a.yaml"]);
    expect(code).toBe(0);
    const groups = JSON.parse(io.stdout.text()) as {
      name: string;
      requirements: unknown;
      resources: { price: unknown; count: number }[];
    }[];
    expect(groups[0]!.name).toBe("dc");
    expect(groups[0]!.requirements).toEqual({ signed_by: { all_of: null, any_of: null }, attributes: null });
    expect(groups[0]!.resources[0]!.price).toEqual({ denom: "uact", amount: "100.000000000000000000" });
  });

  it("exits 1 with rendered diagnostics on stderr and nothing on stdout for an SDL with errors", async () => {
    const dir = await tempTree({ "b.yaml": BROKEN });
    for (const cmd of ["manifest", "groups"]) {
      const { code, io } = await run(dir, [cmd, "b.yaml"]);
      expect(code).toBe(1);
      expect(io.stdout.text()).toBe("");
      expect(io.stderr.text()).toContain("b.yaml:");
      expect(io.stderr.text()).toContain("nope");
    }
  });

  it("exits 2 on usage errors and unreadable files", async () => {
    const dir = await tempTree({ "a.yaml": SDL });
    expect((await run(dir, ["manifest"])).code).toBe(2);
    expect((await run(dir, ["manifest", "a.yaml", "a.yaml"])).code).toBe(2);
    expect((await run(dir, ["hash"])).code).toBe(2);
    expect((await run(dir, ["manifest", "--bogus", "a.yaml"])).code).toBe(2);
    expect((await run(dir, ["groups", "missing.yaml"])).code).toBe(2);
    expect((await run(dir, ["tx", "a.yaml", "--owner", OWNER, "--dseq", "1"])).code).toBe(2);
    expect(
      (await run(dir, ["tx", "a.yaml", "--owner", OWNER, "--dseq", "1", "--deposit", "5uact", "--msg", "v9"])).code,
    ).toBe(2);
  });

  it("tx prints the MsgCreateDeployment bytes (base64) that decode back to the compiled deployment", async () => {
    const dir = await tempTree({ "a.yaml": SDL });
    const { code, io } = await run(dir, ["tx", "a.yaml", "--owner", OWNER, "--dseq", "42", "--deposit", "5000000uact"]);
    expect(io.stderr.text()).toBe("");
    expect(code).toBe(0);
    const bytes = new Uint8Array(Buffer.from(io.stdout.text().trim(), "base64"));
    const decoded = decodeDeploymentMessage("/akash.deployment.v1beta4.MsgCreateDeployment", bytes);
    const value = decoded.value as {
      id: { owner: string; dseq: bigint };
      hash: Uint8Array;
      deposit: { amount: { denom: string; amount: string } };
    };
    expect(value.id).toEqual({ owner: OWNER, dseq: 42n });
    expect(Buffer.from(value.hash).toString("hex")).toBe(manifestVersionHex(compile(SDL).value!.manifest));
    expect(value.deposit.amount).toEqual({ denom: "uact", amount: "5000000" });
  });

  it("tx --format json prints the message with bytes as base64 and 64-bit numbers as strings", async () => {
    const dir = await tempTree({ "a.yaml": SDL });
    const { code, io } = await run(dir, [
      "tx",
      "a.yaml",
      "--owner",
      OWNER,
      "--dseq",
      "42",
      "--deposit",
      "5000000uact",
      "--format",
      "json",
      "--msg",
      "v1beta3",
    ]);
    expect(code).toBe(0);
    const out = JSON.parse(io.stdout.text()) as { typeUrl: string; value: { id: { dseq: string }; version: string } };
    expect(out.typeUrl).toBe("/akash.deployment.v1beta3.MsgCreateDeployment");
    expect(out.value.id.dseq).toBe("42");
    expect(Buffer.from(out.value.version, "base64").toString("hex")).toBe(
      manifestVersionHex(compile(SDL).value!.manifest),
    );
  });

  it("reads standard input with -", async () => {
    const io = { ...testIo("/"), readStdin: async () => new TextEncoder().encode(SDL) };
    const code = await main(["hash", "-"], io);
    expect(code).toBe(0);
    expect(io.stdout.text()).toBe(`${manifestVersionHex(compile(SDL).value!.manifest)}\n`);
  });

  it("prints the compiler's own warnings (TS-SDK meaning) on stderr but still compiles", async () => {
    const dir = await tempTree({ "gb.yaml": SDL.replace("512Mi", "16GB") });
    const { code, io } = await run(dir, ["hash", "gb.yaml"]);
    expect(code).toBe(0);
    expect(io.stdout.text()).toMatch(/^[0-9a-f]{64}\n$/);
    expect(io.stderr.text()).toContain("[compile/ts-sdk-meaning]");
  });
});
