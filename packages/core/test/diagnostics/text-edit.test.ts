import { describe, expect, it } from "vitest";
import { applyTextEdits, parse, toLspTextEdit } from "../../src/index.js";

describe("TextEdit", () => {
  it("did-you-mean fixes on unknown keys rename the key, and applying them silences the warning", () => {
    const text = 'version: "2.0"\nservices:\n  web:\n    imgae: nginx\n';
    const result = parse(text);
    const unknown = result.diagnostics.find((d) => d.code === "sdl/unknown-key");
    expect(unknown?.fixes).toEqual([
      { range: { start: text.indexOf("imgae"), end: text.indexOf("imgae") + 5 }, newText: "image" },
    ]);
    const fixed = applyTextEdits(text, unknown?.fixes ?? []);
    expect(fixed).toBe('version: "2.0"\nservices:\n  web:\n    image: nginx\n');
    expect(parse(fixed).diagnostics.some((d) => d.code === "sdl/unknown-key")).toBe(false);
  });

  it("top-level misspellings get a fix too; keys with no close match get none", () => {
    const text = 'version: "2.0"\nservice: {}\nzzzzzzzz: 1\n';
    const result = parse(text);
    const [near, far] = result.diagnostics.filter((d) => d.code === "sdl/unexpected-field");
    expect(near?.fixes?.[0]?.newText).toBe("services");
    expect(far?.fixes).toBeUndefined();
  });

  it("converts offsets to LSP 0-based lines and UTF-16 characters", () => {
    const text = "a: 1\r\nbé: 😀x\n";
    const { lineCounter } = parse(text);
    const start = text.indexOf("x");
    expect(toLspTextEdit({ range: { start, end: start + 1 }, newText: "y" }, lineCounter)).toEqual({
      range: { start: { line: 1, character: 6 }, end: { line: 1, character: 7 } },
      newText: "y",
    });
  });

  it("applies edits in any order and refuses overlapping ones", () => {
    expect(
      applyTextEdits("abcdef", [
        { range: { start: 4, end: 6 }, newText: "X" },
        { range: { start: 0, end: 1 }, newText: "" },
      ]),
    ).toBe("bcdX");
    expect(applyTextEdits("ab", [{ range: { start: 1, end: 1 }, newText: "-" }])).toBe("a-b");
    expect(() =>
      applyTextEdits("abc", [
        { range: { start: 0, end: 2 }, newText: "" },
        { range: { start: 1, end: 3 }, newText: "" },
      ]),
    ).toThrow();
  });
});

describe("missing-key fixes", () => {
  const fixesOf = (text: string) =>
    parse(text)
      .diagnostics.filter((d) => d.code === "sdl/missing-key")
      .map((d) => d.fixes);

  it("insert the key with the obvious value, aligned with its siblings, and the fixed text has no such diagnostic", () => {
    const text = [
      'version: "2.0"',
      "services:",
      "  web:",
      "    image: nginx:1.27",
      "profiles:",
      "  compute:",
      "    web:",
      "      resources: {cpu: {units: 1}, memory: {size: 1Gi}, storage: {size: 1Gi}}",
      "  placement:",
      "    dc:",
      "      pricing:",
      "        web:",
      "          amount: 100 # no denom",
      "deployment:",
      "  web:",
      "    dc:",
      "      profile: web",
      "endpoints:",
      "  myip:",
      "    other: 1",
      "",
    ].join("\n");
    const result = parse(text);
    const missing = result.diagnostics.filter((d) => d.code === "sdl/missing-key");
    const byKey = Object.fromEntries(missing.map((d) => [d.path?.at(-1), d.fixes]));
    expect(byKey["denom"]?.[0]?.newText).toBe("          denom: uakt\n");
    expect(byKey["count"]?.[0]?.newText).toBe("      count: 1\n");
    expect(byKey["kind"]?.[0]?.newText).toBe("    kind: ip\n");
    const fixed = applyTextEdits(
      text,
      missing.flatMap((d) => d.fixes ?? []),
    );
    expect(fixed).toContain("          amount: 100 # no denom\n          denom: uakt\n");
    expect(parse(fixed).diagnostics.filter((d) => d.code === "sdl/missing-key")).toEqual([]);
  });

  it("a missing version is added on its own line before the first key; a missing count at the end of a file without a newline", () => {
    const text = "# my app\nservices: {}\nprofiles: {}\ndeployment:\n  web:\n    dc:\n      profile: web";
    const fixes = fixesOf(text)
      .flat()
      .filter((f) => f !== undefined);
    expect(fixes.map((f) => f?.newText)).toEqual(['version: "2.0"\n', "\n      count: 1"]);
    expect(
      applyTextEdits(
        text,
        fixes.flatMap((f) => (f === undefined ? [] : [f])),
      ),
    ).toBe(
      '# my app\nversion: "2.0"\nservices: {}\nprofiles: {}\ndeployment:\n  web:\n    dc:\n      profile: web\n      count: 1',
    );
  });

  it("no fix where no value is obvious or the mapping is in flow style", () => {
    expect(
      fixesOf('version: "2.0"\nservices:\n  web:\n    command: [x]\ndeployment: {web: {dc: {profile: web}}}\n').flat(),
    ).toEqual([undefined, undefined, undefined]);
  });
});

describe("spelling fixes on closed key sets", () => {
  it("storage and CPU attributes and GPU vendors get a rename fix when a known key is close", () => {
    const text = [
      'version: "2.0"',
      "profiles:",
      "  compute:",
      "    web:",
      "      resources:",
      "        cpu: {units: 1, attributes: {ach: amd64}}",
      "        memory: {size: 1Gi}",
      "        storage: {size: 1Gi, attributes: {persistant: true, class: beta2}}",
      "        gpu: {units: 1, attributes: {vendor: {nvidai: [], amd: []}}}",
      "",
    ].join("\n");
    const byKey = Object.fromEntries(
      parse(text)
        .diagnostics.filter((d) => d.code.startsWith("sdl/un"))
        .map((d) => [String(d.path?.at(-1)), d.fixes] as const),
    );
    expect(byKey["ach"]?.[0]?.newText).toBe("arch");
    expect(byKey["persistant"]?.[0]?.newText).toBe("persistent");
    expect(byKey["nvidai"]?.[0]?.newText).toBe("nvidia");
    expect(byKey["amd"]).toBeUndefined();
    const fixed = applyTextEdits(
      text,
      Object.values(byKey).flatMap((f) => f ?? []),
    );
    expect(fixed).toContain("{arch: amd64}");
    expect(fixed).toContain("{persistent: true, class: beta2}");
  });
});
