import { Composer, Parser } from "yaml";
import type { CST, Document } from "yaml";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { createDiagnostic } from "../diagnostics/create-diagnostic.js";
import { checkMapKeys } from "./check-map-keys.js";
import { convertNode, createConvertState, isBareEmpty } from "./convert-node.js";
import { mapYamlErrors } from "./map-yaml-errors.js";
import { scanCst } from "./scan-cst.js";
import type { CstScan } from "./scan-cst.js";
import { tidyDiagnostics } from "./tidy-diagnostics.js";
import type { ParseLimits, YamlFrontEnd, YamlTree } from "./yaml-front-end.js";

type Draft<T> = { -readonly [K in keyof T]: T[K] };

// logLevel "error": yaml must not print warnings (e.g. while naming collection keys).
const COMPOSE_OPTIONS = { keepSourceTokens: true, uniqueKeys: false, version: "1.2", logLevel: "error" } as const;

const EMPTY_SCAN: CstScan = { tooDeep: null, unterminatedQuotes: [], unclosedFlows: [] };

/** Splits the CST stream: the first document (with what precedes it) and the next document, if any. */
function firstDocument(tokens: readonly CST.Token[]): {
  readonly head: CST.Token[];
  readonly doc: CST.Document | undefined;
  readonly next: CST.Document | undefined;
} {
  const head: CST.Token[] = [];
  let doc: CST.Document | undefined;
  for (const token of tokens) {
    if (token.type === "document") {
      if (doc !== undefined) return { head, doc, next: token };
      doc = token;
    }
    head.push(token);
  }
  return { head, doc, next: undefined };
}

function multipleDocuments(next: CST.Document): Diagnostic {
  const marker = next.start.find((t) => t.type === "doc-start");
  const start = marker ? marker.offset : next.offset;
  const end = marker ? marker.offset + marker.source.length : (next.value?.offset ?? next.offset) + 1;
  return createDiagnostic(
    "yaml/multiple-documents",
    "The text holds more than one YAML document; only the first one is used.",
    { start, end },
    { hints: ["Remove the '---' line and everything after it, or move it to its own file."] },
  );
}

function run(text: string, limits: ParseLimits, diagnostics: Diagnostic[]): YamlTree {
  if (text.length > limits.maxInputLength) {
    diagnostics.push(
      createDiagnostic(
        "yaml/input-too-large",
        `The text is ${text.length} characters long, more than the limit of ${limits.maxInputLength}.`,
        { start: 0, end: Math.min(text.length, 1) },
        { data: { limit: limits.maxInputLength, actual: text.length } },
      ),
    );
    return { root: null, diagnostics };
  }
  const { head, doc, next } = firstDocument(Array.from(new Parser().parse(text)));
  const scan = doc ? scanCst(doc, limits.maxDepth) : EMPTY_SCAN;
  const composer = new Composer(COMPOSE_OPTIONS);
  const composed = Array.from(composer.compose(head, true, next ? next.offset : text.length));
  const document = composed[0] as Document.Parsed | undefined;
  const stream = composer.streamInfo();
  const yamlErrors = [...(document?.errors ?? []), ...(document?.warnings ?? []), ...stream.errors, ...stream.warnings];
  diagnostics.push(...mapYamlErrors(yamlErrors, text, scan));
  if (scan.tooDeep) {
    diagnostics.push(
      createDiagnostic(
        "yaml/too-deep",
        `Collections are nested more than ${limits.maxDepth} levels deep.`,
        { start: scan.tooDeep.start, end: scan.tooDeep.end },
        { data: { limit: limits.maxDepth, cut: scan.tooDeep.count } },
      ),
    );
  }
  if (next) diagnostics.push(multipleDocuments(next));
  const tree: Draft<YamlTree> = { root: null, diagnostics };
  const contents = document?.contents;
  if (document && contents && !isBareEmpty(contents)) {
    const state = createConvertState(text, document, limits, diagnostics);
    tree.root = convertNode(contents, state, (map) => checkMapKeys(map, diagnostics));
  }
  if (document?.commentBefore != null) tree.commentBefore = document.commentBefore;
  if (document?.comment != null) tree.comment = document.comment;
  tree.diagnostics = tidyDiagnostics(diagnostics, text);
  return tree;
}

/**
 * The YAML front end built on the `yaml` package (YAML 1.2 core schema): parses the first
 * document of `text` into a positioned {@link YamlTree}, with every YAML-level problem as a
 * diagnostic. It never throws: an unexpected internal failure becomes a `yaml/internal` diagnostic.
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
