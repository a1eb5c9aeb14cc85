import type { GpuSpec } from "@akash-sdl/catalog";

// Data-centre GDDR cards with ECC on by default: ECC check bits live in the same DRAM and take a
// share of it (HBM parts keep them in a sideband and lose nothing).
const ECC_GDDR = /^(a10|a10g|a16|a2|a40|l4|l40|l40s|t4|p4|p40)$/;
/**
 * Share of the memory an ECC GDDR card leaves visible, fitted to two logs: an A10G (AWS g5) shows
 * "total capacity of 22.30 GiB" in PyTorch and "total GPU memory (22.30 GiB)" in vLLM, against
 * 23.58 GiB for a 24 GB card without ECC (22.30 / 23.58 = 0.946); a T4 shows "14.75 GiB total
 * capacity" in PyTorch out-of-memory messages (Google Colab), against 15.63 (0.944). 17/18 lies
 * between the two (issue 11 quoted "about 1/16 less").
 */
const ECC_VISIBLE = 17 / 18;

/**
 * `true` for data-centre GDDR cards that run with ECC enabled (A10/A10G/A16/A2/A40, L4/L40/L40S,
 * T4, P4/P40), which then expose about 1/18 less memory.
 *
 * @example
 * hasEccGddr({ model: "a10g" } as GpuSpec); // true
 */
export function hasEccGddr(gpu: Partial<Pick<GpuSpec, "model">>): boolean {
  return ECC_GDDR.test((gpu.model ?? "").toLowerCase());
}

/**
 * Memory a process can see, in GiB. Cards expose a little less than their nominal size:
 * vLLM logs `total_gpu_memory 79.22GiB` on an 80 GB H100 (vllm PR #10511) and `23.58GiB` on a
 * 24 GB card (PR #14447); the line through both points is `0.99357 × ram − 0.266`. ECC GDDR
 * data-centre cards ({@link hasEccGddr}) keep 17/18 of that (A10G 22.30 GiB, T4 14.75 GiB).
 *
 * @example
 * visibleMemoryGiB({ ramGiB: 80 } as GpuSpec); // ≈ 79.22
 */
export function visibleMemoryGiB(gpu: Pick<GpuSpec, "ramGiB"> & Partial<Pick<GpuSpec, "model">>): number {
  const plain = Math.max(0, 0.99357 * gpu.ramGiB - 0.266);
  return hasEccGddr(gpu) ? plain * ECC_VISIBLE : plain;
}

// HBM parts (vendor datasheets): A100/A800/H100/H200/H800/H20/GH200/B200, V100, P100, AMD Instinct.
const HBM = /^(a100|a800|h100|h200|h800|h20|gh200|b200|b100|v100|p100|mi\d+)/;
// FP8 tensor cores: Hopper, Ada, Blackwell, CDNA3 (vendor datasheets).
const FP8 = /^(h100|h200|h800|h20|gh200|b200|b100|l40|l4|rtx40|rtx50|rtx4000ada|rtx6000ada|pro6000|mi300|mi325)/;

// NVIDIA architecture generations by Akash model name (vendor datasheets; CUDA compute capability).
const GENERATIONS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(rtx4000|rtx5000|rtx6000|rtx8000)$/, 7.5],
  [/^(h100|h200|h800|h20|gh200)/, 9.0],
  [/^(b200|b100|rtx50|pro6000)/, 10.0],
  [/^(l4|l40|rtx40\d\d|rtx\d+s?e?ada|rtx6000ada)/, 8.9],
  [/^(a100|a800|a30)/, 8.0],
  [/^(a10|a40|a16|a2|a5000|a4000|rtxa\d+|rtx30\d\d)/, 8.6],
  [/^(t4|rtx20\d\d|gtx16\d\d|rtx4000$|rtx5000$|rtx6000$|rtx8000)/, 7.5],
  [/^v100/, 7.0],
  [/^(p100)/, 6.0],
  [/^(p40|p4$|p\d000|gtx10\d\d|gt1030|mx150|titanx)/, 6.1],
  [/^(gtx9\d\d|m\d000|m40|m60)/, 5.2],
  [/^k80/, 3.7],
];

/**
 * CUDA compute capability of an NVIDIA GPU from its Akash model name; `undefined` for AMD or
 * unknown names.
 *
 * @example
 * computeCapability({ vendor: "nvidia", model: "p40" } as GpuSpec); // 6.1
 */
export function computeCapability(
  gpu: Pick<GpuSpec, "vendor" | "model"> & Partial<Pick<GpuSpec, "computeCapability">>,
): number | undefined {
  if (gpu.vendor !== "nvidia") return undefined;
  if (gpu.computeCapability !== undefined) return gpu.computeCapability;
  const m = gpu.model.toLowerCase();
  return GENERATIONS.find(([re]) => re.test(m))?.[1];
}

/**
 * `true` for HBM cards (decode efficiency differs from GDDR cards, ESTIMATOR.md §5.2).
 *
 * @example
 * isHbm({ model: "h100" } as GpuSpec); // true
 */
export function isHbm(gpu: Pick<GpuSpec, "model">): boolean {
  return HBM.test(gpu.model.toLowerCase());
}

/**
 * `true` when the GPU has FP8 tensor cores (FP8 weights then also double the GEMM rate).
 *
 * @example
 * hasFp8({ model: "a100" } as GpuSpec); // false
 */
export function hasFp8(gpu: Pick<GpuSpec, "model">): boolean {
  return FP8.test(gpu.model.toLowerCase());
}

/**
 * `true` when GPUs of a node talk over NVLink/NVSwitch (SXM/OAM parts) rather than PCIe.
 *
 * @example
 * hasNvlink({ interface: "sxm" } as GpuSpec); // true
 */
export function hasNvlink(gpu: Pick<GpuSpec, "interface">): boolean {
  return gpu.interface !== "pcie";
}

/**
 * Dense 16-bit tensor TFLOPS the engine can use (FP16-accumulate rate for engines that use it).
 *
 * @example
 * denseTflops({ fp16Tflops: 165.2, fp16TflopsFp16Accumulate: 330.3 } as GpuSpec, true); // 330.3
 */
export function denseTflops(gpu: GpuSpec, fp16Accumulate: boolean): number | undefined {
  const acc = fp16Accumulate ? gpu.fp16TflopsFp16Accumulate : undefined;
  const t = acc ?? gpu.fp16Tflops;
  return typeof t === "number" && t > 0 ? t : undefined;
}

/**
 * A short label for messages: `h100 80Gi sxm`.
 *
 * @example
 * gpuLabel({ model: "h100", ramGiB: 80, interface: "sxm" } as GpuSpec); // "h100 80Gi sxm"
 */
export function gpuLabel(gpu: Pick<GpuSpec, "model" | "ramGiB" | "interface">): string {
  return `${gpu.model} ${gpu.ramGiB}Gi ${gpu.interface}`;
}
