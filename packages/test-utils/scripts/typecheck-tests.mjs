#!/usr/bin/env node
// Type-checks every package's tests (`packages/*/tsconfig.test.json`, no emit; run by `pnpm test` after
// `tsc -b`, so other packages resolve to their built types). Runs them one after another (a 2-core CI) and
// exits non-zero when any has errors.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "../../..");
const tsc = join(root, "node_modules/.bin/tsc");
let failed = 0;
for (const dir of readdirSync(join(root, "packages")).sort()) {
  const project = join("packages", dir, "tsconfig.test.json");
  if (!existsSync(join(root, project))) continue;
  const result = spawnSync(tsc, ["-p", project], { cwd: root, stdio: "inherit" });
  console.log(`${result.status === 0 ? "ok  " : "FAIL"} ${project}`);
  if (result.status !== 0) failed++;
}
if (failed > 0) {
  console.error(`${failed} test project(s) have type errors`);
  process.exit(1);
}
