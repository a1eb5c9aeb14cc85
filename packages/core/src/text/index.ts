export { span } from "./span.js";
export type { Span } from "./span.js";
export { createLineCounter } from "./line-counter.js";
export type { LineCounter, Position } from "./line-counter.js";
export { clampSpanToBreaks } from "./clamp-span.js";
