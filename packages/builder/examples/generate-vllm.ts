// Size Llama-3.1-8B-Instruct with the estimator and write a vLLM SDL for the best plan.
import { buildSdl, buildTemplate } from "@akash-sdl/builder";
import { estimate } from "@akash-sdl/estimator";

export function run(): string {
  const model = "meta-llama/Llama-3.1-8B-Instruct";
  const { plans } = estimate({ model, context: 8192, constraints: { gpuModels: ["a100"] } });
  const plan = plans.find((p) => p.fits);
  if (plan === undefined) throw new Error("nothing fits");
  const template = buildTemplate({ model, plan }, "vllm");
  return buildSdl(template.spec, { header: template.header }).text;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(run());
