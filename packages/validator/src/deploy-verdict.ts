import type { Diagnostic, ParseResult } from "@akash-sdl/core";
import { validate } from "./validate.js";

/**
 * Whether each deploy path accepts a file.
 *
 * @example
 * const verdict: DeployVerdict = { go: true, console: false };
 */
export interface DeployVerdict {
  /** provider-services (Go) accepts it. */
  readonly go: boolean;
  /** Console (chain-sdk alpha.45) accepts it. */
  readonly console: boolean;
}

function refusedBy(d: Diagnostic): readonly string[] | undefined {
  const who = d.data?.["refusedBy"];
  return Array.isArray(who) ? (who as string[]) : undefined;
}

/**
 * Whether each deploy path accepts the file, from the diagnostics `validate` returned for target
 * `any` (computed when not given). An error without `refusedBy` facts counts against both paths;
 * a warning counts against the paths its `refusedBy` names; the chain's refusals count against
 * both.
 *
 * @example
 * deployVerdict(parse(text)); // { go: true, console: false }
 */
export function deployVerdict(parsed: ParseResult, diagnostics?: readonly Diagnostic[]): DeployVerdict {
  const all = diagnostics ?? validate(parsed, { target: "any" });
  let go = true;
  let console = true;
  for (const d of all) {
    const who = refusedBy(d);
    if (who === undefined) {
      if (d.severity === "error") go = console = false;
      continue;
    }
    if (who.includes("chain")) go = console = false;
    if (who.includes("go")) go = false;
    if (who.includes("console")) console = false;
  }
  return { go, console };
}
