import { afterAll, describe, expect, it } from "vitest";
import { runEstimate } from "../../src/estimate-command.js";
import { main } from "../../src/main.js";
import { testIo } from "../util/buffer-io.js";
import { removeTempTrees, tempTree } from "../util/temp-tree.js";

afterAll(removeTempTrees);

const ESC = "\u001b[";

describe("akash-sdl estimate", () => {
  it("prints a table of plans with a memory bar per GPU and exits 0 when a plan fits", async () => {
    const io = testIo("/");
    const code = await runEstimate(
      [
        "--model",
        "llama-3.3-70b",
        "--context",
        "8192",
        "--gpu",
        "h100",
        "--gpus",
        "2",
        "--gpu-memory-utilization",
        "0.95",
      ],
      io,
    );
    expect(code).toBe(0);
    const out = io.stdout.text();
    expect(out).toMatch(/meta-llama\/Llama-3\.3-70B-Instruct · 70\.55B params/);
    // 73.8 GiB: 65.7 weights + 1.3 KV + 4.8 activations (current vLLM warms its sampler up for 1,024
    // sequences on an H100) + 2.0 non-torch at TP2 (was 72.1 with a 1.5 GiB activation and 3.6 GiB overhead guess).
    expect(out).toMatch(/2 × h100 80Gi sxm\s+yes\s+\[█+▓?▒+░+·*\] 73\.8\/75\.3 GiB/);
    expect(out).toMatch(/Best plan: 2 × h100 80Gi \(sxm\)/);
    expect(out).toMatch(/Host: 16 vCPU/);
    expect(out).not.toContain(ESC);
  });

  it("returns the pinned plan with fits: no, the reason and fixes, and exits 1", async () => {
    const io = testIo("/");
    const code = await runEstimate(
      ["--model", "llama-3.3-70b", "--gpu", "h100:80:sxm", "--gpus", "1", "--context", "8192"],
      io,
    );
    expect(code).toBe(1);
    const out = io.stdout.text();
    expect(out).toMatch(/1 × h100 80Gi sxm\s+no/);
    expect(out).toMatch(/Closest plan/);
    expect(out).toMatch(/fix: Use 4 × h100 80Gi\./);
    expect(out).toMatch(/warning estimate\/nothing-fits/);
  });

  it("answers an unknown model with 'did you mean' and exit code 2", async () => {
    const io = testIo("/");
    expect(await runEstimate(["--model", "lama-3.1-8b"], io)).toBe(2);
    expect(io.stderr.text()).toMatch(
      /error estimate\/unknown-model: The model 'lama-3\.1-8b' is not in the model catalogue\./,
    );
    expect(io.stderr.text()).toMatch(/Did you mean 'llama-3\.1-8b'/);
    expect(io.stdout.text()).toBe("");
  });

  it.each([
    [["--context", "8k"], /--model is required/],
    [["--model", "x", "--gpus", "two"], /--gpus needs a whole number/],
    [["--model", "x", "--bogus"], /Unknown option '--bogus'/],
    [["--model", "x", "--format", "yaml"], /--format must be text or json/],
    [["--model", "x", "--price", "h100"], /--price needs MODEL=PRICE/],
  ])("rejects %j as a usage error (exit 2)", async (argv, message) => {
    const io = testIo("/");
    expect(await runEstimate(argv, io)).toBe(2);
    expect(io.stderr.text()).toMatch(message);
  });

  it("prints help", async () => {
    const io = testIo("/");
    expect(await runEstimate(["--help"], io)).toBe(0);
    expect(io.stdout.text()).toMatch(/Usage: akash-sdl estimate --model ID/);
  });

  it("writes the stable JSON shape", async () => {
    const io = testIo("/");
    const code = await runEstimate(
      ["--model", "llama-3-8b", "--context", "8192", "--gpu", "rtx4090", "--format", "json"],
      io,
    );
    expect(code).toBe(0);
    const json = JSON.parse(io.stdout.text());
    expect(json.model).toEqual({ id: "meta-llama/Meta-Llama-3-8B", params: 8030261248, activeParams: 8030261248 });
    const plan = json.plans[0];
    expect(Object.keys(plan).slice(0, 16)).toEqual([
      "gpu",
      "gpuCount",
      "fits",
      "reason",
      "perGpu",
      "weightsTotalGiB",
      "kvBytesPerToken",
      "maxContext",
      "cpu",
      "memoryGiB",
      "storageGiB",
      "decodeTokensPerSec",
      "prefillTokensPerSec",
      "interface",
      "nodes",
      "engine",
    ]);
    expect(plan.gpu).toEqual({ vendor: "nvidia", model: "rtx4090", ramGiB: 24 });
    expect(Object.keys(plan.perGpu)).toEqual([
      "weightsGiB",
      "kvCacheGiB",
      "activationsGiB",
      "overheadGiB",
      "totalGiB",
      "usableGiB",
    ]);
    expect(plan.perGpu.weightsGiB).toBe(14.96);
    expect(plan.kvBytesPerToken).toBe(131072);
    expect(plan.fits).toBe(true);
    expect(typeof plan.decodeTokensPerSec).toBe("number");
    expect(json.diagnostics).toEqual([]);
  });

  it("takes vLLM's --max-num-seqs and --max-num-batched-tokens and reports the limits in JSON", async () => {
    const run = async (extra: string[]) => {
      const io = testIo("/");
      await runEstimate(
        ["--model", "llama-3-70b", "--gpu", "h100:80:sxm", "--gpus", "2", "--format", "json", ...extra],
        io,
      );
      return JSON.parse(io.stdout.text()).plans[0];
    };
    const dflt = await run([]);
    expect([dflt.maxNumSeqs, dflt.maxBatchedTokens, dflt.fits]).toEqual([1024, 8192, false]);
    expect(dflt.fixes.map((f: { kind: string }) => f.kind)).toContain("max-num-seqs");
    const fewer = await run(["--max-num-seqs", "256", "--max-num-batched-tokens", "8192"]);
    expect([fewer.maxNumSeqs, fewer.maxBatchedTokens, fewer.fits]).toEqual([256, 8192, true]);
    expect(fewer.perGpu.activationsGiB).toBeLessThan(dflt.perGpu.activationsGiB);
  });

  it("writes JSON with diagnostics and exit 2 for an unknown model", async () => {
    const io = testIo("/");
    expect(await runEstimate(["--model", "nope", "--format", "json"], io)).toBe(2);
    const json = JSON.parse(io.stdout.text());
    expect(json.plans).toEqual([]);
    expect(json.model).toBeNull();
    expect(json.diagnostics[0].code).toBe("estimate/unknown-model");
  });

  it("colours only a terminal, and honours NO_COLOR", async () => {
    const tty = testIo("/", { stdout: { isTTY: true } });
    await runEstimate(["--model", "llama-3-8b", "--context", "8192", "--limit", "2"], tty);
    expect(tty.stdout.text()).toContain(ESC);
    const noColor = testIo("/", { stdout: { isTTY: true }, env: { NO_COLOR: "1" } });
    await runEstimate(["--model", "llama-3-8b", "--context", "8192", "--limit", "2"], noColor);
    expect(noColor.stdout.text()).not.toContain(ESC);
  });

  it("reads prices from --price and --prices FILE and shows cost columns", async () => {
    const dir = await tempTree({ "prices.json": JSON.stringify({ h100: 2.0, "a100:80": 1.2 }) });
    const io = testIo(dir);
    const code = await runEstimate(
      [
        "--model",
        "llama-3.1-8b",
        "--context",
        "8192",
        "--prices",
        "prices.json",
        "--price",
        "rtx4090=0.35",
        "--limit",
        "3",
      ],
      io,
    );
    expect(code).toBe(0);
    const out = io.stdout.text();
    expect(out).toMatch(/\$\/h\s+\$\/Mtok/);
    expect(out).toMatch(/1 × rtx4090 24Gi pcie .* 0\.35/);
    const bad = testIo(dir);
    expect(await runEstimate(["--model", "llama-3.1-8b", "--prices", "missing.json"], bad)).toBe(2);
    expect(bad.stderr.text()).toMatch(/cannot read the price file/);
  });

  it("is wired into the akash-sdl command", async () => {
    const io = testIo("/");
    expect(await main(["estimate", "--model", "whisper-tiny", "--format", "json", "--limit", "1"], io)).toBe(0);
    expect(JSON.parse(io.stdout.text()).plans).toHaveLength(1);
  });

  it("sizes fine-tuning with --task finetune --method qlora", async () => {
    const io = testIo("/");
    expect(
      await runEstimate(
        ["--model", "llama-3.1-70b", "--task", "finetune", "--method", "qlora", "--gpu", "a100:80", "--format", "json"],
        io,
      ),
    ).toBe(0);
    const plan = JSON.parse(io.stdout.text()).plans[0];
    expect(plan.fits).toBe(true);
    expect(plan.gpuCount).toBe(1);
    expect(plan.weightFormat).toBe("nf4");
    expect(plan.trainTokensPerSec).toBeGreaterThan(0);
  });
});
