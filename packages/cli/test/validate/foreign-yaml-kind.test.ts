import { parse } from "@akash-sdl/core";
import { describe, expect, it } from "vitest";
import { foreignYamlKind } from "../../src/validate/looks-like-sdl.js";
import { VALID_SDL } from "./fixtures.js";

const kind = (text: string): string | undefined => foreignYamlKind(parse(text).tree.root);

describe("foreignYamlKind", () => {
  it("names the files that are clearly not SDL", () => {
    expect(kind('version: "2"\nservices:\n  web:\n    image: nginx\n    ports: ["80:80"]\n')).toBe(
      "a Docker Compose file",
    );
    expect(
      kind(
        'version: "3.8"\nservices:\n  db:\n    image: postgres\n    volumes: [data:/var/lib]\nvolumes:\n  data: {}\n',
      ),
    ).toBe("a Docker Compose file");
    expect(kind("services:\n  web:\n    image: nginx\nnetworks:\n  default: {}\n")).toBe("a Docker Compose file");
    expect(kind("x-common: &c {restart: always}\nservices:\n  a:\n    image: x\n")).toBe("a Docker Compose file");
    expect(kind("name: ci\non: [push]\njobs:\n  t:\n    runs-on: ubuntu-latest\n")).toBe("a GitHub Actions workflow");
    expect(kind("stages: [build]\nbuild:\n  script: make\n")).toBe("a GitLab CI file");
    expect(kind("apiVersion: v1\nkind: Pod\n")).toBe("a Kubernetes manifest");
    expect(kind("replicaCount: 1\nimage:\n  repository: nginx\n")).toBe("YAML without SDL sections");
  });

  it("lets anything that may be an SDL through", () => {
    expect(kind(VALID_SDL)).toBeUndefined();
    expect(kind('version: "2.0"\nservices:\n  web:\n    image: nginx\n')).toBeUndefined(); // an incomplete SDL
    expect(kind('version: "2"\nservices:\n  web:\n    image: nginx\n')).toBeUndefined();
    expect(kind("profiles: {}\n")).toBeUndefined();
    expect(kind("- a\n")).toBeUndefined(); // not a mapping: the parser reports it
    expect(kind("")).toBeUndefined();
  });
});
