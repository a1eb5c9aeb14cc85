import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Script } from "node:vm";
import { afterAll, describe, expect, it } from "vitest";
import { loadCachedScript } from "../../src/util/load-cached-script.js";
import { removeTempTrees, tempTree } from "./temp-tree.js";

afterAll(removeTempTrees);

/** A command script as scripts/bundle-bin.mjs writes one: a module body wrapped in a function. */
const SCRIPT = `(function (exports, require, module, __filename, __dirname) {"use strict";
const { basename } = require("node:path");
let calls = 0;
module.exports = { double: (n) => { calls++; return 2 * n; }, calls: () => calls, name: basename(__filename), dir: __dirname };
})`;

/** The code cache V8 writes for `source` after running its module body once (as the build does). */
function cacheOf(source: string, file: string): Buffer {
  const script = new Script(source, { filename: file });
  const module = { exports: {} as Record<string, (n: number) => number> };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, "");
  module.exports["double"]?.(1);
  return script.createCachedData();
}

/** Writes `file`'s code cache from a fresh process (as the build does) and returns it. */
function cacheInChild(file: string): Buffer {
  execFileSync(process.execPath, [
    "-e",
    `const { Script } = require("node:vm"); const fs = require("node:fs"); const f = process.argv[1];
     const s = new Script(fs.readFileSync(f, "utf8"), { filename: f });
     const m = { exports: {} }; s.runInThisContext()(m.exports, require, m, f, "");
     m.exports.double(1); fs.writeFileSync(f + ".cache", s.createCachedData());`,
    file,
  ]);
  return readFileSync(`${file}.cache`);
}

describe("loadCachedScript (how the bundled bin loads the validate command)", () => {
  it("runs the module body with require, __filename and __dirname and returns its exports", async () => {
    const dir = await tempTree({ "command.cjs": SCRIPT });
    const loaded = loadCachedScript(join(dir, "command.cjs"));
    expect(loaded.cacheRejected).toBeUndefined();
    const { double, calls, name } = loaded.exports as {
      double: (n: number) => number;
      calls: () => number;
      name: string;
    };
    expect(double(21)).toBe(42);
    expect(calls()).toBe(1);
    expect(name).toBe("command.cjs");
    expect(loaded.exports["dir"]).toBe(dir);
  });

  it("takes a file: URL, and each load is a fresh module", async () => {
    const dir = await tempTree({ "command.cjs": SCRIPT });
    const url = pathToFileURL(join(dir, "command.cjs"));
    const first = loadCachedScript(url).exports as { double: (n: number) => number; calls: () => number };
    first.double(1);
    const second = loadCachedScript(url).exports as { calls: () => number };
    expect(second.calls()).toBe(0);
  });

  it("compiles from source when the .cache belongs to another text (V8 refuses it)", async () => {
    const other = SCRIPT.replace("2 * n", "3 * n + 0");
    const dir = await tempTree({ "command.cjs": SCRIPT.replace("2 * n", "2 * n /* another text */") });
    const file = join(dir, "command.cjs");
    writeFileSync(`${file}.cache`, cacheOf(other, join(dir, "other.cjs")));
    const loaded = loadCachedScript(file);
    expect(loaded.cacheRejected).toBe(true);
    expect((loaded.exports as { double: (n: number) => number }).double(5)).toBe(10);
  });

  it.each([
    ["truncated", (whole: Buffer) => whole.subarray(0, whole.length >> 1)],
    ["empty", () => Buffer.alloc(0)],
    ["garbage", () => Buffer.alloc(64, 0x5a)],
  ])("compiles from source when the .cache is %s", async (kind, breakCache) => {
    // A text of its own: V8 keeps compiled scripts per process, which would hide the check.
    const dir = await tempTree({ "command.cjs": SCRIPT.replace("2 * n", `2 * n /* ${kind} */`) });
    const file = join(dir, "command.cjs");
    writeFileSync(`${file}.cache`, breakCache(cacheInChild(file)));
    const loaded = loadCachedScript(file);
    expect(loaded.cacheRejected).toBe(true);
    expect((loaded.exports as { double: (n: number) => number }).double(3)).toBe(6);
  });

  it("uses a cache written for the same text in another process", async () => {
    const dir = await tempTree({ "command.cjs": SCRIPT.replace("2 * n", "2 * n /* same text */") });
    const file = join(dir, "command.cjs");
    // A fresh process, as at build time, so that this one's compilation cache plays no part.
    expect(cacheInChild(file).length).toBeGreaterThan(0);
    const loaded = loadCachedScript(file);
    expect(loaded.cacheRejected).toBe(false);
    expect((loaded.exports as { double: (n: number) => number }).double(4)).toBe(8);
  });
});
