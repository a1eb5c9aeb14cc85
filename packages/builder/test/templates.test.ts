import { parse, toPlainValue } from "@akash-sdl/core";
import { estimate, type EstimateRequest, type ResourcePlan } from "@akash-sdl/estimator";
import { describe, expect, it } from "vitest";
import { IMAGE_TAGS, TEMPLATES, buildSdl, buildTemplate, templateForPlan, type TemplateName } from "../src/index.js";

/** Catalogue models across LLM, MoE, GGUF, diffusion, speech and embedding, with the template to use. */
const CASES: readonly [string, EstimateRequest, TemplateName?][] = [
  ["llama-3.1-8b (vLLM)", { model: "llama-3.1-8b", context: 8192 }],
  ["llama-3.1-70b (vLLM, TP)", { model: "llama-3.1-70b", context: 16384, constraints: { gpuModels: ["h100"] } }],
  ["qwen3-30b-a3b MoE (SGLang)", { model: "Qwen/Qwen3-30B-A3B", engine: "sglang", context: 32768 }],
  ["mixtral-8x7b MoE (vLLM fp8)", { model: "mistralai/Mixtral-8x7B-v0.1", dtype: "fp8", context: 8192 }],
  ["gpt-oss-20b (vLLM)", { model: "openai/gpt-oss-20b", context: 16384 }],
  ["mistral-7b (TGI)", { model: "mistralai/Mistral-7B-Instruct-v0.3", engine: "tgi", context: 8192 }],
  ["llama-3.1-8b GGUF (Ollama + Open WebUI)", { model: "llama-3.1-8b", engine: "ollama", context: 8192 }],
  ["qwen3-8b GGUF (llama.cpp)", { model: "Qwen/Qwen3-8B", engine: "llama.cpp", context: 16384, concurrency: 2 }],
  ["flux.1-schnell (ComfyUI)", { model: "black-forest-labs/FLUX.1-schnell" }],
  ["sdxl (ComfyUI)", { model: "stabilityai/stable-diffusion-xl-base-1.0" }],
  ["whisper-large-v3 (Whisper ASR)", { model: "openai/whisper-large-v3" }],
  ["whisper-large-v3-turbo faster-whisper", { model: "openai/whisper-large-v3-turbo", engine: "faster-whisper" }],
  ["bge-m3 (TEI)", { model: "BAAI/bge-m3" }],
  ["nomic-embed (TEI)", { model: "nomic-ai/nomic-embed-text-v1.5" }],
  ["llama-3.1-8b benchmark (Jupyter)", { model: "llama-3.1-8b", context: 8192 }, "jupyter-benchmark"],
];

function firstPlan(request: EstimateRequest): { plan: ResourcePlan; model: string; task: string } {
  const result = estimate(request);
  const plan = result.plans.find((p) => p.fits);
  if (!plan || !result.model) throw new Error(`no plan fits ${String(request.model)}`);
  return { plan, model: result.model.id, task: result.model.task };
}

describe("templates sized by the estimator", () => {
  it.each(CASES)("%s: valid SDL, GPU count and memory held to the plan", (_, request, pinned) => {
    const { plan, model, task } = firstPlan(request);
    const name = pinned ?? templateForPlan(plan);
    const t = buildTemplate({ model, plan, openWebui: plan.engine === "ollama" }, name, task);
    expect(t.diagnostics).toEqual([]);
    const built = buildSdl(t.spec, { header: t.header });
    expect(built.diagnostics.filter((d) => d.severity === "error")).toEqual([]);

    // The SDL asks for exactly what the plan sized: GPUs per node × nodes, GPU model and memory, host RAM, shm.
    const doc = toPlainValue(parse(built.text).tree.root) as {
      profiles: {
        compute: Record<
          string,
          {
            resources: {
              gpu: { units: number; attributes: { vendor: Record<string, { model: string; ram: string }[]> } };
              memory: { size: string };
              storage: { name?: string; size: string; attributes?: { class?: string } }[];
            };
          }
        >;
      };
      deployment: Record<string, Record<string, { count: number }>>;
      services: Record<
        string,
        { image: string; args?: string[]; params?: { storage?: Record<string, { mount: string }> } }
      >;
    };
    const gpuProfiles = Object.entries(doc.profiles.compute).filter(([, p]) => p.resources.gpu !== undefined);
    expect(gpuProfiles).toHaveLength(1);
    const [svc, profile] = gpuProfiles[0] as [string, (typeof doc.profiles.compute)[string]];
    const count = Object.values(doc.deployment[svc] ?? {})[0]?.count ?? 0;
    expect(profile.resources.gpu.units * count).toBe(plan.gpuCount);
    expect(profile.resources.gpu.attributes.vendor[plan.gpu.vendor]?.[0]).toMatchObject({
      model: plan.gpu.model,
      ram: `${plan.gpu.ramGiB}Gi`,
    });
    expect(profile.resources.memory.size).toBe(`${plan.host.memoryGiB}Gi`);
    const shm = profile.resources.storage.find((v) => v.attributes?.class === "ram");
    expect(shm?.size).toBe(plan.host.shmGiB > 0 ? `${plan.host.shmGiB}Gi` : undefined);
    if (shm) expect(doc.services[svc]?.params?.storage?.["shm"]?.mount).toBe("/dev/shm");
    expect(profile.resources.storage.find((v) => v.name === "models")?.size).toBe(`${plan.host.storageGiB}Gi`);
    // Engine flags follow the plan.
    const args = doc.services[svc]?.args ?? [];
    if (name === "vllm") {
      expect(args).toEqual(
        expect.arrayContaining([
          "--tensor-parallel-size",
          String(plan.parallel.tensor),
          "--max-model-len",
          String(plan.context),
        ]),
      );
      if (plan.weightFormat === "fp8") expect(args).toEqual(expect.arrayContaining(["--quantization", "fp8"]));
    }
    if (name === "sglang")
      expect(args).toEqual(
        expect.arrayContaining(["--tp", String(plan.parallel.tensor), "--context-length", String(plan.context)]),
      );
    if (name === "tgi") expect(args).toEqual(expect.arrayContaining(["--max-total-tokens", String(plan.context)]));
    expect(built.text.startsWith(`# ${model} served by ${plan.engine}`)).toBe(true);
    expect(doc.services[svc]?.image).not.toMatch(/:latest$/);
  });

  it("covers at least twelve models and every task", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(12);
    const tasks = new Set(CASES.map(([, r]) => firstPlan(r).task));
    expect([...tasks].sort()).toEqual(["embedding", "speech-to-text", "text-generation", "text-to-image"]);
  });

  it("pins every image to a dated tag, never latest, with the evidence that the tag exists", () => {
    for (const row of Object.values(IMAGE_TAGS)) {
      expect(row.tag).not.toMatch(/latest|nightly|main/);
      expect(row.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row.checked).toMatch(/^\d{4}-\d{2}-\d{2}: \S/);
    }
  });

  it("reports a template that does not serve the model's task", () => {
    const { plan, model } = firstPlan({ model: "llama-3.1-8b", context: 4096 });
    const t = buildTemplate({ model, plan }, "whisper", "text-generation");
    expect(t.diagnostics.map((d) => d.code)).toEqual(["build/template-mismatch"]);
    expect(Object.keys(TEMPLATES)).toContain("whisper");
  });

  it("prices in uact by default and converts per block", () => {
    const { plan, model } = firstPlan({ model: "llama-3.1-8b", context: 8192, constraints: { gpuModels: ["h100"] } });
    const t = buildTemplate({ model, plan });
    const pricing = Object.values(t.spec.profiles.placement)[0]?.pricing ?? {};
    const price = Object.values(pricing)[0];
    expect(price?.denom).toBe("uact");
    // 80 GiB × 0.05 USD/h × 1.25 headroom = 5 USD/h → × 6.098 s / 3600 s × 10^6
    expect(price?.amount).toBe(Math.ceil((5 * 6.098 * 1e6) / 3600));
  });
});

describe("templates from explicit resources", () => {
  it("size the SDL from the given numbers, without an estimate", async () => {
    const { planFromResources, vllmTemplate } = await import("../src/index.js");
    const plan = planFromResources({
      engine: "vllm",
      gpu: { model: "l40s", ramGiB: 48 },
      gpuCount: 2,
      memoryGiB: 96,
      storageGiB: 150,
      context: 16384,
    });
    const t = vllmTemplate({ model: "Qwen/Qwen3-8B", plan });
    const built = buildSdl(t.spec, { header: t.header });
    expect(built.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const res = t.spec.profiles.compute["vllm"]?.resources;
    expect(res?.gpu).toEqual({ units: 2, attributes: { vendor: { nvidia: [{ model: "l40s", ram: "48Gi" }] } } });
    expect(res?.memory.size).toBe("96Gi");
    expect(t.spec.services["vllm"]?.args).toEqual(
      expect.arrayContaining(["--tensor-parallel-size", "2", "--max-model-len", "16384"]),
    );
  });
});

describe("jupyter benchmark template", () => {
  it("runs the benchmark with the planned model's shape and prints JSON before starting Jupyter", async () => {
    const { jupyterBenchmarkTemplate, BENCHMARK_SCRIPT } = await import("../src/index.js");
    const { plan, model } = firstPlan({ model: "llama-3.1-8b", context: 4096 });
    const t = jupyterBenchmarkTemplate({ model, plan });
    const svc = t.spec.services["jupyter"];
    expect(svc?.env).toEqual(["BENCH_HIDDEN=4096", "BENCH_HEADS=32", "BENCH_FFN=14336", "BENCH_LAYERS=32"]);
    expect(svc?.args?.[0]).toContain(BENCHMARK_SCRIPT);
    expect(svc?.args?.[0]?.indexOf("bench.py")).toBeLessThan(svc?.args?.[0]?.indexOf("jupyter lab") ?? 0);
    for (const k of ["matmul_tflops", "memory_bandwidth_gbs", "tokens_per_sec"])
      expect(BENCHMARK_SCRIPT).toContain(`'${k}'`);
    const text = buildSdl(t.spec, { header: t.header }).text;
    expect(text).toContain(
      "    args:\n      - |-\n        cat > /tmp/bench.py <<'EOF'\n        import json, time, torch\n",
    );
  });
});

describe("engine flags from the plan", () => {
  it("KV-cache dtype: vLLM only for fp8, SGLang fp8_e5m2, ggml types for llama.cpp and Ollama", async () => {
    const { planFromResources, vllmTemplate, sglangTemplate, llamaCppTemplate, ollamaTemplate } = await import(
      "../src/index.js"
    );
    const gpu = { model: "l40s", ramGiB: 48 };
    const args = (
      t: { spec: { services: Record<string, { args?: readonly string[]; env?: readonly string[] }> } },
      s: string,
    ): string => [...(t.spec.services[s]?.args ?? []), ...(t.spec.services[s]?.env ?? [])].join(" ");
    expect(
      args(vllmTemplate({ model: "m/x", plan: planFromResources({ engine: "vllm", gpu, kvDtype: "fp8" }) }), "vllm"),
    ).toContain("--kv-cache-dtype fp8");
    expect(
      args(vllmTemplate({ model: "m/x", plan: planFromResources({ engine: "vllm", gpu, kvDtype: "bf16" }) }), "vllm"),
    ).not.toContain("--kv-cache-dtype");
    expect(
      args(
        sglangTemplate({ model: "m/x", plan: planFromResources({ engine: "sglang", gpu, kvDtype: "fp8" }) }),
        "sglang",
      ),
    ).toContain("--kv-cache-dtype fp8_e5m2");
    expect(
      args(
        llamaCppTemplate({
          model: "m/x",
          plan: planFromResources({ engine: "llama.cpp", gpu, kvDtype: "q4_0", concurrency: 4, context: 4096 }),
        }),
        "llama",
      ),
    ).toContain("-c 16384 --parallel 4 --cache-type-k q4_0 --cache-type-v q4_0 --flash-attn");
    expect(
      args(
        ollamaTemplate({ model: "m/x", plan: planFromResources({ engine: "ollama", gpu, kvDtype: "fp8" }) }),
        "ollama",
      ),
    ).toContain("OLLAMA_KV_CACHE_TYPE=q8_0");
    expect(
      args(ollamaTemplate({ model: "m/x", plan: planFromResources({ engine: "ollama", gpu }) }), "ollama"),
    ).toContain("ollama pull hf.co/unsloth/x-GGUF:Q4_K_M");
  });
});
