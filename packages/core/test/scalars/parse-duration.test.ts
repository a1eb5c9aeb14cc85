import { describe, expect, it } from "vitest";
import { parseDuration, parseMinWindow } from "../../src/scalars/index.js";

const S = 1000000000n;
const toNs = (v: { seconds: bigint; nanos: number } | undefined): bigint | undefined =>
  v === undefined ? undefined : v.seconds * S + BigInt(v.nanos);

// Go time.ParseDuration test table (values in nanoseconds).
describe("parseDuration: Go time.ParseDuration values", () => {
  it.each([
    ["0", 0n],
    ["5s", 5n * S],
    ["30s", 30n * S],
    ["1478s", 1478n * S],
    ["-5s", -5n * S],
    ["+5s", 5n * S],
    ["-0", 0n],
    ["+0", 0n],
    ["5.0s", 5n * S],
    ["5.6s", 5600000000n],
    ["5.s", 5n * S],
    [".5s", 500000000n],
    ["1.004s", 1004000000n],
    ["100.00100s", 100001000000n],
    ["10ns", 10n],
    ["11us", 11000n],
    ["12\u00b5s", 12000n],
    ["12\u03bcs", 12000n],
    ["13ms", 13000000n],
    ["15m", 900n * S],
    ["16h", 57600n * S],
    ["3h30m", 12600n * S],
    ["10.5s4m", 250500000000n],
    ["-2m3.4s", -123400000000n],
    ["1h2m3s4ms5us6ns", 3723004005006n],
    ["39h9m14.425s", 140954425000000n],
    ["52763797000ns", 52763797000n],
    ["0.3333333333333333333h", 1200n * S],
    ["9007199254740993ns", 9007199254740993n],
    ["9223372036854775807ns", 9223372036854775807n],
    ["9223372036854775.807us", 9223372036854775807n],
    ["9223372036s854ms775us807ns", 9223372036854775807n],
    ["-9223372036854775808ns", -9223372036854775808n],
    ["-9223372036854775.808us", -9223372036854775808n],
    ["0.100000000000000000000h", 360n * S],
    ["0.830103483285477580700h", 2988372539827n],
    ["1.5h", 5400n * S],
    ["300ms", 300000000n],
  ])("%s", (text, ns) => {
    const r = parseDuration(text, 3);
    expect(r.diagnostics).toEqual([]);
    expect(toNs(r.value)).toBe(ns);
  });

  it("splits into protobuf seconds and nanos with a shared sign", () => {
    expect(parseDuration("1h30m").value).toEqual({ seconds: 5400n, nanos: 0 });
    expect(parseDuration("-1.5s").value).toEqual({ seconds: -1n, nanos: -500000000 });
    expect(parseDuration("2.000000001s").value).toEqual({ seconds: 2n, nanos: 1 });
  });
});

describe("parseDuration: rejections", () => {
  it.each([
    ["", "scalar/invalid-duration", 3, 3, 'time: invalid duration ""'],
    ["3", "scalar/invalid-duration", 3, 4, 'time: missing unit in duration "3"'],
    ["-", "scalar/invalid-duration", 3, 4, 'time: invalid duration "-"'],
    ["s", "scalar/invalid-duration", 3, 4, 'time: invalid duration "s"'],
    [".", "scalar/invalid-duration", 3, 4, 'time: invalid duration "."'],
    ["-.", "scalar/invalid-duration", 4, 5, 'time: invalid duration "-."'],
    [".s", "scalar/invalid-duration", 3, 4, 'time: invalid duration ".s"'],
    ["+.s", "scalar/invalid-duration", 4, 5, 'time: invalid duration "+.s"'],
    ["1d", "scalar/invalid-duration", 4, 5, 'time: unknown unit "d" in duration "1d"'],
    ["1.5.5h", "scalar/invalid-duration", 3, 6, 'time: missing unit in duration "1.5.5h"'],
    ["1h 30m", "scalar/invalid-duration", 4, 6, 'time: unknown unit "h " in duration "1h 30m"'],
    ["5µm", "scalar/invalid-duration", 4, 6, 'time: unknown unit "\\xc2\\xb5m" in duration "5\\xc2\\xb5m"'],
    ["9223372036854775808ns", "scalar/out-of-range", 3, 24, 'time: invalid duration "9223372036854775808ns"'],
    ["9223372036854775.808us", "scalar/out-of-range", 3, 25, 'time: invalid duration "9223372036854775.808us"'],
    ["9223372036s854ms775us808ns", "scalar/out-of-range", 3, 29, 'time: invalid duration "9223372036s854ms775us808ns"'],
    ["-9223372036854775809ns", "scalar/out-of-range", 3, 25, 'time: invalid duration "-9223372036854775809ns"'],
  ])("%j → %s at [%d,%d)", (text, code, start, end, goMessage) => {
    const r = parseDuration(text, 3);
    expect(r.value).toBeUndefined();
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code, span: { start, end } });
    expect(r.diagnostics[0]?.data?.["goMessage"]).toBe(goMessage);
  });

  it("suggests Go units for common spellings", () => {
    expect(parseDuration("10min").diagnostics[0]?.hints).toEqual(["did you mean 'm'?"]);
    expect(parseDuration("2days").diagnostics[0]?.hints).toEqual([
      "Go durations have no day unit; use hours, e.g. '24h'",
    ]);
    expect(parseDuration("90").diagnostics[0]?.hints).toEqual(["write '90s'"]);
  });
});

describe("parseMinWindow", () => {
  it("accepts the portable schema form without diagnostics", () => {
    expect(parseMinWindow("3600s", 7)).toEqual({ value: { seconds: 3600n, nanos: 0 }, diagnostics: [] });
    expect(parseMinWindow("90m").value).toEqual({ seconds: 5400n, nanos: 0 });
    expect(parseMinWindow("1h").diagnostics).toEqual([]);
  });

  it.each([
    ["1h30m", "write '90m'"],
    ["300ms", "round it to whole seconds, minutes or hours"],
    ["1.5h", "write '90m'"],
    ["0090m", "write '90m'"],
    ["+60s", "write '1m'"],
    ["7200s1ns", "round it to whole seconds, minutes or hours"],
  ])("keeps Go-only form %j with a non-portable warning", (text, hint) => {
    const r = parseMinWindow(text, 7);
    expect(r.value).toBeDefined();
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({
      code: "scalar/non-portable-duration",
      severity: "warning",
      span: { start: 7, end: 7 + text.length },
      hints: [hint],
    });
  });

  it.each(["0", "0s", "-5m", "-0"])("rejects non-positive window %j", (text) => {
    const r = parseMinWindow(text, 7);
    expect(r.value).toBeUndefined();
    expect(r.diagnostics[0]).toMatchObject({
      code: "scalar/non-positive-duration",
      span: { start: 7, end: 7 + text.length },
    });
    expect(r.diagnostics[0]?.data?.["goMessage"]).toBe("SDL invalid: reclamation min_window must be > 0");
  });

  it("wraps ParseDuration errors in Go's reclamation message", () => {
    const r = parseMinWindow("1d", 7);
    expect(r.diagnostics[0]?.code).toBe("scalar/invalid-duration");
    expect(r.diagnostics[0]?.data?.["goMessage"]).toBe(
      'SDL invalid: invalid reclamation min_window "1d": time: unknown unit "d" in duration "1d"',
    );
  });
});
