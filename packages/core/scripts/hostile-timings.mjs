// Prints how long `parse` takes on each hostile text of test/hostile/hostile-inputs.mjs, at the
// default input limit (1 MiB). A benchmark, not a test: numbers depend on the machine.
//
//   npx tsc -b && node packages/core/scripts/hostile-timings.mjs [--dist <core dist/index.js>] [--only <name>] [--warm]
//
// Each text is parsed in a fresh Node process ("cold": what a CLI run or a serverless cold start
// pays, JIT warm-up included); with --warm, also the best of three further runs in that process.
import { execFileSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { HOSTILE_INPUTS, MIB } from "../test/hostile/hostile-inputs.mjs";

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dist = option("--dist") ?? fileURLToPath(new URL("../dist/index.js", import.meta.url));
const child = option("--child");

if (child !== undefined) {
  const { parse } = await import(pathToFileURL(dist).href);
  const text = HOSTILE_INPUTS[child](MIB);
  const runs = [];
  let result;
  for (let i = 0; i < (args.includes("--warm") ? 4 : 1); i++) {
    const started = performance.now();
    result = parse(text);
    runs.push(performance.now() - started);
  }
  const codes = new Map();
  for (const d of result.diagnostics) codes.set(d.code, (codes.get(d.code) ?? 0) + 1);
  const top = [...codes]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([c, n]) => `${c}×${n}`);
  process.stdout.write(
    JSON.stringify({
      length: text.length,
      cold: runs[0],
      warm: runs.length > 1 ? Math.min(...runs.slice(1)) : undefined,
      count: result.diagnostics.length,
      top,
    }),
  );
} else {
  const only = option("--only");
  const names = Object.keys(HOSTILE_INPUTS).filter((n) => only === undefined || n === only);
  const warm = args.includes("--warm");
  console.log(
    `${"text".padEnd(22)} ${"length".padStart(8)} ${"cold ms".padStart(8)} ${warm ? "warm ms".padStart(8) : ""} diagnostics`,
  );
  for (const name of names) {
    const extra = warm ? ["--warm"] : [];
    const out = execFileSync(
      process.execPath,
      [fileURLToPath(import.meta.url), "--dist", dist, "--child", name, ...extra],
      {
        encoding: "utf8",
        maxBuffer: 1 << 24,
      },
    );
    const r = JSON.parse(out);
    const warmCell = warm ? r.warm.toFixed(0).padStart(8) : "";
    console.log(
      `${name.padEnd(22)} ${String(r.length).padStart(8)} ${r.cold.toFixed(0).padStart(8)} ${warmCell} ${r.count}: ${r.top.join(", ")}`,
    );
  }
}
