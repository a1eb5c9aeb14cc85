import type { Diagnostic, Span } from "../../src/index.js";
import { parse } from "../../src/index.js";
import type { ParseResult } from "../../src/index.js";

/** The span of the `nth` (0-based) occurrence of `needle` in `text`; throws when absent (a broken test). */
export function spanOf(text: string, needle: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`'${needle}' (#${nth}) not in test text`);
  }
  return { start: at, end: at + needle.length };
}

/** Diagnostics of `text` with the given code. */
export function withCode(result: ParseResult, code: string): Diagnostic[] {
  return result.diagnostics.filter((d) => d.code === code);
}

/** Error diagnostics of a parse. */
export function errors(result: ParseResult): Diagnostic[] {
  return result.diagnostics.filter((d) => d.severity === "error");
}

/** A complete, valid SDL 2.0 document with the given service body lines (indented under `web:`). */
export function sdlWith(parts: {
  service?: string;
  resources?: string;
  placement?: string;
  deployment?: string;
  extra?: string;
  version?: string;
}): string {
  const service =
    parts.service ?? "    image: nginx\n    expose:\n      - port: 80\n        to:\n          - global: true\n";
  const resources =
    parts.resources ??
    "        cpu:\n          units: 0.5\n        memory:\n          size: 512Mi\n        storage:\n          size: 1Gi\n";
  const placement = parts.placement ?? "      pricing:\n        web:\n          denom: uakt\n          amount: 100\n";
  const deployment = parts.deployment ?? "      profile: web\n      count: 1\n";
  return (
    `version: ${parts.version ?? '"2.0"'}\n` +
    `services:\n  web:\n${service}` +
    `profiles:\n  compute:\n    web:\n      resources:\n${resources}` +
    `  placement:\n    dc:\n${placement}` +
    `deployment:\n  web:\n    dc:\n${deployment}` +
    (parts.extra ?? "")
  );
}

/** Parses and returns the result (shorthand). */
export function p(text: string): ParseResult {
  return parse(text);
}

/** The span of `value` where it follows `prefix` (e.g. `valueSpan(doc, "gpu: ", "1")`). */
export function valueSpan(text: string, prefix: string, value: string, nth = 0): Span {
  const whole = spanOf(text, prefix + value, nth);
  return { start: whole.start + prefix.length, end: whole.end };
}
