/**
 * `node bench/dist/sdk-validate.js PATH...`: the official SDK's way of validating SDL files, the
 * contender measure-cli-cpu.ts times against `akash-sdl validate`. For every `*.yaml`/`*.yml` file
 * named or found directly in a named folder (sorted by name), it reads the file, loads it with
 * js-yaml and checks it with `validateSDL` of `@akashnetwork/chain-sdk` 1.0.0-alpha.45 (as
 * contenders.ts does, and as the SDK's users do: shared/docs/PEERS.md §2.2), prints each problem as
 * `path: message` and a closing count. Exit status 1 when a file has problems.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { validateSDL } from "@akashnetwork/chain-sdk";
import { load } from "js-yaml";

const files: string[] = [];
for (const path of process.argv.slice(2)) {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) if (/\.ya?ml$/i.test(name)) files.push(join(path, name));
  } else files.push(path);
}

let failed = 0;
let out = "";
for (const file of files) {
  let messages: string[];
  try {
    const sdl = load(readFileSync(file, "utf8")) as Parameters<typeof validateSDL>[0];
    messages = (validateSDL(sdl) ?? []).map((error) => error.message ?? error.keyword);
  } catch (error) {
    messages = [error instanceof Error ? error.message : String(error)];
  }
  if (messages.length > 0) failed++;
  for (const message of messages) out += `${file}: ${message}\n`;
}
process.stdout.write(`${out}${files.length} files, ${failed} with problems\n`);
process.exitCode = failed > 0 ? 1 : 0;
