import { parse, toPlainValue } from "@akash-sdl/core";
import { validate } from "@akash-sdl/validator";
import { describe, expect, it } from "vitest";
import * as buildWeb from "../examples/build-web.js";
import * as editKeep from "../examples/edit-keep-comments.js";
import * as generateVllm from "../examples/generate-vllm.js";

const errors = (text: string) => validate(parse(text)).filter((d) => d.severity === "error");

describe("examples (run through the package's npm import)", () => {
  it("build-web builds a valid SDL with quoted YAML look-alikes", () => {
    const text = buildWeb.run();
    expect(errors(text)).toEqual([]);
    expect(text).toContain('    args:\n      - "yes"\n      - "0777"\n');
    expect(
      (toPlainValue(parse(text).tree.root) as { deployment: { web: { dcloud: { count: number } } } }).deployment.web
        .dcloud.count,
    ).toBe(2);
  });

  it("edit-keep-comments changes values and keeps every comment and the quoting", () => {
    const { text, editCount } = editKeep.run();
    expect(errors(text)).toEqual([]);
    expect(text).toContain("  blog: # the public site\n    image: 'ghost:5.85'   # pinned on purpose\n");
    expect(text).toContain("dcloud: { profile: blog, count: 3 }");
    expect(text.split("\n")[0]).toBe("# Team blog — do not remove this header");
    expect(editCount).toBe(7);
  });

  it("generate-vllm writes the README's Llama-3.1-8B vLLM SDL", () => {
    const text = generateVllm.run();
    expect(errors(text)).toEqual([]);
    expect(text).toContain("- meta-llama/Llama-3.1-8B-Instruct\n");
    expect(text).toMatchSnapshot();
  });
});
