import type { YamlFrontEnd } from "../tree/yaml-front-end.js";
import { fastOrYamlFrontEnd } from "./yaml/fast-or-yaml-front-end.js";

/**
 * The front end `parse` uses when its options name none: the fast reader, handing the few
 * constructs it does not read (explicit keys, custom tags, directives, collections as keys,
 * limits) to the `yaml`-package front end ({@link fastOrYamlFrontEnd}). This module is the only
 * place that wires a concrete front end (and so the `yaml` package) into `parse`:
 * `document/parse.ts` imports only the tree contract and this constant. Swapping the default for
 * the fast reader alone (`fastFrontEnd`, which reports those constructs as `yaml/unsupported`
 * and needs no other YAML library) is a one-line change here.
 *
 * @example
 * DEFAULT_FRONT_END("a: 1", DEFAULT_PARSE_LIMITS).root?.kind; // "map"
 */
export const DEFAULT_FRONT_END: YamlFrontEnd = fastOrYamlFrontEnd;
