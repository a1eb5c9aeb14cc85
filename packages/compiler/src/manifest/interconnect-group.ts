/**
 * GPU interconnect (`gpu.attributes.interconnect`), which Go `main` rejects but the official TS
 * SDK alpha.45 — and Go's `feat/rdma-multinode` rc5 grammar it mirrors — accepts (addendum Part B
 * §4.1, Part A §1.5): `[]` is the implicit group `auto`, `{group: <name>}` an explicit one. The
 * core document model has no field for it, so it is read from the tree.
 */
import type { SdlGpu, YamlNode } from "@akash-sdl/core";

function deref(node: YamlNode | null | undefined): YamlNode | undefined {
  let current = node ?? undefined;
  for (let hops = 0; current !== undefined && current.kind === "alias"; hops++) {
    if (hops > 64) return undefined;
    current = current.target;
  }
  return current;
}

function mapValue(node: YamlNode | undefined, key: string): YamlNode | undefined {
  if (node?.kind !== "map") return undefined;
  let found: YamlNode | undefined;
  for (const pair of node.pairs) {
    const k = deref(pair.key);
    if (k?.kind === "scalar" && k.text === key) found = deref(pair.value) ?? found;
  }
  return found;
}

/**
 * The interconnect group of a GPU block as the TS SDK resolves it: `"auto"` for `interconnect: []`,
 * the name for `interconnect: {group: name}`, `""` when absent or in any other shape.
 *
 * @example
 * interconnectGroupOf(gpu); // "pair0"
 */
export function interconnectGroupOf(gpu: SdlGpu | undefined): string {
  if (gpu === undefined || gpu.isNull || gpu.attributes === undefined || gpu.attributes.isNull) return "";
  const value = mapValue(deref(gpu.attributes.node), "interconnect");
  if (value === undefined) return "";
  if (value.kind === "seq") return value.items.length === 0 ? "auto" : "";
  const group = mapValue(value, "group");
  return group?.kind === "scalar" && typeof group.value === "string" ? group.text : "";
}
