/**
 * Sign a deployment offline: SDL file → `MsgCreateDeployment` (akash.deployment.v1beta4) →
 * signed `TxRaw`, printed as base64 on standard output. Nothing is broadcast and no network is used.
 *
 * The mnemonic is a well-known TEST mnemonic (BIP-39 test vector): never send funds to its address.
 * Account number, sequence, fee and gas are fixed example values; a real client reads the first two
 * from the chain (`SigningStargateClient` does it for you) and simulates the gas.
 *
 * Run it (from the repository root; Node 20 has no TypeScript loader, so bundle it first):
 *
 *   NODE_PATH=packages/compiler/node_modules npx esbuild examples/sign-offline.ts --bundle \
 *     --platform=node --format=cjs --conditions=@akash-sdl/source \
 *     --alias:@akash-sdl/compiler=./packages/compiler/src/index.ts --outfile=/tmp/sign-offline.cjs
 *   node /tmp/sign-offline.cjs [file.yaml]        # default: examples/private-registry-2.1.yaml
 *
 * The base64 TxRaw can be decoded with `TxRaw.decode` from `cosmjs-types/cosmos/tx/v1beta1/tx`
 * (`packages/compiler/test/examples/sign-offline.test.ts` does, and checks the signature).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { DirectSecp256k1HdWallet, encodePubkey, makeAuthInfoBytes, makeSignDoc } from "@cosmjs/proto-signing";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { createDeploymentRegistry, toMsgCreateDeployment } from "@akash-sdl/compiler";

const TEST_MNEMONIC = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";
const CHAIN_ID = "akashnet-2";
const ACCOUNT_NUMBER = 123_456;
const SEQUENCE = 7;
const DSEQ = 21_000_123n;
const GAS_LIMIT = 400_000n;
const FEE = [{ denom: "uakt", amount: "10000" }];

async function main(): Promise<void> {
  const file = resolve(process.argv[2] ?? "examples/private-registry-2.1.yaml");
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(TEST_MNEMONIC, { prefix: "akash" });
  const [account] = await wallet.getAccounts();
  if (account === undefined) throw new Error("the wallet has no account");

  // 1. SDL text → the message (compile + group specs + version hash + deposit).
  const {
    value: message,
    compiled,
    diagnostics,
  } = toMsgCreateDeployment(readFileSync(file, "utf8"), {
    owner: account.address,
    dseq: DSEQ,
    deposit: "5000000uact",
  });
  for (const d of diagnostics) process.stderr.write(`${d.severity} ${d.code}: ${d.message}\n`);
  if (message === undefined || compiled === undefined) {
    process.exitCode = 1;
    return;
  }

  // 2. The transaction body (the registry knows the deployment messages) and the auth info.
  const registry = createDeploymentRegistry();
  const bodyBytes = registry.encode({
    typeUrl: "/cosmos.tx.v1beta1.TxBody",
    value: { messages: [message], memo: "akash-sdl sign-offline example" },
  });
  const pubkey = encodePubkey({
    type: "tendermint/PubKeySecp256k1",
    value: Buffer.from(account.pubkey).toString("base64"),
  });
  const authInfoBytes = makeAuthInfoBytes(
    [{ pubkey, sequence: SEQUENCE }],
    FEE,
    Number(GAS_LIMIT),
    undefined,
    undefined,
  );

  // 3. Sign (SIGN_MODE_DIRECT) and assemble the TxRaw.
  const signDoc = makeSignDoc(bodyBytes, authInfoBytes, CHAIN_ID, ACCOUNT_NUMBER);
  const { signed, signature } = await wallet.signDirect(account.address, signDoc);
  const txRaw = TxRaw.fromPartial({
    bodyBytes: signed.bodyBytes,
    authInfoBytes: signed.authInfoBytes,
    signatures: [Buffer.from(signature.signature, "base64")],
  });

  process.stderr.write(
    `owner ${account.address}, dseq ${DSEQ}, manifest version ${Buffer.from(compiled.version).toString("hex")}\n`,
  );
  process.stdout.write(`${Buffer.from(TxRaw.encode(txRaw).finish()).toString("base64")}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
