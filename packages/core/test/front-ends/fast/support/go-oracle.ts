import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

/** The repository root (this file is packages/core/test/front-ends/fast/support/). */
const ROOT = resolve(import.meta.dirname, "../../../../../..");
const BUILT = join(ROOT, "tools/go-yaml-oracle/bin/go-yaml-oracle");

/** One yaml.v3 answer (see tools/go-yaml-oracle/README.md). */
export interface GoAnswer {
  readonly tree: GoNode | null;
  readonly value: unknown;
  readonly error?: { readonly stage: string; readonly message: string; readonly line: number };
}

/** One yaml.v3 node as the oracle prints it. */
export interface GoNode {
  readonly kind: "doc" | "map" | "seq" | "scalar" | "alias";
  readonly tag: string;
  readonly value?: string;
  readonly style?: string;
  readonly tagged?: boolean;
  readonly line: number;
  readonly column: number;
  readonly anchor?: string;
  readonly alias?: string;
  readonly content?: readonly GoNode[];
}

function hasGo(): boolean {
  return spawnSync("go", ["version"], { stdio: "ignore" }).status === 0;
}

/**
 * The oracle binary: `$AKASH_SDL_GO_YAML_ORACLE`, else `tools/go-yaml-oracle/bin/`, built on the
 * spot when Go is installed. `undefined` when there is no Go at all.
 */
function locate(): string | undefined {
  const named = process.env["AKASH_SDL_GO_YAML_ORACLE"];
  if (named !== undefined && named !== "") return named;
  if (existsSync(BUILT)) return BUILT;
  if (!hasGo()) return undefined;
  try {
    execFileSync(join(ROOT, "tools/go-yaml-oracle/build.sh"), { stdio: "pipe" });
  } catch (error) {
    // Go is there but the build failed (e.g. no yaml.v3 source): in CI that is a failure.
    if (process.env["CI"] === "true") throw error;
    return undefined;
  }
  return existsSync(BUILT) ? BUILT : undefined;
}

/** The oracle's path, or `undefined` (tests then skip, except under `CI=true`, where they fail). */
export const GO_ORACLE: string | undefined = locate();

/** Why the differential tests skip, when they do. */
export const GO_ORACLE_MISSING =
  "Go's yaml.v3 oracle is not available (install golang-go golang-gopkg-yaml.v3-dev; see tools/go-yaml-oracle/README.md)";

if (GO_ORACLE === undefined) {
  if (process.env["CI"] === "true") throw new Error(`${GO_ORACLE_MISSING}: required when CI=true`);
  console.warn(`[akash-sdl tests] ${GO_ORACLE_MISSING}: the differential tests against yaml.v3 are skipped`);
}

/**
 * Reads every text with yaml.v3 in one oracle process (JSON lines in, JSON lines out).
 *
 * @example
 * const [answer] = askGo(["a: 1\n"]);
 */
export function askGo(texts: readonly string[]): GoAnswer[] {
  if (GO_ORACLE === undefined) throw new Error(GO_ORACLE_MISSING);
  if (texts.length === 0) return [];
  const input = `${texts.map((t) => JSON.stringify(t)).join("\n")}\n`;
  const run = spawnSync(GO_ORACLE, ["-lines"], { input, maxBuffer: 1 << 30, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`go-yaml-oracle failed: ${run.stderr}`);
  const lines = run.stdout.split("\n");
  const out: GoAnswer[] = [];
  for (let i = 0; i < texts.length; i++) out.push(JSON.parse(lines[i] as string) as GoAnswer);
  return out;
}
