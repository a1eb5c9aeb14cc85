import type { YamlFrontEnd } from "../tree/yaml-front-end.js";
import { fastFrontEnd } from "./fast/fast-front-end.js";

/**
 * The front end `parse` uses when its options name none. This module is the only place that
 * wires a concrete front end (and so the `yaml` package) into `parse`: `document/parse.ts`
 * imports only the tree contract and this constant, and a bundle that always passes its own
 * `frontEnd` can replace this module. Swapping the default is a one-line change here.
 *
 * @example
 * DEFAULT_FRONT_END("a: 1", DEFAULT_PARSE_LIMITS).root?.kind; // "map"
 */
export const DEFAULT_FRONT_END: YamlFrontEnd = fastFrontEnd;
