import { findModel } from "@akash-sdl/catalog";
import { assembleTemplate } from "./assemble-template.js";
import { imageRef } from "./image-tags.js";
import type { TemplateInput, TemplateResult } from "./template-types.js";

/**
 * The GPU benchmark the Jupyter template runs at start: bf16 matmul TFLOPS, device memory
 * bandwidth (copy of a 1 GiB tensor), and batch-1 decode tokens/s of transformer layers with the
 * planned model's width, heads, MLP size and depth (`BENCH_*` variables; one layer's time × the
 * layer count, so any GPU can run it); it prints one JSON line.
 *
 * @example
 * BENCHMARK_SCRIPT.includes("matmul_tflops"); // true
 */
export const BENCHMARK_SCRIPT: string = [
  "import json, time, torch",
  "d = torch.device('cuda')",
  "def timed(fn, n):",
  "    fn(); torch.cuda.synchronize(); t = time.perf_counter()",
  "    for _ in range(n): fn()",
  "    torch.cuda.synchronize(); return (time.perf_counter() - t) / n",
  "a = torch.randn(8192, 8192, device=d, dtype=torch.bfloat16)",
  "b = torch.randn(8192, 8192, device=d, dtype=torch.bfloat16)",
  "mm = 2 * 8192 ** 3 / timed(lambda: a @ b, 20) / 1e12",
  "x = torch.empty(1 << 29, device=d, dtype=torch.float16); y = torch.empty_like(x)",
  "bw = 2 * x.numel() * 2 / timed(lambda: y.copy_(x), 20) / 1e9",
  "import os",
  "h, nh, ff, nl = (int(os.environ.get(k, v)) for k, v in (('BENCH_HIDDEN', 4096), ('BENCH_HEADS', 32), ('BENCH_FFN', 14336), ('BENCH_LAYERS', 32)))",
  "layer = torch.nn.TransformerEncoderLayer(h, nh, ff, batch_first=True, device=d, dtype=torch.bfloat16)",
  "tok = torch.randn(1, 1, h, device=d, dtype=torch.bfloat16)",
  "with torch.no_grad(): step = timed(lambda: [layer(tok) for _ in range(8)], 50) / 8 * nl",
  "print(json.dumps({'gpu': torch.cuda.get_device_name(0), 'gpus': torch.cuda.device_count(), 'matmul_tflops': round(mm, 1),",
  "                  'memory_bandwidth_gbs': round(bw, 1), 'tokens_per_sec': round(1 / step, 1), 'layers': nl, 'hidden': h}), flush=True)",
].join("\n");

/**
 * Jupyter Lab on PyTorch with a GPU benchmark job that runs first and prints JSON (matmul TFLOPS,
 * memory bandwidth, tokens/s) to the log; the notebook server then stays up on port 8888.
 *
 * @example
 * jupyterBenchmarkTemplate({ model: "meta-llama/Llama-3.1-8B", plan });
 */
export function jupyterBenchmarkTemplate(input: TemplateInput): TemplateResult {
  const start = [
    "cat > /tmp/bench.py <<'EOF'",
    BENCHMARK_SCRIPT,
    "EOF",
    "python /tmp/bench.py | tee /workspace/benchmark.json",
    "pip install --no-cache-dir jupyterlab==4.4.5",
    "jupyter lab --ip=0.0.0.0 --port=8888 --allow-root --no-browser --notebook-dir=/workspace",
  ].join("\n");
  // The planned model's shape, when the catalogue knows it (Llama-3-8B's otherwise).
  const spec = findModel(input.model);
  const env =
    spec?.hiddenSize !== undefined && spec.heads !== undefined && spec.layers !== undefined
      ? [
          `BENCH_HIDDEN=${spec.hiddenSize}`,
          `BENCH_HEADS=${spec.heads}`,
          `BENCH_FFN=${spec.intermediateSize ?? 4 * spec.hiddenSize}`,
          `BENCH_LAYERS=${spec.layers}`,
        ]
      : undefined;
  const service = {
    image: imageRef("pytorch"),
    command: ["bash", "-c"],
    args: [start],
    ...(env !== undefined ? { env } : {}),
    expose: [{ port: 8888, as: 80, to: [{ global: true }] }],
  };
  return assembleTemplate(input, input.service ?? "jupyter", service, "/workspace");
}
