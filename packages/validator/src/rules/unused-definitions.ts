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
    let dangling = false;
    let danglingPlacement = false;
    const placements = new Set<string>();
    for (const d of ctx.deployed) {
      if (d.profileName !== undefined && d.profile === undefined) dangling = true;
      if (d.placement === undefined) danglingPlacement = true;
      placements.add(d.placementName);
    }
    for (const { key } of doc.profiles?.compute?.entries ?? []) {
      if (profiles.has(key.name) || dangling) continue;
      ctx.report(
        "unused/profile",
        `The compute profile '${key.name}' is not used by any deployment.`,
        { span: key.span, path: ["profiles", "compute", key.name] },
        "none",
        "Use it in a deployment entry, or remove it.",
      );
    }
    for (const { key } of doc.profiles?.placement?.entries ?? []) {
      if (placements.has(key.name) || danglingPlacement) continue;
      ctx.report(
        "unused/placement",
        `The placement '${key.name}' is not used by any deployment.`,
        { span: key.span, path: ["profiles", "placement", key.name] },
        "none",
        "Use it in a deployment entry, or remove it.",
      );
    }
  },
};
