import type { Rule } from "../rule-context.js";

const TEE_TYPES: ReadonlySet<string> = new Set(["cpu", "cpu-gpu"]);

/**
 * `params.tee` (SDL-SPEC §2.5, §3.2): `cpu` or `cpu-gpu`, `cpu-gpu` only with GPUs, and one tee
 * type per placement group.
 *
 * @example
 * teeParams.check(ctx);
 */
export const teeParams: Rule = {
  name: "tee-params",
  check(ctx) {
    for (const { key, value: service } of ctx.doc.services?.entries ?? []) {
      const tee = service.params?.tee;
      if (tee?.value === undefined || tee.isNull || tee.value === "" || TEE_TYPES.has(tee.value)) continue;
      ctx.report(
        "tee/unsupported-type",
        `The tee type '${tee.value}' is not supported.`,
        tee,
        ctx.deployedServices.has(key.name) ? "both" : "console",
        "Use `tee: cpu` or `tee: cpu-gpu`.",
      );
    }
    let byPlacement: Map<string, { type: string; service: string }> | undefined;
    let seen: Set<string> | undefined;
    for (const d of ctx.deployed) {
      const tee = d.service?.params?.tee;
      const type = tee?.value;
      if (tee === undefined || type === undefined || !TEE_TYPES.has(type)) continue;
      byPlacement ??= new Map();
      seen ??= new Set();
      if (
        type === "cpu-gpu" &&
        d.profile !== undefined &&
        (d.profile.resources?.gpu?.units?.value ?? 0) === 0 &&
        !seen.has(d.serviceName)
      ) {
        seen.add(d.serviceName);
        ctx.report(
          "tee/requires-gpu",
          `The service '${d.serviceName}' asks for tee 'cpu-gpu' but its compute profile '${d.profileName ?? ""}' has no GPU.`,
          tee,
          "both",
          "Add GPUs to the profile, or use `tee: cpu`.",
        );
      }
      const first = byPlacement.get(d.placementName);
      if (first === undefined) byPlacement.set(d.placementName, { type, service: d.serviceName });
      else if (first.type !== type) {
        ctx.report(
          "tee/conflicting-types",
          `The placement '${d.placementName}' mixes tee '${first.type}' (service '${first.service}') and '${type}' (service '${d.serviceName}').`,
          tee,
          "both",
          "Use one tee type per placement, or deploy the services to different placements.",
        );
      }
    }
  },
};
