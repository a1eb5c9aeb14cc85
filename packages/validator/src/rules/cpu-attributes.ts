import type { Rule } from "../rule-context.js";
import { replaceScalar } from "../replace-scalar.js";

const ARCHES: ReadonlySet<string> = new Set(["amd64", "arm64"]);

/**
 * `cpu.attributes.arch` is `amd64` or `arm64` (Console alpha.45's schema; Go main accepts any
 * text, addendum B §5).
 *
 * @example
 * cpuAttributes.check(ctx);
 */
export const cpuAttributes: Rule = {
  name: "cpu-attributes",
  check(ctx) {
    for (const { key, value: profile } of ctx.doc.profiles?.compute?.entries ?? []) {
      for (const entry of profile.resources?.cpu?.attributes?.entries ?? []) {
        if (entry.key.name !== "arch") continue;
        const arch = entry.value.value;
        if (arch === undefined || ARCHES.has(arch)) continue;
        const lower = arch.toLowerCase();
        const guess =
          lower === "x86_64" || lower === "x86-64" || lower === "amd64"
            ? "amd64"
            : lower === "aarch64" || lower === "arm64"
              ? "arm64"
              : undefined;
        ctx.report(
          "cpu/unknown-arch",
          `The CPU architecture '${arch}' of '${key.name}' is not known; providers advertise amd64 or arm64.`,
          entry.value,
          "console",
          {
            hints: [guess !== undefined ? `Write '${guess}'.` : "Use 'amd64' or 'arm64'."],
            compat: {
              instead: "provider-services passes it on and no provider matches it",
              portable: "'amd64' or 'arm64'",
            },
            fixes: guess === undefined ? [] : replaceScalar(entry.value, guess),
          },
        );
      }
    }
  },
};
