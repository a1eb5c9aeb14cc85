import { findGpuSkus, suggestGpuModels } from "@akash-sdl/catalog";
import type { GpuVendor } from "@akash-sdl/catalog";
import type { SdlComputeProfile } from "@akash-sdl/core";
import type { Rule, RuleContext } from "../rule-context.js";
import { replaceScalar } from "../replace-scalar.js";

const INTERFACES: ReadonlySet<string> = new Set(["pcie", "sxm"]);
/** Go's attribute key rule (SDL-SPEC §4.8). */
const ATTRIBUTE_KEY = /^([a-zA-Z][\w/.-]{1,126}[\w*]?)$/;

/**
 * GPU blocks (SDL-SPEC §3.1, §3.7, §3.11): units > 0 ⇔ attributes, a vendor when units > 0,
 * `interface` spelled `pcie`/`sxm`, and, beyond both paths, models and memory sizes that exist
 * in the GPU catalogue (`@akash-sdl/catalog`), and a warning when only a non-nvidia vendor is
 * given (Go ignores it and matches any nvidia GPU).
 *
 * @example
 * gpuAttributes.check(ctx);
 */
export const gpuAttributes: Rule = {
  name: "gpu-attributes",
  check(ctx) {
    const deployedProfiles = ctx.deployedProfiles;
    for (const { key, value: profile } of ctx.doc.profiles?.compute?.entries ?? []) {
      checkProfile(ctx, key.name, profile, deployedProfiles.has(key.name));
    }
  },
};

function checkProfile(ctx: RuleContext, name: string, profile: SdlComputeProfile, deployed: boolean): void {
  const gpu = profile.resources?.gpu;
  if (gpu === undefined || gpu.isNull) return;
  const units = gpu.units?.value ?? 0;
  const attrs = gpu.attributes;
  const hasAttrs = attrs !== undefined;
  if (units === 0 && hasAttrs && gpu.units?.value !== undefined) {
    ctx.report(
      "gpu/attributes-without-units",
      `The GPU block of '${name}' has attributes but no units.`,
      ctx.keyAt(attrs.path, attrs),
      deployed ? "both" : "console",
      "Set `units` to the number of GPUs, or remove the attributes.",
    );
  }
  if (units > 0 && !hasAttrs) {
    ctx.report(
      "gpu/units-without-attributes",
      `The profile '${name}' asks for ${units} GPU(s) without attributes.`,
      gpu.units ?? gpu,
      "both",
      "Add `attributes: { vendor: { nvidia: [{ model: <model> }] } }` (an empty list `nvidia:` matches any nvidia GPU).",
    );
  }
  const vendor = attrs?.vendor;
  if (vendor === undefined || vendor.isNull) return;
  // The typed map may keep only the vendors Go reads; the tree has every key written.
  const node = vendor.node;
  let names: string[] = [];
  if (node?.kind === "map") {
    for (const p of node.pairs) if (p.key.kind === "scalar") names.push(p.key.text);
  } else names = vendor.entries.map((e) => e.key.name);
  if (units > 0 && names.length > 0 && !names.includes("nvidia")) {
    ctx.report(
      "gpu/vendor-ignored-by-go",
      `provider-services ignores the GPU vendor '${names.join("', '")}' and bids with any nvidia GPU for '${name}'.`,
      vendor,
      "none",
      "Only nvidia GPUs can be requested today; use `vendor: { nvidia: [...] }`.",
    );
  }
  for (const { key: vkey, value: list } of vendor.entries) {
    if (vkey.name !== "nvidia" && vkey.name !== "amd") continue;
    const v = vkey.name as GpuVendor;
    const keys = new Set<string>();
    for (const model of list.items) {
      // Go builds one attribute key per entry and checks it (SDL-SPEC §3.1, §4.8).
      if (vkey.name === "nvidia" && deployed) {
        let attr = `vendor/nvidia/model/${model.model?.value ?? ""}`;
        if (model.ram?.value !== undefined) attr += `/ram/${model.ram.value.normalized}`;
        if (model.interface?.value) attr += `/interface/${model.interface.value}`;
        const anchor = model.model ?? model;
        if (!ATTRIBUTE_KEY.test(attr)) {
          ctx.report(
            "gpu/invalid-model-key",
            `The GPU model entry gives the attribute key '${attr}', which provider-services rejects.`,
            anchor,
            "go",
            {
              hints: ["Use a catalogue model name: lower-case letters, digits, '-', '_' and '.' only."],
              compat: { instead: "Console sends it on unchecked" },
            },
          );
        } else if (keys.has(attr)) {
          ctx.report("gpu/duplicate-model", `The GPU model entry '${attr}' is listed twice.`, anchor, "go", {
            hints: ["Remove the repeated entry."],
            compat: { instead: "Console keeps both" },
          });
        }
        keys.add(attr);
      }
      const iface = model.interface;
      if (iface?.value !== undefined && iface.value !== "" && !INTERFACES.has(iface.value)) {
        const lower = iface.value.toLowerCase();
        ctx.report("gpu/invalid-interface", `The GPU interface '${iface.value}' is not valid.`, iface, "both", {
          hints: [INTERFACES.has(lower) ? `Write '${lower}' (lower case).` : "Use 'pcie' or 'sxm'."],
          fixes: INTERFACES.has(lower) ? replaceScalar(iface, lower) : [],
        });
      }
      const m = model.model?.value;
      if (m === undefined || m === "") continue;
      const known = findGpuSkus({ vendor: v, model: m });
      if (known.length === 0) {
        const suggestions = suggestGpuModels(v, m);
        ctx.report(
          "gpu/unknown-model",
          `The ${v} GPU model '${m}' is not in the GPU catalogue; no provider may offer it.`,
          model.model ?? model,
          "none",
          {
            hints:
              suggestions.length > 0
                ? [`Did you mean ${suggestions.map((s) => `'${s}'`).join(" or ")}?`]
                : ["Check the model name against the provider GPU list."],
          },
        );
        continue;
      }
      const ram = model.ram?.value;
      const gib = ram === undefined ? undefined : Number(ram.bytes >> 30n);
      const ifaceText = iface?.value;
      if (iface !== undefined && ifaceText !== undefined && INTERFACES.has(ifaceText)) {
        const sameRam = known.filter((g) => gib === undefined || g.ramGiB === gib);
        if (sameRam.length > 0 && !sameRam.some((g) => g.interface === ifaceText)) {
          const offered = [...new Set(sameRam.map((g) => g.interface))].join(" or ");
          ctx.report(
            "gpu/unknown-interface",
            `The ${v} ${m}${gib === undefined ? "" : ` with ${gib}Gi`} does not come with the ${ifaceText} interface.`,
            iface,
            "none",
            `Use ${offered}, or drop \`interface\`.`,
          );
        }
      }
      if (ram !== undefined && model.ram !== undefined && gib !== undefined) {
        if (!known.some((g) => g.ramGiB === gib)) {
          const sizes = [...new Set(known.map((g) => g.ramGiB))].sort((a, b) => a - b);
          ctx.report(
            "gpu/unknown-ram",
            `The ${v} ${m} does not come with ${ram.normalized} of memory.`,
            model.ram,
            "none",
            {
              hints: [`Known sizes: ${sizes.map((s) => `${s}Gi`).join(", ")}.`],
              data: { actual: ram.normalized, expected: sizes.map((s) => `${s}Gi`) },
            },
          );
        }
      }
    }
  }
}
