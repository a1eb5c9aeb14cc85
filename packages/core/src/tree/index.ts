export type {
  ScalarSourceMap,
  ScalarStyle,
  YamlAlias,
  YamlMap,
  YamlNode,
  YamlNodeBase,
  YamlPair,
  YamlScalar,
  YamlSeq,
} from "./yaml-node.js";
export type { ParseLimits, YamlFrontEnd, YamlTree } from "./yaml-front-end.js";
export { DEFAULT_PARSE_LIMITS } from "./parse-limits.js";
export { toPlainValue } from "./to-plain-value.js";
export { scalarContentStart, sourceOffsetOf, sourceSpanOf } from "./scalar-source-map.js";
export { buildScalarSourceMap } from "./build-scalar-source-map.js";
export { nonScalarKeyName } from "./non-scalar-key-name.js";
export { nodeAtOffset, pathAtOffset } from "./node-at-offset.js";
export type { NodeAtOffset } from "./node-at-offset.js";
export { placeInScalar } from "./place-in-scalar.js";
export { checkTree } from "./check-tree.js";
export { aliasJson, defineAliasJson } from "./alias-json.js";
