import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/main.js";
import { SHORT_RUN_FILES, tuneForShortRun } from "../../src/util/tune-for-short-run.js";
import { testIo } from "../util/buffer-io.js";
import { removeTempTrees, tempTree } from "../util/temp-tree.js";
import { VALID_SDL } from "./fixtures.js";

afterAll(removeTempTrees);

describe("akash-sdl validate: engine tuning for short runs", () => {
  it("tells the host how many files it will check, once, before checking them", async () => {
    const dir = await tempTree({ "a.yaml": VALID_SDL, "b.yml": VALID_SDL, "sub/c.yaml": VALID_SDL });
    const planned: number[] = [];
    const io = { ...testIo(dir), plannedFiles: (files: number) => planned.push(files) };
    const code = await main(["validate", "."], io);
    expect(code).toBe(0);
    expect(planned).toEqual([3]);
    expect(io.stdout.text()).toBe("3 files, 0 errors, 0 warnings\n");
  });

  it("leaves a long run's engine alone (the setting could not be undone)", () => {
    // Only the refusal is exercised here: applying it would change this test process's engine.
    expect(tuneForShortRun(SHORT_RUN_FILES + 1)).toBe(false);
  });
});
