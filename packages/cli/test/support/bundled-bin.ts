import { execFile, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const BUNDLE_SCRIPT = fileURLToPath(new URL("../../scripts/bundle-bin.mjs", import.meta.url));
const BIN_ENTRY = fileURLToPath(new URL("../../src/bin.ts", import.meta.url));

let built: Promise<string> | undefined;
let builtDir: string | undefined;

/** Removes the temporary bundle (call in `afterAll`). */
export async function removeBundledBin(): Promise<void> {
  if (builtDir !== undefined) await rm(builtDir, { recursive: true, force: true });
  builtDir = undefined;
  built = undefined;
}

/**
 * Bundles the bin from the current sources into a temporary folder (with scripts/bundle-bin.mjs,
 * so with the build's own esbuild options) and resolves to a runnable script path, so
 * process-level tests never depend on a stale `dist/`.
 */
export function bundledBin(): Promise<string> {
  built ??= (async () => {
    const dir = await mkdtemp(join(tmpdir(), "akash-sdl-bin-"));
    builtDir = dir;
    const outdir = join(dir, "bundle");
    await new Promise<void>((resolve, reject) => {
      execFile(process.execPath, [BUNDLE_SCRIPT, "--entry", BIN_ENTRY, "--outdir", outdir], (error, _stdout, stderr) =>
        error ? reject(new Error(`bundling failed: ${stderr}`)) : resolve(),
      );
    });
    const runner = join(dir, "run.mjs");
    const outfile = join(outdir, "akash-sdl.js");
    const { writeFile } = await import("node:fs/promises");
    await writeFile(
      runner,
      `const m = await import(${JSON.stringify(outfile)});\nawait m.runBin(process.argv.slice(2));\n`,
    );
    return runner;
  })();
  return built;
}

/** The outcome of running a shell command line. */
export interface ShellRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `command` with `bash -c` (so tests can use pipes, redirections and `PIPESTATUS`), `$BIN`
 * standing for `node <bundled bin>`; resolves when it exits or after `timeoutMs` (then `code` is null).
 */
export async function runShell(command: string, cwd: string, timeoutMs = 30_000): Promise<ShellRun> {
  const bin = await bundledBin();
  return new Promise((resolve) => {
    const line = command.replaceAll("$BIN", `'${process.execPath}' '${bin}'`);
    const child = spawn("bash", ["-c", line], { cwd, env: { ...process.env, NO_COLOR: "1" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString("utf8")));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
