import { parse } from "@akash-sdl/core";
import { describe, expect, it } from "vitest";
import { validate } from "../src/index.js";

/** Ten independent mistakes, one per marked line. */
const TEXT = `version: "2.0"
services:
  web:
    image: nginx:1.27
    expose:
      - port: 99999                 # 1 port out of range
        proto: http                 # 2 unsupported protocol
        to:
          - global: true
            ip: myip                # 3 not declared
    env:
      - 1BAD=x                      # 4 invalid env name
    params:
      storage:
        data:
          mount: relative/path      # 5 not absolute
profiles:
  compute:
    web:
      resources:
        cpu:
          units: 500                # 6 above 384 CPUs per unit
        memory:
          size: 1Gi
        storage:
          - size: 1Gi
          - name: data
            size: 10Gi
            attributes:
              persistent: true
              class: fast           # 7 unknown class
        gpu:
          units: 1
          attributes:
            vendor:
              nvidia:
                - model: a100
                  interface: PCIe   # 8 interface spelling
  placement:
    dc:
      pricing:
        web:
          denom: uact
          amount: 99999999          # 9 above the chain's unit price limit
deployment:
  web:
    dc:
      profile: web
      count: 1
endpoints:
  Other:                            # 10 invalid endpoint name
    kind: ip
`;

const MARKS: readonly [number, string][] = [
  [1, "expose/port-out-of-range"],
  [2, "expose/invalid-protocol"],
  [3, "endpoint/undefined"],
  [4, "manifest/invalid-env-name"],
  [5, "storage/mount-not-absolute"],
  [6, "limit/cpu"],
  [7, "storage/invalid-class"],
  [8, "gpu/invalid-interface"],
  [9, "price/above-limit"],
  [10, "endpoint/invalid-name"],
];

describe("a file with ten independent mistakes", () => {
  const parsed = parse(TEXT);
  const diagnostics = validate(parsed, { target: "portable" });
  const lines = TEXT.split("\n");
  const lineOf = (mark: number) => lines.findIndex((l) => l.includes(`# ${mark} `)) + 1;

  it.each(MARKS)("mistake %i is reported as %s on its own line", (mark, code) => {
    const hits = diagnostics.filter((d) => d.code === code && d.severity === "error");
    expect(hits.length, `${code} reported`).toBeGreaterThan(0);
    const at = hits.map((d) => parsed.lineCounter.positionAt(d.span?.start ?? 0).line);
    expect(at).toContain(lineOf(mark));
  });

  it("reports all ten at ten different lines", () => {
    const lineSet = new Set(
      MARKS.map(([mark, code]) => {
        const d = diagnostics.find(
          (x) => x.code === code && parsed.lineCounter.positionAt(x.span?.start ?? 0).line === lineOf(mark),
        );
        return d === undefined ? -1 : lineOf(mark);
      }),
    );
    expect([...lineSet].filter((l) => l > 0)).toHaveLength(10);
  });

  it("gives the per-hour and per-month price in the hint of the price error", () => {
    const price = diagnostics.find((d) => d.code === "price/above-limit");
    expect(price?.hints?.join(" ")).toMatch(/per hour.*per month.*6\.098 s/);
  });
});
