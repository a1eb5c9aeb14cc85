/**
 * Runs `examples/sign-offline.ts` (bundled with esbuild, as its header says) and decodes the TxRaw
 * it prints: the body holds our MsgCreateDeployment for the example SDL, the auth info holds the
 * signer, and the secp256k1 signature verifies over the SIGN_MODE_DIRECT sign bytes.
 */
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { createPublicKey, verify } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "esbuild";
import ts from "typescript";
import { DirectSecp256k1HdWallet, makeSignBytes, makeSignDoc } from "@cosmjs/proto-signing";
import { AuthInfo, TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { PubKey } from "cosmjs-types/cosmos/crypto/secp256k1/keys";
import {
  MSG_CREATE_DEPLOYMENT_TYPE_URL,
  createDeploymentRegistry,
  fromAny,
  toMsgCreateDeployment,
} from "../../src/index.js";

const ROOT = resolve(import.meta.dirname, "../../../..");
const OWNER = "akash19rl4cm2hmr8afy4kldpxz3fka4jguq0a3mq6x0"; // of the BIP-39 test mnemonic, path m/44'/118'/0'/0/0
const SDL_FILE = join(ROOT, "examples/private-registry-2.1.yaml");

let dir = "";
let bundle = "";

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "akash-sdl-sign-offline-"));
  bundle = join(dir, "sign-offline.cjs");
  await build({
    entryPoints: [join(ROOT, "examples/sign-offline.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    conditions: ["@akash-sdl/source"],
    alias: { "@akash-sdl/compiler": join(ROOT, "packages/compiler/src/index.ts") },
    nodePaths: [join(ROOT, "packages/compiler/node_modules")],
    outfile: bundle,
    logLevel: "silent",
  });
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const run = (...args: string[]): string =>
  execFileSync(process.execPath, [bundle, ...args], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

describe("examples/sign-offline.ts", () => {
  it("prints a TxRaw whose body is our MsgCreateDeployment and whose signature verifies", () => {
    const out = run().trim();
    expect(out).toMatch(/^[A-Za-z0-9+/]+=*$/);
    const tx = TxRaw.decode(Buffer.from(out, "base64"));

    const body = TxBody.decode(tx.bodyBytes);
    expect(body.memo).toBe("akash-sdl sign-offline example");
    expect(body.messages).toHaveLength(1);
    expect(body.messages[0]!.typeUrl).toBe(MSG_CREATE_DEPLOYMENT_TYPE_URL);
    const expected = toMsgCreateDeployment(readFileSync(SDL_FILE, "utf8"), {
      owner: OWNER,
      dseq: 21_000_123n,
      deposit: "5000000uact",
    });
    expect(expected.value).toBeDefined();
    expect(fromAny(body.messages[0]!)).toEqual(expected.value);
    // the example SDL sets reclamation: v1beta4 carries it in field 5
    expect((expected.value!.value as { reclamation?: unknown }).reclamation).toBeDefined();

    const auth = AuthInfo.decode(tx.authInfoBytes);
    expect(auth.signerInfos[0]!.sequence).toBe(7n);
    expect(auth.fee?.gasLimit).toBe(400_000n);
    expect(auth.fee?.amount).toEqual([{ denom: "uakt", amount: "10000" }]);
    expect(auth.signerInfos[0]!.publicKey?.typeUrl).toBe("/cosmos.crypto.secp256k1.PubKey");
    const pubkey = PubKey.decode(auth.signerInfos[0]!.publicKey!.value).key;
    expect(pubkey).toHaveLength(33);

    // secp256k1 over sha256(SignDoc), checked with Node's crypto (SPKI of the compressed key)
    const signBytes = makeSignBytes(makeSignDoc(tx.bodyBytes, tx.authInfoBytes, "akashnet-2", 123_456));
    const spki = Buffer.concat([Buffer.from("3036301006072a8648ce3d020106052b8104000a032200", "hex"), pubkey]);
    const key = createPublicKey({ key: spki, format: "der", type: "spki" });
    expect(tx.signatures).toHaveLength(1);
    expect(verify("sha256", signBytes, { key, dsaEncoding: "ieee-p1363" }, tx.signatures[0]!)).toBe(true);
    const tampered = Uint8Array.from(signBytes);
    tampered[tampered.length - 1]! ^= 1;
    expect(verify("sha256", tampered, { key, dsaEncoding: "ieee-p1363" }, tx.signatures[0]!)).toBe(false);
  }, 60_000);

  it("is deterministic (RFC 6979 signatures): two runs print the same bytes", () => {
    expect(run()).toBe(run());
  }, 60_000);

  it("exits 1 with the diagnostics for an SDL that does not compile", () => {
    const bad = join(dir, "bad.yaml");
    writeFileSync(bad, "version: '2.0'\nservices: {}\n");
    let status = 0;
    let stderr = "";
    try {
      run(bad);
    } catch (error) {
      status = (error as { status: number }).status;
      stderr = String((error as { stderr: string }).stderr);
    }
    expect(status).toBe(1);
    expect(stderr).toMatch(/^error /m);
  }, 60_000);

  it("prints the same TxRaw as @cosmjs/stargate's SigningStargateClient.offline signing our message with our registry", async () => {
    // @cosmjs/stargate is not our dependency; load the copy the official SDK depends on
    const stargate = createRequire(fileURLToPath(import.meta.resolve("@akashnetwork/chain-sdk")))("@cosmjs/stargate");
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(
      "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about",
      { prefix: "akash" },
    );
    const client = await stargate.SigningStargateClient.offline(wallet, { registry: createDeploymentRegistry() });
    const message = toMsgCreateDeployment(readFileSync(SDL_FILE, "utf8"), {
      owner: OWNER,
      dseq: 21_000_123n,
      deposit: "5000000uact",
    }).value!;
    const signed = await client.sign(
      OWNER,
      [message],
      { amount: [{ denom: "uakt", amount: "10000" }], gas: "400000" },
      "akash-sdl sign-offline example",
      { accountNumber: 123_456, sequence: 7, chainId: "akashnet-2" },
    );
    expect(Buffer.from(TxRaw.encode(signed).finish()).toString("base64")).toBe(run().trim());
  }, 60_000);

  it("type-checks (strict) against the packages it imports", () => {
    const lib = (p: string): string => join(ROOT, "packages/compiler/node_modules", p);
    const program = ts.createProgram([join(ROOT, "examples/sign-offline.ts")], {
      target: ts.ScriptTarget.ES2022,
      lib: ["lib.es2023.d.ts"],
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      noUncheckedIndexedAccess: true,
      noEmit: true,
      skipLibCheck: true,
      types: ["node"],
      typeRoots: [join(ROOT, "node_modules/@types")],
      customConditions: ["@akash-sdl/source"],
      paths: {
        "@akash-sdl/compiler": [join(ROOT, "packages/compiler/src/index.ts")],
        "@cosmjs/proto-signing": [lib("@cosmjs/proto-signing/build/index.d.ts")],
        "cosmjs-types/*": [lib("cosmjs-types/*.d.ts")],
      },
    });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file?.fileName.endsWith("examples/sign-offline.ts"))
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(problems).toEqual([]);
  }, 120_000);
});
