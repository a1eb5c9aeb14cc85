import { describe, expect, it } from "vitest";
import { expandBraces } from "../../src/util/expand-braces.js";
import { compileGlobSegment, hasGlobMagic, unescapeGlob } from "../../src/util/glob-segment.js";

describe("expandBraces", () => {
  it("expands alternatives in order, nested and multiplied", () => {
    expect(expandBraces("a/{b,c}.yaml")).toEqual(["a/b.yaml", "a/c.yaml"]);
    expect(expandBraces("{a,b}{1,2}")).toEqual(["a1", "a2", "b1", "b2"]);
    expect(expandBraces("x{a,{b,c}d}y")).toEqual(["xay", "xbdy", "xcdy"]);
    expect(expandBraces("{web,}.yaml")).toEqual(["web.yaml", ".yaml"]);
  });

  it("leaves groups without a comma, unclosed groups and escaped braces literal", () => {
    expect(expandBraces("{a}.yaml")).toEqual(["{a}.yaml"]);
    expect(expandBraces("{a,b.yaml")).toEqual(["{a,b.yaml"]);
    expect(expandBraces("\\{a,b}.yaml")).toEqual(["\\{a,b}.yaml"]);
    expect(expandBraces("{a{b,c}}")).toEqual(["{ab}", "{ac}"]);
  });

  it("bounds the number of expansions", () => {
    expect(expandBraces("{a,b}".repeat(12)).length).toBe(1024);
  });
});

describe("glob segments", () => {
  it("detects glob characters, ignoring escaped ones", () => {
    for (const s of ["*.yaml", "a?.yml", "[ab].yaml", "{a,b}.yaml", "**"]) expect(hasGlobMagic(s), s).toBe(true);
    for (const s of ["deploy.yaml", "a\\*.yaml", "{a}.yaml", "[.yaml", "dir/x"]) expect(hasGlobMagic(s), s).toBe(false);
    expect(unescapeGlob("a\\*b\\?")).toBe("a*b?");
  });

  it("matches *, ?, classes and escapes like a shell, not matching a leading dot", () => {
    const m = (glob: string, name: string): boolean => compileGlobSegment(glob).test(name);
    expect(m("*.yaml", "deploy.yaml")).toBe(true);
    expect(m("*.yaml", "deploy.yml")).toBe(false);
    expect(m("*.yaml", ".hidden.yaml")).toBe(false);
    expect(m(".*.yaml", ".hidden.yaml")).toBe(true);
    expect(m("?.yaml", "a.yaml")).toBe(true);
    expect(m("?.yaml", "ab.yaml")).toBe(false);
    expect(m("[ab].yaml", "b.yaml")).toBe(true);
    expect(m("[!ab].yaml", "b.yaml")).toBe(false);
    expect(m("[a-c]1.yaml", "c1.yaml")).toBe(true);
    expect(m("a\\*.yaml", "a*.yaml")).toBe(true);
    expect(m("a\\*.yaml", "ab.yaml")).toBe(false);
    expect(m("a+b(c).yaml", "a+b(c).yaml")).toBe(true);
    expect(m("[z-a].yaml", "[z-a].yaml")).toBe(true); // an impossible class is taken literally
  });
});
