import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_DIR, generateCatalog } from "../../scripts/generate-catalog.mjs";
import { DATA_DIR, HAS_DATA } from "../support/data.js";

describe("checked-in generated files", () => {
  it.skipIf(!HAS_DATA)("match a fresh in-memory run of scripts/generate-catalog.mjs", () => {
    const files = generateCatalog(DATA_DIR);
    expect(Object.keys(files).sort()).toEqual([
      "src/generated/gpu-skus.ts",
      "src/generated/gpus.ts",
      "src/generated/models.ts",
    ]);
    for (const [rel, text] of Object.entries(files)) {
      const onDisk = readFileSync(join(PACKAGE_DIR, rel), "utf8");
      // On failure: run `pnpm --filter @akash-sdl/catalog generate` and commit the result.
      expect(onDisk, `${rel} is stale: run the generate script`).toBe(text);
    }
  });

  it.skipIf(!HAS_DATA)("name the provider-configs commit and every input file in the headers", () => {
    const files = generateCatalog(DATA_DIR);
    const sourceMd = readFileSync(join(DATA_DIR, "provider-configs/SOURCE.md"), "utf8");
    const commit = /Commit:\s*`([0-9a-f]{40})`/.exec(sourceMd)?.[1];
    expect(commit).toMatch(/^[0-9a-f]{40}$/);
    const gpus = files["src/generated/gpus.ts"] ?? "";
    expect(gpus).toMatch(/^\/\/ GENERATED FILE/);
    expect(gpus).toContain(`@ ${commit}`);
    expect(gpus).toContain("provider-configs/devices/pcie/gpus.json  sha256 ");
    expect(gpus).toMatch(/\n\/\/ {3}gpus\.json {2}sha256 [0-9a-f]{64}/);
    const skus = files["src/generated/gpu-skus.ts"] ?? "";
    expect(skus).toMatch(/^\/\/ GENERATED FILE/);
    expect(skus.slice(skus.indexOf("// Inputs"), skus.indexOf("\n\n"))).toBe(
      gpus.slice(gpus.indexOf("// Inputs"), gpus.indexOf("\n\n")),
    );
    expect(files["src/generated/models.ts"]).toMatch(/\n\/\/ {3}models\.json {2}sha256 [0-9a-f]{64}/);
  });
});
