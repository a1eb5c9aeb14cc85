// `akash-sdl estimate --config config.json` (issue 11): a Hugging Face config read from disk, no
// network; `--max-gpus`; fine-tuning JSON keeps the gradient and optimiser figures the text shows.
import { afterAll, describe, expect, it } from "vitest";
import { runEstimate } from "../../src/estimate-command.js";
import { testIo } from "../util/buffer-io.js";
import { removeTempTrees, tempTree } from "../util/temp-tree.js";

afterAll(removeTempTrees);

/** Qwen/Qwen2.5-7B-Instruct-AWQ config.json (the fields the estimate reads). */
const QWEN25_7B_AWQ = {
  architectures: ["Qwen2ForCausalLM"],
  model_type: "qwen2",
  num_hidden_layers: 28,
  hidden_size: 3584,
  num_attention_heads: 28,
  num_key_value_heads: 4,
  intermediate_size: 18944,
  vocab_size: 152064,
  max_position_embeddings: 32768,
  sliding_window: 131072,
  use_sliding_window: false,
  tie_word_embeddings: false,
  torch_dtype: "float16",
  quantization_config: { quant_method: "awq", bits: 4, group_size: 128, zero_point: true, version: "gemm" },
};

describe("akash-sdl estimate --config", () => {
  it("reads the architecture and the AWQ format from config.json", async () => {
    const dir = await tempTree({ "qwen/config.json": JSON.stringify(QWEN25_7B_AWQ) });
    const io = testIo(dir);
    const code = await runEstimate(
      [
        "--config",
        "qwen/config.json",
        "--model",
        "Qwen2.5-7B-Instruct-AWQ",
        "--gpu",
        "rtx4090",
        "--context",
        "8192",
        "--format",
        "json",
      ],
      io,
    );
    expect(code).toBe(0);
    const json = JSON.parse(io.stdout.text());
    expect(json.model.id).toBe("Qwen2.5-7B-Instruct-AWQ");
    // Qwen2.5-7B: 7.6B parameters (Qwen2.5 model card "Number of Parameters: 7.61B").
    expect(json.model.params / 1e9).toBeGreaterThan(7.5);
    expect(json.model.params / 1e9).toBeLessThan(7.7);
    expect(json.plans[0].weightFormat).toBe("awq");
    // 28 layers × 2 × 4 KV heads × 128 × 2 B = 57,344 B per token.
    expect(json.plans[0].kvBytesPerToken).toBe(57_344);
  });

  it("names fields it cannot use, and --dtype still wins", async () => {
    const dir = await tempTree({ "config.json": JSON.stringify({ ...QWEN25_7B_AWQ, vision_config: { depth: 32 } }) });
    const io = testIo(dir);
    expect(
      await runEstimate(["--config", "config.json", "--dtype", "bf16", "--gpu", "a100:80", "--format", "json"], io),
    ).toBe(0);
    const json = JSON.parse(io.stdout.text());
    expect(json.plans[0].weightFormat).toBe("bf16");
    expect(json.diagnostics.map((d: { code: string }) => d.code)).toContain("estimate/config-field-ignored");
  });

  it("reports unreadable and invalid files with exit code 2", async () => {
    const dir = await tempTree({ "bad.json": "{ not json", "list.json": "[1, 2]" });
    let io = testIo(dir);
    expect(await runEstimate(["--config", "missing.json"], io)).toBe(2);
    expect(io.stderr.text()).toMatch(/cannot read the config file 'missing\.json'/);
    io = testIo(dir);
    expect(await runEstimate(["--config", "bad.json"], io)).toBe(2);
    expect(io.stderr.text()).toMatch(/is not valid JSON/);
    io = testIo(dir);
    expect(await runEstimate(["--config", "list.json"], io)).toBe(2);
    expect(io.stderr.text()).toMatch(/estimate\/invalid-config/);
  });

  it("--max-gpus limits the counts considered", async () => {
    const io = testIo("/");
    // Llama-3.1-405B in bf16 needs more than 4 × 80 GB: nothing fits within 4 GPUs.
    expect(
      await runEstimate(["--model", "llama-3.1-405b", "--gpu", "h100", "--max-gpus", "4", "--format", "json"], io),
    ).toBe(1);
    const json = JSON.parse(io.stdout.text());
    for (const p of json.plans) expect(p.gpuCount).toBeLessThanOrEqual(4);
    const bad = testIo("/");
    expect(await runEstimate(["--model", "llama-3.1-8b", "--max-gpus", "0"], bad)).toBe(2);
  });

  it("JSON keeps the layout, host rules, notes and speed basis the text shows", async () => {
    const io = testIo("/");
    await runEstimate(
      ["--model", "llama-3.1-8b", "--gpu", "h100", "--gpus", "64", "--context", "8192", "--format", "json"],
      io,
    );
    const json = JSON.parse(io.stdout.text());
    const p = json.plans[0];
    expect(p.parallel.tensor * p.parallel.pipeline * p.parallel.data).toBe(64);
    expect(p.hostRules.cpu).toMatch(/./);
    expect(p.ephemeralGiB).toBeGreaterThan(0);
    expect(p.notes.some((n: string) => /replicas/.test(n))).toBe(true);
    expect(p.speedBasis).toMatch(/GB\/s/);
  });

  it("fine-tuning JSON carries gradientsGiB and optimizerGiB", async () => {
    const io = testIo("/");
    await runEstimate(
      ["--model", "llama-3.1-8b", "--task", "finetune", "--method", "full", "--gpu", "h100", "--format", "json"],
      io,
    );
    const p = JSON.parse(io.stdout.text()).plans[0];
    // Full fine-tuning with AdamW: bf16 gradients (2 B/param) and fp32 moments + master (12 B/param).
    expect(p.perGpu.gradientsGiB).toBeGreaterThan(0);
    expect(p.perGpu.optimizerGiB).toBeGreaterThan(p.perGpu.gradientsGiB);
  });
});
