import type { ParseLimits, YamlFrontEnd, YamlTree } from "../../tree/yaml-front-end.js";
import { readFast } from "../fast/fast-front-end.js";
import { yamlFrontEnd } from "./yaml-front-end.js";

/**
 * The fast reader ({@link readFast}), handing the texts it does not read (directives, explicit
 * keys, tags other than `!!str`, collections as keys, YAML 1.1 line breaks, limits) to the
 * `yaml`-package front end ({@link yamlFrontEnd}) instead of reporting `yaml/unsupported`. For
 * callers that want those constructs read and accept the `yaml` package in their bundle:
 * `parse(text, { frontEnd: fastOrYamlFrontEnd })`.
 *
 * @example
 * import { fastOrYamlFrontEnd } from "@akash-sdl/core/yaml-front-end";
 * fastOrYamlFrontEnd("? a\n: 1\n", DEFAULT_PARSE_LIMITS).root?.kind; // "map"
 */
export const fastOrYamlFrontEnd: YamlFrontEnd = (text: string, limits: ParseLimits): YamlTree =>
  readFast(text, limits) ?? yamlFrontEnd(text, limits);
