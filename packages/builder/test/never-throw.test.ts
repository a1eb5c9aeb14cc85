import { parse, toPlainValue } from "@akash-sdl/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatSdl, renameService, setCount, setEnv, setImage, setValue } from "../src/index.js";
import { corpusFiles } from "./support/corpus.js";

const SAMPLE = `version: "2.0"
services:
  web: &w
    image: nginx
    env: [A=1]
    expose:
      - port: 80
        to: [{global: true}]
  api: *w
profiles:
  compute:
    web: {resources: {cpu: {units: 1}, memory: {size: 1Gi}, storage: {size: 1Gi}}}
deployment:
  web: {dc: {profile: web, count: 1}}
`;
const seeds = [
  SAMPLE,
  ...corpusFiles("awesome-akash")
    .slice(0, 40)
    .map((f) => f.text),
];

/** Texts near real SDLs: a seed cut, with a few characters replaced. */
const nearSdl = fc
  .tuple(
    fc.constantFrom(...seeds),
    fc.nat(),
    fc.nat(),
    fc.array(
      fc.tuple(fc.nat(), fc.constantFrom(" ", "\n", ":", "-", "#", "'", '"', "[", "{", "&a", "*a", "\t", "\r\n")),
      { maxLength: 4 },
    ),
  )
  .map(([seed, a, b, changes]) => {
    let text = seed.slice(0, Math.max(a % (seed.length + 1), b % (seed.length + 1)));
    for (const [at, s] of changes) {
      const i = text.length === 0 ? 0 : at % text.length;
      text = text.slice(0, i) + s + text.slice(i + 1);
    }
    return text;
  });

describe("never throws on any text", () => {
  it("formatSdl keeps the value and is idempotent whenever it formats; edits never throw", () => {
    fc.assert(
      fc.property(nearSdl, (text) => {
        const once = formatSdl(text);
        if (once.text !== text) {
          expect(toPlainValue(parse(once.text).tree.root)).toEqual(toPlainValue(parse(text).tree.root));
          expect(formatSdl(once.text).text).toBe(once.text);
        }
        const image = setImage(text, "web", "x:1");
        if (image.edits.length > 0 && !parse(text).diagnostics.some((d) => d.code.startsWith("yaml/"))) {
          const after = toPlainValue(parse(image.text).tree.root) as { services?: { web?: { image?: unknown } } };
          expect(after.services?.web?.image).toBe("x:1");
        }
        for (const r of [
          image,
          setCount(text, "web", 2),
          setEnv(text, "web", { B: "2" }),
          renameService(text, "web", "site"),
          setValue(text, ["services", "web", "expose", 0, "port"], 81),
        ]) {
          expect(typeof r.text).toBe("string");
          if (r.edits.length === 0) expect(r.text).toBe(text);
        }
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
