import type { SdlComputeProfile } from "@akash-sdl/core";
import type { Anchor, Rule, RuleContext } from "../rule-context.js";

const GI = 2 ** 30;

function bytes(v: bigint): string {
  const n = Number(v);
  if (n >= 2 ** 40) return `${+(n / 2 ** 40).toFixed(2)}Ti`;
  if (n >= GI) return `${+(n / GI).toFixed(2)}Gi`;
  return `${+(n / 2 ** 20).toFixed(2)}Mi`;
}

/**
 * The chain's resource limits for deployed profiles (Go `ValidateDeploymentGroups`, SDL-SPEC
 * §3.8): CPU, GPU, memory and each volume per unit, and the totals of each placement group
 * (resources × count). Neither deploy path's SDL reader lets such a group through the chain.
 *
 * @example
 * resourceLimits.check(ctx);
 */
export const resourceLimits: Rule = {
  name: "resource-limits",
  check(ctx) {
    const checked = new Set<SdlComputeProfile>();
    const totals = new Map<string, { cpu: number; gpu: number; memory: bigint; anchor: Anchor }>();
    for (const d of ctx.deployed) {
      const profile = d.profile;
      const resources = profile?.resources;
      if (profile === undefined || resources === undefined) continue;
      if (!checked.has(profile)) {
        checked.add(profile);
        checkUnit(ctx, d.profileName ?? "", profile);
      }
      const count = d.deployment.count?.value;
      if (count === undefined) continue;
      const total = totals.get(d.placementName) ?? {
        cpu: 0,
        gpu: 0,
        memory: 0n,
        anchor: { span: d.deployment.placement.span, path: d.deployment.path },
      };
      total.cpu += (resources.cpu?.units?.value ?? 0) * count;
      total.gpu += (resources.gpu?.units?.value ?? 0) * count;
      total.memory += (resources.memory?.size?.value ?? 0n) * BigInt(count);
      totals.set(d.placementName, total);
      const limits = ctx.network.limits;
      if (count === 0) {
        ctx.report(
          "limit/zero-count",
          `deployment.${d.serviceName}.${d.placementName} has count 0, so it deploys nothing.`,
          d.deployment.count ?? d.deployment,
          "chain",
          "Use a count of at least 1, or remove the deployment entry.",
        );
      }
      for (const volume of resources.storage?.volumes ?? []) {
        const size = volume.size?.value;
        if (size === undefined || size * BigInt(count) <= limits.totalStorageMax) continue;
        ctx.report(
          "limit/total-storage",
          `The volume '${volume.effectiveName}' × count ${count} is above the chain's limit of ${bytes(limits.totalStorageMax)} per group.`,
          volume.size ?? volume,
          "chain",
          "Use a smaller volume or a lower count.",
        );
      }
    }
    const limits = ctx.network.limits;
    for (const [placement, total] of totals) {
      const at = total.anchor;
      if (total.cpu > limits.totalCpuMilliMax) {
        ctx.report(
          "limit/total-cpu",
          `The placement group '${placement}' asks for ${total.cpu / 1000} CPUs in total, above the chain's limit of ${limits.totalCpuMilliMax / 1000}.`,
          at,
          "chain",
          "Lower the CPU units or the counts, or split the services over several placements.",
        );
      }
      if (total.gpu > limits.totalGpuMax) {
        ctx.report(
          "limit/total-gpu",
          `The placement group '${placement}' asks for ${total.gpu} GPUs in total, above the chain's limit of ${limits.totalGpuMax}.`,
          at,
          "chain",
          "Lower the GPU units or the counts.",
        );
      }
      if (total.memory > limits.totalMemoryMax) {
        ctx.report(
          "limit/total-memory",
          `The placement group '${placement}' asks for ${bytes(total.memory)} of memory in total, above the chain's limit of ${bytes(limits.totalMemoryMax)}.`,
          at,
          "chain",
          "Lower the memory or the counts.",
        );
      }
    }
  },
};

function checkUnit(ctx: RuleContext, name: string, profile: SdlComputeProfile): void {
  const limits = ctx.network.limits;
  const r = profile.resources;
  if (r === undefined) return;
  const cpu = r.cpu?.units;
  if (cpu?.value !== undefined && (cpu.value < limits.cpuMilliMin || cpu.value > limits.cpuMilliMax)) {
    ctx.report(
      "limit/cpu",
      `The profile '${name}' asks for ${cpu.value / 1000} CPUs (${cpu.value} millicpu) per unit; the chain allows ${limits.cpuMilliMin / 1000} to ${limits.cpuMilliMax / 1000} CPUs.`,
      cpu,
      "chain",
      cpu.value < limits.cpuMilliMin
        ? `Ask for at least ${limits.cpuMilliMin}m (0.01 CPU).`
        : `Ask for at most ${limits.cpuMilliMax / 1000} CPUs, or raise the count.`,
    );
  }
  const gpu = r.gpu?.units;
  if (gpu?.value !== undefined && gpu.value > limits.gpuMax) {
    ctx.report(
      "limit/gpu",
      `The profile '${name}' asks for ${gpu.value} GPUs per unit; the chain allows at most ${limits.gpuMax}.`,
      gpu,
      "chain",
      "Ask for fewer GPUs per unit and raise the count instead.",
    );
  }
  const mem = r.memory?.size;
  if (mem?.value !== undefined && (mem.value < limits.memoryMin || mem.value > limits.memoryMax)) {
    ctx.report(
      "limit/memory",
      `The profile '${name}' asks for ${bytes(mem.value)} of memory per unit; the chain allows ${bytes(limits.memoryMin)} to ${bytes(limits.memoryMax)}.`,
      mem,
      "chain",
      mem.value < limits.memoryMin ? "Ask for at least 1Mi." : "Ask for at most 2Ti per unit, or raise the count.",
    );
  }
  for (const volume of r.storage?.volumes ?? []) {
    const size = volume.size;
    if (size?.value === undefined || (size.value >= limits.storageMin && size.value <= limits.storageMax)) continue;
    ctx.report(
      "limit/storage",
      `The volume '${volume.effectiveName}' of '${name}' is ${bytes(size.value)}; the chain allows ${bytes(limits.storageMin)} to ${bytes(limits.storageMax)} per volume.`,
      size,
      "chain",
      size.value < limits.storageMin ? "Use at least 5Mi." : "Use at most 32Ti per volume.",
    );
  }
}
