import { open, readFile, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { parse, toPlainValue } from "@akash-sdl/core";
import { compile, manifestVersionHex } from "@akash-sdl/compiler";
import { validate } from "@akash-sdl/validator";
import { afterAll, describe, expect, it } from "vitest";
import { unifiedDiff } from "../../src/build/unified-diff.js";
import { writeFileAtomic } from "../../src/build/write-atomic.js";
import { main } from "../../src/main.js";
import { testIo, type TestIo } from "../util/buffer-io.js";
import { removeTempTrees, tempTree } from "../util/temp-tree.js";

afterAll(removeTempTrees);

async function run(cwd: string, args: string[]): Promise<{ code: number; io: TestIo }> {
  const io = testIo(cwd);
  const code = await main(args, io);
  return { code, io };
}

const SDL = `# my app
version: "2.0"
services:
    web:
        image: nginx:1.25   # pinned
        expose:
        - port: 80
          to:
          - global: true
profiles:
  compute:
    web:
      resources: {cpu: {units: 0.5}, memory: {size: 512Mi}, storage: {size: 1Gi}}
  placement:
    dcloud:
      pricing: {web: {denom: uact, amount: 100}}
deployment:
  web:
    dcloud:
      profile: web
      count: 1
`;

/** Models across LLM, MoE, GGUF, diffusion, speech and embedding: init must give a valid SDL that compiles. */
const MODELS: readonly string[][] = [
  ["--model", "llama-3.1-8b", "--context", "8192"],
  ["--model", "meta-llama/Llama-3.1-8B-Instruct", "--context", "8192", "--gpu", "a100"],
  ["--model", "llama-3.1-70b", "--context", "16384", "--gpu", "h100", "--gpu-memory-utilization", "0.92"],
  ["--model", "Qwen/Qwen3-30B-A3B", "--engine", "sglang", "--context", "32768"],
  ["--model", "mistralai/Mixtral-8x7B-v0.1", "--dtype", "fp8", "--context", "8192"],
  ["--model", "openai/gpt-oss-20b", "--context", "16384"],
  ["--model", "mistralai/Mistral-7B-Instruct-v0.3", "--engine", "tgi", "--context", "8192"],
  ["--model", "llama-3.1-8b", "--engine", "ollama", "--open-webui"],
  ["--model", "Qwen/Qwen3-8B", "--engine", "llama.cpp", "--context", "16384"],
  ["--model", "black-forest-labs/FLUX.1-schnell"],
  ["--model", "stabilityai/stable-diffusion-xl-base-1.0"],
  ["--model", "openai/whisper-large-v3"],
  ["--model", "BAAI/bge-m3"],
  ["--model", "nomic-ai/nomic-embed-text-v1.5"],
  ["--model", "llama-3.1-8b", "--template", "jupyter-benchmark"],
  ["--model", "llama-3.1-8b", "--task", "finetune", "--method", "lora", "--seq-len", "2048"],
];

describe("akash-sdl init", () => {
  it.each(MODELS)(
    "init %s %s … writes an SDL that validates and compiles, and prints its hash",
    async (...args) => {
      const dir = await tempTree({});
      const { code, io } = await run(dir, ["init", ...args, "-o", "deploy.yaml"]);
      expect(io.stderr.text()).not.toMatch(/^error/m);
      expect(code).toBe(0);
      const text = await readFile(join(dir, "deploy.yaml"), "utf8");
      expect(text).toMatch(/^# .* (served by|fine-tuning) .*\n# Sized by @akash-sdl\/estimator: /);
      expect(validate(parse(text)).filter((d) => d.severity === "error")).toEqual([]);
      const compiled = compile(text);
      expect(compiled.value).toBeDefined();
      expect(io.stdout.text()).toBe(
        `wrote deploy.yaml (manifest version ${manifestVersionHex(compiled.value!.manifest)})\n`,
      );
    },
    30_000,
  );

  it("passes the engine flags the plan implies (TP, length, KV dtype, lowered max-num-seqs, utilisation)", async () => {
    const args = [
      "init",
      "--model",
      "llama-3.1-70b",
      "--gpu",
      "h100",
      "--gpus",
      "4",
      "--context",
      "32768",
      "--concurrency",
      "16",
      "--kv-dtype",
      "fp8",
      "--max-num-seqs",
      "16",
      "--gpu-memory-utilization",
      "0.92",
    ];
    const { code, io } = await run(await tempTree({}), args);
    expect(code).toBe(0);
    const value = toPlainValue(parse(io.stdout.text()).tree.root) as { services: { vllm: { args: string[] } } };
    const flags = value.services.vllm.args.join(" ");
    for (const f of [
      "--tensor-parallel-size 4",
      "--max-model-len 32768",
      "--kv-cache-dtype fp8",
      "--max-num-seqs 16",
      "--gpu-memory-utilization 0.92",
    ])
      expect(flags).toContain(f);
  });

  it("keeps the Hugging Face id as given (an instruct variant is what the engine loads)", async () => {
    const { code, io } = await run(await tempTree({}), [
      "init",
      "--model",
      "meta-llama/Llama-3.1-8B-Instruct",
      "--context",
      "8192",
    ]);
    expect(code).toBe(0);
    expect(io.stdout.text()).toContain("- meta-llama/Llama-3.1-8B-Instruct\n");
    expect(io.stderr.text()).toMatch(/^manifest version [0-9a-f]{64}$/m);
  });

  it("init --template web --image nginx:1.27 --port 80 writes a plain web service", async () => {
    const { code, io } = await run(await tempTree({}), [
      "init",
      "--template",
      "web",
      "--image",
      "nginx:1.27",
      "--port",
      "80",
    ]);
    expect(code).toBe(0);
    const value = toPlainValue(parse(io.stdout.text()).tree.root) as { services: Record<string, { image: string }> };
    expect(value.services["web"]?.image).toBe("nginx:1.27");
  });

  it("prices per network denom: uact by default, uakt at --akt-usd, a denom the network refuses is an error", async () => {
    type Priced = { profiles: { placement: { akash: { pricing: { vllm: { denom: string; amount: number } } } } } };
    const priced = async (...extra: string[]) => {
      const { code, io } = await run(await tempTree({}), [
        "init",
        "--model",
        "llama-3.1-8b",
        "--context",
        "8192",
        ...extra,
      ]);
      const value = toPlainValue(parse(io.stdout.text()).tree.root) as Priced;
      return { code, io, price: value.profiles.placement.akash.pricing.vllm };
    };
    const uact = await priced();
    expect(uact.code).toBe(0);
    expect(uact.price.denom).toBe("uact");
    const uakt = await priced("--denom", "uakt", "--akt-usd", "2");
    expect(uakt.code).toBe(0);
    expect(uakt.price.denom).toBe("uakt");
    // Half as many micro-AKT as micro-ACT at 2 USD per AKT (each rounded up to a whole unit).
    expect(Math.abs(2 * uakt.price.amount - uact.price.amount)).toBeLessThanOrEqual(2);
    expect(uakt.io.stdout.text()).toContain(`# Price ceiling ${uakt.price.amount} uakt/block (about `);
    expect(uakt.io.stdout.text()).toContain("25% headroom, 2 USD/AKT).");
    const unpriced = await priced("--denom", "uakt");
    expect(unpriced.io.stderr.text()).toContain("pricing uakt at 1 USD per AKT; pass --akt-usd N");
    // Mainnet's USDC denom is not a testnet denom: the validator refuses it and init exits 1.
    const usdc = "ibc/170C677610AC31DF0904FFE09CD3B5C657492170E7E52372E48756B71E56F2F1";
    const refused = await priced("--network", "testnet", "--denom", usdc);
    expect(refused.code).toBe(1);
    expect(refused.io.stderr.text()).toMatch(/^error \S+: /m);
    expect((await run(await tempTree({}), ["init", "--model", "llama-3.1-8b", "--akt-usd", "-1"])).code).toBe(2);
  });

  it("refuses a template that does not serve the model's task", async () => {
    const { code, io } = await run(await tempTree({}), ["init", "--model", "BAAI/bge-m3", "--template", "vllm"]);
    expect(code).toBe(2);
    expect(io.stderr.text()).toContain("build/template-mismatch");
    expect(io.stdout.text()).toBe("");
  });

  it("usage errors exit 2; an unknown template is named", async () => {
    expect((await run(await tempTree({}), ["init"])).code).toBe(2);
    const bad = await run(await tempTree({}), ["init", "--model", "llama-3.1-8b", "--template", "nope"]);
    expect(bad.code).toBe(2);
    expect(bad.io.stderr.text()).toContain("unknown template 'nope'");
  });
});

describe("akash-sdl fmt", () => {
  it("formats in place keeping comments; --check then passes; idempotent", async () => {
    const dir = await tempTree({ "a.yaml": SDL });
    const check = await run(dir, ["fmt", "--check", "a.yaml"]);
    expect(check.code).toBe(1);
    expect(check.io.stdout.text()).toBe("a.yaml: not formatted\n");
    expect(await readFile(join(dir, "a.yaml"), "utf8")).toBe(SDL);
    expect((await run(dir, ["fmt", "a.yaml"])).code).toBe(0);
    const text = await readFile(join(dir, "a.yaml"), "utf8");
    expect(text).toContain(
      "  web:\n    image: nginx:1.25 # pinned\n    expose:\n      - port: 80\n        to:\n          - global: true\n",
    );
    expect(text.startsWith("# my app\n")).toBe(true);
    expect(toPlainValue(parse(text).tree.root)).toEqual(toPlainValue(parse(SDL).tree.root));
    expect((await run(dir, ["fmt", "--check", "a.yaml"])).code).toBe(0);
    expect((await readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("akash-sdl edit", () => {
  it("unifiedDiff numbers hunks like diff -u", () => {
    expect(unifiedDiff("a\nb\nc\n", "a\nB\nc\nd\n", "f")).toBe(
      "--- a/f\n+++ b/f\n@@ -1,3 +1,4 @@\n a\n-b\n+B\n c\n+d\n",
    );
    expect(unifiedDiff("x\n", "x\n", "f")).toBe("");
  });

  it("--dry-run prints a unified diff and writes nothing", async () => {
    const dir = await tempTree({ "a.yaml": SDL });
    const { code, io } = await run(dir, [
      "edit",
      "a.yaml",
      "--set",
      "services.web.image=nginx:1.27",
      "--set",
      "deployment.web.dcloud.count=2",
      "--dry-run",
    ]);
    expect(code).toBe(0);
    expect(io.stdout.text()).toBe(
      unifiedDiff(SDL, SDL.replace("nginx:1.25", "nginx:1.27").replace("count: 1", "count: 2"), "a.yaml"),
    );
    expect(io.stdout.text()).toContain(
      "-        image: nginx:1.25   # pinned\n+        image: nginx:1.27   # pinned\n",
    );
    expect(await readFile(join(dir, "a.yaml"), "utf8")).toBe(SDL);
  });

  it("writes only the edited bytes, renames a service with its references", async () => {
    const dir = await tempTree({ "a.yaml": SDL });
    const { code } = await run(dir, [
      "edit",
      "a.yaml",
      "--set",
      "services.web.image=nginx:1.27",
      "--rename-service",
      "web=frontend",
    ]);
    expect(code).toBe(0);
    const text = await readFile(join(dir, "a.yaml"), "utf8");
    expect(text).toBe(
      SDL.replace("nginx:1.25", "nginx:1.27")
        .replace("    web:\n        image", "    frontend:\n        image")
        .replace("    web:\n      resources", "    frontend:\n      resources")
        .replace("{web: {denom", "{frontend: {denom")
        .replace("  web:\n    dcloud:\n      profile: web", "  frontend:\n    dcloud:\n      profile: frontend"),
    );
    expect(validate(parse(text)).filter((d) => d.severity === "error")).toEqual([]);
  });

  it("a number for a string value stays a string (version)", async () => {
    const dir = await tempTree({ "a.yaml": SDL });
    expect(
      (await run(dir, ["edit", "a.yaml", "--set", "version=2.1", "--set", "deployment.web.dcloud.count=3"])).code,
    ).toBe(0);
    const text = await readFile(join(dir, "a.yaml"), "utf8");
    expect(text).toContain('version: "2.1"\n');
    expect(text).toContain("count: 3\n");
  });

  it("a failing step writes nothing and exits 1", async () => {
    const dir = await tempTree({ "a.yaml": SDL });
    const { code, io } = await run(dir, [
      "edit",
      "a.yaml",
      "--set",
      "services.web.image=x:1",
      "--rename-service",
      "nope=other",
    ]);
    expect(code).toBe(1);
    expect(io.stderr.text()).toContain("Nothing was written.");
    expect(await readFile(join(dir, "a.yaml"), "utf8")).toBe(SDL);
  });
});

describe("writeFileAtomic", () => {
  it("replaces the file by a rename: a reader holding the old file keeps the old bytes whole", async () => {
    const dir = await tempTree({ "a.yaml": SDL });
    const path = join(dir, "a.yaml");
    const reader = await open(path, "r");
    const before = (await stat(path)).ino;
    await writeFileAtomic(path, 'version: "2.1"\n');
    expect((await stat(path)).ino).not.toBe(before);
    expect(await readFile(path, "utf8")).toBe('version: "2.1"\n');
    expect((await reader.readFile("utf8")).toString()).toBe(SDL);
    await reader.close();
    expect((await readdir(dir)).sort()).toEqual(["a.yaml"]);
  });

  it("leaves no temporary file and the target untouched when the rename fails", async () => {
    const dir = await tempTree({ "a.yaml": SDL, "sub/keep.txt": "x" });
    await expect(writeFileAtomic(join(dir, "sub"), "new")).rejects.toThrow();
    expect(await readFile(join(dir, "sub/keep.txt"), "utf8")).toBe("x");
    expect((await readdir(dir)).sort()).toEqual(["a.yaml", "sub"]);
  });
});

describe("akash-sdl edit --set values", () => {
  it("--set PATH removes a key, JSON values become YAML, look-alikes are quoted", async () => {
    const dir = await tempTree({ "a.yaml": SDL });
    const { code } = await run(dir, [
      "edit",
      "a.yaml",
      "--set",
      'services.web.args=["yes","0777","--port"]',
      "--set",
      "services.web.expose.0.to",
    ]);
    expect(code).toBe(0);
    const text = await readFile(join(dir, "a.yaml"), "utf8");
    const value = toPlainValue(parse(text).tree.root) as {
      services: { web: { args: string[]; expose: Record<string, unknown>[] } };
    };
    expect(value.services.web.args).toEqual(["yes", "0777", "--port"]);
    expect(value.services.web.expose[0]).toEqual({ port: 80 });
    expect(text).toContain('- "yes"');
    expect(text).toContain('- "0777"');
    expect(text.startsWith("# my app\n")).toBe(true);
    expect(text).toContain("image: nginx:1.25   # pinned\n");
  });
});
