// Writes docs/diagnostics.md from the diagnostic code registry (run after `tsc -b`).
import { writeFileSync } from "node:fs";
import { DIAGNOSTIC_CODES, renderCodeReference } from "../packages/core/dist/index.js";

const target = new URL("../docs/diagnostics.md", import.meta.url);
writeFileSync(target, renderCodeReference(DIAGNOSTIC_CODES));
console.log(`wrote ${target.pathname} (${Object.keys(DIAGNOSTIC_CODES).length} codes)`);
