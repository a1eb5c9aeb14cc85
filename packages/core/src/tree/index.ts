export type { ScalarStyle, YamlAlias, YamlMap, YamlNode, YamlNodeBase, YamlPair, YamlScalar, YamlSeq } from "./yaml-node.js";
export type { ParseLimits, YamlFrontEnd, YamlTree } from "./yaml-front-end.js";
export { DEFAULT_PARSE_LIMITS } from "./parse-limits.js";
export { yamlFrontEnd } from "./yaml-front-end-yaml.js";
export { toPlainValue } from "./to-plain-value.js";
