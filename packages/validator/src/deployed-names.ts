import type { DeployedPair, RuleContext } from "./rule-context.js";

/**
 * A membership test over one name of every deployment entry (`undefined` names are left out),
 * whose set is built on the first question: a rule that never asks allocates nothing, and a
 * large file costs one pass over its deployments, not one per question.
 *
 * @example
 * const deployed = deployedNames(ctx, (d) => d.serviceName);
 * deployed("web"); // true when some deployment entry names the service `web`
 */
export function deployedNames(
  ctx: RuleContext,
  pick: (d: DeployedPair) => string | undefined,
): (name: string) => boolean {
  let names: Set<string | undefined> | undefined;
  return (name) => (names ??= new Set(ctx.deployed.map(pick))).has(name);
}
