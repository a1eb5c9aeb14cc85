export { yamlFrontEnd } from "./yaml-front-end.js";
