import type { Rule } from "../rule-context.js";

/**
 * Compute and placement profiles that no deployment uses: both paths accept them, but they are
 * usually a leftover or a typo (warnings).
 *
 * @example
 * unusedDefinitions.check(ctx);
 */
export const unusedDefinitions: Rule = {
  name: "unused-definitions",
  check(ctx) {
    const { doc } = ctx;
    if (doc.deployment === undefined || ctx.deployed.length === 0) return;
    const profiles = ctx.deployedProfiles;
    // A deployment naming an undefined profile probably meant one of these: do not pile on.
    const dangling = ctx.deployed.some((d) => d.profileName !== undefined && d.profile === undefined);
    const placements = new Set(ctx.deployed.map((d) => d.placementName));
    const danglingPlacement = ctx.deployed.some((d) => d.placement === undefined);
    for (const { key } of doc.profiles?.compute?.entries ?? []) {
      if (profiles.has(key.name) || dangling) continue;
      ctx.report(
        "unused/profile",
        `The compute profile '${key.name}' is not used by any deployment.`,
        { span: key.span, path: ["profiles", "compute", key.name] },
        "none",
        { hints: ["Use it in a deployment entry, or remove it."] },
      );
    }
    for (const { key } of doc.profiles?.placement?.entries ?? []) {
      if (placements.has(key.name) || danglingPlacement) continue;
      ctx.report(
        "unused/placement",
        `The placement '${key.name}' is not used by any deployment.`,
        { span: key.span, path: ["profiles", "placement", key.name] },
        "none",
        { hints: ["Use it in a deployment entry, or remove it."] },
      );
    }
  },
};
