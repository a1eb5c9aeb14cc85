import { resolve } from "node:path";
import {
  TEMPLATES,
  buildSdl,
  buildTemplate,
  templateForPlan,
  webTemplate,
  type BuildSdlResult,
  type TemplateName,
} from "@akash-sdl/builder";
import { NETWORKS, type NetworkId } from "@akash-sdl/catalog";
import { compile } from "@akash-sdl/compiler";
import type { Diagnostic } from "@akash-sdl/core";
import { estimate } from "@akash-sdl/estimator";
import type { CliIo } from "../cli-io.js";
import { nodeSha256 } from "../compile/node-sha256.js";
import { parseEstimateArgs } from "../estimate/parse-estimate-args.js";
import { writeFileAtomic } from "./write-atomic.js";

/**
 * Help text of `akash-sdl init`.
 *
 * @example
 * INIT_HELP.includes("--template"); // true
 */
export const INIT_HELP: string = `Usage: akash-sdl init --model ID [estimate options] [--template NAME] [--network N] [-o FILE]
       akash-sdl init --template web --image IMAGE:TAG [--port PORT] [-o FILE]

Sizes GPUs for a model with the estimator (every 'akash-sdl estimate' option works: --context,
--concurrency, --dtype, --engine, --gpu, --gpus, ...), picks the best fitting plan (or the one
pinned by --gpu/--gpus) and writes a validated SDL with a comment header saying how it was
sized; prints the manifest version hash.

Options:
  --template NAME   ${Object.keys(TEMPLATES).join(", ")}, web (default: the plan's engine)
  --network N       ${Object.keys(NETWORKS).join(", ")} (default mainnet)
  --denom D         price denom (default uact; 1 ACT is priced as 1 USD)
  --akt-usd N       uakt: USD per AKT to convert the price ceiling with (default 1)
  --open-webui      ollama: add an Open WebUI service
  --gguf REPO:QUANT llama.cpp/ollama: the GGUF to pull (default unsloth/<model>-GGUF:<QUANT>)
  --image IMAGE     web: the image (with a tag)
  --port PORT       web: the container port (default 80)
  -o, --output FILE write the SDL to FILE (atomically) instead of standard output
  -h, --help        show this help
`;

const OWN_VALUE = new Set([
  "--template",
  "--network",
  "--denom",
  "--akt-usd",
  "--gguf",
  "--image",
  "--port",
  "--output",
  "-o",
]);

/** Splits init's own options from the estimate options. */
function splitArgs(argv: readonly string[]): {
  own: Map<string, string>;
  flags: Set<string>;
  rest: string[];
  error?: string;
} {
  const own = new Map<string, string>();
  const flags = new Set<string>();
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (OWN_VALUE.has(name)) {
      const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined) return { own, flags, rest, error: `${name} needs a value` };
      own.set(name === "-o" ? "--output" : name, value);
    } else if (arg === "--open-webui") flags.add(arg);
    else rest.push(arg);
  }
  return { own, flags, rest };
}

function report(io: CliIo, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) if (d.severity !== "info") io.stderr.write(`${d.severity} ${d.code}: ${d.message}\n`);
}

async function emit(io: CliIo, built: BuildSdlResult, output: string | undefined): Promise<number> {
  report(io, built.diagnostics);
  const compiled = compile(built.text, { sha256: nodeSha256 });
  const hash = compiled.value ? Buffer.from(compiled.value.version).toString("hex") : undefined;
  if (output !== undefined) {
    await writeFileAtomic(resolve(io.cwd, output), built.text);
    io.stdout.write(`wrote ${output}${hash ? ` (manifest version ${hash})` : ""}\n`);
  } else {
    io.stdout.write(built.text);
    if (hash) io.stderr.write(`manifest version ${hash}\n`);
  }
  return built.diagnostics.some((d) => d.severity === "error") ? 1 : 0;
}

/**
 * Runs `akash-sdl init`: 0 when the SDL was written and validates, 1 when nothing fits or the
 * SDL has errors, 2 on usage errors.
 *
 * @example
 * await runInit(["--model", "llama-3.1-8b", "-o", "deploy.yaml"], io);
 */
export async function runInit(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    io.stdout.write(INIT_HELP);
    return 0;
  }
  const split = splitArgs(argv);
  const fail = (message: string): number => {
    io.stderr.write(`akash-sdl init: ${message}\nRun 'akash-sdl init --help' for the options.\n`);
    return 2;
  };
  if (split.error !== undefined) return fail(split.error);
  const network = (split.own.get("--network") ?? "mainnet") as NetworkId;
  if (!(network in NETWORKS)) return fail(`unknown network '${network}'`);
  const template = split.own.get("--template");
  const output = split.own.get("--output");
  const denom = split.own.get("--denom") ?? "uact";
  const aktUsdText = split.own.get("--akt-usd");
  const aktUsd = aktUsdText === undefined ? undefined : Number(aktUsdText);
  if (aktUsd !== undefined && !(Number.isFinite(aktUsd) && aktUsd > 0))
    return fail(`--akt-usd needs a positive number of USD per AKT, got '${aktUsdText}'`);
  if (denom === "uakt" && aktUsd === undefined)
    io.stderr.write("akash-sdl init: pricing uakt at 1 USD per AKT; pass --akt-usd N for the current price\n");
  const price = { network, denom, ...(aktUsd !== undefined ? { aktUsd } : {}) };
  if (
    template === "web" ||
    (template === undefined && !split.rest.some((a) => a === "--model" || a === "-m" || a.startsWith("--model=")))
  ) {
    const image = split.own.get("--image");
    if (image === undefined) return fail("--model ID, or --template web --image IMAGE:TAG, is required");
    const port = Number(split.own.get("--port") ?? "80");
    if (!Number.isInteger(port) || port < 1 || port > 65535)
      return fail(`--port needs a port number, got '${split.own.get("--port")}'`);
    return emit(
      io,
      buildSdl(webTemplate({ image, port, price }), {
        header: `${image} as a web service, generated by akash-sdl init.`,
        validateOptions: { network },
      }),
      output,
    );
  }
  if (template !== undefined && !(template in TEMPLATES))
    return fail(`unknown template '${template}'; use ${Object.keys(TEMPLATES).join(", ")} or web`);
  const parsed = parseEstimateArgs(split.rest);
  if (!parsed.ok) return fail(parsed.error);
  const result = estimate(parsed.args.request);
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) {
    report(io, errors);
    return 2;
  }
  const plan = parsed.args.pinned ? result.plans[0] : (result.plans.find((p) => p.fits) ?? result.plans[0]);
  if (plan === undefined || !plan.fits) {
    io.stderr.write(`akash-sdl init: no plan fits the model${plan ? `: ${plan.reason}` : ""}\n`);
    for (const fix of plan?.fixes ?? []) io.stderr.write(`  fix: ${fix.description}\n`);
    return 1;
  }
  const requested = parsed.args.request.model;
  // A Hugging Face id as given (an instruct or fine-tuned variant) is what the engine must load;
  // a short alias stands for the catalogue id.
  const model =
    typeof requested === "string" && requested.includes("/") ? requested : (result.model?.id ?? "custom-model");
  const name = (template ?? templateForPlan(plan)) as TemplateName;
  const gguf = split.own.get("--gguf");
  const utilization = parsed.args.request.gpuMemoryUtilization;
  const input = {
    model,
    plan,
    price,
    openWebui: split.flags.has("--open-webui"),
    ...(gguf !== undefined ? { gguf } : {}),
    ...(utilization !== undefined ? { gpuMemoryUtilization: utilization } : {}),
  };
  const built = buildTemplate(input, name, result.model?.task);
  const templateErrors = built.diagnostics.filter((d) => d.severity === "error");
  if (templateErrors.length > 0) {
    report(io, templateErrors);
    return 2;
  }
  report(io, built.diagnostics);
  return emit(io, buildSdl(built.spec, { header: built.header, validateOptions: { network } }), output);
}
