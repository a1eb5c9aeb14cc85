import { DEFAULT_PARSE_LIMITS, parse, yamlFrontEnd } from "@akash-sdl/core";
import { load as jsYamlLoad } from "js-yaml";
import { parseDocument } from "yaml";

/**
 * One parser under test. `run` parses ONE text and returns a number derived from the result
 * (so the work cannot be optimised away) — e.g. the count of problems it reported. A parser
 * that throws on bad input must catch and count instead.
 */
export interface Contender {
  /** Row label in the results table. */
  readonly name: string;
  /** What the row measures, printed under the table. */
  readonly note: string;
  /** `true` for the row every other row is compared with (exactly one). */
  readonly baseline?: boolean;
  readonly run: (text: string) => number;
}

/**
 * The parsers compared by `pnpm bench`, in table order.
 *
 * Extension point — the official SDK side by side: add `@akashnetwork/chain-sdk` to
 * bench/package.json (`pnpm add -F @akash-sdl/bench @akashnetwork/chain-sdk`), import its
 * SDL entry points here (the SDK has no parser of its own: it validates an already-loaded object,
 * see shared/docs/PEERS.md §2.2) and append, for example:
 *
 *   { name: "chain-sdk validateSDL", note: "js-yaml load + validateSDL (schema + semantic checks)",
 *     run: (text) => { try { return validateSDL(jsYamlLoad(text))?.length ?? 0; } catch { return 1; } } },
 *   { name: "chain-sdk generateManifest", note: "load + validate + manifest + group specs", run: ... },
 *
 * Nothing else changes: main.ts times every contender over the whole corpus and prints the ratios.
 */
export const CONTENDERS: readonly Contender[] = [
  {
    name: "akash-sdl parse",
    note: "our full parse: positioned YAML tree + typed SdlDocument + all parse diagnostics",
    baseline: true,
    run: (text) => parse(text).diagnostics.length,
  },
  {
    name: "akash-sdl yamlFrontEnd",
    note: "our YAML front end alone: positioned tree, comments, YAML diagnostics",
    run: (text) => yamlFrontEnd(text, DEFAULT_PARSE_LIMITS).diagnostics.length,
  },
  {
    name: "yaml.parseDocument",
    note: "eemeli/yaml 2: document with CST positions (no SDL typing)",
    run: (text) => {
      const doc = parseDocument(text);
      return doc.errors.length + doc.warnings.length;
    },
  },
  {
    name: "js-yaml load",
    note: "js-yaml 4: plain JS object, no positions (what the official TS SDKs use)",
    run: (text) => {
      try {
        jsYamlLoad(text);
        return 0;
      } catch {
        return 1;
      }
    },
  },
];
