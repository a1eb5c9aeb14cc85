import type { CodeTable } from "../code-info.js";

/**
 * Diagnostic codes of the compiler (`@akash-sdl/compiler`): manifest, group specs, version hash and deployment messages.
 *
 * @example
 * Object.keys(COMPILE_CODES).length;
 */
export const COMPILE_CODES: CodeTable = {
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
};
