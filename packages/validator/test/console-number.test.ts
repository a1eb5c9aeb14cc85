import { yaml } from "@akashnetwork/chain-sdk";
import { parse } from "@akash-sdl/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { consoleNumber } from "../src/console-number.js";

/** js-yaml 4 itself (alpha.45's `yaml.raw`): the number it reads `a: <text>` as, if any. */
function jsYamlNumber(text: string): number | undefined {
  try {
    const value = (yaml.raw(`a: ${text}\n`) as { a?: unknown } | null)?.a;
    return typeof value === "number" ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Ours on the same text, when it is one plain scalar. */
function ours(text: string): { readonly ok: boolean; readonly n?: number } {
  const root = parse(`a: ${text}\n`).tree.root;
  const node = root?.kind === "map" ? root.pairs[0]?.value : undefined;
  if (node?.kind !== "scalar" || node.style !== "plain" || node.text !== text) return { ok: false };
  return { ok: true, n: consoleNumber({ text: node.text, value: node.value, plain: true }) };
}

describe("consoleNumber: the number js-yaml 4 (Console's reader) reads", () => {
  it("agrees with js-yaml on the forms where it and the YAML 1.2 core schema differ", () => {
    for (const text of [
      "0b101",
      "-0x1",
      "+0x1F",
      "+0o17",
      "-0b1",
      "+.5",
      "-.5",
      "1_000",
      "0x_1",
      ".5_1",
      "0777",
      "09",
      "8E700",
      "-1e400",
    ]) {
      const mine = ours(text);
      expect(mine.ok, text).toBe(true);
      expect(mine.n, text).toEqual(jsYamlNumber(text));
    }
  });

  it("agrees with js-yaml on 20,000 number-like plain scalars", () => {
    const numberLike = fc
      .array(fc.constantFrom(..."0123456789+-._eEbxoBXOaf"), { minLength: 1, maxLength: 8 })
      .map((chars) => chars.join(""));
    fc.assert(
      fc.property(numberLike, (text) => {
        const mine = ours(text);
        if (!mine.ok) return;
        const theirs = jsYamlNumber(text);
        expect(Object.is(mine.n, theirs) || mine.n === theirs, text).toBe(true);
      }),
      { numRuns: 20_000, seed: 5 },
    );
  });
});
