import type { YamlFrontEnd } from "../tree/yaml-front-end.js";
import { fastFrontEnd } from "./fast/index.js";

/**
 * The front end `parse` uses when its options name none: the fast reader alone
 * ({@link fastFrontEnd}), which reads what Go's yaml.v3 reads and reports the few constructs it
 * does not read as `yaml/unsupported` (with a span). This module is the only place that wires a
 * concrete front end into `parse`: `document/parse.ts` imports only the tree contract and this
 * constant, so a bundle of `parse` holds no other YAML library. The `yaml`-package front ends
 * (`yamlFrontEnd`, and `fastOrYamlFrontEnd`, the fast reader with a `yaml` fallback) come from
 * `@akash-sdl/core/yaml-front-end` and are passed as `options.frontEnd`.
 *
 * @example
 * DEFAULT_FRONT_END("a: 1", DEFAULT_PARSE_LIMITS).root?.kind; // "map"
 */
export const DEFAULT_FRONT_END: YamlFrontEnd = fastFrontEnd;
