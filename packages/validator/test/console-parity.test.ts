import { generateManifest, validateSDL, yaml } from "@akashnetwork/chain-sdk";
import { parse } from "@akash-sdl/core";
import { describe, expect, it } from "vitest";
import { deployVerdict, validate } from "../src/index.js";
import exceptions from "./fixtures/console-parity-exceptions.json" with { type: "json" };
import { corpusFiles, HAS_CORPUS } from "./support/corpus.js";

/** alpha.45's answer: accepted, refused, or a throw (which the exceptions list must explain). */
function theirs(text: string): boolean | "throws" {
  try {
    const input = yaml.raw(text) as Parameters<typeof validateSDL>[0];
    const errs = validateSDL(input);
    if (errs !== undefined && errs.length > 0) return false;
    const result = generateManifest(input) as unknown as {
      ok?: boolean;
      value?: { groups: unknown; groupSpecs: unknown };
    };
    if (result.ok === false) return false;
    void result.value?.groups;
    void result.value?.groupSpecs;
    return true;
  } catch {
    return "throws";
  }
}

const EXCEPTIONS: Readonly<Record<string, { readonly ours: boolean; readonly reason: string }>> = exceptions.files;

describe.skipIf(!HAS_CORPUS)("console parity with @akashnetwork/chain-sdk 1.0.0-alpha.45", () => {
  const files = corpusFiles();
  it("covers the whole corpus", () => {
    expect(files.length).toBe(457);
  });
  it.each(files.map((f) => [f.name, f.text] as const))("%s", (name, text) => {
    const parsed = parse(text);
    const ours = deployVerdict(parsed, validate(parsed)).console;
    const consoleErrors = validate(parsed, { target: "console" }).filter((d) => d.severity === "error").length;
    expect(ours, "deployVerdict and target console agree").toBe(consoleErrors === 0);
    const verdict = deployVerdict(parsed);
    for (const target of ["go", "console", "portable"] as const) {
      expect(deployVerdict(parsed, validate(parsed, { target })), `verdict from ${target} diagnostics`).toEqual(
        verdict,
      );
    }
    const answer = theirs(text);
    if (answer === "throws") {
      const exception = EXCEPTIONS[name];
      expect(exception, `alpha.45 throws on ${name}: add an explained exception`).toBeDefined();
      expect(ours).toBe(exception?.ours);
      return;
    }
    expect(EXCEPTIONS[name], "exceptions are only for files where alpha.45 throws").toBeUndefined();
    expect(ours).toBe(answer);
  });
});
