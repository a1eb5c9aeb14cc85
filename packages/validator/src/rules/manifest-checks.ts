import type { Rule } from "../rule-context.js";

/** Go's manifest service-name rule (SDL-SPEC §3.9). */
const SERVICE_NAME = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
/** Go's env-name rule (SDL-SPEC §3.9). */
const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
/** A DNS-1123 subdomain: dot-separated labels of lower-case alphanumerics and '-' (SDL-SPEC §3.9). */
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

function isHostname(host: string): boolean {
  return (
    host.length > 0 &&
    host.length <= 253 &&
    host.split(".").every((label) => label.length <= 63 && DNS_LABEL.test(label))
  );
}

/**
 * provider-services' manifest checks (Go `manifest.Validate`, SDL-SPEC §3.9) on deployed
 * services: service names, env names, accepted hostnames (valid, not repeated) and at least one
 * global expose. Console has none of these checks.
 *
 * @example
 * manifestChecks.check(ctx);
 */
export const manifestChecks: Rule = {
  name: "manifest-checks",
  check(ctx) {
    const deployed = new Set<string>();
    for (const d of ctx.deployed) if (d.service !== undefined) deployed.add(d.serviceName);
    if (deployed.size === 0) return;
    const hosts = new Map<string, string>();
    let anyGlobal = false;
    for (const { key, value: service } of ctx.doc.services?.entries ?? []) {
      if (!deployed.has(key.name)) continue;
      const base = ["services", key.name];
      if (!SERVICE_NAME.test(key.name)) {
        const fixed = key.name
          .toLowerCase()
          .replace(/[^-a-z0-9]/g, "-")
          .replace(/^[^a-z]+|-+$/g, "");
        ctx.report(
          "manifest/invalid-service-name",
          `The service name '${key.name}' is not valid for provider-services.`,
          { span: key.span, path: base },
          "go",
          {
            hints: [
              `Use lower-case letters, digits and '-', starting with a letter${fixed ? `, e.g. '${fixed}'` : ""}.`,
            ],
            compat: {
              instead: "Console accepts it and the provider may refuse the manifest",
              portable: fixed ? `'${fixed}'` : undefined,
            },
          },
        );
      }
      let e = -1;
      for (const item of service.env?.items ?? []) {
        e++;
        const text = item.value;
        if (text === undefined) continue;
        const eq = text.indexOf("=");
        const name = eq < 0 ? text : text.slice(0, eq);
        if (!ENV_NAME.test(name) || name === "." || name === ".." || name.startsWith("..")) {
          ctx.report(
            "manifest/invalid-env-name",
            `The environment variable name '${name}' is not valid.`,
            { span: item.span, path: [...base, "env", e] },
            "go",
            "Write NAME=value with a name of letters, digits, '_', '-' and '.', not starting with a digit.",
          );
        }
      }
      let i = -1;
      for (const expose of service.expose?.items ?? []) {
        i++;
        if (!anyGlobal) for (const t of expose.to?.items ?? []) if (t.global?.value === true) anyGlobal = true;
        let j = -1;
        for (const host of expose.accept?.items ?? []) {
          j++;
          const h = host.value;
          if (h === undefined) continue;
          const path = [...base, "expose", i, "accept", j];
          if (!isHostname(h)) {
            ctx.report(
              "manifest/invalid-hostname",
              `'${h}' is not a valid hostname.`,
              { span: host.span, path },
              "go",
              h.toLowerCase() !== h
                ? `Write '${h.toLowerCase()}'.`
                : "Use a DNS name such as 'app.example.com' (no scheme, port, path or wildcard).",
            );
            continue;
          }
          const other = hosts.get(h);
          if (other !== undefined) {
            ctx.report(
              "manifest/duplicate-hostname",
              `The hostname '${h}' is already accepted by the service '${other}'.`,
              { span: host.span, path },
              "go",
              "Each hostname may be accepted by one expose only.",
            );
          } else hosts.set(h, key.name);
        }
      }
    }
    if (!anyGlobal) {
      const anchor = ctx.doc.services ?? ctx.doc;
      ctx.report(
        "manifest/no-global-expose",
        "No deployed service is exposed globally, so nothing is reachable from outside.",
        { span: firstKeySpan(ctx) ?? anchor.span, path: ["services"] },
        "go",
        {
          hints: ["Add `to: [{ global: true }]` to an expose of the service that should be reachable."],
          compat: { instead: "Console deploys it" },
        },
      );
    }
  },
};

function firstKeySpan(ctx: Parameters<Rule["check"]>[0]): { start: number; end: number } | undefined {
  const root = ctx.parsed.tree.root;
  if (root?.kind !== "map") return undefined;
  return root.pairs.find((p) => p.key.kind === "scalar" && p.key.text === "services")?.key.span;
}
