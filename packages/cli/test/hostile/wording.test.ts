import { describe, expect, it } from "vitest";
import { main } from "../../src/main.js";
import { attachDashValues } from "../../src/util/attach-dash-values.js";
import { testIo } from "../util/buffer-io.js";

describe("issue 12 item 17: wording and strict numbers", () => {
  it.each([
    [["--context", "-1"], /--context needs a whole number above 0, got '-1'/],
    [["--context", "0x10"], /--context needs a whole number above 0, got '0x10'/],
    [["--context", "1e3"], /--context needs a whole number above 0, got '1e3'/],
    [["--gpus", "-2"], /--gpus needs a whole number from 1 to 1024, got '-2'/],
    [["--gpu-memory-utilization", "-.5"], /needs a number above 0, got '-\.5'/],
    [["--gpu", ","], /--gpu needs a GPU model/],
    [["--gpu", " , "], /--gpu needs a GPU model/],
  ])("estimate %j is a usage error that says what is wanted", async (extra, message) => {
    const io = testIo("/");
    expect(await main(["estimate", "--model", "llama-3.1-8b", ...extra], io)).toBe(2);
    expect(io.stderr.text()).toMatch(message);
    expect(io.stderr.text()).not.toMatch(/ambiguous/);
  });

  it("still accepts 8k, 8_192 and 0.9", async () => {
    const io = testIo("/");
    expect(
      await main(
        [
          "estimate",
          "--model",
          "llama-3.1-8b",
          "--context",
          "8k",
          "--max-num-seqs",
          "1_024",
          "--gpu-memory-utilization",
          "0.9",
          "--format",
          "json",
        ],
        io,
      ),
    ).toBe(0);
  });

  it("bare akash-sdl prints the usage on stderr with exit 2; --help on stdout with 0", async () => {
    const bare = testIo("/");
    expect(await main([], bare)).toBe(2);
    expect(bare.stdout.text()).toBe("");
    expect(bare.stderr.text()).toMatch(/^Usage: akash-sdl/);
    const help = testIo("/");
    expect(await main(["--help"], help)).toBe(0);
    expect(help.stdout.text()).toMatch(/^Usage: akash-sdl/);
  });

  it("validate --format with a dash value names the format, not an ambiguity", async () => {
    const io = testIo("/");
    expect(await main(["validate", "--format", "-x", "a.yaml"], io)).toBe(2);
    expect(io.stderr.text()).not.toMatch(/ambiguous/);
  });

  it("attachDashValues only joins values of string options", () => {
    const options = { context: { type: "string", short: "c" }, all: { type: "boolean" } } as const;
    expect(attachDashValues(["--context", "-1", "--all", "-5"], options)).toEqual(["--context=-1", "--all", "-5"]);
    expect(attachDashValues(["-c", "-1"], options)).toEqual(["--context=-1"]);
    expect(attachDashValues(["--", "--context", "-1"], options)).toEqual(["--", "--context", "-1"]);
  });
});
