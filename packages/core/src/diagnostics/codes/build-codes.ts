/**
 * Diagnostic codes of the builder (`@akash-sdl/builder`): typed building, edits of existing text and templates.
 *
 * @example
 * Object.keys(BUILD_CODES).length;
 */
export const BUILD_CODES = {
  "build/path-not-found": {
    severity: "error",
    title: "Nothing to edit there",
    description:
      'An edit names a service, profile, placement, expose or volume that the SDL does not have (e.g. `setImage(text, "api", …)` when only `web` exists). The text is left unchanged; use a name the SDL defines, or add it first (`addService`).',
  },
  "build/not-editable": {
    severity: "error",
    title: "Text cannot be edited",
    description:
      "The text has no top-level mapping, or the edited path runs through a scalar (e.g. `services: web`), so the edit has nowhere to go. The text is left unchanged; fix the YAML first (`akash-sdl validate` shows where).",
  },
  "build/invalid-name": {
    severity: "error",
    title: "Invalid or taken name",
    description:
      "A new service name is already used or does not match Go's `^[a-z]([-a-z0-9]*[a-z0-9])?$` (e.g. renaming `web` to `Web_1`). Use lower-case letters, digits and dashes, starting with a letter.",
  },
  "build/template-mismatch": {
    severity: "error",
    title: "Template does not fit the plan",
    description:
      "The template serves another task than the plan (e.g. the Whisper template for a text-generation plan) or the template name is unknown. Pick a template for the model's task (`vllm`, `ollama`, `comfyui`, `whisper`, `tei`, …).",
  },
  "build/plan-does-not-fit": {
    severity: "warning",
    title: "Plan does not fit",
    description:
      "The estimator plan a template was sized from does not fit in GPU memory, so the deployment would fail to start. Apply one of the plan's fixes (shorter context, more GPUs, a quantised format) and size again.",
  },
} as const;
