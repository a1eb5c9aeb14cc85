import type { EngineName } from "./request.js";

/**
 * What a serving command line says about the deployment.
 *
 * @example
 * const c: ServeCommand = { engine: "vllm", model: "meta-llama/Llama-3.3-70B-Instruct", tensorParallel: 2, context: 8192 };
 */
export interface ServeCommand {
  readonly engine?: EngineName;
  /** Model id, path or Ollama tag as written. */
  readonly model?: string;
  /** Configured maximum context (vLLM `--max-model-len`, SGLang `--context-length`, TGI `--max-total-tokens`, llama.cpp `-c`). */
  readonly context?: number;
  readonly tensorParallel?: number;
  readonly pipelineParallel?: number;
  /** vLLM `--gpu-memory-utilization`, SGLang `--mem-fraction-static`, TGI `--cuda-memory-fraction`. */
  readonly gpuMemoryUtilization?: number;
  readonly kvDtype?: string;
  /** Weight format from `--quantization`/`--quantize`/`--dtype` (16/32-bit only). */
  readonly dtype?: string;
  readonly maxNumSeqs?: number;
  /** Tokens per scheduler step: vLLM `--max-num-batched-tokens`, SGLang `--chunked-prefill-size`, TGI `--max-batch-prefill-tokens`. */
  readonly maxBatchedTokens?: number;
  /** vLLM `--enforce-eager` / SGLang `--disable-cuda-graph`: no CUDA graphs (their memory sits outside the KV budget). */
  readonly enforceEager?: boolean;
}

/**
 * Splits a shell command into words (single/double quotes, backslash-newline continuations).
 *
 * @example
 * shellWords("vllm serve 'a b' --x=1"); // ["vllm", "serve", "a b", "--x=1"]
 */
export function shellWords(text: string): string[] {
  const words: string[] = [];
  let cur = "";
  let quote: string | null = null;
  let has = false;
  const src = text.replace(/\\\r?\n/g, " ");
  for (let i = 0; i < src.length; i++) {
    const ch = src[i] ?? "";
    if (quote) {
      if (ch === quote) quote = null;
      else cur += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      has = true;
    } else if (ch === "\\" && i + 1 < src.length) {
      const next = src[i + 1] ?? "";
      if (/\s/.test(next)) i++;
      else {
        cur += next;
        i++;
        has = true;
      }
    } else if (/\s|;|&|\|/.test(ch)) {
      if (cur || has) words.push(cur);
      cur = "";
      has = false;
      if (ch === ";" || ch === "&" || ch === "|") words.push(ch);
    } else {
      cur += ch;
      has = true;
    }
  }
  if (cur || has) words.push(cur);
  return words;
}

const QUANT: Readonly<Record<string, string>> = {
  fp8: "fp8",
  awq: "awq",
  awq_marlin: "awq",
  gptq: "gptq",
  gptq_marlin: "gptq",
  marlin: "gptq",
  bitsandbytes: "nf4",
  "bitsandbytes-nf4": "nf4",
  eetq: "int8",
  "compressed-tensors": "int8",
  mxfp4: "mxfp4",
};

/**
 * Reads the engine and its memory settings from a serving command line (vLLM, SGLang, TGI,
 * llama.cpp, Ollama). `${VAR}` references are replaced from `env` first.
 *
 * @example
 * parseServeCommand("vllm serve meta-llama/Llama-3.3-70B-Instruct --tensor-parallel-size 2 --max-model-len 8192").context; // 8192
 */
export function parseServeCommand(text: string, env: Readonly<Record<string, string>> = {}): ServeCommand {
  const expanded = text.replace(
    /\$\{(\w+)\}|\$(\w+)/g,
    (m, a: string | undefined, b: string | undefined) => env[a ?? b ?? ""] ?? m,
  );
  const words = shellWords(expanded);
  const out: { -readonly [K in keyof ServeCommand]: ServeCommand[K] } = {};
  const num = (v: string | undefined): number | undefined => {
    const n = v === undefined ? Number.NaN : Number(v);
    return Number.isFinite(n) ? n : undefined;
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? "";
    const [flag, inline] =
      w.startsWith("-") && w.includes("=") ? [w.slice(0, w.indexOf("=")), w.slice(w.indexOf("=") + 1)] : [w, undefined];
    const value = (): string | undefined => inline ?? words[++i];
    if (!out.engine) {
      if (w === "vllm" && words[i + 1] === "serve") {
        out.engine = "vllm";
        out.model = words[i + 2];
        i += 2;
        continue;
      }
      if (/vllm\.entrypoints/.test(w)) {
        out.engine = "vllm";
        continue;
      }
      if (/sglang\.launch_server/.test(w)) {
        out.engine = "sglang";
        continue;
      }
      if (/text-generation-launcher/.test(w)) {
        out.engine = "tgi";
        continue;
      }
      if (/(^|\/)(llama-server|llama-cli|server)$/.test(w) && words.some((x) => x.endsWith(".gguf"))) {
        out.engine = "llama.cpp";
        continue;
      }
      if (/(^|\/)ollama$/.test(w) && /^(pull|run)$/.test(words[i + 1] ?? "")) {
        out.engine = "ollama";
        out.model = words[i + 2];
        i += 2;
        continue;
      }
    }
    switch (flag) {
      case "--model":
      case "--model-path":
      case "--model-id":
        out.model = value();
        break;
      case "-m": // llama.cpp model file; `python -m module` is not a model
        if ((inline ?? words[i + 1] ?? "").endsWith(".gguf")) out.model = value();
        break;
      case "-c": // llama.cpp context; `bash -c` takes a script
        if (out.engine === "llama.cpp") out.context = num(value()) ?? out.context;
        break;
      case "--max-model-len":
      case "--context-length":
      case "--max-total-tokens":
      case "--ctx-size":
        out.context = num(value()) ?? out.context;
        break;
      case "--tensor-parallel-size":
      case "-tp":
      case "--tp":
      case "--tp-size":
      case "--num-shard":
        out.tensorParallel = num(value()) ?? out.tensorParallel;
        break;
      case "--pipeline-parallel-size":
      case "-pp":
      case "--pp-size":
        out.pipelineParallel = num(value()) ?? out.pipelineParallel;
        break;
      case "--gpu-memory-utilization":
      case "--mem-fraction-static":
      case "--cuda-memory-fraction":
        out.gpuMemoryUtilization = num(value()) ?? out.gpuMemoryUtilization;
        break;
      case "--kv-cache-dtype":
      case "--cache-type-k":
        out.kvDtype = value();
        break;
      case "--quantization":
      case "--quantize":
      case "-q": {
        const q = (value() ?? "").toLowerCase();
        out.dtype = QUANT[q] ?? q;
        break;
      }
      case "--dtype": {
        const d = (value() ?? "").toLowerCase();
        if (!out.dtype && d !== "auto") out.dtype = d;
        break;
      }
      case "--max-num-seqs":
      case "--max-running-requests":
      case "--max-concurrent-requests":
        out.maxNumSeqs = num(value()) ?? out.maxNumSeqs;
        break;
      case "--max-num-batched-tokens":
      case "--chunked-prefill-size":
      case "--max-batch-prefill-tokens":
        out.maxBatchedTokens = num(value()) ?? out.maxBatchedTokens;
        break;
      case "--enforce-eager":
      case "--disable-cuda-graph":
        out.enforceEager = true;
        break;
      default:
        break;
    }
  }
  return out;
}
