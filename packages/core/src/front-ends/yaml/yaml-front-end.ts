import type { CST } from "yaml";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import { createDiagnostic } from "../../diagnostics/create-diagnostic.js";
import { checkMapKeys } from "../../tree/check-map-keys.js";
import { inputTooLarge } from "../input-too-large.js";
import { multipleDocuments } from "../multiple-documents.js";
import { composeDocument } from "./compose-document.js";
import { convertNode, createConvertState, isBareEmpty } from "./convert-node.js";
import { createLineFacts } from "../../tree/line-facts.js";
import { mapYamlErrors } from "./map-yaml-errors.js";
import { readCst } from "./read-cst.js";
import { scanCst } from "./scan-cst.js";
import type { CstScan } from "./scan-cst.js";
import { stopDiagnostic, tooDeepDiagnostic } from "../../tree/stop-diagnostics.js";
import type { AnalysisStop } from "../../tree/stop-diagnostics.js";
import { tidyDiagnostics } from "../../tree/tidy-diagnostics.js";
import type { ParseLimits, YamlFrontEnd, YamlTree } from "../../tree/yaml-front-end.js";

type Draft<T> = { -readonly [K in keyof T]: T[K] };

const EMPTY_SCAN: CstScan = { tooDeep: null, unterminatedQuotes: [], unclosedFlows: [] };

/**
 * The deepest nesting `maxDepth` may allow. The `yaml` composer recurses about four calls per
 * level and runs out of stack near 800 levels on Node 20 (it then reports RESOURCE_EXHAUSTION);
 * 256 levels leave room for deep callers and smaller stacks.
 */
const HARDEST_DEPTH = 256;
/** Once YAML errors were found on this many lines, the rest of the text is not analysed. */
const MAX_ERROR_LINES = 100;

function secondDocument(next: CST.Document): Diagnostic {
  const marker = next.start.find((t) => t.type === "doc-start");
  const start = marker ? marker.offset : next.offset;
  const end = marker ? marker.offset + marker.source.length : (next.value?.offset ?? next.offset) + 1;
  return multipleDocuments(start, end);
}

/** `true` when a closing bracket occurs anywhere from `offset` on (an open one may yet be closed). */
function hasCloserAfter(text: string, offset: number): boolean {
  return text.indexOf("]", offset) >= 0 || text.indexOf("}", offset) >= 0;
}

function earliest(a: AnalysisStop | null, b: AnalysisStop | null): AnalysisStop | null {
  if (a === null) return b;
  if (b === null) return a;
  return b.offset < a.offset ? b : a;
}

function run(text: string, limits: ParseLimits, diagnostics: Diagnostic[]): YamlTree {
  if (text.length > limits.maxInputLength) {
    diagnostics.push(inputTooLarge(text, limits.maxInputLength));
    return { root: null, diagnostics };
  }
  const maxDepth = Math.min(limits.maxDepth, HARDEST_DEPTH);
  const read = readCst(text, { maxTokens: limits.maxTokens, maxStack: 2 * maxDepth + 2 });
  const end = read.stop?.offset ?? read.next?.offset ?? text.length;
  const scan = read.doc ? scanCst(read.doc, maxDepth) : EMPTY_SCAN;
  const { document, errors } = composeDocument(read.head, end);
  const facts = createLineFacts(text);
  const reportUnclosed = read.stop === null || !hasCloserAfter(text, read.stop.offset);
  const report = mapYamlErrors(errors, text, scan, { facts, end, reportUnclosed, maxErrorLines: MAX_ERROR_LINES });
  const errorStop: AnalysisStop | null = report.stop === null ? null : { offset: report.stop, reason: "errors" };
  const stop = earliest(read.stop, errorStop);
  // A stop after the end of the first document leaves the tree whole (only the rest of the stream is unread).
  const cutsTree = stop !== null && (stop.reason === "errors" || read.stop?.inDocument === true);
  const stopAt = cutsTree ? (stop?.offset ?? Number.POSITIVE_INFINITY) : Number.POSITIVE_INFINITY;
  for (const d of report.diagnostics) diagnostics.push(d);
  const depthStop = stop?.reason === "depth" && cutsTree ? stop.offset : null;
  if (scan.tooDeep && scan.tooDeep.start < stopAt) {
    diagnostics.push(tooDeepDiagnostic(scan.tooDeep, maxDepth, depthStop, text));
  } else if (depthStop !== null) {
    diagnostics.push(tooDeepDiagnostic(null, maxDepth, depthStop, text));
  }
  if (read.next && read.next.offset < stopAt) diagnostics.push(secondDocument(read.next));
  const tree: Draft<YamlTree> = { root: null, diagnostics, lineCounter: facts.lines };
  const contents = document?.contents;
  if (document && contents && !isBareEmpty(contents)) {
    const state = createConvertState(text, document, limits, diagnostics, stopAt);
    tree.root = convertNode(contents, state, (map) => checkMapKeys(map, diagnostics));
  }
  if (document?.commentBefore != null) tree.commentBefore = document.commentBefore;
  if (document?.comment != null) tree.comment = document.comment;
  if (stop !== null) {
    const limit = stop.reason === "tokens" ? limits.maxTokens : MAX_ERROR_LINES;
    const told = stopDiagnostic(stop, limit, text, facts);
    if (told) diagnostics.push(told);
    if (cutsTree) tree.stoppedAt = stop.offset;
  }
  tree.diagnostics = tidyDiagnostics(diagnostics, text, facts);
  return tree;
}

/**
 * The YAML front end built on the `yaml` package (YAML 1.2 core schema): parses the first
 * document of `text` into a positioned {@link YamlTree}, with every YAML-level problem as a
 * diagnostic. Its work is bounded by `limits`: past `maxTokens` tokens, past twice `maxDepth`
 * levels of nesting or past 100 lines with YAML errors, the rest of the text is not analysed
 * (`stoppedAt`, and a diagnostic that says why). It never throws: an unexpected internal failure
 * becomes a `yaml/internal` diagnostic.
 *
 * @example
 * const { root, diagnostics } = yamlFrontEnd("version: '2.0'\n", DEFAULT_PARSE_LIMITS);
 * // root: { kind: "map", pairs: [{ key: { text: "version", ... }, value: { value: "2.0", ... } }] }
 */
export const yamlFrontEnd: YamlFrontEnd = (text: string, limits: ParseLimits): YamlTree => {
  const diagnostics: Diagnostic[] = [];
  try {
    return run(text, limits, diagnostics);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    diagnostics.push(
      createDiagnostic("yaml/internal", "The YAML reader failed unexpectedly on this text.", undefined, {
        data: { reason },
      }),
    );
    return { root: null, diagnostics };
  }
};
