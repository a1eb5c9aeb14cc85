import { candidateCounts, estimate, parallelLayout } from "@akash-sdl/estimator";
import { createDiagnostic, createLineCounter, formatDiagnostic } from "@akash-sdl/core";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/main.js";
import { expandBraces } from "../../src/util/expand-braces.js";
import { compileGlobSegment, hasGlobMagic } from "../../src/util/glob-segment.js";
import { renderFileReport } from "../../src/validate/render-file-report.js";
import { testIo } from "../util/buffer-io.js";
import { removeTempTrees, tempTree } from "../util/temp-tree.js";

afterAll(removeTempTrees);

/** Runs `f` and returns its result with the milliseconds it took. */
function timed<T>(f: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = f();
  return { value, ms: performance.now() - start };
}

describe("issue 12 item 2: estimate bounds GPU counts", () => {
  it.each([
    [["--gpus", "1000000000"], /--gpus needs a whole number from 1 to 1024, got '1000000000'/],
    [["--gpus", "100000000"], /from 1 to 1024/],
    [["--max-gpus-per-node", "999983"], /--max-gpus-per-node needs a whole number from 1 to 64/],
  ])("%j exits 2 with the range, at once", async (extra, message) => {
    const io = testIo("/");
    const { value } = timed(() => main(["estimate", "--model", "llama-3.1-8b", ...extra], io));
    expect(await value).toBe(2);
    expect(io.stderr.text()).toMatch(message);
  });

  it("the library refuses the same counts with estimate/invalid-option instead of running out of memory", () => {
    const { value, ms } = timed(() => estimate({ model: "llama-3.1-8b", constraints: { gpuCount: 1_000_000_000 } }));
    expect(value.plans).toEqual([]);
    expect(value.diagnostics.map((d) => d.code)).toContain("estimate/invalid-option");
    expect(ms).toBeLessThan(2000);
    const perNode = estimate({ model: "llama-3.1-8b", constraints: { maxGpusPerNode: 999_983 } });
    expect(perNode.diagnostics.map((d) => d.code)).toContain("estimate/invalid-option");
  });

  it("candidateCounts and parallelLayout stay bounded for hostile arguments", () => {
    const { value, ms } = timed(() => candidateCounts(1, 1e12));
    expect(value.length).toBeLessThanOrEqual(1025);
    expect(ms).toBeLessThan(200);
    expect(candidateCounts(8, 32)).toEqual([1, 2, 4, 8, 16, 24, 32]);
    const plan = estimate({ model: "llama-3.1-8b", constraints: { gpuCount: 1021, maxGpusPerNode: 64 } });
    expect(plan.plans.length).toBeGreaterThan(0);
    void parallelLayout;
  });
});

describe("issue 12 item 3: brace expansion is linear and never overflows the stack", () => {
  it("26 groups expand to the 1,024 cap at once", () => {
    const { value, ms } = timed(() => expandBraces("{a,b}".repeat(26)));
    expect(value).toHaveLength(1024);
    expect(value[0]).toBe("a".repeat(26));
    expect(ms).toBeLessThan(1000);
  });

  it("5,000 groups and 5,000 nested braces neither throw nor hang", () => {
    const { value, ms } = timed(() => [
      expandBraces("{a,b}".repeat(5000)).length,
      expandBraces(`${"{a,".repeat(5000)}b${"}".repeat(5000)}`).length,
      hasGlobMagic("{".repeat(100_000)),
    ]);
    expect(value[0]).toBe(1024);
    expect(value[1]).toBeGreaterThan(0);
    expect(value[2]).toBe(false);
    expect(ms).toBeLessThan(5000);
  });

  it("a non-existent brace argument ends quickly with exit 2 and valid JSON", async () => {
    const dir = await tempTree({ "a.yaml": "x: 1\n" });
    const io = testIo(dir);
    const code = await main(["validate", "--format", "json", "{a,b}".repeat(5000)], io);
    expect(code).toBe(2);
    const out = JSON.parse(io.stdout.text()) as { files: { diagnostics: { code: string }[] }[] };
    expect(out.files[0]?.diagnostics[0]?.code).toBe("cli/no-files-matched");
  });
});

describe("issue 12 item 4: text output is linear in the output, not in the line length", () => {
  it("1,000 diagnostics on one 1 MiB line render in well under a second each", () => {
    const text = `k: ${"x".repeat(1 << 20)}\n`;
    const lineCounter = createLineCounter(text);
    const diagnostics = Array.from({ length: 1000 }, (_, i) => {
      const start = 3 + Math.floor((i * (text.length - 10)) / 1000);
      return createDiagnostic("yaml/syntax", `Problem ${i}.`, { start, end: start + 3 });
    });
    const { value, ms } = timed(() =>
      renderFileReport(
        { file: "long.yaml", text, lineCounter, diagnostics, ioProblem: false },
        { color: false, maxWidth: 100 },
      ),
    );
    expect(ms).toBeLessThan(5000);
    const lines = value.split("\n");
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(200);
    expect(value.match(/\^\^\^/g)).toHaveLength(1000);
  });

  it("a frame far into a long line still puts the carets under the span", () => {
    const text = `${"a".repeat(5000)}BAD${"a".repeat(5000)}\n`;
    const out = formatDiagnostic(createDiagnostic("yaml/syntax", "Bad.", { start: 5000, end: 5003 }), {
      fileName: "f.yaml",
      text,
      maxWidth: 60,
    });
    const [, source, carets] = out.split("\n");
    expect(source?.indexOf("BAD")).toBe(carets?.indexOf("^^^"));
  });
});

describe("issue 12 item 6: glob segments match in linear time", () => {
  it("*a*a*a*a*a*a*b against a 200-character name is instant", () => {
    const name = "a".repeat(200);
    const { value, ms } = timed(() => [
      compileGlobSegment("*a*a*a*a*b").test(name),
      compileGlobSegment(`${"*a".repeat(12)}*b`).test(name),
      compileGlobSegment(`${"*a".repeat(12)}*`).test(name),
    ]);
    expect(value).toEqual([false, false, true]);
    expect(ms).toBeLessThan(500);
  });
});
