/**
 * The `akash-sdl estimate --help` text.
 *
 * @example
 * io.stdout.write(ESTIMATE_HELP);
 */
export const ESTIMATE_HELP: string = `Usage: akash-sdl estimate --model ID [options]

Size GPUs, memory, CPU, RAM and storage for serving or fine-tuning an AI model.

Model and workload:
  -m, --model ID              catalogue id or alias (meta-llama/Llama-3.1-8B, llama-3.1-8b,
                              Qwen/Qwen3-235B-A22B-FP8, llama3.1:8b, bartowski/…-GGUF:Q4_K_M,
                              hf.co/user/repo-GGUF:Q4_K_M, Model-Q4_K_M.gguf)
      --config FILE           a Hugging Face config.json read from disk (no network): layers,
                              heads, MoE, MLA, windows, torch_dtype, quantization_config;
                              --model then only names the model
      --task inference|finetune          (default inference)
      --engine E              vllm, sglang, tgi, llama.cpp, ollama, transformers, diffusers,
                              openai-whisper, faster-whisper, tei
      --dtype D               weight format: bf16 fp16 fp8 int8 awq gptq nf4 mxfp4 q8_0 q6_k
                              q5_k_m q4_k_m q4_0 q2_k ...
      --kv-dtype D            KV cache: auto fp16 fp8 q8_0 q4_0
      --context N             tokens per sequence (default: the engine's default)
      --concurrency N         sequences served at once (default 1)
      --prompt-tokens N  --output-tokens N   request shape for the speed figures
                              (default min(context, 1024) and 256)
      --gpu-memory-utilization F   engine memory fraction (vLLM default 0.90)
      --max-num-seqs N        sequences the engine schedules (vLLM default 1024 on >= 70 GiB
                              GPUs other than A100, 256 elsewhere and before vLLM 0.8); vLLM
                              warms its sampler up for this many, which costs memory
      --max-num-batched-tokens N   tokens per scheduler step (vLLM default 8192 / 2048)
Fine-tuning:
      --method full|lora|qlora     (default lora)
      --optimizer adamw|adamw-8bit|sgd|adafactor
      --seq-len N  --micro-batch N  --lora-rank N  --no-checkpointing
Diffusion:
      --resolution PX         image side (default: the model's, 512 for SD 1.5, 1024 for SDXL/Flux)
      --batch N               images per pipeline call (default 1)
      --offload none|model|sequential   CPU offload (enable_model_cpu_offload, _sequential_)
      --vae-slicing           decode the batch one image at a time (enable_vae_slicing)
      --vae-tiling            decode in tiles of the VAE's sample size (enable_vae_tiling)
      --tiny-vae              a tiny autoencoder (TAESD/TAESDXL) instead of the VAE
      --steps N               denoising steps for images/s (default 50 SD/SDXL, 28 FLUX.1-dev,
                              4 FLUX.1-schnell)
Speech (whisper):
      --batch N               audio chunks decoded at once (faster-whisper batch_size,
                              transformers batch_size); each chunk adds its decoder state:
                              ~224 MiB of cross-attention KV for large-v3 on faster-whisper
GPUs and cost:
      --gpu MODEL[:RAM]       allowed GPU model(s); repeat or separate with commas
      --gpus N                pin the GPU count (plans are shown even when they do not fit)
      --max-gpus-per-node N   (default 8)
      --max-gpus N            largest total GPU count to consider (default 32)
      --include-unoffered     also consider GPUs missing from the Akash provider database
      --price MODEL=USD       price per GPU-hour (repeat); --prices FILE reads a JSON object
      --budget USD            budget per hour for the whole plan
Output:
  -f, --format text|json      (default text)
      --limit N | --all       plans shown (default 10)
      --color | --no-color

Exit codes: 0 a plan fits, 1 nothing fits, 2 usage error (unknown model, bad option).
`;
