#!/usr/bin/env node
import { main } from "../dist/main.js";

/** Reads standard input to its end, keeping at most `maxBytes + 1` bytes. */
async function readStdin(maxBytes) {
  const chunks = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    if (size <= maxBytes) chunks.push(chunk);
    size += chunk.length;
  }
  return new Uint8Array(Buffer.concat(chunks).subarray(0, maxBytes + 1));
}

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
  readStdin,
});
