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

/**
 * The full pipeline, ours and the official SDK's, side by side: text → parse → validate →
 * manifest → version hash → group specs. Compare the two rows' times for the ratio. `run`
 * returns 0 when the file compiled, else the number of errors (at least 1).
 */
export const PIPELINE_CONTENDERS: readonly PipelineContender[] = [
  {
    name: "akash-sdl full pipeline",
    note: "parse + validate + compile (manifest, group specs) + version hash (sha256 of sorted JSON), Go's bytes",
    run: (text) => {
      const { value, diagnostics } = compile(text);
      if (value === undefined) return Math.max(1, diagnostics.filter((d) => d.severity === "error").length);
      return value.version.length === 32 && value.groups.length > 0 ? 0 : 1;
    },
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
 * Prints the full-pipeline ratio (official SDK time / ours) from the measured rows, when both ran.
 *
 * @example
 * printPipelineRatio(measurements, (s) => process.stdout.write(s));
 */
export function printPipelineRatio(
  measurements: readonly { readonly contender: { readonly name: string }; readonly meanMs: number }[],
  write: (s: string) => void,
): void {
  const [ours, theirs] = PIPELINE_CONTENDERS.map((c) => measurements.find((m) => m.contender.name === c.name));
  if (ours === undefined || theirs === undefined) return;
  const ratio = theirs.meanMs / ours.meanMs;
  write(
    `full pipeline: ours ${ours.meanMs.toFixed(1)} ms, chain-sdk alpha.45 ${theirs.meanMs.toFixed(1)} ms per corpus → ` +
      `${ratio >= 1 ? `${ratio.toFixed(2)}× faster` : `${(1 / ratio).toFixed(2)}× slower`} than the official SDK\n`,
  );
}
