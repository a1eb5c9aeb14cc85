import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const created: string[] = [];

/**
 * Creates a fresh directory under the OS temp folder holding `files` (path → content; paths
 * use `/`, parent folders are created). Call {@link removeTempTrees} in `afterAll`.
 *
 * @example
 * const dir = await tempTree({ "a.yaml": "version: '2.0'\n", "sub/b.yml": "x: 1\n" });
 */
export async function tempTree(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "akash-sdl-cli-"));
  created.push(root);
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, ...path.split("/"));
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, content);
  }
  return root;
}

/** Removes every directory made by {@link tempTree}. */
export async function removeTempTrees(): Promise<void> {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}
