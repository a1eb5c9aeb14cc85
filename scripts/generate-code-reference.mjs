// Regenerates, from the diagnostic code tables (run after `npx tsc -b packages/core`):
// - docs/diagnostics.md (the code reference, one anchor per code);
// - packages/core/src/diagnostics/code-severities.ts (the runtime severity table: hashed code keys by
//   severity/refusedBy class, without the prose or the names);
// - packages/core/docs/known-codes.txt (append-only: new codes are added at the end, none removed).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { DIAGNOSTIC_CODES, renderCodeReference, renderCodeSeverities } from "../packages/core/dist/index.js";

const root = new URL("../", import.meta.url);
const write = (path, text) => {
  const target = new URL(path, root);
  const old = existsSync(target) ? readFileSync(target, "utf8") : undefined;
  if (old !== text) writeFileSync(target, text);
  console.log(`${old === text ? "unchanged" : "wrote"} ${path}`);
};
const codes = Object.keys(DIAGNOSTIC_CODES);
write("docs/diagnostics.md", renderCodeReference(DIAGNOSTIC_CODES));
write("packages/core/src/diagnostics/code-severities.ts", renderCodeSeverities(DIAGNOSTIC_CODES));

const knownPath = "packages/core/docs/known-codes.txt";
const knownText = existsSync(new URL(knownPath, root)) ? readFileSync(new URL(knownPath, root), "utf8") : "";
const known = new Set(knownText.split("\n").filter((l) => l !== "" && !l.startsWith("#")));
const added = [...codes].sort().filter((c) => !known.has(c));
const header =
  knownText === "" ? "# Every diagnostic code ever registered, append-only: codes are never renamed or removed.\n" : "";
write(knownPath, header + knownText + added.map((c) => `${c}\n`).join(""));
const gone = [...known].filter((c) => !(c in DIAGNOSTIC_CODES));
if (gone.length > 0) console.warn(`codes removed or renamed (not allowed): ${gone.join(", ")}`);
console.log(`${codes.length} codes`);
