import type { ResourcePlan } from "./plan.js";

/** Plans that keep less than this share of the usable memory free are "tight": ranked after the others. */
const TIGHT_HEADROOM = 0.05;

const tight = (p: ResourcePlan): boolean => p.perGpu.headroomGiB < TIGHT_HEADROOM * p.perGpu.usableGiB;

const speed = (p: ResourcePlan): number =>
  p.throughput.decodeTokensPerSec ??
  p.throughput.trainTokensPerSec ??
  p.throughput.imagesPerSec ??
  p.throughput.prefillTokensPerSec ??
  0;

/**
 * Orders plans best first (ESTIMATOR.md §5.5): plans that fit before those that do not; within
 * budget before over budget; then by cost per million tokens (per thousand images, or per hour) when priced, priced
 * before unpriced; otherwise plans with at least 5 % of the usable memory to spare before tight
 * ones (a small change of workload or engine version tips a tight plan over), then fewer GPUs (no
 * NCCL overhead or divisibility issue), less total memory (the smallest sufficient GPU), higher speed,
 * then the higher 16-bit tensor rate (tasks without a speed figure). Plans that do not fit are ordered by how
 * close they come (headroom relative to usable memory).
 *
 * @example
 * rankPlans(plans, 10)[0];
 */
export function rankPlans(plans: readonly ResourcePlan[], budgetPerHour?: number): ResourcePlan[] {
  const overBudget = (p: ResourcePlan): boolean =>
    budgetPerHour !== undefined && p.costPerHour !== null && p.costPerHour > budgetPerHour;
  return [...plans].sort((a, b) => {
    if (a.fits !== b.fits) return a.fits ? -1 : 1;
    if (!a.fits) {
      const ra = a.perGpu.headroomGiB / Math.max(1, a.perGpu.usableGiB);
      const rb = b.perGpu.headroomGiB / Math.max(1, b.perGpu.usableGiB);
      return rb - ra || a.gpuCount - b.gpuCount;
    }
    if (overBudget(a) !== overBudget(b)) return overBudget(a) ? 1 : -1;
    // Priced plans first: by cost per million tokens (or thousand images) where the speed is known,
    // then by cost per hour.
    const unit = (p: ResourcePlan): number | null => p.costPerMillionTokens ?? p.costPerThousandImages ?? null;
    const tier = (p: ResourcePlan): number => (unit(p) !== null ? 0 : p.costPerHour !== null ? 1 : 2);
    if (tier(a) !== tier(b)) return tier(a) - tier(b);
    const ca = tier(a) === 0 ? unit(a) : a.costPerHour;
    const cb = tier(b) === 0 ? unit(b) : b.costPerHour;
    if (ca !== null && cb !== null && ca !== cb) return ca - cb;
    if (tight(a) !== tight(b)) return tight(a) ? 1 : -1;
    return (
      a.gpuCount - b.gpuCount ||
      a.gpu.ramGiB * a.gpuCount - b.gpu.ramGiB * b.gpuCount ||
      speed(b) - speed(a) ||
      (b.gpu.fp16Tflops ?? 0) - (a.gpu.fp16Tflops ?? 0) ||
      a.gpu.model.localeCompare(b.gpu.model)
    );
  });
}
