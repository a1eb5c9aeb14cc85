import type { SdlScalar } from "@akash-sdl/core";
import type { Rule, RuleContext } from "../rule-context.js";

/** Console's size grammar needs a unit letter (`convertResourceString`, SDL-SPEC §4.2, D12). */
const TS_SIZE = /^([\d.]+)([a-zA-Z])([a-zA-Z]*)$/;

/**
 * Memory and storage sizes written as bare byte counts (`size: "1073741824"`): Go reads bytes,
 * Console's manifest builder throws `Invalid size string` (addendum A §1.5, D12).
 *
 * @example
 * sizeUnits.check(ctx);
 */
export const sizeUnits: Rule = {
  name: "size-units",
  check(ctx) {
    for (const { value: profile } of ctx.doc.profiles?.compute?.entries ?? []) {
      const r = profile.resources;
      if (r?.memory?.size !== undefined) checkSize(ctx, r.memory.size);
      for (const v of r?.storage?.volumes ?? []) if (v.size !== undefined) checkSize(ctx, v.size);
    }
  },
};

/** Reports a size without a unit letter. */
function checkSize(ctx: RuleContext, size: SdlScalar<bigint>): void {
  const node = size.node;
  if (size.value === undefined || node?.kind !== "scalar" || typeof node.value !== "string") return;
  if (TS_SIZE.test(node.text.toLowerCase())) return;
  const gi =
    size.value % 2n ** 30n === 0n
      ? `${size.value / 2n ** 30n}Gi`
      : size.value % 2n ** 20n === 0n
        ? `${size.value / 2n ** 20n}Mi`
        : undefined;
  ctx.report("size/missing-unit", `The size '${node.text}' has no unit.`, size, "console", {
    compat: {
      instead: "provider-services reads it as bytes",
      portable: gi !== undefined ? `'${gi}'` : "a size with a unit such as '512Mi'",
    },
  });
}
