import { describe, expect, it } from "vitest";
import { parseServeCommand, shellWords } from "../src/index.js";

describe("serving command lines", () => {
  it("splits shell words with quotes and continuations", () => {
    expect(shellWords(`vllm serve m \\\n  --x='{"a": 1}' --y "b c"`)).toEqual([
      "vllm",
      "serve",
      "m",
      `--x={"a": 1}`,
      "--y",
      "b c",
    ]);
  });

  it("reads vLLM flags", () => {
    const c = parseServeCommand(
      "bash -c vllm serve meta-llama/Llama-3.3-70B-Instruct --tensor-parallel-size 2 --gpu-memory-utilization 0.95 --max-model-len 8192 --enforce-eager",
    );
    expect(c).toEqual({
      engine: "vllm",
      model: "meta-llama/Llama-3.3-70B-Instruct",
      tensorParallel: 2,
      gpuMemoryUtilization: 0.95,
      context: 8192,
      enforceEager: true,
    });
    expect(parseServeCommand("vllm serve x --max-num-seqs 32 --max-num-batched-tokens 4096")).toMatchObject({
      maxNumSeqs: 32,
      maxBatchedTokens: 4096,
    });
    expect(
      parseServeCommand("vllm serve x --max-model-len=65440 -tp 8 --kv-cache-dtype fp8 --quantization awq").context,
    ).toBe(65_440);
    expect(parseServeCommand("vllm serve x --quantization awq_marlin").dtype).toBe("awq");
    expect(parseServeCommand("python3 -m vllm.entrypoints.openai.api_server --model m --dtype bfloat16").dtype).toBe(
      "bfloat16",
    );
  });

  it("reads SGLang flags without taking `python -m` for a model", () => {
    const c = parseServeCommand(
      "python3 -m sglang.launch_server --model-path Qwen/Qwen3-235B-A22B-FP8 --tp 4 --context-length 262144 --mem-fraction-static 0.85",
    );
    expect(c).toEqual({
      engine: "sglang",
      model: "Qwen/Qwen3-235B-A22B-FP8",
      tensorParallel: 4,
      context: 262_144,
      gpuMemoryUtilization: 0.85,
    });
  });

  it("reads llama.cpp and Ollama, expanding ${VAR} from the environment", () => {
    expect(parseServeCommand("llama-server -m /models/llama-3.1-8b-q4_k_m.gguf -c 8192 -ngl 99")).toMatchObject({
      engine: "llama.cpp",
      model: "/models/llama-3.1-8b-q4_k_m.gguf",
      context: 8192,
    });
    expect(parseServeCommand("ollama serve & ollama pull ${MODEL}", { MODEL: "gemma3:4b" })).toMatchObject({
      engine: "ollama",
      model: "gemma3:4b",
    });
    expect(
      parseServeCommand("text-generation-launcher --model-id m --num-shard 2 --max-total-tokens 4096"),
    ).toMatchObject({ engine: "tgi", tensorParallel: 2, context: 4096 });
  });
});
