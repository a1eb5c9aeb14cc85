// What `npm pack` would publish for each public package: built output, sources (for declaration maps),
// README, LICENSE and package.json; never tests, tsbuildinfo or scripts. Needs the build (`pnpm test` runs
// `tsc -b` first; `pnpm install` does too through `prepare`).
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const packagesDir = join(import.meta.dirname, "../..");

interface Manifest {
  readonly name: string;
  readonly private?: boolean;
  readonly exports: Record<string, string | Record<string, string>>;
  readonly bin?: Record<string, string>;
}

const published = readdirSync(packagesDir)
  .map((dir) => ({
    dir: join(packagesDir, dir),
    manifest: JSON.parse(readFileSync(join(packagesDir, dir, "package.json"), "utf8")) as Manifest,
  }))
  .filter((p) => p.manifest.private !== true);

/** The file list of `npm pack --dry-run` for a package folder. */
function packedFiles(dir: string): string[] {
  const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
    cwd: dir,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  });
  const [report] = JSON.parse(out) as { files: { path: string }[] }[];
  return (report?.files ?? []).map((f) => f.path).sort();
}

/** Every file an `exports`/`bin` entry points at, without the leading `./`. */
function entryTargets(manifest: Manifest): string[] {
  const targets: string[] = [];
  for (const value of Object.values(manifest.exports)) {
    if (typeof value === "string") targets.push(value);
    else targets.push(...Object.values(value));
  }
  targets.push(...Object.values(manifest.bin ?? {}));
  return targets.map((t) => t.replace(/^\.\//, ""));
}

describe("published package contents", () => {
  it("covers every public package", () => {
    expect(published.map((p) => p.manifest.name).sort()).toEqual([
      "@akash-sdl/builder",
      "@akash-sdl/catalog",
      "@akash-sdl/cli",
      "@akash-sdl/compiler",
      "@akash-sdl/core",
      "@akash-sdl/estimator",
      "@akash-sdl/validator",
    ]);
  });

  for (const { dir, manifest } of published) {
    it(`${manifest.name}: has its entry points, README and LICENSE, and no tests or build caches`, {
      timeout: 60_000,
    }, () => {
      const files = packedFiles(dir);
      expect(files).toContain("package.json");
      expect(files).toContain("README.md");
      expect(files).toContain("LICENSE");
      for (const target of entryTargets(manifest)) expect(files, `exports/bin target ${target}`).toContain(target);
      const unwanted = files.filter((f) =>
        /(^|\/)(test|tests|__tests__|scripts)\/|\.test\.[cm]?[jt]s$|\.spec\.[cm]?[jt]s$|tsbuildinfo|(^|\/)tsconfig[^/]*\.json$/.test(
          f,
        ),
      );
      expect(unwanted).toEqual([]);
      expect(files.some((f) => f.startsWith("dist/") && f.endsWith(".d.ts"))).toBe(true);
    });
  }
});
