import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/main.js";
import { hasRawControls } from "../../src/safety/escape-controls.js";
import { testIo } from "../util/buffer-io.js";
import type { TestIo } from "../util/buffer-io.js";
import { removeTempTrees, tempTree } from "../util/temp-tree.js";
import { INVALID_SDL, VALID_SDL, WARNING_SDL } from "./fixtures.js";

afterAll(removeTempTrees);

/** Valid for Console, refused by Go: `512Gb` (Console reads it as 512 × 10^9 bytes). */
const CONSOLE_ONLY = VALID_SDL.replace("size: 512Mi", "size: 512Gb");

interface JsonFile {
  file: string;
  diagnostics: { code: string; severity: string; line: number | null }[];
  accepts: { go: boolean; console: boolean } | null;
  skipped?: boolean;
}
interface JsonOut {
  files: JsonFile[];
  summary: { files: number; errors: number; warnings: number; skipped: number };
}

async function run(cwd: string, args: string[]): Promise<{ code: number; io: TestIo }> {
  const io = testIo(cwd);
  const code = await main(["validate", ...args], io);
  return { code, io };
}
const json = (io: TestIo): JsonOut => JSON.parse(io.stdout.text()) as JsonOut;

describe("akash-sdl validate --target / --strict / --network", () => {
  it("grades a Go-only refusal as a warning under any, an error under go and portable, nothing wrong under console", async () => {
    const dir = await tempTree({ "c.yaml": CONSOLE_ONLY });
    const verdicts: Record<string, [number, string[]]> = {};
    for (const target of ["any", "go", "console", "portable"]) {
      const { code, io } = await run(dir, ["--format", "json", "--target", target, "c.yaml"]);
      const file = json(io).files[0];
      verdicts[target] = [code, (file?.diagnostics ?? []).filter((d) => d.severity === "error").map((d) => d.code)];
      expect(file?.accepts).toEqual({ go: false, console: true });
    }
    expect(verdicts["any"]?.[0]).toBe(0);
    expect(verdicts["go"]?.[0]).toBe(1);
    expect(verdicts["portable"]?.[0]).toBe(1);
    expect(verdicts["console"]?.[0]).toBe(0);
  });

  it("--strict is --target console; it cannot be combined with another target", async () => {
    const dir = await tempTree({ "w.yaml": WARNING_SDL });
    const strict = await run(dir, ["--format", "json", "--strict", "w.yaml"]);
    const console = await run(dir, ["--format", "json", "--target", "console", "w.yaml"]);
    expect(strict.code).toBe(console.code);
    expect(json(strict.io)).toEqual(json(console.io));
    const both = await run(dir, ["--strict", "--target", "go", "w.yaml"]);
    expect(both.code).toBe(2);
    expect(both.io.stderr.text()).toMatch(/--strict means --target console/);
  });

  it.each([
    [["--target", "rust"], /unknown target 'rust'/],
    [["--network", "moon"], /unknown network 'moon'/],
    [["--format", "xml"], /unknown format 'xml' \(use text, json, github or sarif\)/],
  ])("%j is a usage error", async (args, message) => {
    const { code, io } = await run("/", [...args, "x.yaml"]);
    expect(code).toBe(2);
    expect(io.stderr.text()).toMatch(message);
  });

  it("accepts --network mainnet|sandbox|testnet", async () => {
    const dir = await tempTree({ "ok.yaml": VALID_SDL });
    for (const network of ["mainnet", "sandbox", "testnet"]) {
      const { io } = await run(dir, ["--format", "json", "--network", network, "ok.yaml"]);
      expect(json(io).files[0]?.accepts).not.toBeNull();
    }
  });

  it("adds accepts to every JSON file entry (null when the file was not checked)", async () => {
    const dir = await tempTree({ "ok.yaml": VALID_SDL, "bad.yaml": INVALID_SDL });
    const { io } = await run(dir, ["--format", "json", "ok.yaml", "bad.yaml", "gone.yaml"]);
    const byName = Object.fromEntries(json(io).files.map((f) => [f.file, f.accepts]));
    expect(byName).toEqual({
      "ok.yaml": { go: true, console: true },
      "bad.yaml": { go: false, console: false },
      "gone.yaml": null,
    });
  });

  it("ends each text block with the verdict in words", async () => {
    const dir = await tempTree({ "c.yaml": CONSOLE_ONLY, "bad.yaml": INVALID_SDL });
    const { io } = await run(dir, ["c.yaml", "bad.yaml"]);
    const out = io.stdout.text();
    expect(out).toContain("c.yaml: provider-services (Go) rejects it; Console accepts it.\n");
    expect(out).toContain("bad.yaml: provider-services (Go) and Console both reject it.\n");
  });
});

describe("foreign YAML in directory walks", () => {
  const files = {
    "repo/deploy.yaml": VALID_SDL,
    "repo/docker-compose.yml": 'version: "2"\nservices:\n  web:\n    image: nginx\n    ports:\n      - "80:80"\n',
    "repo/ci/build.yml": "name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n",
    "repo/k8s/app.yaml": "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n",
  };

  it("skips Compose (even version 2), workflows and manifests with a note, counted as skipped", async () => {
    const dir = await tempTree(files);
    const { code, io } = await run(dir, ["--format", "json", "repo"]);
    expect(code).toBe(0);
    const out = json(io);
    expect(out.summary).toMatchObject({ files: 4, errors: 0, skipped: 3 });
    const skipped = out.files.filter((f) => f.skipped === true);
    expect(skipped.map((f) => f.file).sort()).toEqual([
      "repo/ci/build.yml",
      "repo/docker-compose.yml",
      "repo/k8s/app.yaml",
    ]);
    for (const f of skipped) {
      expect(f.diagnostics.map((d) => [d.code, d.severity])).toEqual([["cli/not-sdl", "info"]]);
      expect(f.accepts).toBeNull();
    }
    const text = await run(dir, ["repo"]);
    expect(text.io.stdout.text()).toMatch(/4 files, 0 errors, 0 warnings, 3 skipped \(not SDL\)\n$/);
    expect(text.io.stdout.text()).toContain("looks like a Docker Compose file");
  });

  it("validates a foreign file named explicitly", async () => {
    const dir = await tempTree(files);
    expect((await run(dir, ["repo/docker-compose.yml"])).code).toBe(1);
  });
});

describe("--format github and sarif", () => {
  const evil = VALID_SDL.replace(
    "  web:\n    image",
    '  "we\\u001b]0;x\\u0007b\\nfake.yaml:1:1: error: forged\\u202e":\n    image',
  ).replace("size: 512Mi", "size: 512Zb");

  it("writes one workflow command per diagnostic with escaped data, then the summary", async () => {
    const dir = await tempTree({ "bad.yaml": INVALID_SDL, "e%vil,x.yaml": evil });
    const { code, io } = await run(dir, ["--format", "github", "bad.yaml", "e%vil,x.yaml"]);
    expect(code).toBe(1);
    const lines = io.stdout.text().trimEnd().split("\n");
    expect(lines[0]).toMatch(
      /^::error file=bad\.yaml,line=16,col=20,endLine=16,endColumn=22,title=scalar\/invalid-size-suffix::'Zb' is not a valid size suffix/,
    );
    expect(lines.some((l) => l.startsWith("::error file=e%25vil%2Cx.yaml,"))).toBe(true);
    expect(lines.at(-1)).toMatch(/^2 files, \d+ errors?/);
    for (const l of lines) expect(l.startsWith("::") || /^\d+ files/.test(l), l).toBe(true);
    expect(hasRawControls(io.stdout.text().replace(/\n/g, ""))).toBe(false);
  });

  it("writes a SARIF 2.1.0 log with rules, levels and 1-based regions", async () => {
    const dir = await tempTree({ "bad.yaml": INVALID_SDL, "w.yaml": WARNING_SDL, "e.yaml": evil });
    const { code, io } = await run(dir, ["--format", "sarif", "bad.yaml", "w.yaml", "e.yaml", "gone.yaml"]);
    expect(code).toBe(2);
    type Result = {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string }; region?: Record<string, number> } }[];
    };
    const log = JSON.parse(io.stdout.text()) as {
      version: string;
      $schema: string;
      runs: { tool: { driver: { name: string; rules: { id: string }[] } }; results: Result[]; columnKind: string }[];
    };
    expect(log.version).toBe("2.1.0");
    const run0 = log.runs[0];
    expect(run0?.tool.driver.name).toBe("akash-sdl");
    expect(run0?.columnKind).toBe("utf16CodeUnits");
    const results = run0?.results ?? [];
    const size = results.find(
      (r) =>
        r.ruleId === "scalar/invalid-size-suffix" &&
        r.locations[0]?.physicalLocation.artifactLocation.uri === "bad.yaml",
    );
    expect(size?.level).toBe("error");
    expect(size?.locations[0]?.physicalLocation.region).toEqual({
      startLine: 16,
      startColumn: 20,
      endLine: 16,
      endColumn: 22,
    });
    for (const r of results) expect(run0?.tool.driver.rules[r.ruleIndex]?.id).toBe(r.ruleId);
    expect(results.some((r) => r.level === "warning")).toBe(true);
    const missing = results.find((r) => r.ruleId === "cli/file-not-found");
    expect(missing?.locations[0]?.physicalLocation.region).toBeUndefined();
    for (const r of results) expect(hasRawControls(r.message.text)).toBe(false);
  });
});
