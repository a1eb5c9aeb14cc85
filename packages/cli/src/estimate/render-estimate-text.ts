import { createAnsiPaint } from "@akash-sdl/core";
import type { AnsiStyle, Diagnostic } from "@akash-sdl/core";
import { escapeControls } from "../safety/escape-controls.js";
import type { EstimateResult, ResourcePlan } from "@akash-sdl/estimator";

/**
 * ANSI styles used by the estimate report.
 *
 * @example
 * const s: EstimateStyle = "cyan";
 */
export type EstimateStyle = AnsiStyle;

/**
 * Wraps text in ANSI codes, or not.
 *
 * @example
 * const plain: EstimatePaint = (_style, text) => text;
 */
export type EstimatePaint = (style: EstimateStyle, text: string) => string;

/**
 * A paint function; identity when colour is off.
 *
 * @example
 * estimatePaint(false)("red", "x"); // "x"
 */
export function estimatePaint(enabled: boolean): EstimatePaint {
  return createAnsiPaint(enabled);
}

const BAR_WIDTH = 32;

/**
 * A per-GPU memory bar: weights `█`, KV cache `▓`, activations `▒`, overhead `░`, free `·`,
 * scaled to the GPU's usable memory (overflow shown with `!`).
 *
 * @example
 * memoryBar(plan, estimatePaint(false)); // "[██████████████▓▓▒░░·········] 19.0/21.2 GiB"
 */
export function memoryBar(p: ResourcePlan, paint: EstimatePaint, width: number = BAR_WIDTH): string {
  const m = p.perGpu;
  const scale = Math.max(m.usableGiB, m.totalGiB);
  const cells = (g: number): number => (scale > 0 ? Math.round((g / scale) * width) : 0);
  const weights = m.weightsGiB + (m.gradientsGiB ?? 0) + (m.optimizerGiB ?? 0);
  const parts: [string, EstimateStyle, number][] = [
    ["█", "cyan", cells(weights)],
    ["▓", "blue", cells(m.kvCacheGiB)],
    ["▒", "magenta", cells(m.activationsGiB)],
    ["░", "yellow", cells(m.overheadGiB)],
  ];
  let used = parts.reduce((a, [, , n]) => a + n, 0);
  if (used > width) {
    const last = parts.findLast(([, , n]) => n > 0);
    if (last) last[2] -= used - width;
    used = width;
  }
  const usableCells = cells(m.usableGiB);
  const free = Math.max(0, usableCells - used);
  const over = m.totalGiB > m.usableGiB ? Math.max(1, width - usableCells) : 0;
  const body =
    parts.map(([ch, style, n]) => paint(style, ch.repeat(Math.max(0, n)))).join("") + paint("dim", "·".repeat(free));
  const total = `${m.totalGiB.toFixed(1)}/${m.usableGiB.toFixed(1)} GiB`;
  return `[${body}]${over > 0 ? paint("red", "!") : ""} ${p.fits ? total : paint("red", total)}`;
}

const pad = (s: string, n: number): string => s + " ".repeat(Math.max(0, n - visibleLength(s)));
const padLeft = (s: string, n: number): string => " ".repeat(Math.max(0, n - visibleLength(s))) + s;
// eslint-disable-next-line no-control-regex
const visibleLength = (s: string): number => s.replace(/\u001b\[\d+m/g, "").length;
const fmt = (n: number | null, digits = 0): string =>
  n === null ? "–" : n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const tokens = (n: number | null): string =>
  n === null
    ? "–"
    : n >= 1_000_000
      ? `${(n / 1_048_576).toFixed(n % 1_048_576 === 0 ? 0 : 1)}M`
      : n >= 1024 && n % 1024 === 0
        ? `${n / 1024}k`
        : n.toLocaleString("en-US");

/**
 * Renders an estimate as text: the model, a table of plans (GPU × count, fit, per-GPU memory bar,
 * largest context, speed, cost) and, for the best plan, its reason, host resources and fixes.
 *
 * @example
 * renderEstimateText(result, 10, estimatePaint(false));
 */
export function renderEstimateText(result: EstimateResult, limit: number, paint: EstimatePaint): string {
  const lines: string[] = [];
  const m = result.model;
  if (m) {
    const active = m.activeParams !== m.params ? ` (${(m.activeParams / 1e9).toFixed(1)}B active)` : "";
    lines.push(
      `${paint("bold", m.id)} · ${(m.params / 1e9).toFixed(2)}B params${active} · ${m.task} · max context ${tokens(m.maxContext)}`,
    );
  }
  const shown = result.plans.slice(0, limit);
  const first = shown[0];
  if (first) {
    lines.push(
      `${first.task === "finetune" ? `fine-tuning (${first.method ?? "lora"})` : first.engine} · weights ${first.weightFormat}` +
        (first.task === "inference" && first.kvBytesPerToken !== null
          ? ` · KV ${first.kvDtype} (${first.kvBytesPerToken.toLocaleString("en-US")} B/token)`
          : "") +
        (first.kvBytesPerToken !== null || first.task === "finetune"
          ? ` · context ${tokens(first.context)}${first.concurrency > 1 ? ` × ${first.concurrency}` : ""}`
          : ""),
    );
    lines.push("");
    const images = shown.some((p) => typeof p.throughput.imagesPerSec === "number");
    const speedHead = first.task === "finetune" ? "train t/s" : images ? "images/s" : "decode t/s";
    const priced = shown.some((p) => p.costPerHour !== null);
    const gpuLabel = (p: ResourcePlan): string => `${p.gpuCount} × ${p.gpu.model} ${p.gpu.ramGiB}Gi ${p.gpu.interface}`;
    const gpuWidth = Math.max(24, ...shown.map((p) => gpuLabel(p).length));
    const header = [
      pad("#", 3),
      pad("GPU", gpuWidth),
      pad("fits", 5),
      pad(`memory per GPU (█ weights ▓ KV ▒ act ░ ovh)`, BAR_WIDTH + 18),
      padLeft("max ctx", 8),
      padLeft(speedHead, 11),
      padLeft("prefill t/s", 12),
    ];
    if (priced) header.push(padLeft("$/h", 8), padLeft(images ? "$/1k img" : "$/Mtok", 8));
    lines.push(paint("dim", header.join(" ")));
    shown.forEach((p, i) => {
      const speed =
        p.task === "finetune"
          ? p.throughput.trainTokensPerSec
          : images
            ? (p.throughput.imagesPerSec ?? null)
            : p.throughput.decodeTokensPerSec;
      const row = [
        pad(String(i + 1), 3),
        pad(gpuLabel(p), gpuWidth),
        pad(p.fits ? paint("green", "yes") : paint("red", "no"), 5),
        pad(memoryBar(p, paint), BAR_WIDTH + 18),
        padLeft(tokens(p.maxContext), 8),
        padLeft(fmt(speed, images ? 2 : 0), 11),
        padLeft(fmt(p.throughput.prefillTokensPerSec), 12),
      ];
      if (priced)
        row.push(
          padLeft(fmt(p.costPerHour, 2), 8),
          padLeft(fmt(images ? (p.costPerThousandImages ?? null) : p.costPerMillionTokens, 3), 8),
        );
      lines.push(row.join(" "));
    });
    if (result.plans.length > shown.length)
      lines.push(paint("dim", `… ${result.plans.length - shown.length} more (--all)`));
    lines.push("");
    lines.push(...describePlan(first, paint));
  }
  for (const d of result.diagnostics) lines.push(...renderDiagnostic(d, paint));
  return lines.join("\n") + "\n";
}

/**
 * Details of one plan: reason, parallelism, host resources with their rules, fixes, notes.
 *
 * @example
 * describePlan(plan, estimatePaint(false)).join("\n");
 */
export function describePlan(p: ResourcePlan, paint: EstimatePaint): string[] {
  const out: string[] = [];
  const title = `${p.gpuCount} × ${p.gpu.model} ${p.gpu.ramGiB}Gi (${p.gpu.interface})`;
  out.push(`${paint("bold", p.fits ? "Best plan:" : "Closest plan:")} ${title}`);
  out.push(`  ${p.reason}`);
  if (p.gpuCount > 1) {
    const how =
      p.task === "finetune"
        ? `states sharded over ${p.gpuCount} GPUs (FSDP / ZeRO-3)`
        : p.parallel.data > 1
          ? `${p.parallel.data} independent replicas`
          : `tensor ${p.parallel.tensor} × pipeline ${p.parallel.pipeline}`;
    out.push(`  Parallelism: ${how} over ${p.nodes} node(s).`);
  }
  out.push(
    `  Host: ${p.host.cpu} vCPU, ${p.host.memoryGiB} GiB RAM, ${p.host.storageGiB} GiB model volume, ${p.host.ephemeralGiB} GiB ephemeral${p.host.shmGiB > 0 ? `, ${p.host.shmGiB} GiB /dev/shm` : ""}.`,
  );
  out.push(paint("dim", `    cpu: ${p.host.rules.cpu}`));
  out.push(paint("dim", `    memory: ${p.host.rules.memory}`));
  out.push(paint("dim", `    storage: ${p.host.rules.storage}`));
  out.push(paint("dim", `  Speed basis: ${p.throughput.basis}`));
  for (const f of p.fixes) out.push(`  ${paint("yellow", "fix:")} ${f.description}`);
  for (const n of p.notes) out.push(paint("dim", `  note: ${n}`));
  return out;
}

/**
 * A diagnostic as text lines: `warning estimate/nothing-fits: message` and its hints.
 *
 * @example
 * renderDiagnostic(d, estimatePaint(false));
 */
export function renderDiagnostic(d: Diagnostic, paint: EstimatePaint): string[] {
  const style: EstimateStyle = d.severity === "error" ? "red" : d.severity === "warning" ? "yellow" : "cyan";
  // Model names and option values come from the command line: never print their control characters.
  return [
    `${paint(style, d.severity)} ${paint("dim", d.code)}: ${escapeControls(d.message)}`,
    ...(d.hints ?? []).map((h) => `  hint: ${escapeControls(h)}`),
  ];
}
