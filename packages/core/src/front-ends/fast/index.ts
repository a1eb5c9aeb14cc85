export { fastFrontEnd, readFast } from "./fast-front-end.js";
