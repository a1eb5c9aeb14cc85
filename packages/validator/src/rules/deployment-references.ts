import type { DeployedPair, Rule } from "../rule-context.js";
import { suggestionHint } from "../suggest.js";

/** The names of a section's entries (for suggestions). */
function names(
  map: { readonly entries: readonly { readonly key: { readonly name: string } }[] } | undefined,
): string[] {
  return map?.entries.map((e) => e.key.name) ?? [];
}

/** How a message names a deployment entry. */
function where(d: DeployedPair): string {
  return `deployment.${d.serviceName}.${d.placementName}`;
}

/**
 * Every `deployment.<service>.<placement>` names a defined service, compute profile, placement and
 * a price for that profile in that placement (SDL-SPEC §3.3); every service is deployed (Console
 * refuses an undeployed service, Go ignores it).
 *
 * @example
 * deploymentReferences.check(ctx);
 */
export const deploymentReferences: Rule = {
  name: "deployment-references",
  check(ctx) {
    const { doc } = ctx;
    for (const d of ctx.deployed) {
      if (d.service === undefined && doc.services !== undefined) {
        ctx.report(
          "ref/undefined-service",
          `The deployment '${d.serviceName}' names no service defined under services.`,
          { span: d.serviceKey.span, path: ["deployment", d.serviceName] },
          "both",
          {
            hints: suggestionHint(
              d.serviceName,
              names(doc.services),
              "Define the service under services, or fix the name",
            ),
          },
        );
      }
      const profile = d.deployment.profile;
      if (
        profile?.value !== undefined &&
        profile.value !== "" &&
        d.profile === undefined &&
        doc.profiles?.compute !== undefined
      ) {
        ctx.report(
          "ref/undefined-profile",
          `${where(d)} uses the compute profile '${profile.value}', which is not defined under profiles.compute.`,
          profile,
          "both",
          {
            hints: suggestionHint(
              profile.value,
              names(doc.profiles?.compute),
              "Define it under profiles.compute, or fix the name",
            ),
          },
        );
      }
      if (d.placement === undefined && doc.profiles?.placement !== undefined) {
        ctx.report(
          "ref/undefined-placement",
          `${where(d)} uses the placement '${d.placementName}', which is not defined under profiles.placement.`,
          { span: d.deployment.placement.span, path: ["deployment", d.serviceName, d.placementName] },
          "both",
          {
            hints: suggestionHint(
              d.placementName,
              names(doc.profiles?.placement),
              "Define it under profiles.placement, or fix the name",
            ),
          },
        );
      }
      if (d.placement !== undefined && d.profile !== undefined && d.profileName !== undefined && d.profileName !== "") {
        const pricing = d.placement.pricing;
        if (pricing === undefined || !pricing.entries.some((e) => e.key.name === d.profileName)) {
          const placementAnchor = { span: d.placement.name.span, path: ["profiles", "placement", d.placementName] };
          const anchor =
            pricing === undefined
              ? placementAnchor
              : ctx.keyAt(["profiles", "placement", d.placementName, "pricing"], placementAnchor);
          ctx.report(
            "ref/missing-pricing",
            `The placement '${d.placementName}' has no price for the compute profile '${d.profileName}' that ${where(d)} uses.`,
            anchor,
            "both",
            `Add pricing.${d.profileName} with a denom and an amount under profiles.placement.${d.placementName}.`,
          );
        }
      }
    }
    if (doc.deployment === undefined) return;
    if (ctx.deployed.length === 0) {
      ctx.report(
        "ref/no-deployments",
        "The deployment section deploys nothing.",
        ctx.keyAt(["deployment"], { span: doc.deployment.span, path: ["deployment"] }),
        "both",
        "Add an entry such as `deployment: { web: { dcloud: { profile: web, count: 1 } } }`.",
      );
      return;
    }
    const deployed = ctx.deployedServices;
    for (const { key } of doc.services?.entries ?? []) {
      if (deployed.has(key.name)) continue;
      ctx.report(
        "ref/undeployed-service",
        `The service '${key.name}' is not deployed: it has no entry under deployment.`,
        { span: key.span, path: ["services", key.name] },
        "console",
        {
          compat: {
            instead: "provider-services leaves the service out of the deployment",
            portable: "a deployment entry for it, or remove the service",
          },
        },
      );
    }
  },
};
