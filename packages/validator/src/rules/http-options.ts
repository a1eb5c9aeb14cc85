import type { YamlNode } from "@akash-sdl/core";
import type { Rule, RuleContext } from "../rule-context.js";
import { nodeAtPath } from "../node-at-path.js";

/** Go's http_options limits (SDL-SPEC §2.4, §3.2). */
const MAX_BODY_SIZE = 104_857_600;
const MAX_GO_TIMEOUT = 60_000;
const MAX_PROXY_BUFFER = 1_048_576;
/** Console alpha.45: timeouts and proxy fields are uint32 milliseconds/bytes (addendum A §1.4). */
const MAX_UINT32 = 4_294_967_295;
const NEXT_CASES: ReadonlySet<string> = new Set([
  "error",
  "timeout",
  "500",
  "502",
  "503",
  "504",
  "403",
  "404",
  "429",
  "off",
]);
const PROXY_KEYS: Readonly<Record<string, number>> = {
  buffer_size: 0,
  buffers_number: 1,
  buffers_size: 1,
  busy_buffers_size: 0,
  connect_timeout: 0,
};

/**
 * `http_options` ranges (SDL-SPEC §2.4, §3.2; addendum A §1.4 for Console's duration timeouts
 * and the `proxy` block).
 *
 * @example
 * httpOptions.check(ctx);
 */
export const httpOptions: Rule = {
  name: "http-options",
  check(ctx) {
    const deployed = ctx.deployedServices;
    for (const { key, value: service } of ctx.doc.services?.entries ?? []) {
      const goToo = deployed.has(key.name);
      let i = -1;
      for (const expose of service.expose?.items ?? []) {
        i++;
        const opts = expose.httpOptions;
        if (opts === undefined || opts.isNull) continue;
        const base = ["services", key.name, "expose", i, "http_options"];
        const body = opts.maxBodySize;
        if (body?.value !== undefined && body.value > MAX_BODY_SIZE) {
          ctx.report(
            "http/max-body-size",
            `max_body_size ${body.value} is above the limit of ${MAX_BODY_SIZE} bytes (100 MiB).`,
            body,
            goToo ? "both" : "console",
            {
              hints: [`Use at most ${MAX_BODY_SIZE}.`],
              data: { actual: body.value, limit: MAX_BODY_SIZE },
            },
          );
        }
        for (const [field, scalar] of [
          ["read_timeout", opts.readTimeout],
          ["send_timeout", opts.sendTimeout],
        ] as const) {
          if (scalar?.value === undefined || scalar.value <= MAX_GO_TIMEOUT) continue;
          const overUint = scalar.value > MAX_UINT32;
          const who = overUint ? (goToo ? "both" : "console") : goToo ? "go" : undefined;
          if (who === undefined) continue;
          ctx.report(
            "http/timeout-too-long",
            `${field} ${scalar.value} ms is above provider-services' limit of ${MAX_GO_TIMEOUT} ms.`,
            scalar,
            who,
            {
              hints: [`Use at most ${MAX_GO_TIMEOUT} (60 s).`],
              compat: {
                instead: "Console (alpha.45) allows up to 4294967295 ms",
                portable: `at most ${MAX_GO_TIMEOUT}`,
              },
            },
          );
        }
        const pbs = opts.proxyBufferSize;
        if (pbs !== undefined) {
          if (pbs.value !== undefined && pbs.value > MAX_PROXY_BUFFER && goToo) {
            ctx.report(
              "http/proxy-buffer-size",
              `proxy_buffer_size ${pbs.value} is above the limit of ${MAX_PROXY_BUFFER} bytes.`,
              pbs,
              "go",
              `Use at most ${MAX_PROXY_BUFFER}.`,
            );
          }
          ctx.report(
            "http/proxy-buffer-size-unsupported",
            "proxy_buffer_size is not part of Console's schema (alpha.45 replaced it by the `proxy` block).",
            pbs,
            "console",
            {
              compat: {
                instead: "provider-services passes it to the provider",
                portable: "`proxy: { buffer_size: … }` for Console, or leave it out",
              },
            },
          );
        }
        const cases = opts.nextCases?.items ?? [];
        for (const c of cases) {
          if (c.value === undefined) continue;
          if (!NEXT_CASES.has(c.value)) {
            ctx.report(
              "http/unknown-next-case",
              `'${c.value}' is not a known next_cases value.`,
              c,
              goToo ? "both" : "console",
              "Use error, timeout, 500, 502, 503, 504, 403, 404, 429 or off.",
            );
          } else if (c.value === "off" && cases.length > 1) {
            ctx.report(
              "http/next-case-off-not-alone",
              "next_cases lists 'off' together with other cases.",
              c,
              goToo ? "both" : "console",
              "Use `next_cases: [off]` alone, or remove 'off'.",
            );
          }
        }
        checkProxy(ctx, nodeAtPath(ctx.parsed.tree.root, [...base, "proxy"]), [...base, "proxy"]);
      }
    }
  },
};

function checkProxy(ctx: RuleContext, node: YamlNode | undefined, path: readonly (string | number)[]): void {
  if (node?.kind !== "map") return;
  const seen = new Map<string, YamlNode | null>();
  for (const pair of node.pairs) {
    if (pair.key.kind !== "scalar") continue;
    const name = pair.key.text;
    seen.set(name, pair.value);
    const min = PROXY_KEYS[name];
    const value = pair.value?.kind === "scalar" ? pair.value.value : undefined;
    if (
      min !== undefined &&
      (typeof value !== "number" || !Number.isInteger(value) || value < min || value > MAX_UINT32)
    ) {
      ctx.report(
        "http/proxy-value",
        `proxy.${name} must be a whole number between ${min} and ${MAX_UINT32}.`,
        { span: (pair.value ?? pair.key).span, path: [...path, name] },
        "console",
      );
    } else if (name === "buffering_disable" && typeof value !== "boolean") {
      ctx.report(
        "http/proxy-value",
        "proxy.buffering_disable must be true or false.",
        { span: (pair.value ?? pair.key).span, path: [...path, name] },
        "console",
      );
    }
  }
  const num = seen.has("buffers_number");
  const size = seen.has("buffers_size");
  if (num !== size) {
    ctx.report(
      "http/proxy-buffers-pair",
      `proxy.${num ? "buffers_number" : "buffers_size"} is set without proxy.${num ? "buffers_size" : "buffers_number"}; they go together.`,
      ctx.keyAt(path, { span: node.span, path }),
      "console",
      "Set both buffers_number and buffers_size, or neither.",
    );
  }
}
