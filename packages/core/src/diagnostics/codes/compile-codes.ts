/**
 * Diagnostic codes of the compiler (`@akash-sdl/compiler`): manifest, group specs, version hash and deployment messages.
 *
 * @example
 * Object.keys(COMPILE_CODES).length;
 */
export const COMPILE_CODES = {
  "compile/ts-sdk-meaning": {
    severity: "warning",
    title: "Compiled with the official TS SDK's meaning",
    description:
      "Go rejects this value but the official TS SDK (Console) accepts it, so the compiler used the TS SDK's meaning; only Console-style deploys will accept the result. Example: `size: 16GB` is 16000000000 bytes for the TS SDK and an error for Go. Fix: write a spelling both accept, such as `16G` or `15Gi`.",
  },
  "compile/incomplete-document": {
    severity: "error",
    title: "Nothing to compile from",
    description:
      "The document lacks something the manifest needs (no `deployment`, a deployment naming a service, compute profile, placement or price that does not exist, or a value that could not be decoded), so nothing is emitted. Example: `deployment: {web: {dcloud: {profile: web, count: 1}}}` without `profiles.placement.dcloud`. Fix: add the missing definition; `akash-sdl validate` names it.",
  },
  "compile/deposit-denom-mismatch": {
    severity: "error",
    title: "Deposit denom differs from the group price denom",
    description:
      'The chain refuses a `MsgCreateDeployment` whose deposit is paid in another denom than a group\'s prices (`ValidateBasic`: "Mismatched denominations"; in v1beta5 at least one price denom of every group must match a deposit). Example: pricing in `uact` with `--deposit 5000000uakt`. Fix: deposit in the denom the SDL prices are in, or change the pricing.',
  },
  "compile/invalid-deployment-option": {
    severity: "error",
    title: "Invalid deployment message option",
    description:
      "An option of the deployment message is one the chain rejects (`DeploymentID.Validate`, `Deposit.Validate`): the owner is not a bech32 `akash1…` account address, `dseq` is not an integer from 1 to 2^64-1, the deposit is not `<integer amount><denom>`, or the deposit sources are empty, repeated or not `balance`/`grant`. Example: `--dseq 0`. Fix: pass the owner's address, a positive dseq (usually the current block height) and a deposit such as `5000000uact`.",
  },
  "compile/reclamation-not-sent": {
    severity: "warning",
    title: "Reclamation not sent with this message version",
    description:
      "Only `akash.deployment.v1beta4.MsgCreateDeployment` carries `reclamation` (field 5); the v1beta3 and v1beta5 messages have no such field, so the SDL's `reclamation.min_window` does not reach the chain. Example: `reclamation: {min_window: 1h}` built with `--msg v1beta5`. Fix: use the v1beta4 message, or drop `reclamation` from the SDL.",
  },
} as const;
