/**
 * Diagnostic codes of the `estimate/` family: problems with a resource-estimation request for an
 * AI model (unknown model, impossible options) and facts about the result (nothing fits).
 * Estimation never throws; these diagnostics travel with the (possibly empty) list of plans.
 *
 * @example
 * ESTIMATE_CODES["estimate/unknown-model"]?.severity; // "error"
 */
export const ESTIMATE_CODES = {
  "estimate/unknown-model": {
    severity: "error",
    title: "Unknown model",
    description:
      "The model id or alias is not in the model catalogue and no variant of a catalogue model matches it. Use a Hugging Face id from the catalogue, a short alias, or describe the architecture inline.",
  },
  "estimate/model-variant": {
    severity: "info",
    title: "Model resolved as a variant",
    description:
      "The id names a variant (fine-tune, instruct, quantised or dated release) of a catalogue model; its architecture and, where the name says so, its weight format are used.",
  },
  "estimate/invalid-option": {
    severity: "error",
    title: "Invalid option",
    description:
      "An option of the request has an unknown value (engine, weight format, KV-cache dtype, method, optimiser, task) or a number out of range. The hint lists the accepted values.",
  },
  "estimate/incomplete-architecture": {
    severity: "error",
    title: "Incomplete architecture",
    description:
      "An inline architecture lacks numbers the estimate needs (parameter count or layers, hidden size and vocabulary; layers, KV heads and head size for the KV cache).",
  },
  "estimate/invalid-config": {
    severity: "error",
    title: "Unreadable model configuration",
    description:
      "The model configuration given with `--config` is not a JSON object (for example a file cut short or a list). Pass the `config.json` of a Hugging Face model repository, downloaded next to the command.",
  },
  "estimate/config-field-ignored": {
    severity: "warning",
    title: "Configuration field not modelled",
    description:
      "The model configuration has parts the estimate leaves out, such as a `vision_config` (the vision tower's weights), `num_nextn_predict_layers` (multi-token prediction) or hybrid linear-attention layers; memory and speed cover the text decoder only. Keep some headroom for these parts or describe the model inline.",
  },
  "estimate/unknown-gpu": {
    severity: "error",
    title: "Unknown GPU model",
    description:
      "A GPU constraint names a model that the GPU catalogue does not know. Use an Akash model name such as `h100` or `rtx4090`.",
  },
  "estimate/gpu-not-offered": {
    severity: "warning",
    title: "GPU not in the provider database",
    description:
      "The GPU is known but not listed in the Akash provider GPU database, so providers cannot bid on it under this name; the plan is computed anyway.",
  },
  "estimate/context-too-long": {
    severity: "warning",
    title: "Context longer than the model supports",
    description:
      "The requested context length exceeds the model's maximum context; engines refuse it unless RoPE scaling is configured. The estimate uses the requested length.",
  },
  "estimate/engine-mismatch": {
    severity: "warning",
    title: "Engine does not fit the model or format",
    description:
      "The chosen engine does not serve this kind of model or this weight format (for example GGUF on vLLM); the estimate applies the engine's memory rules anyway.",
  },
  "estimate/parallelism-indivisible": {
    severity: "warning",
    title: "GPU count does not divide the attention heads",
    description:
      "Tensor parallelism needs a GPU count that divides the attention heads and KV heads; the plan uses pipeline parallelism for the remainder, which engines support with lower throughput.",
  },
  "estimate/nothing-fits": {
    severity: "warning",
    title: "Nothing fits",
    description:
      "No GPU model and count within the constraints holds the model with the requested context; the plans show the closest attempts and what would make them fit.",
  },
  "estimate/over-budget": {
    severity: "warning",
    title: "Over budget",
    description: "Plans that fit cost more per hour than the budget; they are kept but marked, cheapest first.",
  },
  "estimate/no-price": {
    severity: "info",
    title: "No price for a GPU",
    description:
      "A price table was given but has no entry for some GPUs; their plans have no cost and rank after priced plans.",
  },
} as const;
