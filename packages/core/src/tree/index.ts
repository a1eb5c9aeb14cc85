export type { ScalarStyle, YamlAlias, YamlMap, YamlNode, YamlNodeBase, YamlPair, YamlScalar, YamlSeq } from "./yaml-node.js";
export type { ParseLimits, YamlFrontEnd, YamlTree } from "./yaml-front-end.js";
