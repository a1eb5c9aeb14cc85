import { readdirSync } from "node:fs";
import { defineConfig } from "vitest/config";

const packages = readdirSync(new URL("./packages", import.meta.url));

export default defineConfig({
  test: {
    projects: packages.map((name) => ({
      resolve: { conditions: ["source"] },
      test: {
        name,
        root: `packages/${name}`,
        include: ["test/**/*.test.ts"],
      },
    })),
  },
});
