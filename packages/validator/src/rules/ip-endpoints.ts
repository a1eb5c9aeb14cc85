import type { SdlScalar } from "@akash-sdl/core";
import type { Rule } from "../rule-context.js";
import { suggestionHint } from "../suggest.js";

/** Go's endpoint name rule `^[[:lower:]]+[[:lower:]-_\d]+$` (SDL-SPEC §2.10). */
const ENDPOINT_NAME = /^[a-z]+[-_0-9a-z]+$/;

/**
 * IP endpoints and the exposes that lease them (SDL-SPEC §3.5): valid names and `kind: ip`,
 * `to.ip` only on global exposes and only to declared endpoints, one use of an IP port per
 * protocol, and no declared endpoint left unused (the chain charges for the lease).
 *
 * @example
 * ipEndpoints.check(ctx);
 */
export const ipEndpoints: Rule = {
  name: "ip-endpoints",
  check(ctx) {
    const { doc } = ctx;
    const declared = doc.endpoints?.entries ?? [];
    const names = declared.map((e) => e.key.name);
    for (const { key, value } of declared) {
      const path = ["endpoints", key.name];
      if (!ENDPOINT_NAME.test(key.name)) {
        ctx.report(
          "endpoint/invalid-name",
          `The endpoint name '${key.name}' is not valid: use lower-case letters first, then lower-case letters, digits, '-' or '_' (at least 2 characters).`,
          { span: key.span, path },
          "both",
          `Rename it, e.g. '${key.name.toLowerCase().replace(/[^-_0-9a-z]/g, "") || "ip"}'.`,
        );
      }
      const kind = value.kind;
      if (kind === undefined || kind.isNull || kind.value === "") {
        ctx.report(
          "endpoint/missing-kind",
          `The endpoint '${key.name}' has no kind.`,
          { span: key.span, path },
          "both",
          "Add `kind: ip`.",
        );
      } else if (kind.value !== undefined && kind.value !== "ip") {
        ctx.report(
          "endpoint/unknown-kind",
          `The endpoint '${key.name}' has the unknown kind '${kind.value}'.`,
          kind,
          "both",
          "The only kind is `ip`.",
        );
      }
    }
    const used = new Set<string>();
    // Go's collision key is `ip-<as raw>-<proto raw>` and runs per deployment entry; Console's is
    // `ip-<as ?? port>-<PROTO or TCP>` per service (SDL-SPEC §3.5, D26).
    const goKeys = new Map<string, Map<string, string>>();
    const tsKeys = new Map<string, Map<string, string>>();
    const checked = new Set<string>();
    for (const d of ctx.deployed) {
      const service = d.service;
      if (service === undefined) continue;
      const firstTime = !checked.has(d.serviceName);
      checked.add(d.serviceName);
      let i = -1;
      for (const expose of service.expose?.items ?? []) {
        i++;
        let j = -1;
        for (const to of expose.to?.items ?? []) {
          j++;
          const ip: SdlScalar<string> | undefined = to.ip;
          if (ip?.value === undefined || ip.value === "") continue;
          used.add(ip.value);
          const path = ["services", d.serviceName, "expose", i, "to", j, "ip"];
          if (!firstTime) {
            const holder = checkCollision(
              goKeys,
              ip.value,
              `ip-${expose.as?.value ?? 0}-${expose.proto?.value ?? ""}`,
              d.serviceName,
            );
            if (holder !== undefined) {
              ctx.report(
                "endpoint/port-in-use",
                `The IP endpoint '${ip.value}' port is claimed again when '${d.serviceName}' is deployed to the placement '${d.placementName}' as well: provider-services counts each placement separately.`,
                { span: ip.span, path },
                "go",
                "Deploy a service with an IP endpoint to one placement only.",
              );
            }
            continue;
          }
          if (to.global?.value !== true) {
            ctx.report(
              "endpoint/ip-not-global",
              `The expose of '${d.serviceName}' leases the IP endpoint '${ip.value}' but is not global.`,
              { span: ip.span, path },
              "both",
              "Add `global: true` to this `to` entry.",
            );
          }
          if (doc.endpoints === undefined || !names.includes(ip.value)) {
            ctx.report(
              "endpoint/undefined",
              `The service '${d.serviceName}' uses the IP endpoint '${ip.value}', which is not declared under endpoints.`,
              { span: ip.span, path },
              "both",
              { hints: suggestionHint(ip.value, names, `Declare it: endpoints: { ${ip.value}: { kind: ip } }`) },
            );
          }
          const port = expose.port?.value ?? 0;
          const goKey = `ip-${expose.as?.value ?? 0}-${expose.proto?.value ?? ""}`;
          const tsKey = `ip-${expose.as?.value ?? port}-${(expose.proto?.value ?? "").toUpperCase() || "TCP"}`;
          const goOther = checkCollision(goKeys, ip.value, goKey, d.serviceName);
          const tsOther = checkCollision(tsKeys, ip.value, tsKey, d.serviceName);
          if (goOther !== undefined || tsOther !== undefined) {
            const other = goOther ?? tsOther ?? "";
            ctx.report(
              "endpoint/port-in-use",
              `The IP endpoint '${ip.value}' port ${expose.as?.value || port} is already used by the service '${other}' with the same protocol.`,
              { span: ip.span, path },
              goOther !== undefined && tsOther !== undefined ? "both" : goOther !== undefined ? "go" : "console",
              "Use another external port (`as`) or another IP endpoint.",
            );
          }
        }
      }
    }
    for (const { key } of declared) {
      if (used.has(key.name)) continue;
      ctx.report(
        "endpoint/unused",
        `The endpoint '${key.name}' is declared but no deployed service uses it.`,
        { span: key.span, path: ["endpoints", key.name] },
        "both",
        `Use it from an expose (to: [{ global: true, ip: ${key.name} }]) or remove it.`,
      );
    }
  },
};

/** Records `key` for `ip`; returns the service that already holds it, if another one does. */
function checkCollision(
  table: Map<string, Map<string, string>>,
  ip: string,
  key: string,
  service: string,
): string | undefined {
  const keys = table.get(ip) ?? new Map<string, string>();
  table.set(ip, keys);
  const holder = keys.get(key);
  if (holder !== undefined) return holder;
  keys.set(key, service);
  return undefined;
}
