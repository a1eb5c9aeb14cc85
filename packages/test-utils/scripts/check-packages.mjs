#!/usr/bin/env node
// Release checks for every public package (run by `pnpm test` after the build): publint (package.json
// fields, exports, files) and Are the Types Wrong (types resolve under node16 ESM and bundlers; the
// `esm-only` profile, as the packages ship ESM only). Exits non-zero when any check fails.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "../../..");
const bin = (name) => join(root, "node_modules/.bin", name);
const packages = readdirSync(join(root, "packages"))
  .map((dir) => join(root, "packages", dir))
  .filter((dir) => JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).private !== true);

/** Runs one command in `cwd`, resolving to its exit code and its output. */
function run(command, args, cwd) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

let failed = 0;
for (const dir of packages) {
  const name = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).name;
  const checks = await Promise.all([
    run(bin("publint"), ["--pack", "npm", "--strict"], dir),
    run(bin("attw"), ["--pack", ".", "--profile", "esm-only", "--format", "table-flipped"], dir),
  ]);
  const [publint, attw] = checks;
  const ok = publint.code === 0 && attw.code === 0;
  console.log(
    `${ok ? "ok  " : "FAIL"} ${name}: publint ${publint.code === 0 ? "ok" : "failed"}, attw ${attw.code === 0 ? "ok" : "failed"}`,
  );
  if (publint.code !== 0) console.log(publint.output);
  if (attw.code !== 0) console.log(attw.output);
  if (!ok) failed++;
}
if (failed > 0) {
  console.error(`${failed} package(s) failed the release checks`);
  process.exit(1);
}
