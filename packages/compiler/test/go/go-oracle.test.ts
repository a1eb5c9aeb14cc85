import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { goJsonQuote, goSortStable } from "../../src/index.js";
import { goSortWithShifts } from "../../src/go/go-sort.js";

/**
 * Differential test against the Go toolchain on this machine (Debian's Go 1.19): our sort.Sort
 * and sort.SliceStable ports must leave every element — ties included — exactly where Go does.
 * Go 1.19's pdqsort differs from today's only in breakPatterns' xorshift shifts, so the Go 1.19
 * shifts are used here. The oracle program (oracle/main.go.txt) is built into a temp folder.
 */
const hasGo = spawnSync("go", ["version"]).status === 0;
if (!hasGo) console.warn("[compiler tests] no Go toolchain on PATH: the Go sort oracle test is skipped");

function buildOracle(): string {
  const dir = mkdtempSync(join(tmpdir(), "akash-sdl-go-sort-"));
  copyFileSync(join(import.meta.dirname, "oracle", "main.go.txt"), join(dir, "main.go"));
  writeFileSync(join(dir, "go.mod"), "module gosortoracle\n\ngo 1.19\n");
  execFileSync("go", ["build", "-o", join(dir, "oracle"), "."], {
    cwd: dir,
    env: { ...process.env, GOFLAGS: "-mod=mod", GOPROXY: "off" },
  });
  return join(dir, "oracle");
}

function rand(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

describe.skipIf(!hasGo)("Go sort and JSON ports against the Go toolchain", () => {
  test("sort.Sort, sort.SliceStable and a non-strict SliceStable comparator: identical permutations", {
    timeout: 180_000,
  }, () => {
    const oracle = buildOracle();
    const r = rand(7);
    const requests: { Mode: string; Keys: number[] }[] = [];
    for (let n = 0; n < 450; n++) {
      const len = Math.floor(r() * 300);
      const range = 1 + Math.floor(r() * (r() < 0.5 ? 4 : 1000));
      const shape = Math.floor(r() * 4);
      const keys = Array.from({ length: len }, (_, i) =>
        shape === 0
          ? Math.floor(r() * range)
          : shape === 1
            ? i % range
            : shape === 2
              ? (len - i) % range
              : Math.min(i, len - i) % range,
      );
      requests.push({ Mode: ["sort", "stable", "nonstrict"][n % 3] as string, Keys: keys });
    }
    const input = `${requests.map((q) => JSON.stringify(q)).join("\n")}\n`;
    const answers = execFileSync(oracle, { input, maxBuffer: 1 << 28 })
      .toString()
      .trim()
      .split("\n");
    const mismatches: string[] = [];
    requests.forEach((q, i) => {
      const items = q.Keys.map((k, idx) => ({ k, idx }));
      const order =
        q.Mode === "sort"
          ? goSortWithShifts(items, (a, b) => a.k < b.k, [13n, 17n, 5n])
          : q.Mode === "stable"
            ? goSortStable(items, (a, b) => a.k < b.k)
            : goSortStable(items, (a, b) => (a.k !== b.k ? a.k < b.k : a.k % 2 === 0));
      if (JSON.stringify(order.map((x) => x.idx)) !== answers[i]) mismatches.push(`${q.Mode} n=${q.Keys.length}`);
    });
    expect(mismatches).toEqual([]);
  });

  test("encoding/json string escaping: identical for every BMP character and a few astral ones", {
    timeout: 180_000,
  }, () => {
    const oracle = buildOracle();
    const texts: string[] = [];
    for (let start = 0; start < 0x10000; start += 256) {
      let t = "";
      for (let c = start; c < start + 256; c++) if (c < 0xd800 || c > 0xdfff) t += String.fromCharCode(c);
      texts.push(t);
    }
    texts.push('😀 a<b>&c \u2028\u2029 "q" \\ end', "");
    const input = `${texts.map((t) => JSON.stringify({ Mode: "quote", Text: t })).join("\n")}\n`;
    const answers = execFileSync(oracle, { input, maxBuffer: 1 << 28 })
      .toString()
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as string);
    // Go 1.19 writes \b and \f as \u0008 and \u000c; Go ≥ 1.22 (which chain-sdk builds with) uses
    // the short forms, as goJsonQuote does.
    const go122 = (s: string): string => s.replaceAll("\\u0008", "\\b").replaceAll("\\u000c", "\\f");
    texts.forEach((t, i) => expect(goJsonQuote(t)).toBe(go122(answers[i] as string)));
  });
});
