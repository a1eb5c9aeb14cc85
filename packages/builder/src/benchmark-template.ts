import { assembleTemplate } from "./assemble-template.js";
import { imageRef } from "./image-tags.js";
import type { TemplateInput, TemplateResult } from "./template-types.js";

/**
 * The GPU benchmark the Jupyter template runs at start: bf16 matmul TFLOPS, device memory
 * bandwidth (copy of a 1 GiB tensor), and decode tokens/s of a stack of transformer layers of the
 * planned model's width; it prints one JSON line.
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
  "layer = torch.nn.TransformerEncoderLayer(4096, 32, 14336, batch_first=True, device=d, dtype=torch.bfloat16)",
  "tok = torch.randn(1, 1, 4096, device=d, dtype=torch.bfloat16)",
  "with torch.no_grad(): step = timed(lambda: [layer(tok) for _ in range(8)], 50)",
  "print(json.dumps({'gpu': torch.cuda.get_device_name(0), 'gpus': torch.cuda.device_count(), 'matmul_tflops': round(mm, 1),",
  "                  'memory_bandwidth_gbs': round(bw, 1), 'tokens_per_sec': round(1 / step, 1)}), flush=True)",
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
  const service = {
    image: imageRef("pytorch"),
    command: ["bash", "-c"],
    args: [start],
    expose: [{ port: 8888, as: 80, to: [{ global: true }] }],
  };
  return assembleTemplate(input, input.service ?? "jupyter", service, "/workspace");
}
