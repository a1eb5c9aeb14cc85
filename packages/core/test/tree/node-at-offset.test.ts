import { beforeAll, describe, expect, it } from "vitest";
import type { YamlFrontEnd } from "../../src/index.js";
import { DEFAULT_PARSE_LIMITS, nodeAtOffset, parse, pathAtOffset } from "../../src/index.js";
import { yamlFrontEnd } from "../../src/front-ends/yaml/index.js";
import { FRONT_ENDS } from "../support/front-ends.js";

let frontEnd: YamlFrontEnd = yamlFrontEnd;
const read = (text: string) => frontEnd(text, DEFAULT_PARSE_LIMITS);

const TEXT = [
  'version: "2.0"',
  "services:",
  "  web:",
  "    image: nginx:1.27",
  "    expose:",
  "      - port: 80",
  "        to: [{global: true}, {service: db}]",
  "x: &a {k: v}",
  "y: *a",
  "? [p, q]",
  ": z",
  "",
].join("\n");

describe.each(FRONT_ENDS)("$name front end", (frontEndCase) => {
  beforeAll(() => {
    frontEnd = frontEndCase.frontEnd;
  });

  describe("nodeAtOffset / pathAtOffset", () => {
    const tree = () => read(TEXT);
    const at = (needle: string, delta = 0) => TEXT.indexOf(needle) + delta;

    it("finds values with their paths", () => {
      expect(pathAtOffset(tree(), at("nginx"))).toEqual(["services", "web", "image"]);
      expect(pathAtOffset(tree(), at("1.27"))).toEqual(["services", "web", "image"]);
      expect(pathAtOffset(tree(), at("80"))).toEqual(["services", "web", "expose", 0, "port"]);
      expect(pathAtOffset(tree(), at("true"))).toEqual(["services", "web", "expose", 0, "to", 0, "global"]);
      expect(pathAtOffset(tree(), at("db"))).toEqual(["services", "web", "expose", 0, "to", 1, "service"]);
      const hit = nodeAtOffset(tree(), at("nginx"));
      expect(hit?.isKey).toBe(false);
      expect(hit?.node.kind).toBe("scalar");
      expect(hit?.node.kind === "scalar" && hit.node.text).toBe("nginx:1.27");
    });

    it("finds keys, marked as keys, with the key's own name last", () => {
      const hit = nodeAtOffset(tree(), at("image", 2));
      expect(hit?.isKey).toBe(true);
      expect(hit?.path).toEqual(["services", "web", "image"]);
      expect(pathAtOffset(tree(), at("service:"))).toEqual(["services", "web", "expose", 0, "to", 1, "service"]);
      expect(nodeAtOffset(tree(), at("version"))?.isKey).toBe(true);
    });

    it("names non-scalar keys by their source slice and treats aliases as leaves", () => {
      expect(pathAtOffset(tree(), at("z"))).toEqual(["[p, q]"]);
      expect(pathAtOffset(tree(), at("q]"))).toEqual(["[p, q]", 1]);
      const alias = nodeAtOffset(tree(), at("*a"));
      expect(alias?.node.kind).toBe("alias");
      expect(alias?.path).toEqual(["y"]);
    });

    it("gives the innermost collection between its children, and nothing outside the tree", () => {
      expect(nodeAtOffset(tree(), at(", {service"))?.node.kind).toBe("seq");
      expect(pathAtOffset(tree(), at(", {service"))).toEqual(["services", "web", "expose", 0, "to"]);
      expect(nodeAtOffset(tree(), TEXT.length + 5)).toBeUndefined();
      expect(nodeAtOffset(tree(), -1)).toBeUndefined();
      expect(nodeAtOffset(tree(), Number.NaN)).toBeUndefined();
      expect(nodeAtOffset(read(""), 0)).toBeUndefined();
      expect(nodeAtOffset(null, 0)).toBeUndefined();
    });

    it("agrees with every node's span: the node found holds the offset", () => {
      const t = tree();
      for (let o = 0; o < TEXT.length; o++) {
        const hit = nodeAtOffset(t, o);
        if (hit === undefined) continue;
        expect(hit.node.span.start).toBeLessThanOrEqual(o);
        expect(hit.node.span.end).toBeGreaterThan(o);
      }
    });

    it("accepts a node as well as a tree, and works on parse results", () => {
      const result = parse(TEXT);
      expect(pathAtOffset(result.tree, at("80"))).toEqual(["services", "web", "expose", 0, "port"]);
      expect(pathAtOffset(result.tree.root, at("80"))).toEqual(["services", "web", "expose", 0, "port"]);
    });
  });
});
