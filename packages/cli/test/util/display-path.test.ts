import { isAbsolute, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { displayPath } from "../../src/util/expand-paths.js";

/** displayPath as first written: `relative` always (the fast path must give the same). */
function reference(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  const shown = rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
  return sep === "/" ? shown : shown.split(sep).join("/");
}

const SEGMENTS = ["srv", "sdl", "..", ".", "", "..x", ".hidden", "a b", "caf\u00e9"];

/** Every absolute path of up to three of SEGMENTS, with and without a trailing slash. */
function paths(): string[] {
  const out = new Set<string>(["/"]);
  const grow = (prefix: string, depth: number): void => {
    if (depth === 0) return;
    for (const segment of SEGMENTS) {
      const path = `${prefix}/${segment}`;
      out.add(path);
      out.add(`${path}/`);
      grow(path, depth - 1);
    }
  };
  grow("", 3);
  return [...out];
}

describe("displayPath", () => {
  it("shows paths inside the working directory relative to it, others as they are", () => {
    expect(displayPath("/srv/sdl/web.yaml", "/srv")).toBe("sdl/web.yaml");
    expect(displayPath("/srv/sdl/web.yaml", "/")).toBe("srv/sdl/web.yaml");
    expect(displayPath("/srv/sdl/web.yaml", "/srv/sdl/web.yaml")).toBe("/srv/sdl/web.yaml");
    expect(displayPath("/srvx/web.yaml", "/srv")).toBe("/srvx/web.yaml");
    expect(displayPath("/srv/..x/web.yaml", "/srv")).toBe("/srv/..x/web.yaml");
  });

  it("gives what path.relative gives for every pair of odd absolute paths (dots, double and trailing slashes)", () => {
    const all = paths();
    const cwds = all
      .filter((_, i) => i % 13 === 0)
      .concat(["/", "/srv", "/srv/", "/srv/sdl", "/srv//sdl", "/srv/./sdl"]);
    let compared = 0;
    for (const cwd of cwds) {
      for (const path of all) {
        if (displayPath(path, cwd) !== reference(path, cwd)) {
          expect({ path, cwd, shown: displayPath(path, cwd) }).toEqual({ path, cwd, shown: reference(path, cwd) });
        }
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100_000);
  });
});
