import { createHash } from "node:crypto";
import { compile } from "@akash-sdl/compiler";
import { generateManifest, manifestToSortedJSON } from "@akashnetwork/chain-sdk";
import { load as jsYamlLoad } from "js-yaml";

/** Same shape as `Contender` in contenders.ts (kept local so this file stands alone). */
interface PipelineContender {
  readonly name: string;
  readonly note: string;
  readonly run: (text: string) => number;
}

/** node:crypto's SHA-256 in the shape of compile's `sha256` option. */
const nodeSha256 = (data: Uint8Array): Uint8Array => createHash("sha256").update(data).digest();

/** Ours with compile's default options (`sha256`: the given function, or the built-in pure-JS one). */
function ourPipeline(sha256?: (data: Uint8Array) => Uint8Array): (text: string) => number {
  const options = sha256 === undefined ? {} : { sha256 };
  return (text) => {
    const { value, diagnostics } = compile(text, options);
    if (value === undefined) return Math.max(1, diagnostics.filter((d) => d.severity === "error").length);
    return value.version.length === 32 && value.groups.length > 0 ? 0 : 1;
  };
}

/**
 * The full pipeline, ours and the official SDK's, side by side: text → parse → validate →
 * manifest → version hash → group specs. Compare the rows' times for the ratio. Ours runs twice:
 * as the library ships (pure-JS SHA-256, the browser's path) and with node:crypto's SHA-256
 * through compile's `sha256` option (what the SDK row uses; docs/decisions/noble-hashes.md).
 * `run` returns 0 when the file compiled, else the number of errors (at least 1).
 */
export const PIPELINE_CONTENDERS: readonly PipelineContender[] = [
  {
    name: "akash-sdl full pipeline",
    note: "parse + validate + compile (manifest, group specs) + version hash (sha256 of sorted JSON; built-in pure-JS SHA-256, the default), Go's bytes",
    run: ourPipeline(),
  },
  {
    name: "akash-sdl full pipeline, node:crypto sha256",
    note: "the same, with compile(text, { sha256 }) given node:crypto's SHA-256 (the hash the chain-sdk row uses)",
    run: ourPipeline(nodeSha256),
  },
  {
    name: "chain-sdk full pipeline",
    note: "official SDK 1.0.0-alpha.45: js-yaml load + generateManifest + groups + group specs + manifestToSortedJSON + sha256 (node:crypto; its own generateManifestVersion is async WebCrypto)",
    run: (text) => {
      try {
        const result = generateManifest(jsYamlLoad(text) as Parameters<typeof generateManifest>[0]);
        if (!result.ok) return result.value.length;
        const digest = createHash("sha256").update(manifestToSortedJSON(result.value.groups)).digest();
        return digest.length === 32 && result.value.groupSpecs.length > 0 ? 0 : 1;
      } catch {
        return 1;
      }
    },
  },
];

/**
 * Prints the full-pipeline ratios (official SDK time / ours), one line per row of ours (built-in
 * hash, node:crypto hash), from the measured rows, when they ran.
 *
 * @example
 * printPipelineRatio(measurements, (s) => process.stdout.write(s));
 */
export function printPipelineRatio(
  measurements: readonly { readonly contender: { readonly name: string }; readonly meanMs: number }[],
  write: (s: string) => void,
): void {
  const [ours, oursNative, theirs] = PIPELINE_CONTENDERS.map((c) =>
    measurements.find((m) => m.contender.name === c.name),
  );
  if (theirs === undefined) return;
  const rows: [string, typeof ours][] = [
    ["ours (built-in pure-JS sha256)", ours],
    ["ours (node:crypto sha256)", oursNative],
  ];
  for (const [label, row] of rows) {
    if (row === undefined) continue;
    const ratio = theirs.meanMs / row.meanMs;
    write(
      `full pipeline: ${label} ${row.meanMs.toFixed(1)} ms, chain-sdk alpha.45 ${theirs.meanMs.toFixed(1)} ms per corpus → ` +
        `${ratio >= 1 ? `${ratio.toFixed(2)}× faster` : `${(1 / ratio).toFixed(2)}× slower`} than the official SDK\n`,
    );
  }
}
