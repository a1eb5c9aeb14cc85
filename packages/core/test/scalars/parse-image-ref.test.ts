import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseImageRef } from "../../src/scalars/index.js";
import { checkPath } from "../../src/scalars/image-ref-parts.js";

const SHA = "7cc4b5aefd1d0cadf8d97d4350462ba51c694ebca145b08d7d41b41acc8db5aa";
const O = 50;

describe("parseImageRef: accepted references", () => {
  it.each([
    ["nginx", { repository: "nginx" }],
    ["nginx:1.25", { repository: "nginx", tag: "1.25" }],
    ["library/nginx:latest", { repository: "library/nginx", tag: "latest" }],
    ["vllm/vllm-openai:v0.6.3", { repository: "vllm/vllm-openai", tag: "v0.6.3" }],
    ["ghcr.io/org/app:1.2", { registry: "ghcr.io", repository: "org/app", tag: "1.2" }],
    ["localhost:5000/foo/bar:tag", { registry: "localhost:5000", repository: "foo/bar", tag: "tag" }],
    ["localhost/foo", { registry: "localhost", repository: "foo" }],
    ["docker.io/library/redis:7", { registry: "docker.io", repository: "library/redis", tag: "7" }],
    ["[::1]:5000/app", { registry: "[::1]:5000", repository: "app" }],
    ["MyRegistry/app", { registry: "MyRegistry", repository: "app" }],
    ["registry.example.com:443/team/app", { registry: "registry.example.com:443", repository: "team/app" }],
    ["a__b/c--d/e.f_g:V1.0_-x", { repository: "a__b/c--d/e.f_g", tag: "V1.0_-x" }],
    [`nginx@sha256:${SHA}`, { repository: "nginx", digest: `sha256:${SHA}` }],
    [`busybox:latest@sha256:${SHA}`, { repository: "busybox", tag: "latest", digest: `sha256:${SHA}` }],
  ])("%s", (text, want) => {
    expect(parseImageRef(text, O)).toEqual({ value: want, diagnostics: [] });
  });
});

describe("parseImageRef: rejections point at the bad part", () => {
  it.each([
    ["", 50, 50, "The image reference is empty."],
    ["Nginx", 50, 51, "Repository names must be lower-case."],
    ["library/Nginx:1", 58, 59, "Repository names must be lower-case."],
    ["nginx:", 55, 56, "The tag after ':' is empty."],
    ["nginx:-1", 56, 57, "A tag must start with a letter, digit or '_'."],
    ["nginx:1 2", 57, 58, "' ' is not allowed in a tag."],
    [`nginx:${"a".repeat(129)}`, 184, 185, "A tag must be at most 128 characters long."],
    ["ghcr.io:x/app", 57, 59, "A registry port must be digits."],
    ["-bad.io/app", 50, 54, "Registry host names are letters and digits with inner dashes, separated by dots."],
    ["foo//bar", 54, 55, "A repository path has an empty component."],
    ["foo/bar/", 57, 58, "A repository path must end with a letter or digit."],
    ["foo_-bar", 53, 55, "'_-' is not a valid separator; use '.', '_', '__' or dashes."],
    ["a b", 51, 52, "' ' is not allowed in a repository name."],
    ["localhost:5000/", 65, 65, "The image reference has no repository name."],
    ["nginx@sha256:abc", 63, 66, "A sha256 digest has 64 hex characters, not 3."],
    [`nginx@md5:${SHA.slice(0, 32)}`, 56, 59, "'md5' is not a supported digest algorithm (sha256, sha384, sha512)."],
    [`nginx@sha256:${SHA.toUpperCase()}`, 64, 65, "A digest is lower-case hexadecimal."],
    ["nginx@sha256", 55, 62, "A digest must look like 'sha256:<hex>'."],
    [SHA, 50, 114, "A bare 64-character hex ID is not an image name."],
    ["a".repeat(250), 50, 300, "A repository name must be at most 255 characters long."],
  ])("%j → [%d,%d)", (text, start, end, message) => {
    const r = parseImageRef(text, O);
    expect(r.value).toBeUndefined();
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ code: "scalar/invalid-image-ref", severity: "error", message, span: { start, end } }),
    ]);
  });

  it("reports every bad part at once", () => {
    const r = parseImageRef("Ghcr.io:x/App:", 0);
    expect(r.diagnostics.map((d) => d.span)).toEqual([
      { start: 7, end: 9 },
      { start: 10, end: 11 },
      { start: 13, end: 14 },
    ]);
  });

  it("suggests the lower-case repository", () => {
    expect(parseImageRef("MyOrg/MyApp:1").diagnostics.map((d) => d.hints)).toEqual([["write 'myapp'"]]);
  });
});

describe("checkPath", () => {
  /** docker/distribution's path grammar, checked component by component with a hand-written walk. */
  function referenceAccepts(path: string): boolean {
    return path.split("/").every((component) => {
      if (component.length === 0) return false;
      let i = 0;
      const alnum = (c: string): boolean => /[a-z0-9]/.test(c);
      while (i < component.length) {
        if (!alnum(component.charAt(i))) return false;
        while (i < component.length && alnum(component.charAt(i))) i++;
        if (i === component.length) return true;
        let j = i;
        while (j < component.length && "._-".includes(component.charAt(j))) j++;
        const sep = component.slice(i, j);
        if (!(sep === "." || sep === "_" || sep === "__" || /^-+$/.test(sep))) return false;
        i = j;
        if (i === component.length) return false;
      }
      return true;
    });
  }

  it("accepts exactly the paths of the reference grammar", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-cz09._\-/A]{0,14}$/), (path) => {
        expect(checkPath(path, 0) === undefined, JSON.stringify(path)).toBe(path.length > 0 && referenceAccepts(path));
      }),
      { numRuns: 5000 },
    );
  });
});
