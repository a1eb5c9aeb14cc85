import { Lexer, Parser } from "yaml";
import type { CST } from "yaml";

/**
 * Why {@link readCst} stopped before the end of the text.
 *
 * @example
 * const reason: ReadStopReason = "tokens";
 */
export type ReadStopReason = "tokens" | "depth";

/**
 * Where and why {@link readCst} stopped reading; the text from `offset` on is not analysed.
 *
 * @example
 * const stop: ReadStop = { offset: 270_000, reason: "tokens", inDocument: true };
 */
export interface ReadStop {
  readonly offset: number;
  readonly reason: ReadStopReason;
  /** `false` when the first document had been read to its end before the stop. */
  readonly inDocument: boolean;
}

/**
 * The concrete syntax of the first YAML document of a text, as far as it was read.
 *
 * @example
 * const read: CstRead = readCst(text, { maxTokens: 100_000, maxStack: 128 });
 */
export interface CstRead {
  /** Every top-level token up to the second document: directives, comments, the first document. */
  readonly head: readonly CST.Token[];
  /** The first document, if the text has one. */
  readonly doc: CST.Document | undefined;
  /** The start of a second document, if any (it is not read further). */
  readonly next: CST.Document | undefined;
  /** Set when a limit stopped the reading before the end of the text (or of the first document). */
  readonly stop: ReadStop | null;
  /** How many lexical tokens were read. */
  readonly tokens: number;
}

/**
 * Budgets of one {@link readCst} call.
 *
 * @example
 * const budget: ReadBudget = { maxTokens: 100_000, maxStack: 128 };
 */
export interface ReadBudget {
  /** Most lexical tokens read; past it, reading stops at the end of the current line. */
  readonly maxTokens: number;
  /** Deepest parser stack (about one entry per open collection); past it, reading stops at once. */
  readonly maxStack: number;
}

/** The lexer's scalar marker: the next lexeme is the scalar's source (never stop in between). */
const SCALAR_MARKER = "\x1f";
/** How many tokens past the budget may be read to reach the end of the line. */
const LINE_END_ALLOWANCE = 1024;

function isNewline(lexeme: string): boolean {
  return lexeme === "\n" || lexeme === "\r\n";
}

/**
 * Watches the parser's bottom token for the start of a second document: a `---` marker or its
 * first content. Each token of the document's start is looked at once.
 */
function createSecondDocumentWatch(parser: Parser): () => boolean {
  let watched: CST.Document | undefined;
  let seen = 0;
  return () => {
    const bottom = parser.stack[0];
    if (bottom === undefined || bottom.type !== "document") return false;
    if (bottom !== watched) [watched, seen] = [bottom, 0];
    if (bottom.value !== undefined) return true;
    for (; seen < bottom.start.length; seen++) if (bottom.start[seen]?.type === "doc-start") return true;
    return false;
  };
}

/**
 * Reads the concrete syntax tree of the first YAML document of `text` with the `yaml` package's
 * lexer and parser, one lexical token at a time, so that reading can stop early: after the start
 * of a second document (which is never used), when the text holds more than `maxTokens` tokens
 * (at the end of that line), or when collections nest deeper than `maxStack` (at once). Time and
 * memory stay proportional to what is read, whatever follows.
 *
 * @example
 * const { head, doc, stop } = readCst("a: [1, 2]\n", { maxTokens: 100_000, maxStack: 130 });
 */
export function readCst(text: string, budget: ReadBudget): CstRead {
  const parser = new Parser();
  const head: CST.Token[] = [];
  let doc: CST.Document | undefined;
  let next: CST.Document | undefined;
  const accept = (tokens: Iterable<CST.Token>): void => {
    for (const token of tokens) {
      if (token.type === "document" && doc !== undefined) next ??= token;
      else if (next === undefined) {
        if (token.type === "document") doc = token;
        head.push(token);
      }
    }
  };
  let stop: ReadStop | null = null;
  let tokens = 0;
  let pastBudget = 0;
  const secondDocumentStarted = createSecondDocumentWatch(parser);
  for (const lexeme of new Lexer().lex(text)) {
    accept(parser.next(lexeme));
    if (lexeme === SCALAR_MARKER) continue;
    tokens++;
    if (doc !== undefined && secondDocumentStarted()) break;
    if (parser.stack.length > budget.maxStack) {
      stop = { offset: parser.offset, reason: "depth", inDocument: doc === undefined };
      break;
    }
    if (tokens > budget.maxTokens) {
      pastBudget++;
      if (isNewline(lexeme) || pastBudget > LINE_END_ALLOWANCE) {
        stop = { offset: parser.offset, reason: "tokens", inDocument: doc === undefined };
        break;
      }
    }
  }
  if (stop !== null && stop.offset >= text.length) stop = null;
  accept(parser.end());
  return { head, doc, next, stop, tokens };
}
