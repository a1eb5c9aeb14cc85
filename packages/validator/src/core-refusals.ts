import { CHAIN_LIMITS } from "@akash-sdl/catalog";
import { codeRefusedBy } from "@akash-sdl/core";
import { consoleNumber } from "./console-number.js";
import type { Diagnostic, DiagnosticCode, TextEdit, YamlNode } from "@akash-sdl/core";
import type { CompatNote, RefusedBy } from "./finding.js";
import { nodeAtPath } from "./node-at-path.js";

/**
 * Who refuses what one of core's parse diagnostics describes, and how to explain it when only
 * one deploy path does.
 *
 * @example
 * const r: CoreRefusal = { refusedBy: "console" };
 */
export interface CoreRefusal {
  /** Who refuses it. */
  readonly refusedBy: RefusedBy;
  /** The compat explanation. */
  readonly compat?: CompatNote;
  /** A repair that makes both paths accept it. */
  readonly fixes?: readonly TextEdit[];
}

/**
 * Fallback for core codes whose registry entry has no `refusedBy`: who refuses them. Core's warnings that
 * name "the official schema" are Console refusals (its schema blocks, SDL-SPEC §1.2 and §3.11);
 * core's errors are Go refusals that the schema shares unless listed in {@link refusalOf}.
 */
const BY_CODE: Readonly<Record<string, RefusedBy>> = {
  "type/number-truncated": "console",
  "type/ignored-by-go": "console",
  "type/legacy-octal": "none",
  "type/non-portable-number": "none",
  "sdl/unknown-key": "console",
  "sdl/ignored-key": "console",
  "sdl/unquoted-version": "console",
  "sdl/version-not-in-schema": "console",
  "scalar/non-portable-duration": "console",
  "scalar/too-many-decimals": "go",
  "scalar/zero-amount": "go",
  "scalar/invalid-image-ref": "none",
  "yaml/syntax-warning": "none",
  "parse/too-many-diagnostics": "none",
};

/** Size text Console's `convertResourceString` accepts (lower-cased first; SDL-SPEC §4.2). */
const TS_SIZE = /^([\d.]+)([a-zA-Z])([a-zA-Z]*)$/;
/** Console's cpu.units string pattern (alpha.45 schema). */
const TS_CPU = /^[0-9]+(\.[0-9]+)?[a-zA-Z]*$/;
/** Tags js-yaml 4 loads that Go's yaml.v3 does not know. */
const JS_YAML_EXTRA_TAGS: ReadonlySet<string> = new Set(["!!set", "!!omap", "!!pairs"]);
/** Console's duration form for http timeouts (alpha.45 `httpTimeout`). */
const TS_TIMEOUT = /^[0-9]+(ms|s|m|h)?$/;

function scalarAt(
  root: YamlNode | null,
  d: Diagnostic,
): { text: string; value: unknown; plain: boolean; fix: (newText: string) => TextEdit[] } | undefined {
  if (d.path === undefined) return undefined;
  const node = nodeAtPath(root, d.path);
  if (node?.kind !== "scalar") return undefined;
  const plain = node.style === "plain";
  const fix = (newText: string): TextEdit[] =>
    plain ? [{ range: { start: node.span.start, end: node.span.end }, newText }] : [];
  return { text: node.text, value: node.value, plain, fix };
}

/** Console's duration timeout in milliseconds (`90s` → 90000; no unit = ms). */
function timeoutMs(text: string): number {
  const m = /^(\d+)(ms|s|m|h)?$/.exec(text);
  const factor = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m?.[2] ?? "ms"] ?? 1;
  return Number(m?.[1] ?? "0") * factor;
}

/** How Console reads a size, in words: `16GB` → `16×10^9`, `8gi` → `8×2^30`. */
function consoleBytes(text: string): string {
  const m = TS_SIZE.exec(text.toLowerCase());
  const [, num = "", prefix = "", rest = ""] = m ?? [];
  const power = "kmgtpe".indexOf(prefix) + 1;
  return rest === "i" ? `${num}×2^${power * 10}` : `${num}×10^${power * 3}`;
}

/**
 * A size whose unit letter Console does not know (`30s`): its `convertResourceString` multiplies
 * by 1, so the number is the bytes (rounded up). Console deploys it when the chain's limits for
 * memory or a volume hold, else the chain refuses it too.
 */
function unknownUnit(text: string, path: Diagnostic["path"]): CoreRefusal {
  const m = TS_SIZE.exec(text.toLowerCase());
  if (m === null) return { refusedBy: "both" };
  const bytes = BigInt(Math.ceil(Number(m[1])));
  const memory = path?.includes("memory") === true;
  const min = memory ? CHAIN_LIMITS.memoryMin : CHAIN_LIMITS.storageMin;
  const max = memory ? CHAIN_LIMITS.memoryMax : CHAIN_LIMITS.storageMax;
  if (bytes < min || bytes > max) return { refusedBy: "both" };
  const unit = (
    [
      ["G", 1_000_000_000n],
      ["M", 1_000_000n],
      ["k", 1000n],
    ] as const
  ).find(([, f]) => bytes % f === 0n);
  const portable = unit === undefined ? "a size with a unit such as '512Mi'" : `'${bytes / unit[1]}${unit[0]}'`;
  return { refusedBy: "go", compat: { instead: `Console reads '${text}' as ${bytes} bytes`, portable } };
}

/** The Go spelling of a size Console reads (`16GB` → `16G`, `8gi` → `8Gi`). */
function portableSize(text: string): string | undefined {
  const m = TS_SIZE.exec(text.toLowerCase());
  if (m === null) return undefined;
  const [, num = "", prefix = "", rest = ""] = m;
  if (!"kmgtpe".includes(prefix)) return undefined;
  const binary = rest === "i";
  const letter = prefix === "k" && !binary ? "k" : prefix.toUpperCase();
  return `${num}${letter}${binary ? "i" : ""}`;
}

/**
 * Who refuses the problem one of core's diagnostics reports (codes not listed: errors are
 * refused by both paths, other severities by nobody).
 *
 * @example
 * refusalOf(d, parsed.tree.root).refusedBy; // "go" for `size: 16GB`
 */
export function refusalOf(d: Diagnostic, root: YamlNode | null): CoreRefusal {
  const last = d.path?.[d.path.length - 1];
  switch (d.code) {
    case "scalar/invalid-size":
    case "scalar/invalid-size-suffix": {
      const s = scalarAt(root, d);
      if (last === "ram") {
        // GPU memory: Go reads only binary suffixes, Console copies the text unchecked (SDL-SPEC §4.4).
        const gi = s === undefined ? undefined : /^(\d+)\s*g/i.exec(s.text)?.[1];
        return {
          refusedBy: s !== undefined && typeof s.value === "string" ? "go" : "both",
          compat: {
            instead: "Console copies the text into the GPU attribute",
            portable: gi === undefined ? "a size such as '80Gi'" : `'${gi}Gi'`,
          },
        };
      }
      if (d.code === "scalar/invalid-size") return { refusedBy: "both" };
      const portable = s === undefined ? undefined : portableSize(s.text);
      if (s !== undefined && portable === undefined) return unknownUnit(s.text, d.path);
      if (s === undefined || portable === undefined) return { refusedBy: "both" };
      return {
        refusedBy: "go",
        compat: {
          code: "compat/size-suffix",
          instead: `Console reads '${s.text}' as ${consoleBytes(s.text)} bytes, the same as '${portable}'`,
          portable: `'${portable}'`,
        },
        fixes: s.fix(portable),
      };
    }
    case "scalar/invalid-cpu": {
      const s = scalarAt(root, d);
      if (s !== undefined && TS_CPU.test(s.text) && !/^0+(\.0+)?m?$/.test(s.text)) return { refusedBy: "go" };
      // A YAML number Go cannot read (`0x50`): Console takes it as that many CPUs, and deploys it
      // within the chain's limits (alpha.45 probes).
      const n = s === undefined ? undefined : consoleNumber(s);
      const milli = n === undefined ? Number.NaN : n * 1000;
      if (milli >= CHAIN_LIMITS.cpuMilliMin && milli <= CHAIN_LIMITS.cpuMilliMax) {
        return { refusedBy: "go", compat: { instead: `Console reads ${n} CPUs`, portable: `'${n}'` } };
      }
      return { refusedBy: "both" };
    }
    case "scalar/invalid-amount": {
      const s = scalarAt(root, d);
      if (s !== undefined && typeof s.value === "number" && s.value >= 0) {
        const plain = String(s.value);
        const decimal = /e/i.test(plain) ? undefined : plain;
        return {
          refusedBy: "go",
          compat: {
            instead: `Console reads the YAML number ${plain}`,
            portable: decimal === undefined ? "a plain decimal number" : `'${decimal}'`,
          },
          fixes: decimal === undefined ? [] : s.fix(decimal),
        };
      }
      return { refusedBy: "both" };
    }
    case "type/expected-number": {
      const s = scalarAt(root, d);
      if (
        (last === "read_timeout" || last === "send_timeout") &&
        s !== undefined &&
        TS_TIMEOUT.test(s.text) &&
        timeoutMs(s.text) <= 4_294_967_295
      ) {
        return {
          refusedBy: "go",
          compat: {
            code: "compat/duration-timeout",
            instead: "Console converts the duration to milliseconds",
            portable: "milliseconds as an integer",
          },
        };
      }
      return { refusedBy: "both" };
    }
    case "sdl/unknown-key":
      // `http_options.proxy` is known to Console (alpha.45) and ignored by Go: nobody refuses it.
      if (last === "proxy" && d.path?.[d.path.length - 2] === "http_options") return { refusedBy: "none" };
      return { refusedBy: "console" };
    case "sdl/unsupported-key":
      if (last === "interconnect") return { refusedBy: "go" };
      return { refusedBy: "both" };
    case "sdl/missing-key":
      // A storage parameter without `mount`: Console's schema does not require it (SDL-SPEC §3.6, D27).
      if (last === "mount" && d.path !== undefined && nodeAtPath(root, d.path) === undefined) {
        return {
          refusedBy: "go",
          compat: {
            instead: "Console mounts nothing and emits an empty path",
            portable: "`mount: /data` (an absolute path)",
          },
        };
      }
      // `storage: []`: Go has no storage unit; Console emits `storage: null` (SDL-SPEC §9 D31).
      if (last === "storage" && d.path !== undefined) {
        const node = nodeAtPath(root, d.path);
        if (node?.kind === "seq" && node.items.length === 0) {
          return {
            refusedBy: "go",
            compat: {
              instead: "Console deploys the service without storage",
              portable: "a volume such as `storage: { size: 1Gi }`",
            },
          };
        }
      }
      return { refusedBy: d.severity === "error" ? "both" : "console" };
    case "scalar/invalid-gpu-units": {
      // alpha.45 throws on '1.0' while building the manifest: no path accepts a non-integer GPU
      // count. A YAML integer Go cannot read (`0x1`, `1e0`) Console takes as that count, and
      // deploys it within the chain's limit.
      const s = scalarAt(root, d);
      const n = s === undefined ? undefined : consoleNumber(s);
      if (n !== undefined && Number.isInteger(n) && n >= 0 && n <= CHAIN_LIMITS.gpuMax) {
        return { refusedBy: "go", compat: { instead: `Console reads ${n} GPUs`, portable: `'${n}'` } };
      }
      return { refusedBy: "both" };
    }
    case "type/coerced-to-string": {
      // Console's schema refuses the non-string its js-yaml reads; a plain `1_000` or `0x_1` is a
      // number only for Go (which then takes its text), so nobody refuses it.
      const s = scalarAt(root, d);
      const consoleText = s !== undefined && typeof s.value === "string" && consoleNumber(s) === undefined;
      return { refusedBy: consoleText && d.data?.["actual"] !== "timestamp" ? "none" : "console" };
    }
    case "scalar/non-portable-amount": {
      // `+80` plain is the YAML number 80 for Console; quoted, its pattern refuses the sign.
      const s = scalarAt(root, d);
      return { refusedBy: s !== undefined && consoleNumber(s) !== undefined ? "none" : "console" };
    }
    case "compat/flow-colon": {
      // Core's check of string fields (`[a:]`): Console reads something else there.
      const s = scalarAt(root, d);
      const text = s?.text ?? "";
      return {
        refusedBy: "console",
        compat: { instead: `provider-services reads the text '${text}'`, portable: `"${text}"` },
      };
    }
    case "yaml/unresolved-tag": {
      // A tag Go does not know is read as if untagged; Console's js-yaml throws on any tag it does
      // not know either (`!x`, `!!foo`): only its extra `!!set`, `!!omap`, `!!pairs` load.
      const tag = d.data?.["tag"];
      if (typeof tag === "string" && JS_YAML_EXTRA_TAGS.has(tag)) return { refusedBy: "none" };
      return { refusedBy: "console", compat: { instead: "provider-services reads the node as if untagged" } };
    }
    case "type/expected-boolean":
      // `persistent`: Console keeps the text as the attribute (its class rules are checked apart).
      return { refusedBy: last === "persistent" ? "go" : "both" };
    case "type/yaml11-boolean":
      // `persistent: yes`: Console keeps the text; whether its class rules accept it is the
      // storage-attributes rule's finding (Console wants `true` beside a class other than ram).
      return { refusedBy: last === "persistent" ? "none" : "console" };
    case "type/expected-string": {
      // A placement attribute that is a list or mapping: Console writes its JavaScript text
      // (`[a]` → "a") as the attribute.
      const p = d.path;
      const placementAttribute =
        p !== undefined && p.length === 5 && p[0] === "profiles" && p[1] === "placement" && p[3] === "attributes";
      return { refusedBy: placementAttribute ? "go" : "both" };
    }
    default: {
      // Core's registry says who refuses a code (CodeInfo.refusedBy); the table above fills gaps.
      const who = codeRefusedBy(d.code as DiagnosticCode);
      if (who !== undefined)
        return { refusedBy: who.go ? (who.console ? "both" : "go") : who.console ? "console" : "none" };
      return { refusedBy: BY_CODE[d.code] ?? (d.severity === "error" ? "both" : "none") };
    }
  }
}
