import { describe, expect, it } from "vitest";
import { createPaint, useColor } from "../../src/util/use-color.js";
import { createProgressBar } from "../../src/util/progress-bar.js";
import { bufferSink } from "./buffer-io.js";

describe("useColor", () => {
  const tty = bufferSink({ isTTY: true });
  const pipe = bufferSink();
  it("follows the terminal unless the environment or a flag says otherwise", () => {
    expect(useColor(tty, {})).toBe(true);
    expect(useColor(pipe, {})).toBe(false);
    expect(useColor(tty, { NO_COLOR: "1" })).toBe(false);
    expect(useColor(tty, { NO_COLOR: "" })).toBe(true);
    expect(useColor(pipe, { FORCE_COLOR: "1" })).toBe(true);
    expect(useColor(pipe, { FORCE_COLOR: "" })).toBe(true);
    expect(useColor(tty, { FORCE_COLOR: "false" })).toBe(false);
    expect(useColor(tty, { TERM: "dumb" })).toBe(false);
    expect(useColor(pipe, { NO_COLOR: "1" }, true)).toBe(true);
    expect(useColor(tty, {}, false)).toBe(false);
  });

  it("paints only when enabled", () => {
    expect(createPaint(true)("red", "x")).toBe("\u001b[31mx\u001b[39m");
    expect(createPaint(false)("red", "x")).toBe("x");
    expect(createPaint(true)("bold", "")).toBe("");
  });
});

describe("createProgressBar", () => {
  it("redraws in place, shows the count and detail, and erases itself", () => {
    const sink = bufferSink({ isTTY: true, columns: 60 });
    const bar = createProgressBar(sink, 4, "validating");
    bar.update(0, "a.yaml");
    bar.update(2, "b.yaml");
    expect(sink.chunks[1]).toMatch(/^\r\u001b\[2Kvalidating \[#+-+\] 2\/4 b\.yaml$/);
    bar.clear();
    expect(sink.chunks[2]).toBe("\r\u001b[2K");
    bar.clear(); // nothing to erase twice
    expect(sink.chunks).toHaveLength(3);
    bar.update(4);
    expect(sink.chunks[3]).toMatch(/\[#+\] 4\/4$/);
    bar.done();
    bar.update(1);
    expect(sink.chunks.slice(4)).toEqual(["\r\u001b[2K"]);
  });

  it("keeps every frame within the terminal width, trimming long details from the left", () => {
    const sink = bufferSink({ isTTY: true, columns: 50 });
    const bar = createProgressBar(sink, 100, "validating");
    bar.update(37, `very/long/path/${"x".repeat(80)}/deploy.yaml`);
    const frame = (sink.chunks[0] ?? "").replace("\r\u001b[2K", "");
    expect(frame.length).toBeLessThanOrEqual(50);
    expect(frame).toMatch(/ 37\/100 …x*\/deploy\.yaml$/);
  });
});
