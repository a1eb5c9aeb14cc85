// Performance figures for provider-database GPUs that the curated gpus.json leaves without
// bandwidth or TFLOPS (issue 11: 51 of 86 offered models could not be ranked by speed). The
// generator fills only fields that gpus.json does not set; gpus.json stays authoritative.
//
// Fields: bandwidthGBs (GB/s), fp16Tflops (dense FP16 tensor TFLOPS, FP32 accumulate; for cards
// without tensor cores the plain FP16 rate), fp16TflopsFp16Accumulate (GeForce tensor rate with
// FP16 accumulate, 2x), fp32Tflops (boost-clock FP32), memoryType, eccDefault (ECC on by default,
// which takes DRAM on GDDR cards), computeCapability (CUDA).
//
// Sources: TPU = TechPowerUp GPU Database spec pages (memory bus x data rate, shader count x boost
// clock x 2); NVIDIA architecture whitepapers: Turing (2018, Appendix A: GeForce RTX 20xx tensor
// FP16 with FP16/FP32 accumulate), Ampere GA102 (2020), Ada Lovelace (2022, Appendix A), Blackwell
// GeForce (2025); NVIDIA product data sheets for the RTX/Quadro professional cards, whose tensor
// FP16 runs FP32 accumulate at full rate (datasheet "Tensor Performance" is FP8 with sparsity for
// Ada, FP4 with sparsity for Blackwell: dense FP16 = that / 4 or / 8). Pascal GP10x (not GP100)
// runs FP16 at 1/64 of FP32 (Pascal GP104 whitepaper); Maxwell GM20x has no FP16 arithmetic.
// CUDA compute capabilities: NVIDIA "CUDA GPUs" list (developer.nvidia.com/cuda-gpus).

const TPU = "TechPowerUp GPU Database";
const TURING = "NVIDIA Turing architecture whitepaper (2018) Appendix A";
const ADA = "NVIDIA Ada Lovelace architecture whitepaper (2022) Appendix A";
const BW_GEFORCE = "NVIDIA RTX Blackwell GPU architecture whitepaper (2025)";

/** Pascal consumer/pro (GP102-GP108): FP16 at 1/64 of FP32. */
const pascal = (model, ramGiB, bandwidthGBs, fp32Tflops, memoryType = "GDDR5") => ({
  model,
  ramGiB,
  bandwidthGBs,
  fp32Tflops,
  fp16Tflops: round(fp32Tflops / 64),
  memoryType,
  computeCapability: 6.1,
  source: `${TPU} (${bandwidthGBs} GB/s, FP32 ${fp32Tflops} TFLOPS); FP16 1/64 of FP32 (Pascal GP104 whitepaper)`,
});
/** Maxwell GM20x: no FP16 arithmetic (FP16 only as a storage format). */
const maxwell = (model, ramGiB, bandwidthGBs, fp32Tflops) => ({
  model,
  ramGiB,
  bandwidthGBs,
  fp32Tflops,
  memoryType: "GDDR5",
  computeCapability: 5.2,
  source: `${TPU} (${bandwidthGBs} GB/s, FP32 ${fp32Tflops} TFLOPS); no FP16 arithmetic on GM20x`,
});
/** Turing TU116/TU117 (GTX 16xx): no tensor cores, FP16 at 2x FP32 on the CUDA cores. */
const turing16 = (model, ramGiB, bandwidthGBs, fp32Tflops, memoryType = "GDDR6") => ({
  model,
  ramGiB,
  bandwidthGBs,
  fp32Tflops,
  fp16Tflops: round(2 * fp32Tflops),
  memoryType,
  computeCapability: 7.5,
  source: `${TPU} (${bandwidthGBs} GB/s, FP32 ${fp32Tflops}, FP16 ${round(2 * fp32Tflops)} TFLOPS; no tensor cores)`,
});
/** GeForce tensor cards: FP32-accumulate tensor rate at half the FP16-accumulate rate. */
const geforce = (model, ramGiB, bandwidthGBs, fp32Tflops, fp16Acc16, cc, memoryType, paper) => ({
  model,
  ramGiB,
  bandwidthGBs,
  fp32Tflops,
  fp16Tflops: round(fp16Acc16 / 2),
  fp16TflopsFp16Accumulate: fp16Acc16,
  memoryType,
  computeCapability: cc,
  source: `${paper} (tensor FP16 ${fp16Acc16} TFLOPS with FP16 accumulate, half with FP32 accumulate; FP32 ${fp32Tflops}); ${TPU} (${bandwidthGBs} GB/s)`,
});
/** Professional cards: full-rate FP32-accumulate tensor FP16. */
const pro = (model, ramGiB, bandwidthGBs, fp32Tflops, fp16Tflops, cc, memoryType, source, eccDefault) => ({
  model,
  ramGiB,
  bandwidthGBs,
  fp32Tflops,
  fp16Tflops,
  memoryType,
  computeCapability: cc,
  source,
  ...(eccDefault ? { eccDefault } : {}),
});
const round = (x) => Math.round(x * 100) / 100;

/**
 * Figures keyed by Akash model name and memory size (`ramGiB` as the provider database files it).
 */
export const GPU_FIGURES = [
  // Maxwell
  maxwell("gtx960", 2, 112.2, 2.41),
  maxwell("gtx960", 4, 112.2, 2.41),
  maxwell("gtx970", 4, 196.3, 3.92),
  maxwell("gtx980", 4, 224.4, 4.98),
  maxwell("gtx980ti", 6, 336.6, 6.06),
  maxwell("m4000", 8, 192.3, 2.57),
  // Pascal
  pascal("gt1030", 2, 48.1, 1.13),
  pascal("mx150", 2, 48.1, 1.18),
  pascal("gtx1050", 2, 112.1, 1.86),
  pascal("gtx1050", 3, 84.1, 2.14),
  pascal("gtx1050ti", 4, 112.1, 2.14),
  pascal("gtx1060", 3, 192.2, 3.94),
  pascal("gtx1060", 5, 160.2, 4.38),
  pascal("gtx1060", 6, 192.2, 4.38),
  pascal("gtx1070", 8, 256.3, 6.46),
  pascal("gtx1070ti", 8, 256.3, 8.19),
  pascal("gtx1080", 8, 320.3, 8.87, "GDDR5X"),
  pascal("gtx1080ti", 11, 484.4, 11.34, "GDDR5X"),
  // Tesla P4/P40 keep gpus.json's bandwidth and FP16 figures; these add the FP32 rate llama.cpp
  // uses there (NVIDIA Tesla P40 data sheet: FP32 11.76 TFLOPS, INT8 47 TOPS; P4: 5.5 / 22).
  {
    model: "p40",
    ramGiB: 24,
    fp32Tflops: 11.76,
    memoryType: "GDDR5",
    eccDefault: true,
    computeCapability: 6.1,
    source: "NVIDIA Tesla P40 data sheet (FP32 11.76 TFLOPS, INT8 47 TOPS, 346 GB/s)",
  },
  {
    model: "p4",
    ramGiB: 8,
    fp32Tflops: 5.5,
    memoryType: "GDDR5",
    eccDefault: true,
    computeCapability: 6.1,
    source: "NVIDIA Tesla P4 data sheet (FP32 5.5 TFLOPS, INT8 22 TOPS, 192 GB/s)",
  },
  pascal("p2000", 4, 140.2, 3.01),
  pascal("p2000", 5, 140.2, 3.01),
  pascal("p4000", 8, 243.3, 5.3),
  pascal("p5000", 16, 288.5, 8.87, "GDDR5X"),
  pascal("p6000", 24, 432.8, 12.63, "GDDR5X"),
  // Turing without tensor cores
  turing16("gtx1650s", 4, 192.0, 4.42),
  turing16("gtx1650ti", 4, 192.0, 3.04),
  turing16("gtx1660", 6, 192.1, 5.03, "GDDR5"),
  turing16("gtx1660ti", 6, 288.0, 5.44),
  // Turing GeForce (reference clocks)
  geforce("rtx2060", 6, 336.0, 6.45, 51.6, 7.5, "GDDR6", TURING),
  geforce("rtx2060s", 8, 448.0, 7.18, 57.4, 7.5, "GDDR6", TURING),
  geforce("rtx2070", 8, 448.0, 7.47, 59.7, 7.5, "GDDR6", TURING),
  geforce("rtx2070s", 8, 448.0, 9.06, 72.5, 7.5, "GDDR6", TURING),
  geforce("rtx2080", 8, 448.0, 10.07, 80.5, 7.5, "GDDR6", TURING),
  geforce("rtx2080s", 8, 496.0, 11.15, 89.2, 7.5, "GDDR6", TURING),
  geforce("rtx2080ti", 11, 616.0, 13.45, 107.6, 7.5, "GDDR6", TURING),
  // Turing professional
  pro(
    "rtx4000",
    8,
    416.0,
    7.12,
    57.0,
    7.5,
    "GDDR6",
    `NVIDIA Quadro RTX 4000 data sheet (FP32 7.1, tensor 57.0 TFLOPS); ${TPU} (416 GB/s)`,
  ),
  pro(
    "rtx5000",
    16,
    448.0,
    11.15,
    89.2,
    7.5,
    "GDDR6",
    `NVIDIA Quadro RTX 5000 data sheet (FP32 11.2, tensor 89.2 TFLOPS); ${TPU} (448 GB/s)`,
  ),
  // Ampere (the provider database's "a100 64Gi" SKU has no public NVIDIA data sheet: left without figures)
  geforce(
    "rtx3060m",
    6,
    336.0,
    10.94,
    43.8,
    8.6,
    "GDDR6",
    `NVIDIA Ampere GA102 whitepaper (GeForce tensor FP16 = 4x FP32 with FP16 accumulate); ${TPU} RTX 3060 Mobile (3840 cores, 1425 MHz)`,
  ),
  pro(
    "rtxa2000",
    6,
    288.0,
    7.99,
    31.9,
    8.6,
    "GDDR6",
    `NVIDIA RTX A2000 data sheet (FP32 8.0, tensor 63.9 TFLOPS with sparsity -> 31.9 dense); ${TPU} (288 GB/s)`,
  ),
  // Ada
  geforce("rtx4060", 8, 272.0, 15.11, 60.4, 8.9, "GDDR6", ADA),
  geforce("rtx4060ti", 16, 288.0, 22.06, 88.3, 8.9, "GDDR6", ADA),
  geforce("rtx4070s", 12, 504.2, 35.48, 141.9, 8.9, "GDDR6X", ADA),
  geforce("rtx4070ti", 12, 504.2, 40.09, 160.4, 8.9, "GDDR6X", ADA),
  geforce("rtx4080s", 16, 736.3, 52.22, 208.9, 8.9, "GDDR6X", ADA),
  pro(
    "rtx2000eada",
    16,
    224.0,
    12.0,
    48.0,
    8.9,
    "GDDR6",
    `NVIDIA RTX 2000 Ada data sheet (FP32 12.0, tensor 191.9 TFLOPS FP8 sparse -> 48.0 FP16 dense); ${TPU} (224 GB/s); the E (embedded) part runs at lower clocks, so this is an upper bound`,
    true,
  ),
  pro(
    "rtx4000sada",
    20,
    280.0,
    19.2,
    76.7,
    8.9,
    "GDDR6",
    `NVIDIA RTX 4000 SFF Ada data sheet (FP32 19.2, tensor 306.8 TFLOPS FP8 sparse -> 76.7 FP16 dense, 280 GB/s)`,
    true,
  ),
  pro(
    "rtx4000ada",
    20,
    360.0,
    26.7,
    81.9,
    8.9,
    "GDDR6",
    `NVIDIA RTX 4000 Ada data sheet (FP32 26.7, tensor 327.6 TFLOPS FP8 sparse -> 81.9 FP16 dense, 360 GB/s)`,
    true,
  ),
  // Blackwell
  geforce("rtx5070", 12, 672.0, 30.87, 123.5, 12.0, "GDDR7", BW_GEFORCE),
  geforce("rtx5080", 16, 960.0, 56.28, 225.1, 12.0, "GDDR7", BW_GEFORCE),
  {
    model: "rtx5090m",
    ramGiB: 24,
    bandwidthGBs: 896.0,
    memoryType: "GDDR7",
    computeCapability: 12.0,
    source: `${TPU} RTX 5090 Mobile (256-bit GDDR7 at 28 Gbps = 896 GB/s); tensor rate depends on the laptop's power limit, not listed`,
  },
  pro(
    "pro6000we",
    96,
    1792.0,
    125.0,
    500.0,
    12.0,
    "GDDR7",
    `NVIDIA RTX PRO 6000 Blackwell Workstation Edition data sheet (FP32 125 TFLOPS, 4000 AI TOPS FP4 sparse -> 500 FP16 dense, 1792 GB/s)`,
    true,
  ),
  pro(
    "pro6000se",
    96,
    1792.0,
    120.0,
    500.0,
    12.0,
    "GDDR7",
    `NVIDIA RTX PRO 6000 Blackwell Server Edition data sheet (4000 AI TOPS FP4 sparse -> 500 FP16 dense, 1792 GB/s)`,
    true,
  ),
  pro(
    "pro6000mq",
    96,
    1792.0,
    110.0,
    438.9,
    12.0,
    "GDDR7",
    `NVIDIA RTX PRO 6000 Blackwell Max-Q data sheet (3511 AI TOPS FP4 sparse -> 438.9 FP16 dense, 1792 GB/s)`,
    true,
  ),
];

// FP32 (CUDA-core) rates of the GPUs gpus.json already describes: llama.cpp's decode kernels
// unpack quantised weights on the CUDA cores, so 2/3-bit K-quants are bound by this rate on slower
// cards (estimator `formats.ts`). Boost-clock shader rates from the vendor data sheets / whitepapers
// (H100/H200/A100/A800/L4/L40/L40S/A10/A40/T4/V100/P100 product data sheets; GA102 and AD102/AD103/
// AD104 whitepapers for GeForce and RTX A-series) as listed in the TechPowerUp GPU Database.
// `interface` narrows a figure to one form factor; without `ramGiB` it covers every memory size.
const fp32 = (model, fp32Tflops, source, extra = {}) => ({
  model,
  fp32Tflops,
  source: `${source} (FP32 ${fp32Tflops} TFLOPS)`,
  ...extra,
});
const FP32_RATES = [
  fp32("h200", 66.9, "NVIDIA H200 data sheet", { interface: "sxm" }),
  fp32("h200nvl", 60.0, "NVIDIA H200 NVL data sheet"),
  fp32("h100", 66.9, "NVIDIA H100 SXM data sheet", { interface: "sxm" }),
  fp32("h100", 51.2, "NVIDIA H100 PCIe data sheet", { interface: "pcie" }),
  fp32("a100", 19.5, "NVIDIA A100 data sheet"),
  fp32("a800", 19.5, "NVIDIA A800 data sheet"),
  fp32("l40s", 91.6, "NVIDIA L40S data sheet"),
  fp32("l40", 90.5, "NVIDIA L40 data sheet"),
  fp32("l4", 30.3, "NVIDIA L4 data sheet"),
  fp32("a40", 37.4, "NVIDIA A40 data sheet"),
  fp32("a10", 31.2, "NVIDIA A10 data sheet"),
  fp32("a10g", 31.2, `${TPU} (GA102, as A10)`),
  fp32("rtxa6000", 38.7, "NVIDIA RTX A6000 data sheet"),
  fp32("a5000", 27.8, "NVIDIA RTX A5000 data sheet"),
  fp32("t4", 8.1, "NVIDIA T4 data sheet"),
  fp32("v100", 15.7, "NVIDIA V100 data sheet (SXM2)", { interface: "sxm" }),
  fp32("v100", 14.0, "NVIDIA V100 data sheet (PCIe)", { interface: "pcie" }),
  fp32("p100", 9.3, "NVIDIA Tesla P100 PCIe data sheet"),
  fp32("rtx8000", 16.3, "NVIDIA Quadro RTX 8000 data sheet"),
  fp32("rtx6000", 16.3, "NVIDIA Quadro RTX 6000 data sheet"),
  fp32("rtx5090", 104.8, BW_GEFORCE),
  fp32("rtx4090", 82.6, ADA),
  fp32("rtx4080", 48.7, ADA),
  fp32("rtx4070", 29.1, ADA),
  fp32("rtx3090ti", 40.0, "NVIDIA Ampere GA102 whitepaper (2020)"),
  fp32("rtx3090", 35.6, "NVIDIA Ampere GA102 whitepaper (2020)"),
  fp32("rtx3080", 29.8, "NVIDIA Ampere GA102 whitepaper (2020)"),
  fp32("rtx3070", 20.3, TPU),
  fp32("rtx3060ti", 16.2, TPU),
  fp32("rtx3060", 12.7, TPU),
];

const matches = (x, entry) =>
  x.model === entry.model &&
  (x.ramGiB === undefined || x.ramGiB === entry.ramGiB) &&
  (x.interface === undefined || x.interface === entry.interface);

/**
 * Fills the figures a GPU entry lacks from {@link GPU_FIGURES} (matching model and ramGiB), then
 * the FP32 rate from the FP32 table (model, optionally memory size and interface); fields the entry
 * already has win. Returns the entry unchanged when no figures match.
 */
export function withGpuFigures(entry) {
  const rate = FP32_RATES.find((x) => matches(x, entry));
  const base = withListedFigures(entry);
  if (!rate || base.fp32Tflops !== undefined) return base;
  return {
    ...base,
    fp32Tflops: rate.fp32Tflops,
    source: base.source ? `${base.source}; fp32Tflops: ${rate.source}` : rate.source,
  };
}

function withListedFigures(entry) {
  const f = GPU_FIGURES.find((x) => x.model === entry.model && x.ramGiB === entry.ramGiB);
  if (!f) return entry;
  const out = { ...entry };
  const filled = [];
  for (const key of [
    "bandwidthGBs",
    "fp16Tflops",
    "fp16TflopsFp16Accumulate",
    "fp32Tflops",
    "memoryType",
    "eccDefault",
    "computeCapability",
  ]) {
    if (f[key] !== undefined && out[key] === undefined) {
      out[key] = f[key];
      if (key === "bandwidthGBs" || key.startsWith("fp")) filled.push(key);
    }
  }
  if (filled.length > 0) {
    out.source = out.source ? `${out.source}; ${filled.join(", ")}: ${f.source}` : f.source;
    out.confidence ??= "partly-verified";
  }
  return out;
}
