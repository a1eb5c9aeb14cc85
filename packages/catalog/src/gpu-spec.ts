/**
 * GPU vendors as the SDL spells them under `gpu.attributes.vendor`.
 *
 * @example
 * const vendor: GpuVendor = "nvidia";
 */
export type GpuVendor = "nvidia" | "amd";

/**
 * GPU interfaces as the SDL spells them (`PCIe` → `pcie`, `SXM2..5` → `sxm`).
 *
 * @example
 * const iface: GpuInterface = "sxm";
 */
export type GpuInterface = "pcie" | "sxm";

/**
 * How well a GPU's performance figures are sourced.
 *
 * @example
 * const c: SpecConfidence = "verified";
 */
export type SpecConfidence = "verified" | "partly-verified" | "unverified";

/**
 * The identity of one GPU SKU as an SDL's GPU attributes see it: vendor, model, memory and
 * interface, and whether providers can advertise it. {@link GpuSpec} adds PCI ids and performance figures.
 *
 * @example
 * const h100: GpuSku = { vendor: "nvidia", model: "h100", ramGiB: 80, interface: "sxm", inProviderDb: true };
 */
export interface GpuSku {
  /** Vendor key as written in the SDL. */
  readonly vendor: GpuVendor;
  /** Akash model name as written in the SDL (`h100`, `rtx4090`, `a100`). */
  readonly model: string;
  /** Memory in GiB as the SDL's `ram` attribute (`80` → `80Gi`). */
  readonly ramGiB: number;
  /** SDL interface attribute. */
  readonly interface: GpuInterface;
  /** `true` when the provider GPU database (provider-configs) lists this SKU. */
  readonly inProviderDb: boolean;
}

/**
 * One GPU SKU: an Akash model name with one memory size and one interface.
 *
 * @example
 * const h100: GpuSpec = { vendor: "nvidia", model: "h100", ramGiB: 80, interface: "sxm", pciIds: ["10de:2330"], inProviderDb: true };
 */
export interface GpuSpec extends GpuSku {
  /** PCI ids `vendor:device` in lower-case hex. */
  readonly pciIds: readonly string[];
  /** Memory bandwidth in GB/s (10^9 bytes/s), when known. */
  readonly bandwidthGBs?: number;
  /** Dense FP16/BF16 tensor TFLOPS (FP32 accumulate), when known. */
  readonly fp16Tflops?: number;
  /** Dense FP16 tensor TFLOPS with FP16 accumulate (consumer cards), when different. */
  readonly fp16TflopsFp16Accumulate?: number;
  /** FP32 TFLOPS on the CUDA cores at boost clock (the rate llama.cpp uses on cards without fast FP16), when known. */
  readonly fp32Tflops?: number;
  /** Memory type (`GDDR6`, `GDDR6X`, `GDDR7`, `HBM2e` ...), when known. */
  readonly memoryType?: string;
  /** `true` when ECC is on by default (it takes a share of GDDR memory), when known. */
  readonly eccDefault?: boolean;
  /** CUDA compute capability (`8.9`), when known. */
  readonly computeCapability?: number;
  /** How well the performance figures are sourced. */
  readonly confidence?: SpecConfidence;
  /** Where the figures come from. */
  readonly source?: string;
  /** Free-text remarks. */
  readonly notes?: string;
}
