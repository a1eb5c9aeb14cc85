import { parse } from "@akash-sdl/core";
import type { ParseResult } from "@akash-sdl/core";
import { validate } from "@akash-sdl/validator";
import { describe, expect, it } from "vitest";
// The campaign lives in the repository's fuzz/ folder (plain ESM, shared with `pnpm fuzz`).
// @ts-expect-error -- plain JavaScript without type declarations
import { makeCase, runCampaign } from "../../../../fuzz/campaign.mjs";
// @ts-expect-error -- plain JavaScript without type declarations
import { MUTATIONS } from "../../../../fuzz/mutations.mjs";
import { main } from "../../src/main.js";
import { renderFileReport } from "../../src/validate/render-file-report.js";
import type { FileReport } from "../../src/validate/validate-file.js";
import { bufferSink } from "../util/buffer-io.js";
import { HAS_CORPUS, corpusFiles } from "../support/corpus.js";

/** Seconds of the CI slice (`AKASH_SDL_FUZZ_SECONDS` overrides; `pnpm fuzz` runs longer campaigns). */
const SECONDS = Number(process.env["AKASH_SDL_FUZZ_SECONDS"] ?? 30);
/** The fixed seed of the CI slice. */
const SEED = 20261206;

type Failure = { index: number; how: string[]; problems: string[] };

if (!HAS_CORPUS) console.warn("[akash-sdl tests] corpus not found: the fuzz slice runs on generated inputs only");

describe("fuzz campaign (CI slice)", () => {
  it("has at least 30 mutation kinds and reproduces a case from (seed, index)", () => {
    expect(Object.keys(MUTATIONS as object).length).toBeGreaterThanOrEqual(30);
    const corpus = [{ name: "a.yaml", text: "version: '2.0'\nservices:\n  web:\n    image: nginx\n" }];
    expect(makeCase(7, 42, corpus)).toEqual(makeCase(7, 42, corpus));
    expect(makeCase(7, 42, corpus)).not.toEqual(makeCase(7, 43, corpus));
  });

  it("reports a throw, a span outside the text, a raw control character and a slow input", async () => {
    const busy = (ms: number): void => {
      const end = performance.now() + ms;
      while (performance.now() < end) {
        /* a hostile input's cost */
      }
    };
    const render = (report: FileReport): string => renderFileReport(report, { color: false, maxWidth: 100 });
    const run = async (deps: Record<string, unknown>): Promise<string[]> => {
      const r = (await runCampaign(
        { renderText: render, runCli: async () => ({ code: 0, stdout: "{}", stderr: "" }), ...deps },
        { seed: 1, seconds: 30, maxCases: 3, corpus: [{ name: "a.yaml", text: "a: 1\n" }] },
      )) as { failures: Failure[] };
      return r.failures.flatMap((f) => f.problems.map((p) => p.split(":")[0] ?? ""));
    };
    expect(
      await run({
        parse: () => {
          throw new Error("boom");
        },
      }),
    ).toContain("parse threw");
    expect(
      await run({
        parse: (t: string) => ({
          ...parse(t),
          diagnostics: [{ code: "x/y", severity: "error", message: "m", span: { start: 0, end: t.length + 5 } }],
        }),
      }),
    ).toContain("parse span out of text");
    expect(await run({ parse, renderText: () => "ok\u001b[2J" })).toContain(
      "raw control character U+001b in text output",
    );
    expect(await run({ parse: (t: string) => (t.includes("version") ? undefined : busy(400), parse(t)) })).toContain(
      "slow",
    );
    expect(await run({ parse })).toEqual([]);
  }, 120_000);

  it(
    `runs ${SECONDS} s of parse + validate + format + CLI over corpus mutations without a throw, a bad span, a raw control or a slow input`,
    async () => {
      const deps = {
        parse: (text: string) => parse(text),
        validate: (parsed: ParseResult) => validate(parsed),
        renderText: (report: FileReport) => renderFileReport(report, { color: false, maxWidth: 100 }),
        runCli: async (argv: string[], bytes: Uint8Array) => {
          const stdout = bufferSink();
          const stderr = bufferSink();
          const code = await main(argv, {
            stdout,
            stderr,
            cwd: process.cwd(),
            env: {},
            readStdin: async (max: number) => bytes.subarray(0, max + 1),
          });
          return { code, stdout: stdout.text(), stderr: stderr.text() };
        },
      };
      const result = (await runCampaign(deps, { seed: SEED, seconds: SECONDS, corpus: corpusFiles() })) as {
        cases: number;
        failures: Failure[];
      };
      expect(result.cases).toBeGreaterThan(10);
      const summary = result.failures.map(
        (f) => `case ${f.index} (${f.how.join(" + ")}): ${f.problems[0]?.split("\n")[0] ?? ""}`,
      );
      expect(summary).toEqual([]);
    },
    (SECONDS + 120) * 1000,
  );
});
