import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_PARSE_LIMITS, parse } from "../../src/index.js";
import type { YamlFrontEnd, YamlTree } from "../../src/index.js";
import { DEFAULT_FRONT_END } from "../../src/front-ends/default-front-end.js";
import { checkTree } from "../../src/tree/check-tree.js";
import { isTrustedFrontEnd, trustFrontEnd } from "../../src/tree/trusted-front-ends.js";
import { corpusFiles } from "../support/corpus.js";

/**
 * `parse` skips the tree contract check (`checkTree`) for the default front end: these tests are
 * what proves that its trees keep the contract (on the corpus, on mutated corpus files and on
 * generated YAML-ish texts), and that skipping the check changes nothing in what `parse` returns.
 */

const RUNS = Number(process.env["AKASH_SDL_PROPERTY_RUNS"] ?? 2500);
const corpus = corpusFiles().map((f) => f.text);

/** The default front end behind a new function: `parse` does not trust it, so it checks its trees. */
const checkedDefault: YamlFrontEnd = (text, limits) => DEFAULT_FRONT_END(text, limits);

function contractProblem(text: string): string | undefined {
  return checkTree(DEFAULT_FRONT_END(text, DEFAULT_PARSE_LIMITS), text.length);
}

/** Everything `parse` returns that a caller can see, as JSON (aliases and bigints have their JSON forms). */
function visible(text: string, frontEnd?: YamlFrontEnd): string {
  const r = frontEnd === undefined ? parse(text) : parse(text, { frontEnd });
  return JSON.stringify({ document: r.document, tree: r.tree, diagnostics: r.diagnostics });
}

/** Small edits of a corpus file: a character replaced, a line dropped or doubled, a tab put in. */
const mutatedCorpus = fc
  .tuple(
    fc.nat({ max: Math.max(0, corpus.length - 1) }),
    fc.array(
      fc.tuple(
        fc.nat(),
        fc.constantFrom(" ", "\t", ":", "-", "'", '"', "[", "{", "#", "&x ", "*x", "\n", "\r\n", "<<: ", "!!str "),
      ),
      {
        minLength: 1,
        maxLength: 4,
      },
    ),
  )
  .map(([index, edits]) => {
    let text = corpus[index] ?? "";
    for (const [at, piece] of edits) {
      const i = text.length === 0 ? 0 : at % text.length;
      text = text.slice(0, i) + piece + text.slice(i + 1);
    }
    return text;
  });

const yamlish = fc.stringMatching(/^[ \t\r\n:\-?[\]{},#&*!|>'"%@`a-z0-9.<~\uFEFF\u{1F600}]*$/u, { maxLength: 200 });

describe("the default front end keeps the tree contract (parse trusts it)", () => {
  it("is trusted by parse, while other front ends are checked", () => {
    expect(isTrustedFrontEnd(checkedDefault)).toBe(false);
    const broken: YamlFrontEnd = () => ({ root: { kind: "map" }, diagnostics: [] }) as unknown as YamlTree;
    const r = parse("a: 1", { frontEnd: broken });
    expect(r.diagnostics.map((d) => d.code)).toEqual(["internal/exception"]);
    expect(r.diagnostics[0]?.message).toContain("malformed tree");
  });

  it("gives every corpus file a tree that checkTree accepts", () => {
    expect(corpus.length).toBeGreaterThan(0);
    for (const [i, text] of corpus.entries()) expect(contractProblem(text), `corpus file ${i}`).toBeUndefined();
  });

  it("gives the same result as when its tree is checked, on every corpus file", () => {
    for (const [i, text] of corpus.entries())
      expect(visible(text), `corpus file ${i}`).toBe(visible(text, checkedDefault));
  }, 60_000);

  it("keeps the contract on mutated corpus files and on generated texts", () => {
    fc.assert(
      fc.property(fc.oneof(mutatedCorpus, yamlish), (text) => {
        const problem = contractProblem(text);
        if (problem !== undefined) throw new Error(`${problem} for ${JSON.stringify(text)}`);
        if (visible(text) !== visible(text, checkedDefault))
          throw new Error(`parse differs for ${JSON.stringify(text)}`);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it("writes aliases of a trusted tree as references in JSON, as checkTree would make them", () => {
    const text = "a: &x {b: [1, 2]}\nc: *x\nd: [*x, {e: *x}]\n";
    const json = JSON.stringify(parse(text).tree);
    expect(
      json.match(/"kind":"alias","span":\{[^}]*\},"name":"x","target":\{"\$ref":\{"start":\d+,"end":\d+\}\}/g),
    ).toHaveLength(3);
    expect(json).toBe(JSON.stringify(parse(text, { frontEnd: checkedDefault }).tree));
  });

  it("lets a built-in front end be trusted by registration", () => {
    const registered = trustFrontEnd((text, limits) => DEFAULT_FRONT_END(text, limits));
    expect(isTrustedFrontEnd(registered)).toBe(true);
    expect(isTrustedFrontEnd("not a function")).toBe(false);
    const text = corpus[0] ?? "a: 1\n";
    expect(visible(text, registered)).toBe(visible(text));
  });
});
