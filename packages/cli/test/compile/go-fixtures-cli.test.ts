import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/main.js";
import { CORPUS_DIR, HAS_CORPUS } from "../support/corpus.js";
import { testIo } from "../util/buffer-io.js";

const BASE = join(CORPUS_DIR, "chain-sdk-testdata");
const fixtures =
  !HAS_CORPUS || !existsSync(BASE)
    ? []
    : ["v2.0", "v2.1"]
        .flatMap((v) =>
          readdirSync(join(BASE, "input", v))
            .sort()
            .map((name) => ({
              name: `${v}/${name}`,
              input: join(BASE, "input", v, name, "input.yaml"),
              out: join(BASE, "output-fixtures", v, name),
            })),
        )
        .filter((f) => existsSync(join(f.out, "manifest.json")));

async function run(args: string[]): Promise<{ code: number; out: string }> {
  const io = testIo(BASE);
  const code = await main(args, io);
  return { code, out: io.stdout.text() };
}

describe.skipIf(fixtures.length === 0)("akash-sdl manifest/groups on the Go fixtures", () => {
  it.each(fixtures.map((f) => [f.name, f] as const))(
    "%s: byte-identical to Go's manifest.json and group-specs.json",
    async (_name, f) => {
      const manifest = await run(["manifest", "--pretty", f.input]);
      expect(manifest.code).toBe(0);
      expect(manifest.out.trimEnd()).toBe(readFileSync(join(f.out, "manifest.json"), "utf8").trimEnd());
      const groups = await run(["groups", f.input]);
      expect(groups.code).toBe(0);
      expect(groups.out.trimEnd()).toBe(readFileSync(join(f.out, "group-specs.json"), "utf8").trimEnd());
    },
  );
});
