import type { YamlFrontEnd } from "../../src/index.js";
import { fastOrYamlFrontEnd, yamlFrontEnd } from "../../src/front-ends/yaml/index.js";

/**
 * One YAML front end under test: its name (shown in test titles) and the function.
 */
export interface FrontEndCase {
  readonly name: string;
  readonly frontEnd: YamlFrontEnd;
  /**
   * `true` when the front end reads what Go's yaml.v3 reads (the normative reader): where the
   * `yaml` package reads a text yaml.v3 refuses (or reads differently), its tests expect Go's verdict.
   */
  readonly goNormative: boolean;
}

/**
 * Every front end the tree test suites run over (`describe.each(FRONT_ENDS)`). A new front end
 * appends itself here and must then pass every tree suite: same tree, same spans, same
 * diagnostics codes as the others.
 */
export const FRONT_ENDS: FrontEndCase[] = [
  { name: "yaml", frontEnd: yamlFrontEnd, goNormative: false },
  // The fast reader, with the constructs it does not read (explicit keys, custom tags, …) handed to
  // the yaml front end, so that the suites compare trees on those too. Without the fallback
  // (parse's default) they are `yaml/unsupported`: test/front-ends/fast, test/hostile.
  { name: "fast", frontEnd: fastOrYamlFrontEnd, goNormative: true },
];
