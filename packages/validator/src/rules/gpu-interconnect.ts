import type { YamlNode } from "@akash-sdl/core";
import type { Rule } from "../rule-context.js";
import { nodeAtKey, nodeAtPath } from "../node-at-path.js";

/** Where a compute profile's interconnect sits below its name. */
const TAIL = ["resources", "gpu", "attributes", "interconnect"];

/**
 * `gpu.attributes.interconnect` (addendum B §4.1; Console alpha.45): `[]` or `{group: <name>}`
 * with a name other than `auto`, only on placements that require
 * `capabilities/gpu-interconnect: "true"`, and one form per placement.
 *
 * @example
 * gpuInterconnect.check(ctx);
 */
export const gpuInterconnect: Rule = {
  name: "gpu-interconnect",
  check(ctx) {
    // Without a compute section in the tree no profile has an interconnect (nothing to check or group).
    const compute = nodeAtPath(ctx.parsed.tree.root, ["profiles", "compute"]);
    if (compute === undefined) return;
    const groups = new Map<string, "auto" | "explicit" | "">();
    for (const { key, value: profile } of ctx.doc.profiles?.compute?.entries ?? []) {
      const node = interconnectAt(compute, key.name);
      if (node === undefined) continue;
      const form = interconnectForm(node);
      if (form.problem !== undefined) {
        const path = ["profiles", "compute", key.name, ...TAIL];
        ctx.report(
          "gpu/invalid-interconnect",
          form.problem,
          { span: node.span, path },
          "both",
          "Write `interconnect: []` (automatic group) or `interconnect: { group: <name> }`.",
        );
        continue;
      }
      if ((profile.resources?.gpu?.units?.value ?? 0) > 0) groups.set(key.name, form.kind);
    }
    // No GPU profile with an interconnect: no deployment entry to check.
    if (groups.size === 0) return;
    const perPlacement = new Map<string, { auto?: string; explicit?: string }>();
    for (const d of ctx.deployed) {
      const kind = groups.get(d.profileName ?? "");
      if (kind === undefined || kind === "" || d.placement === undefined) continue;
      const cap = d.placement.attributes?.entries.find((e) => e.key.name === "capabilities/gpu-interconnect")?.value
        .value;
      if (cap !== "true") {
        ctx.report(
          "gpu/interconnect-capability",
          `The service '${d.serviceName}' uses the interconnect profile '${d.profileName ?? ""}' in the placement '${d.placementName}', which does not require capabilities/gpu-interconnect=true.`,
          {
            span: (d.placement.attributes ?? d.placement.name).span,
            path: ["profiles", "placement", d.placementName, "attributes"],
          },
          "both",
          `Add \`capabilities/gpu-interconnect: "true"\` to profiles.placement.${d.placementName}.attributes.`,
        );
      }
      const seen = perPlacement.get(d.placementName) ?? {};
      seen[kind] ??= d.profileName;
      perPlacement.set(d.placementName, seen);
      if (seen.auto !== undefined && seen.explicit !== undefined) {
        ctx.report(
          "gpu/interconnect-mixed",
          `The placement '${d.placementName}' mixes 'interconnect: []' (profile '${seen.auto}') and 'interconnect: { group }' (profile '${seen.explicit}').`,
          { span: d.deployment.span, path: d.deployment.path },
          "both",
          "Use one form across the placement.",
        );
        seen.auto = undefined;
      }
    }
  },
};

/** `nodeAtPath(compute, [name, ...TAIL])` without building the path (most profiles stop at `gpu`). */
function interconnectAt(compute: YamlNode, name: string): YamlNode | undefined {
  let node = nodeAtKey(compute, name);
  for (let i = 0; i < TAIL.length && node !== undefined; i++) node = nodeAtKey(node, TAIL[i] as string);
  return node;
}

function interconnectForm(node: YamlNode): { kind: "auto" | "explicit" | ""; problem?: string } {
  if (node.kind === "seq") {
    return node.items.length === 0
      ? { kind: "auto" }
      : { kind: "", problem: "interconnect accepts only the empty list `[]`; name a group with `{ group: <name> }`." };
  }
  if (node.kind === "map") {
    const group = node.pairs.find((p) => p.key.kind === "scalar" && p.key.text === "group")?.value;
    const text = group?.kind === "scalar" ? group.text : "";
    if (text === "") return { kind: "", problem: "interconnect needs a `group` name in the mapping form." };
    if (text === "auto")
      return { kind: "", problem: "The interconnect group name 'auto' is reserved for `interconnect: []`." };
    return { kind: "explicit" };
  }
  if (node.kind === "scalar" && node.value === null) return { kind: "" };
  return { kind: "", problem: "interconnect must be `[]` or `{ group: <name> }`; a bare value is not accepted." };
}
