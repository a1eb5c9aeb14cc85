/**
 * Checks the options of a deployment message as the chain's `ValidateBasic` would
 * (`DeploymentID.Validate` in `go/node/deployment/v1/deployment.go`, `Deposit.Validate` in
 * `go/node/types/deposit/v1/deposit.go`, cosmos-sdk `Coin.Validate`), returning diagnostics
 * instead of throwing.
 */
import { createDiagnostic } from "@akash-sdl/core";
import type { Diagnostic } from "@akash-sdl/core";
import type { Coin, Deposit, DeploymentID, DepositSource } from "../proto/types.js";
import { DEPOSIT_SOURCES } from "../proto/deployment-codec.js";
import { isAccountAddress } from "./bech32.js";

// cosmos-sdk `reDnmString`: a letter, then 2–127 of [a-zA-Z0-9/:._-]
const DENOM = /^[a-zA-Z][a-zA-Z0-9/:._-]{2,127}$/;
const COIN = /^\s*(\d+)\s*([a-zA-Z][a-zA-Z0-9/:._-]{2,127})\s*$/;
const MAX_UINT64 = 2n ** 64n - 1n;

/**
 * Reads a coin written as `<integer amount><denom>` (`"5000000uact"`, `"100 uakt"`), or
 * `undefined` when the text is not one.
 *
 * @example
 * parseCoin("5000000uact"); // { denom: "uact", amount: "5000000" }
 */
export function parseCoin(text: string): Coin | undefined {
  const match = COIN.exec(text);
  if (match === null) return undefined;
  return { denom: match[2] ?? "", amount: BigInt(match[1] ?? "0").toString() };
}

/**
 * What {@link checkDeploymentOptions} reads from the options.
 *
 * @example
 * const input: DeploymentOptionsInput = { owner: "akash1…", dseq: 1n, deposit: "5000000uact" };
 */
export interface DeploymentOptionsInput {
  /** The owner's bech32 address. */
  readonly owner: string;
  /** The deployment sequence. */
  readonly dseq: bigint | number | string;
  /** The deposit coin or its text (a whole `Deposit` is read for its amount and sources). */
  readonly deposit: Coin | Deposit | string;
  /** The deposit sources (default `["balance"]`). */
  readonly depositSources?: readonly DepositSource[];
  /** v1beta3 depositor (default: the owner). */
  readonly depositor?: string;
  /** The bech32 prefix (default `akash`). */
  readonly addressPrefix?: string;
}

/**
 * The checked options: the deployment id, the deposit and the depositor, or `undefined` with
 * `compile/invalid-deployment-option` diagnostics.
 *
 * @example
 * const { value, diagnostics } = checkDeploymentOptions({ owner, dseq: 5n, deposit: "1uakt" });
 */
export interface CheckedDeploymentOptions {
  /** The values, when every option is valid. */
  readonly value?: { readonly id: DeploymentID; readonly deposit: Deposit; readonly depositor: string };
  /** One diagnostic per invalid option. */
  readonly diagnostics: readonly Diagnostic[];
}

function readDseq(dseq: bigint | number | string): bigint | undefined {
  let value: bigint;
  if (typeof dseq === "bigint") value = dseq;
  else if (typeof dseq === "number" && Number.isSafeInteger(dseq)) value = BigInt(dseq);
  else if (typeof dseq === "string" && /^\d+$/.test(dseq.trim())) value = BigInt(dseq.trim());
  else return undefined;
  return value >= 1n && value <= MAX_UINT64 ? value : undefined;
}

/** A coin from text, a `Coin` (amount as digits or a safe integer) or a whole `Deposit` (its `amount`). */
function readDeposit(deposit: Coin | Deposit | string): Coin | undefined {
  if (typeof deposit === "string") return parseCoin(deposit);
  if (typeof deposit !== "object" || deposit === null) return undefined;
  const inner: unknown = deposit.amount;
  if (typeof inner === "object" && inner !== null) return readDeposit(inner as Coin);
  const { denom } = deposit as { denom?: unknown };
  const digits = typeof inner === "number" && Number.isSafeInteger(inner) ? String(inner) : inner;
  if (typeof denom !== "string" || !DENOM.test(denom) || typeof digits !== "string" || !/^\d+$/.test(digits))
    return undefined;
  return { denom, amount: BigInt(digits).toString() };
}

function optionProblem(option: string, message: string, hint: string, actual: unknown): Diagnostic {
  return createDiagnostic("compile/invalid-deployment-option", message, undefined, {
    path: [option],
    hints: [hint],
    actual:
      typeof actual === "string" ? actual : typeof actual === "bigint" ? actual.toString() : JSON.stringify(actual),
  });
}

/**
 * What {@link checkDeploymentId} reads.
 *
 * @example
 * const input: DeploymentIdInput = { owner: "akash1…", dseq: 21000123n };
 */
export interface DeploymentIdInput {
  /** The owner's bech32 address. */
  readonly owner: string;
  /** The deployment sequence, 1 … 2^64-1 (bigint, safe integer or digits). */
  readonly dseq: bigint | number | string;
  /** The bech32 prefix (default `akash`). */
  readonly addressPrefix?: string;
}

/**
 * Checks a deployment id as the chain's `DeploymentID.Validate` does: a bech32 account address
 * with the expected prefix, and a non-zero dseq. Never throws.
 *
 * @example
 * checkDeploymentId({ owner: "akash1…", dseq: 0 }).diagnostics[0]?.path; // ["dseq"]
 */
export function checkDeploymentId(options: DeploymentIdInput): {
  readonly value?: DeploymentID;
  readonly diagnostics: readonly Diagnostic[];
} {
  const diagnostics: Diagnostic[] = [];
  const prefix = options.addressPrefix ?? "akash";
  const owner = typeof options.owner === "string" ? options.owner : "";
  if (!isAccountAddress(owner, prefix)) {
    diagnostics.push(
      optionProblem(
        "owner",
        `The owner ${JSON.stringify(owner)} is not a bech32 ${prefix} account address.`,
        `pass the signer's address, ${prefix}1…`,
        owner,
      ),
    );
  }
  const dseq = readDseq(options.dseq);
  if (dseq === undefined) {
    diagnostics.push(
      optionProblem(
        "dseq",
        `The dseq ${String(options.dseq)} is not an integer from 1 to 2^64-1.`,
        "use the current block height as the dseq",
        options.dseq,
      ),
    );
  }
  return diagnostics.length > 0 || dseq === undefined ? { diagnostics } : { value: { owner, dseq }, diagnostics };
}

/**
 * Checks owner, dseq, deposit and deposit sources the way the chain does before it accepts a
 * `MsgCreateDeployment`. Never throws.
 *
 * @example
 * checkDeploymentOptions({ owner: "akash1…", dseq: 0, deposit: "5000000uact" }).diagnostics[0]?.code;
 * // "compile/invalid-deployment-option"
 */
export function checkDeploymentOptions(options: DeploymentOptionsInput): CheckedDeploymentOptions {
  const checkedId = checkDeploymentId(options);
  const diagnostics: Diagnostic[] = [...checkedId.diagnostics];
  const problem = (option: string, message: string, hint: string, actual: unknown): void => {
    diagnostics.push(optionProblem(option, message, hint, actual));
  };
  const prefix = options.addressPrefix ?? "akash";
  const amount = readDeposit(options.deposit);
  if (amount === undefined) {
    problem(
      "deposit",
      `The deposit ${JSON.stringify(options.deposit)} is not an integer amount followed by a denom.`,
      "write the deposit like 5000000uact",
      options.deposit,
    );
  }
  const given = options.deposit as Partial<Deposit> | undefined;
  const depositSources =
    typeof given === "object" && given !== null && Array.isArray(given.sources) ? given.sources : undefined;
  // numbers are read as the proto enum (1 = balance, 2 = grant), as ts-proto objects carry them
  const sources = [...(options.depositSources ?? depositSources ?? ["balance"])].map(
    (source): DepositSource =>
      typeof source === "number" ? (DEPOSIT_SOURCES[source] ?? (String(source) as DepositSource)) : source,
  );
  const badSource = sources.find((s) => s !== "balance" && s !== "grant");
  if (sources.length === 0 || badSource !== undefined || new Set(sources).size !== sources.length) {
    problem(
      "depositSources",
      sources.length === 0
        ? "The deposit sources are empty."
        : badSource !== undefined
          ? `The deposit source ${JSON.stringify(badSource)} is not balance or grant.`
          : "The deposit sources repeat a source.",
      'use ["balance"], ["grant"] or ["grant", "balance"]',
      sources,
    );
  }
  const depositor = options.depositor ?? options.owner;
  if (options.depositor !== undefined && !isAccountAddress(depositor, prefix)) {
    problem(
      "depositor",
      `The depositor ${JSON.stringify(depositor)} is not a bech32 ${prefix} account address.`,
      "leave the depositor out to use the owner",
      depositor,
    );
  }
  const id = checkedId.value;
  if (diagnostics.length > 0 || id === undefined || amount === undefined) return { diagnostics };
  return { value: { id, deposit: { amount, sources }, depositor }, diagnostics };
}
