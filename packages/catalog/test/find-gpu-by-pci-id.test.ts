import { describe, expect, it } from "vitest";
import { findGpuByPciId } from "../src/find-gpu-by-pci-id.js";
import { GPUS } from "../src/generated/gpus.js";

describe("findGpuByPciId", () => {
  it("finds the SKU of a PCI id in any spelling", () => {
    expect(findGpuByPciId("10de:2330")).toMatchObject({ model: "h100", interface: "sxm", ramGiB: 80 });
    expect(findGpuByPciId("10DE:2331")).toMatchObject({ model: "h100", interface: "pcie" });
    expect(findGpuByPciId("0x10de:0xf297")?.model).toBe("rtx4090");
    expect(findGpuByPciId(" 1002:738c ")?.model).toBe("mi100");
  });

  it("round-trips every PCI id of the catalogue", () => {
    for (const g of GPUS) for (const id of g.pciIds) expect(findGpuByPciId(id)).toBe(g);
  });

  it("returns undefined for unknown or malformed ids", () => {
    expect(findGpuByPciId("10de:ffff")).toBeUndefined();
    expect(findGpuByPciId("10de2330")).toBeUndefined();
    expect(findGpuByPciId("")).toBeUndefined();
    expect(findGpuByPciId("10de:23300")).toBeUndefined();
  });
});
