export { fastOrYamlFrontEnd } from "./fast-or-yaml-front-end.js";
export { yamlFrontEnd } from "./yaml-front-end.js";
