/**
 * Generate a deployable SDL for an AI model: the estimator sizes it, a template writes it.
 *
 * `estimate` ranks GPU plans for the model; the best one that fits goes to the template of its
 * engine (`templateForPlan`: vLLM for a Hugging Face LLM, TEI for an embedding model, Whisper for
 * speech, ComfyUI for diffusion, ...). `buildTemplate` returns an `SdlSpec` with the GPU model,
 * count and memory, host RAM, a persistent model volume, `/dev/shm` as a `ram` volume, the engine
 * flags the plan implies and a price ceiling in `uact`; `buildSdl` writes and validates it. The
 * text is byte for byte what `akash-sdl init --model <model> --context <context>` prints (a test
 * holds the two together); the manifest version goes to standard error, as init prints it.
 *
 * Run it (from the repository root; Node 20 runs no TypeScript, so bundle it first):
 *
 *   NODE_PATH=packages/cli/node_modules npx esbuild examples/generate.ts --bundle \
 *     --platform=node --format=cjs --conditions=@akash-sdl/source --outfile=/tmp/generate.cjs
 *   node /tmp/generate.cjs [model] [context]  # default: meta-llama/Llama-3.1-8B-Instruct 8192
 */
import { buildSdl, buildTemplate, templateForPlan } from "@akash-sdl/builder";
import { compile, manifestVersionHex } from "@akash-sdl/compiler";
import { estimate } from "@akash-sdl/estimator";

// Without arguments: Llama-3.1-8B-Instruct at 8192 tokens; a model alone gets the estimator's default context.
const [, , requested = "meta-llama/Llama-3.1-8B-Instruct", contextArg = process.argv[2] ? undefined : "8192"] =
  process.argv;
const context = contextArg === undefined ? undefined : Number(contextArg);

// 1. Size it: plans come best first; take the best one whose memory fits.
const result = estimate({ model: requested, ...(context !== undefined ? { context } : {}) });
const plan = result.plans.find((p) => p.fits);
for (const d of result.diagnostics) console.error(`${d.severity} ${d.code}: ${d.message}`);
if (plan === undefined || result.model === undefined) {
  console.error(`no plan fits '${requested}'`);
  process.exitCode = 1;
} else {
  // 2. A Hugging Face id as given (an instruct variant) is what the engine loads; an alias
  //    (`llama-3.1-8b`) stands for the catalogue's id.
  const model = requested.includes("/") ? requested : result.model.id;
  const template = buildTemplate({ model, plan }, templateForPlan(plan), result.model.task);
  for (const d of template.diagnostics) console.error(`${d.severity} ${d.code}: ${d.message}`);

  // 3. Write the text (validated: the diagnostics come back) and hash its manifest.
  const built = buildSdl(template.spec, { header: template.header });
  for (const d of built.diagnostics) if (d.severity !== "info") console.error(`${d.severity} ${d.code}: ${d.message}`);
  process.stdout.write(built.text);
  const compiled = compile(built.text);
  if (compiled.value !== undefined) console.error(`manifest version ${manifestVersionHex(compiled.value.manifest)}`);
  if (built.diagnostics.some((d) => d.severity === "error")) process.exitCode = 1;
}
