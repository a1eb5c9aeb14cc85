import { DEFAULT_PARSE_LIMITS, fastFrontEnd, parse } from "@akash-sdl/core";
import { yamlFrontEnd } from "@akash-sdl/core/yaml-front-end";
import { load as jsYamlLoad } from "js-yaml";
import { validate } from "@akash-sdl/validator";
import { generateManifest, validateSDL } from "@akashnetwork/chain-sdk";
import { parseDocument } from "yaml";
import { PIPELINE_CONTENDERS } from "./pipeline-contenders.js";

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

/** Loads YAML the way the official SDK does (js-yaml), counting a syntax error as one problem. */
function officialLoad(text: string): unknown {
  try {
    return jsYamlLoad(text);
  } catch {
    return undefined;
  }
}

/**
 * The parsers compared by `pnpm bench`, in table order: ours, the YAML libraries, and the
 * official SDK (`@akashnetwork/chain-sdk`, a devDependency of this private package only). The SDK
 * has no parser of its own: it validates an object that js-yaml loaded (shared/docs/PEERS.md §2.2),
 * so its rows include that load. Its rows do more checking than `akash-sdl parse` does today
 * (schema and semantic rules); the validator and compiler rows join when those packages land.
 */
export const CONTENDERS: readonly Contender[] = [
  {
    name: "akash-sdl parse",
    note: "our full parse: positioned YAML tree + typed SdlDocument + all parse diagnostics",
    baseline: true,
    run: (text) => parse(text).diagnostics.length,
  },
  {
    name: "akash-sdl parse + validate",
    note: "parse, then validate (schema + semantic rules, target any): issue 7 wants validate to add ≤ 30 % to parse",
    run: (text) => {
      const parsed = parse(text);
      return parsed.diagnostics.length + validate(parsed).length;
    },
  },
  {
    name: "akash-sdl parse (yaml front end)",
    note: "the old path: full parse over the yaml-package front end (before issue 9)",
    run: (text) => parse(text, { frontEnd: yamlFrontEnd }).diagnostics.length,
  },
  {
    name: "akash-sdl fastFrontEnd",
    note: "our hand-written YAML front end alone (parse's default): positioned tree, comments, YAML diagnostics",
    run: (text) => fastFrontEnd(text, DEFAULT_PARSE_LIMITS).diagnostics.length,
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
  {
    name: "chain-sdk validateSDL",
    note: "official SDK 1.0.0-alpha.45: js-yaml load + validateSDL (JSON schema + semantic checks)",
    run: (text) => {
      const sdl = officialLoad(text);
      if (sdl === undefined) return 1;
      try {
        return validateSDL(sdl as Parameters<typeof validateSDL>[0])?.length ?? 0;
      } catch {
        return 1;
      }
    },
  },
  {
    name: "chain-sdk generateManifest",
    note: "official SDK 1.0.0-alpha.45: js-yaml load + validate + manifest groups + group specs",
    run: (text) => {
      const sdl = officialLoad(text);
      if (sdl === undefined) return 1;
      try {
        const result = generateManifest(sdl as Parameters<typeof generateManifest>[0]);
        if (!result.ok) return result.value.length;
        // The groups and group specs are lazy getters: read both so the work is really done.
        return result.value.groups.length > 0 && result.value.groupSpecs.length > 0 ? 0 : 1;
      } catch {
        return 1;
      }
    },
  },
  ...PIPELINE_CONTENDERS,
];
