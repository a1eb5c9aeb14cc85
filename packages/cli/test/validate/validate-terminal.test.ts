import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/main.js";
import { testIo } from "../util/buffer-io.js";
import { removeTempTrees, tempTree } from "../util/temp-tree.js";
import { INVALID_SDL, VALID_SDL } from "./fixtures.js";

afterAll(removeTempTrees);

const ESC = "\u001b[";

async function textRun(options: Parameters<typeof testIo>[1], args: string[] = []): Promise<string> {
  const dir = await tempTree({ "bad.yaml": INVALID_SDL });
  const io = testIo(dir, options);
  expect(await main(["validate", ...args, "bad.yaml"], io)).toBe(1);
  return io.stdout.text();
}

describe("akash-sdl validate: colour", () => {
  it("is off when stdout is not a terminal", async () => {
    expect(await textRun({})).not.toContain(ESC);
  });

  it("is on when stdout is a terminal: red errors, coloured counts", async () => {
    const out = await textRun({ stdout: { isTTY: true } });
    expect(out).toContain(`${ESC}31m`);
    expect(out).toMatch(/1 file, \u001b\[31m\u001b\[1m1 error\u001b\[22m\u001b\[39m, 0 warnings\n$/);
  });

  it("honours NO_COLOR, FORCE_COLOR, TERM=dumb and the --color/--no-color flags", async () => {
    expect(await textRun({ stdout: { isTTY: true }, env: { NO_COLOR: "1" } })).not.toContain(ESC);
    expect(await textRun({ stdout: { isTTY: true }, env: { NO_COLOR: "" } })).toContain(ESC);
    expect(await textRun({ env: { FORCE_COLOR: "1" } })).toContain(ESC);
    expect(await textRun({ stdout: { isTTY: true }, env: { FORCE_COLOR: "0" } })).not.toContain(ESC);
    expect(await textRun({ stdout: { isTTY: true }, env: { TERM: "dumb" } })).not.toContain(ESC);
    expect(await textRun({}, ["--color"])).toContain(ESC);
    expect(await textRun({ stdout: { isTTY: true } }, ["--no-color"])).not.toContain(ESC);
    expect(await textRun({ env: { NO_COLOR: "1" } }, ["--color"])).toContain(ESC);
  });

  it("gives the same text with colour removed", async () => {
    const plain = await textRun({});
    const colored = await textRun({ stdout: { isTTY: true } });
    expect(colored.replace(/\u001b\[[0-9;]*m/g, "")).toBe(plain);
  });
});

describe("akash-sdl validate: progress bar", () => {
  const many = (n: number, bad: number[] = []): Record<string, string> =>
    Object.fromEntries(
      Array.from({ length: n }, (_, i) => [
        `sdl/f${String(i).padStart(2, "0")}.yaml`,
        bad.includes(i) ? INVALID_SDL : VALID_SDL,
      ]),
    );

  it("draws on a terminal stderr for more than 20 files and erases itself", async () => {
    const dir = await tempTree(many(25, [3, 17]));
    const io = testIo(dir, { stderr: { isTTY: true, columns: 100 } });
    expect(await main(["validate", "sdl"], io)).toBe(1);
    const err = io.stderr.text();
    expect(err).toContain("validating [");
    expect(err).toContain(" 0/25 sdl/f00.yaml");
    expect(err).toContain("24/25 sdl/f24.yaml");
    expect(err.endsWith("\r\u001b[2K")).toBe(true); // cleared when done
    // Each frame starts by erasing the line; every frame fits the terminal.
    for (const frame of err.split("\r\u001b[2K").filter((f) => f !== "")) expect(frame.length).toBeLessThanOrEqual(100);
    // The report itself is untouched by the bar.
    const out = io.stdout.text();
    expect(out).not.toContain("\r");
    expect(out).toMatch(/25 files, 2 errors, 0 warnings\n$/);
  });

  it("is erased before a file's report is written, so lines never mix", async () => {
    const dir = await tempTree(many(22, [10]));
    const chunks: { stream: string; text: string }[] = [];
    const io = testIo(dir, { stderr: { isTTY: true } });
    const record = (stream: string, sink: { write(c: string): unknown }): void => {
      const write = sink.write.bind(sink);
      sink.write = (c: string) => {
        chunks.push({ stream, text: c });
        return write(c);
      };
    };
    record("out", io.stdout);
    record("err", io.stderr);
    await main(["validate", "sdl"], io);
    const firstReport = chunks.findIndex((c) => c.stream === "out");
    expect(chunks[firstReport - 1]).toEqual({ stream: "err", text: "\r\u001b[2K" });
  });

  it("writes reports as they come on a terminal, in a few chunks elsewhere: the same text either way", async () => {
    const dir = await tempTree(many(60, [3, 9, 17, 25, 33, 41, 49, 57]));
    const tty = testIo(dir, { stdout: { isTTY: true } });
    const file = testIo(dir);
    expect(await main(["validate", "--no-color", "sdl"], tty)).toBe(1);
    expect(await main(["validate", "sdl"], file)).toBe(1);
    expect(file.stdout.text()).toBe(tty.stdout.text());
    expect(tty.stdout.chunks).toHaveLength(9); // 8 reports and the summary
    expect(file.stdout.chunks).toHaveLength(1); // less than 64 KiB: one write at the end
    expect(file.stdout.text()).toMatch(/60 files, 8 errors, 0 warnings\n$/);

    const github = testIo(dir);
    expect(await main(["validate", "--format", "github", "sdl"], github)).toBe(1);
    expect(github.stdout.chunks).toHaveLength(1);
    expect(github.stdout.text().match(/^::error /gm)).toHaveLength(8);
  });

  it("writes a chunk once 64 KiB have been collected, each after the bar was erased", async () => {
    // ~600 files with a report each: more than 64 KiB of text, so a chunk is written mid-run.
    const dir = await tempTree(
      many(
        600,
        Array.from({ length: 600 }, (_, i) => i),
      ),
    );
    const chunks: { stream: string; text: string }[] = [];
    const io = testIo(dir, { stderr: { isTTY: true } });
    for (const [stream, sink] of [
      ["out", io.stdout],
      ["err", io.stderr],
    ] as const) {
      const write = sink.write.bind(sink);
      sink.write = (c: string) => {
        chunks.push({ stream, text: c });
        return write(c);
      };
    }
    expect(await main(["validate", "sdl"], io)).toBe(1);
    const out = chunks.filter((c) => c.stream === "out");
    expect(out.length).toBeGreaterThan(1);
    expect(out.length).toBeLessThan(20);
    for (const c of out.slice(0, -1)) expect(c.text.length).toBeGreaterThanOrEqual(64 * 1024);
    chunks.forEach((c, i) => {
      if (c.stream === "out") expect(chunks[i - 1]).toEqual({ stream: "err", text: "\r\u001b[2K" });
    });
    expect(io.stdout.text()).toMatch(/600 files, 600 errors, 0 warnings\n$/);
  });

  it("is not shown for 20 files or fewer, for a non-terminal stderr, or in JSON mode off a terminal", async () => {
    const twenty = await tempTree(many(20));
    const io20 = testIo(twenty, { stderr: { isTTY: true } });
    expect(await main(["validate", "sdl"], io20)).toBe(0);
    expect(io20.stderr.text()).toBe("");

    const lots = await tempTree(many(30));
    const ioPipe = testIo(lots, { stderr: { isTTY: false } });
    expect(await main(["validate", "--format", "json", "sdl"], ioPipe)).toBe(0);
    expect(ioPipe.stderr.text()).toBe("");
    expect(JSON.parse(ioPipe.stdout.text()).summary.files).toBe(30);
  });
});
