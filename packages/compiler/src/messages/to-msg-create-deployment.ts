/**
 * One call from SDL text to the message that creates the deployment on chain: compile, then wrap
 * the group specs and version hash with the owner, dseq and deposit. Checks what the chain's
 * `MsgCreateDeployment.ValidateBasic` checks on those options (`akash/deployment/v1beta4/msgs.go`,
 * `akash/types/deposit/v1/deposit.go` in chain-sdk `go/node`) and reports it as diagnostics.
 */
import { createDiagnostic, parse, sdlMapGet, sortDiagnostics } from "@akash-sdl/core";
import type { Diagnostic, ParseResult, SdlDocument } from "@akash-sdl/core";
import { compile, type CompiledDeployment } from "../compile/compile.js";
import type { CompileOptions } from "../compile/run-validation.js";
import type { Coin, Deposit, DepositSource, GroupSpec } from "../proto/types.js";
import type { MsgCreateDeploymentEncodeObject } from "./encode-objects.js";
import { checkDeploymentOptions } from "./check-deployment-options.js";
import {
  MSG_CREATE_DEPLOYMENT_TYPE_URL,
  MSG_CREATE_DEPLOYMENT_V1BETA3_TYPE_URL,
  MSG_CREATE_DEPLOYMENT_V1BETA5_TYPE_URL,
} from "./type-urls.js";

/**
 * Which `akash.deployment` API the message targets: `v1beta4` (the chain today, default),
 * `v1beta3` (older chains), `v1beta5` (protos on chain-sdk main, not yet on chain).
 *
 * @example
 * const version: DeploymentApiVersion = "v1beta4";
 */
export type DeploymentApiVersion = "v1beta4" | "v1beta3" | "v1beta5";

/**
 * Options of {@link toMsgCreateDeployment}: the compile options plus what the message needs
 * beyond the SDL.
 *
 * @example
 * const options: ToMsgCreateDeploymentOptions = { owner: "akash1…", dseq: 21000123n, deposit: "5000000uact" };
 */
export interface ToMsgCreateDeploymentOptions extends CompileOptions {
  /** The owner's bech32 account address (the signer). */
  readonly owner: string;
  /** The deployment sequence (usually the current block height), 1 … 2^64-1. */
  readonly dseq: bigint | number | string;
  /** The deposit: a coin, text such as `"5000000uact"`, or a whole `Deposit` (amount and sources). */
  readonly deposit: Coin | Deposit | string;
  /** Where the deposit comes from (default `["balance"]`; `grant` = an authz deposit grant). */
  readonly depositSources?: readonly DepositSource[];
  /** v1beta3 only: the depositor address (default: the owner). */
  readonly depositor?: string;
  /** The message API (default `v1beta4`). */
  readonly version?: DeploymentApiVersion;
  /** The bech32 prefix addresses must have (default `akash`). */
  readonly addressPrefix?: string;
}

/**
 * The result of {@link toMsgCreateDeployment}: the message (when nothing is an error), the
 * compiled deployment (manifest to send to providers afterwards) and every diagnostic.
 *
 * @example
 * const { value, compiled, diagnostics } = toMsgCreateDeployment(text, options);
 */
export interface ToMsgCreateDeploymentResult {
  /** The message as a cosmjs `EncodeObject`, or `undefined` when a diagnostic is an error. */
  readonly value?: MsgCreateDeploymentEncodeObject;
  /** The compiled deployment (manifest, groups, version), when compiling succeeded. */
  readonly compiled?: CompiledDeployment;
  /** Parse, validation, compile and option diagnostics. */
  readonly diagnostics: readonly Diagnostic[];
}

const isParseResult = (x: ParseResult | SdlDocument): x is ParseResult => "lineCounter" in x && "tree" in x;

function denomMismatches(
  groups: readonly GroupSpec[],
  deposit: Coin,
  document: SdlDocument | undefined,
  version: DeploymentApiVersion,
): Diagnostic[] {
  // v1beta3/v1beta4 skip the check for a zero deposit; v1beta5 (`0f20a443`) always checks
  if (version !== "v1beta5" && BigInt(deposit.amount) === 0n) return [];
  const out: Diagnostic[] = [];
  for (const group of groups) {
    const denoms = [...new Set(group.resources.map((unit) => unit.price.denom))];
    if (denoms.every((denom) => denom === deposit.denom)) continue;
    const pricing = sdlMapGet(document?.profiles?.placement, group.name)?.pricing;
    const other = denoms.find((denom) => denom !== deposit.denom) ?? "";
    out.push(
      createDiagnostic(
        "compile/deposit-denom-mismatch",
        `The deposit is in ${deposit.denom} but group ${group.name} is priced in ${other}, which the chain refuses.`,
        pricing?.span,
        {
          path: ["profiles", "placement", group.name, "pricing"],
          hints: [`deposit in ${other} (for example 5000000${other}), or price the group in ${deposit.denom}`],
          expected: other,
          actual: deposit.denom,
        },
      ),
    );
  }
  return out;
}

function buildMessage(
  compiled: CompiledDeployment,
  version: DeploymentApiVersion,
  id: { owner: string; dseq: bigint },
  deposit: Deposit,
  depositor: string,
): MsgCreateDeploymentEncodeObject {
  if (version === "v1beta3") {
    return {
      typeUrl: MSG_CREATE_DEPLOYMENT_V1BETA3_TYPE_URL,
      value: { id, groups: compiled.groups, version: compiled.version, deposit: deposit.amount, depositor },
    };
  }
  if (version === "v1beta5") {
    const groups = compiled.groups.map((group) => ({
      name: group.name,
      requirements: group.requirements,
      resources: group.resources.map((unit) => ({ resource: unit.resource, count: unit.count, prices: [unit.price] })),
    }));
    return {
      typeUrl: MSG_CREATE_DEPLOYMENT_V1BETA5_TYPE_URL,
      value: { id, groups, hash: compiled.version, deposits: [deposit] },
    };
  }
  return {
    typeUrl: MSG_CREATE_DEPLOYMENT_TYPE_URL,
    value: {
      id,
      groups: compiled.groups,
      hash: compiled.version,
      deposit,
      ...(compiled.reclamation === undefined ? {} : { reclamation: compiled.reclamation }),
    },
  };
}

/**
 * Compiles an SDL (text, parse result or document) and builds its `MsgCreateDeployment` as a
 * cosmjs `EncodeObject`, ready for `SigningStargateClient.signAndBroadcast` with
 * {@link createDeploymentRegistry}. Never throws for bad input: problems come back as diagnostics
 * and `value` is then `undefined`.
 *
 * @example
 * const { value, diagnostics } = toMsgCreateDeployment(text, {
 *   owner: "akash1…", dseq: 21000123n, deposit: "5000000uact",
 * });
 * if (value) await client.signAndBroadcast(value.value.id.owner, [value], "auto");
 */
export function toMsgCreateDeployment(
  input: string | ParseResult | SdlDocument,
  options: ToMsgCreateDeploymentOptions,
): ToMsgCreateDeploymentResult {
  const parsed = typeof input === "string" ? parse(input) : input;
  const document = isParseResult(parsed) ? parsed.document : parsed;
  const version = options.version ?? "v1beta4";
  const checked = checkDeploymentOptions(options);
  const result = compile(parsed, options);
  const diagnostics: Diagnostic[] = [...result.diagnostics, ...checked.diagnostics];
  const compiled = result.value;
  if (compiled === undefined || checked.value === undefined) {
    return { ...(compiled === undefined ? {} : { compiled }), diagnostics: sortDiagnostics(diagnostics) };
  }
  const { id, deposit, depositor } = checked.value;
  diagnostics.push(...denomMismatches(compiled.groups, deposit.amount, document, version));
  if (compiled.reclamation !== undefined && version !== "v1beta4") {
    diagnostics.push(
      createDiagnostic(
        "compile/reclamation-not-sent",
        `The ${version} message has no reclamation field, so reclamation.min_window is not sent.`,
        document?.reclamation?.span,
        { path: ["reclamation"], hints: ["use the v1beta4 message to send reclamation"] },
      ),
    );
  }
  if (diagnostics.some((d) => d.severity === "error")) return { compiled, diagnostics: sortDiagnostics(diagnostics) };
  return {
    value: buildMessage(compiled, version, id, deposit, depositor),
    compiled,
    diagnostics: sortDiagnostics(diagnostics),
  };
}
