import { readdirSync } from "node:fs";
import type { Reporter, TestModule } from "vitest/node";
import { defineConfig } from "vitest/config";

const packages = readdirSync(new URL("./packages", import.meta.url));

/** Prints one plain closing line, `Tests: N passed, N failed, N skipped`, that any CI can read. */
const summaryLine: Reporter = {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") passed++;
        else if (state === "failed") failed++;
        else skipped++;
      }
      if (module.state() === "failed" && module.children.size === 0) failed++;
    }
    process.stdout.write(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  },
};

export default defineConfig({
  test: {
    reporters: ["default", summaryLine],
    projects: packages.map((name) => ({
      resolve: { conditions: ["@akash-sdl/source"] },
      test: {
        name,
        root: `packages/${name}`,
        include: ["test/**/*.test.ts"],
        setupFiles: [new URL("./vitest.setup.ts", import.meta.url).pathname],
        // Property and corpus tests run seconds on a 2-core CI machine; 5 s (vitest's default) is too tight.
        testTimeout: 60_000,
      },
    })),
  },
});
