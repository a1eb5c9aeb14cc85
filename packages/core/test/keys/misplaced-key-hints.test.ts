import { describe, expect, it } from "vitest";
import { parse } from "../../src/index.js";
import { sdlWith } from "../document/helpers.js";
import { SDL_KEYS, childKeys, lastSegment, misplacedKeyHints, parentPattern, sdlKey } from "../../src/keys/index.js";

/** A document path matching a table pattern: names for `*`, index 0 for `[]`. */
function docPathOf(pattern: string): (string | number)[] {
  if (pattern === "") return [];
  return pattern
    .replace(/\[\]/g, ".#")
    .split(".")
    .map((s) => (s === "#" ? 0 : s === "*" ? "x" : s));
}

const isStruct = (pattern: string): boolean => pattern === "" || sdlKey(pattern)?.type === "struct";
const known = (pattern: string, name: string): boolean =>
  sdlKey(pattern === "" ? name : `${pattern}.${name}`) !== undefined;

describe("misplacedKeyHints", () => {
  it("names the child a key belongs under, and the struct around it", () => {
    expect(misplacedKeyHints("memory", ["profiles", "compute", "web"])).toEqual([
      "'memory' is a key of 'resources': indent it under 'resources:'.",
    ]);
    expect(misplacedKeyHints("memory", ["profiles", "compute", "web", "resources", "cpu"])).toEqual([
      "'memory' is a key of 'resources', not of 'cpu': indent it less, level with 'cpu:'.",
    ]);
    expect(misplacedKeyHints("size", ["profiles", "compute", "web", "resources"])).toEqual([
      "'size' is a key of 'memory' or 'storage': indent it under one of them.",
    ]);
    expect(misplacedKeyHints("env", ["services", "web", "expose", 0])).toEqual([
      "'env' is a key of 'web', not of an entry of 'expose': indent it less, level with 'expose:'.",
    ]);
    expect(misplacedKeyHints("compute", [])).toEqual([
      "'compute' is a key of 'profiles': indent it under 'profiles:'.",
    ]);
    expect(misplacedKeyHints("deployment", ["profiles"])).toEqual([
      "'deployment' is a top-level key, not of 'profiles': indent it less, level with 'profiles:'.",
    ]);
  });

  it("reads a single volume's keys as those of a storage list item", () => {
    const hint = ["'persistent' is a key of 'attributes': indent it under 'attributes:'."];
    expect(misplacedKeyHints("persistent", ["profiles", "compute", "web", "resources", "storage"])).toEqual(hint);
    expect(misplacedKeyHints("persistent", ["profiles", "compute", "web", "resources", "storage", 1])).toEqual(hint);
  });

  it("gives nothing for names two levels away, unknown everywhere, known here, or below a map of names", () => {
    expect(misplacedKeyHints("model", ["profiles", "compute", "web", "resources", "gpu", "attributes"])).toEqual([]);
    expect(misplacedKeyHints("imgae", ["services", "web"])).toEqual([]);
    expect(misplacedKeyHints("proxy", ["services", "web", "expose", 0, "http_options"])).toEqual([]);
    expect(misplacedKeyHints("count", ["deployment", "web"])).toEqual([]);
    expect(misplacedKeyHints("placement", ["profiles", "compute", "web"])).toEqual([]);
    expect(misplacedKeyHints("x", ["no", "such", "path"])).toEqual([]);
  });

  // Every key of the table written one level too high (in the struct around its own) or one
  // level too deep (in a struct beside it) gets a hint naming where it belongs, unless the struct
  // it is written in has a key of that name.
  it("finds every table key moved one level up or down", () => {
    let up = 0;
    let down = 0;
    for (const info of SDL_KEYS) {
      const name = lastSegment(info.path);
      const own = parentPattern(info.path);
      if (name === "*" || name === "[]" || !isStruct(own)) continue;
      const holder = lastSegment(own) === "[]" ? parentPattern(own) : own;
      const around = parentPattern(holder);
      if (holder !== "" && lastSegment(holder) !== "*" && isStruct(around) && !known(around, name)) {
        const hints = misplacedKeyHints(name, docPathOf(around)).join("\n");
        expect(hints, `${name} in ${around}`).toMatch(new RegExp(`is a key of .*'${lastSegment(holder)}'`));
        up++;
      }
      for (const sibling of childKeys(own)) {
        if (sibling.type !== "struct" || sibling.path === info.path || known(sibling.path, name)) continue;
        const hints = misplacedKeyHints(name, docPathOf(sibling.path)).join("\n");
        expect(hints, `${name} in ${sibling.path}`).toContain(`not of '${lastSegment(sibling.path)}'`);
        down++;
      }
    }
    expect(up).toBeGreaterThan(30);
    expect(down).toBeGreaterThan(30);
  });

  it("puts the hint on the unknown-key warning of a parsed file", () => {
    // `memory:` written beside `resources:` instead of under it.
    const resources = "        cpu:\n          units: 1\n      memory:\n        size: 1Gi\n";
    const found = parse(sdlWith({ resources })).diagnostics.find((d) => d.code === "sdl/unknown-key");
    expect(found?.hints).toEqual(["'memory' is a key of 'resources': indent it under 'resources:'."]);
    const text = sdlWith({ resources, extra: "compute: {}\n" });
    const top = parse(text).diagnostics.find((d) => d.code === "sdl/unexpected-field");
    expect(top?.hints?.[0]).toBe("'compute' is a key of 'profiles': indent it under 'profiles:'.");
  });
});
