import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { architectureFromHfConfig, estimate, type EstimateRequest, type PriceTable } from "@akash-sdl/estimator";
import type { Diagnostic } from "@akash-sdl/core";
import type { CliIo } from "./cli-io.js";
import { ESTIMATE_HELP } from "./estimate/estimate-help.js";
import { estimateToJson } from "./estimate/estimate-json.js";
import { parseEstimateArgs } from "./estimate/parse-estimate-args.js";
import { estimatePaint, renderDiagnostic, renderEstimateText } from "./estimate/render-estimate-text.js";
import { escapeControls } from "./safety/escape-controls.js";
import { useColor } from "./util/use-color.js";

/** Reads a JSON price table `{ "h100": 2.1, "a100:80": 1.2 }`; an error sentence on failure. */
async function readPrices(path: string, cwd: string): Promise<PriceTable | string> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), "utf8");
  } catch {
    return `cannot read the price file '${path}'`;
  }
  try {
    const data: unknown = JSON.parse(text);
    if (!data || typeof data !== "object" || Array.isArray(data))
      return `the price file '${path}' must hold a JSON object`;
    const out: Record<string, number> = {};
    for (const [k, v] of Object.entries(data as Record<string, unknown>)) {
      if (typeof v !== "number" || !Number.isFinite(v) || v < 0)
        return `the price of '${k}' in '${path}' is not a number`;
      out[k] = v;
    }
    return out;
  } catch {
    return `the price file '${path}' is not valid JSON`;
  }
}

/**
 * Reads a Hugging Face `config.json` into the request's inline architecture; the checkpoint's
 * `quantization_config` becomes the weight format unless `--dtype` was given. An error sentence on failure.
 */
async function withConfig(
  request: EstimateRequest,
  path: string,
  cwd: string,
): Promise<{ request: EstimateRequest; diagnostics: Diagnostic[] } | string> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(resolve(cwd, path), "utf8"));
  } catch (error) {
    return error instanceof SyntaxError
      ? `the config file '${path}' is not valid JSON`
      : `cannot read the config file '${path}'`;
  }
  const id = typeof request.model === "string" && request.model !== "" ? request.model : path;
  const read = architectureFromHfConfig(data, id);
  if (!read.architecture) return { request, diagnostics: read.diagnostics };
  return {
    request: {
      ...request,
      model: read.architecture,
      ...(read.format && request.dtype === undefined ? { dtype: read.format } : {}),
    },
    diagnostics: read.diagnostics,
  };
}

/**
 * Runs `akash-sdl estimate`: sizes GPUs for a model and prints ranked plans as text (a table
 * with a memory bar per GPU) or JSON. Resolves to 0 when a plan fits, 1 when nothing fits
 * (or the pinned GPU/count does not), 2 on usage errors such as an unknown model.
 *
 * @example
 * await runEstimate(["--model", "llama-3.1-8b", "--context", "8192"], io);
 */
export async function runEstimate(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseEstimateArgs(argv);
  if (!parsed.ok) {
    io.stderr.write(
      `akash-sdl estimate: ${escapeControls(parsed.error)}\nRun 'akash-sdl estimate --help' for the options.\n`,
    );
    return 2;
  }
  const args = parsed.args;
  if (args.help) {
    io.stdout.write(ESTIMATE_HELP);
    return 0;
  }
  let request = args.request;
  if (args.pricesFile !== undefined) {
    const prices = await readPrices(args.pricesFile, io.cwd);
    if (typeof prices === "string") {
      io.stderr.write(`akash-sdl estimate: ${escapeControls(prices)}\n`);
      return 2;
    }
    request = { ...request, prices: { ...prices, ...request.prices } };
  }
  let configDiagnostics: Diagnostic[] = [];
  if (args.configFile !== undefined) {
    const read = await withConfig(request, args.configFile, io.cwd);
    if (typeof read === "string") {
      io.stderr.write(`akash-sdl estimate: ${escapeControls(read)}\n`);
      return 2;
    }
    configDiagnostics = read.diagnostics;
    if (configDiagnostics.some((d) => d.severity === "error")) {
      const paint = estimatePaint(useColor(io.stderr, io.env, args.color));
      io.stderr.write(configDiagnostics.flatMap((d) => renderDiagnostic(d, paint)).join("\n") + "\n");
      return 2;
    }
    request = read.request;
  }
  const estimated = estimate(request);
  const result =
    configDiagnostics.length > 0
      ? { ...estimated, diagnostics: [...configDiagnostics, ...estimated.diagnostics] }
      : estimated;
  const failed = result.diagnostics.some((d) => d.severity === "error");
  const code = failed ? 2 : result.plans.some((p) => p.fits) ? 0 : 1;
  if (args.format === "json") {
    io.stdout.write(
      `${JSON.stringify(estimateToJson(result, args.limitGiven ? args.limit : Number.POSITIVE_INFINITY), null, 2)}\n`,
    );
    return code;
  }
  if (failed) {
    const paint = estimatePaint(useColor(io.stderr, io.env, args.color));
    io.stderr.write(result.diagnostics.flatMap((d) => renderDiagnostic(d, paint)).join("\n") + "\n");
    return code;
  }
  const paint = estimatePaint(useColor(io.stdout, io.env, args.color));
  io.stdout.write(renderEstimateText(result, args.limit, paint));
  return code;
}
