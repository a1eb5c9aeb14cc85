import { describe, expect, it } from "vitest";
import type { CliIo } from "../src/cli-io.js";
import { COMMANDS } from "../src/commands.js";
import { runSchema } from "../src/schema-command.js";

function memoryIo(): { io: CliIo; out: () => string; err: () => string } {
  let out = "";
  let err = "";
  const io: CliIo = {
    stdout: { write: (c: string) => (out += c) },
    stderr: { write: (c: string) => (err += c) },
    cwd: "/",
    env: {},
  };
  return { io, out: () => out, err: () => err };
}

describe("akash-sdl schema", () => {
  it("is listed in the command table", () => {
    expect(COMMANDS.map((c) => c.name)).toContain("schema");
  });

  it("prints the console-flavour JSON Schema with descriptions by default", () => {
    const m = memoryIo();
    expect(runSchema([], m.io)).toBe(0);
    const schema = JSON.parse(m.out()) as {
      $schema: string;
      title: string;
      properties: Record<string, { description?: string }>;
    };
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(schema.title).toMatch(/alpha\.45/);
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(["version", "services", "profiles", "deployment"]),
    );
    expect(typeof schema.properties["services"]?.description).toBe("string");
  });

  it("prints the go flavour and can leave descriptions out", () => {
    const m = memoryIo();
    expect(runSchema(["--flavour", "go", "--no-descriptions"], m.io)).toBe(0);
    const text = m.out();
    expect(JSON.parse(text).title).toMatch(/Go/);
    expect(text).not.toContain('"description"');
  });

  it("rejects a bad flavour and stray arguments with status 2", () => {
    const a = memoryIo();
    expect(runSchema(["--flavour", "rust"], a.io)).toBe(2);
    expect(a.err()).toMatch(/console or go/);
    const b = memoryIo();
    expect(runSchema(["x.yaml"], b.io)).toBe(2);
  });
});
