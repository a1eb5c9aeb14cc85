import { defineAliasJson } from "./alias-json.js";
import type { YamlNode, YamlPair } from "./yaml-node.js";

/**
 * Gives every alias of a tree its JSON form ({@link defineAliasJson}), as {@link checkTree} does
 * on its way, for trees that skip the check (trusted front ends). Iterative; visits each node
 * once (an alias's target is reached where it stands in the tree, not through the alias).
 *
 * @example
 * defineAliasJsonIn(tree.root);
 */
export function defineAliasJsonIn(root: YamlNode | null): void {
  if (root === null) return;
  // Indexed loops, not for-of: the CLI runs this in baseline code, where an iterator costs.
  const stack: YamlNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as YamlNode;
    if (node.kind === "alias") defineAliasJson(node);
    else if (node.kind === "seq") {
      const items = node.items;
      for (let i = 0; i < items.length; i++) {
        const item = items[i] as YamlNode;
        if (item.kind !== "scalar") stack.push(item);
      }
    } else if (node.kind === "map") {
      const pairs = node.pairs;
      for (let i = 0; i < pairs.length; i++) {
        const pair = pairs[i] as YamlPair;
        if (pair.key.kind !== "scalar") stack.push(pair.key);
        const value = pair.value;
        if (value !== null && value.kind !== "scalar") stack.push(value);
      }
    }
  }
}
