import type { Rule } from "../rule-context.js";
import { replaceScalar } from "../replace-scalar.js";
import { suggestionHint } from "../suggest.js";

/** Protocols the schema lists (Console); Go accepts any casing of tcp/udp (SDL-SPEC §2.4). */
const SCHEMA_PROTOS: ReadonlySet<string> = new Set(["TCP", "UDP", "tcp", "udp"]);

/**
 * Expose items: port and `as` in 1..65535, a TCP/UDP protocol (SDL-SPEC §2.4, §3.2, §3.9).
 *
 * @example
 * exposePorts.check(ctx);
 */
export const exposePorts: Rule = {
  name: "expose-ports",
  check(ctx) {
    const deployed = ctx.deployedServices;
    for (const { key, value: service } of ctx.doc.services?.entries ?? []) {
      // Go checks only what it deploys (SDL-SPEC §1.1); the schema checks every service.
      const goToo = deployed.has(key.name) ? "both" : "console";
      for (const expose of service.expose?.items ?? []) {
        const port = expose.port;
        if (port?.value !== undefined && !port.isNull && (port.value < 1 || port.value > 65535)) {
          ctx.report(
            "expose/port-out-of-range",
            `The port ${port.value} is out of range: a port must be between 1 and 65535.`,
            port,
            goToo,
            {
              hints: ["Use the container's real port, between 1 and 65535."],
              data: { actual: port.value, expected: "1..65535" },
            },
          );
        }
        const as = expose.as;
        if (as?.value !== undefined && !as.isNull && (as.value < 1 || as.value > 65535)) {
          ctx.report(
            "expose/as-out-of-range",
            `The external port 'as: ${as.value}' is out of range: it must be between 1 and 65535.`,
            as,
            "console",
            {
              compat: {
                instead: "provider-services treats 0 as 'same as port' and does not check the range",
                portable: "a port between 1 and 65535, or leave `as` out",
              },
            },
          );
        }
        for (const to of expose.to?.items ?? []) {
          const target = to.service?.value;
          if (target === undefined || target === "" || to.service === undefined || ctx.doc.services === undefined)
            continue;
          if (ctx.doc.services.entries.some((e) => e.key.name === target)) continue;
          ctx.report(
            "expose/unknown-service",
            `The expose of '${key.name}' is opened to the service '${target}', which is not defined.`,
            to.service,
            "none",
            {
              hints: suggestionHint(
                target,
                ctx.doc.services.entries.map((e) => e.key.name),
                "Name a service under services",
              ),
            },
          );
        }
        const proto = expose.proto;
        const text = proto?.value;
        if (proto !== undefined && text !== undefined && !proto.isNull && text !== "") {
          const upper = text.toUpperCase();
          if (upper !== "TCP" && upper !== "UDP") {
            ctx.report(
              "expose/invalid-protocol",
              `The protocol '${text}' is not supported: use TCP or UDP (HTTP is served through TCP ports).`,
              proto,
              goToo,
              text.toLowerCase() === "http"
                ? "Remove `proto`: TCP is the default, and HTTP is served over TCP ports."
                : "Use `proto: tcp` or `proto: udp`.",
            );
          } else if (!SCHEMA_PROTOS.has(text)) {
            ctx.report("expose/protocol-casing", `The protocol '${text}' is written in mixed case.`, proto, "console", {
              compat: { instead: "provider-services upper-cases it", portable: `'${upper.toLowerCase()}'` },
              fixes: replaceScalar(proto, upper.toLowerCase()),
            });
          }
        }
      }
    }
  },
};
