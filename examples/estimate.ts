/**
 * Size a catalogued AI model for Akash GPUs.
 *
 * The catalogue (`@akash-sdl/catalog`) knows the model's shape; `estimate` turns a request (model,
 * engine, context, concurrency) into ranked `ResourcePlan`s, best first. Each plan names the GPU
 * model and count, the memory of one GPU split by what uses it, the host CPU/RAM/disk and, when
 * prices are known, the cost. Nothing throws: a bad request comes back as diagnostics.
 *
 * Run it (from the repository root; Node 20 runs no TypeScript, so bundle it first):
 *
 *   NODE_PATH=packages/cli/node_modules npx esbuild examples/estimate.ts --bundle \
 *     --platform=node --format=cjs --conditions=@akash-sdl/source --outfile=/tmp/estimate.cjs
 *   node /tmp/estimate.cjs [model] [context]  # default: llama-3.1-8b 8192
 */
import { findModel, suggestModels } from "@akash-sdl/catalog";
import { estimate } from "@akash-sdl/estimator";

const query = process.argv[2] ?? "llama-3.1-8b";
const context = Number(process.argv[3] ?? 8192);
/** Plans carry memory in GiB (2^30 bytes); two decimals for people. */
const gib = (value: number): string => `${value.toFixed(2)} GiB`;

// 1. Look the model up in the catalogue (a Hugging Face id or an alias).
const model = findModel(query);
if (!Number.isInteger(context) || context <= 0) {
  console.log(`the context must be a positive whole number of tokens, not '${process.argv[3]}'`);
  process.exitCode = 1;
} else if (model === undefined) {
  console.log(`unknown model '${query}'; did you mean: ${suggestModels(query).join(", ") || "(nothing close)"}`);
  process.exitCode = 1;
} else {
  console.log(`model: ${model.id} (${(model.params / 1e9).toFixed(2)}B parameters, up to ${model.maxContext} tokens)`);

  // 2. Estimate serving it with vLLM at the requested context.
  const { plans, diagnostics } = estimate({ model: model.id, engine: "vllm", context });
  for (const d of diagnostics) console.log(`${d.severity} ${d.code}: ${d.message}`);

  // 3. The best plan: plans are ranked, and `fits` says whether the memory fits.
  const best = plans[0];
  if (best === undefined) {
    console.log("no plan");
    process.exitCode = 1;
  } else {
    const m = best.perGpu;
    console.log(
      `best plan: ${best.gpuCount} x ${best.gpu.vendor} ${best.gpu.model} (${best.gpu.ramGiB} GiB), fits: ${best.fits}`,
    );
    console.log(`  context ${best.context} tokens, ${best.weightFormat} weights, ${best.kvDtype} KV cache`);
    console.log("  memory per GPU:");
    console.log(`    weights     ${gib(m.weightsGiB)}`);
    console.log(`    KV cache    ${gib(m.kvCacheGiB)}`);
    console.log(`    activations ${gib(m.activationsGiB)}`);
    console.log(`    overhead    ${gib(m.overheadGiB)}`);
    console.log(`    total       ${gib(m.totalGiB)} of ${gib(m.usableGiB)} usable (headroom ${gib(m.headroomGiB)})`);
    console.log(
      `  host: ${best.host.cpu} CPU, ${best.host.memoryGiB} GiB RAM, ${best.host.storageGiB} GiB disk, ${best.host.shmGiB} GiB /dev/shm`,
    );
    console.log(`  reason: ${best.reason}`);
    const runnersUp = plans.slice(1, 4).map((p) => `${p.gpuCount}x${p.gpu.model}`);
    console.log(`${plans.length} plan(s) in all; runners-up: ${runnersUp.join(", ")}`);
  }
}
