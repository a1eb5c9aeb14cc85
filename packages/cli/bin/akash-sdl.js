#!/usr/bin/env node
// The bundle (an entry and per-command chunks, built by scripts/bundle-bin.mjs) starts faster; the plain tsc output is
// the fallback while a build has not bundled yet.
let entry;
try {
  entry = await import("../dist/bundle/akash-sdl.js");
} catch (error) {
  if (error?.code !== "ERR_MODULE_NOT_FOUND" || !String(error.message).includes("akash-sdl.js")) throw error;
  entry = await import("../dist/bin.js");
}
await entry.runBin(process.argv.slice(2));
