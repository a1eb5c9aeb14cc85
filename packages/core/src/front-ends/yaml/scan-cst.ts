import type { CST } from "yaml";

/**
 * What {@link scanCst} found in a document's concrete syntax tree.
 *
 * @example
 * const { tooDeep, unterminatedQuotes }: CstScan = scanCst(doc, 64);
 */
export interface CstScan {
  /** The first collection nested deeper than the limit (it was cut out of the CST), if any. */
  readonly tooDeep: { readonly start: number; readonly end: number; readonly count: number } | null;
  /** Offsets of the opening quotes of quoted scalars that are never closed. */
  readonly unterminatedQuotes: readonly number[];
  /** Offsets of the opening `[` or `{` of flow collections that are never closed. */
  readonly unclosedFlows: readonly number[];
}

type Slot = { key?: CST.Token | null; value?: CST.Token };
type Collection = CST.BlockMap | CST.BlockSequence | CST.FlowCollection;

/**
 * `true` when a quoted scalar's source ends with its own closing quote.
 *
 * @example
 * isTerminatedQuote('"abc"'); // true
 * isTerminatedQuote('"abc'); // false
 */
export function isTerminatedQuote(source: string): boolean {
  const quote = source.charCodeAt(0);
  const last = source.length - 1;
  for (let i = 1; i <= last; i++) {
    const c = source.charCodeAt(i);
    if (quote === 34 /* " */) {
      if (c === 92 /* \ */) i++;
      else if (c === 34) return i === last;
    } else if (c === 39 /* ' */) {
      if (i < last && source.charCodeAt(i + 1) === 39) i++;
      else return i === last;
    }
  }
  return false;
}

function isCollection(token: CST.Token): token is CST.BlockMap | CST.BlockSequence | CST.FlowCollection {
  return token.type === "block-map" || token.type === "block-seq" || token.type === "flow-collection";
}

/** Where to end the span of a cut-out collection: its closing bracket, else its first key or `-`. */
function roughEnd(token: CST.BlockMap | CST.BlockSequence | CST.FlowCollection): number {
  if (token.type === "flow-collection") {
    const close = token.end[0];
    return close ? close.offset + close.source.length : token.start.offset + 1;
  }
  const first = token.items[0];
  const key = first?.key;
  if (key && "source" in key && typeof key.source === "string" && key.type !== "block-scalar") {
    return key.offset + Math.max(1, key.source.length);
  }
  const indicator = first?.start.find((t) => t.type === "seq-item-ind" || t.type === "explicit-key-ind");
  return indicator ? indicator.offset + indicator.source.length : token.offset + 1;
}

/**
 * Walks a CST document without recursion (so 100k nested `[` cannot overflow the stack), cuts
 * every collection nested deeper than `maxDepth` (replacing it with an empty scalar, so the
 * composer never recurses into it) and finds unterminated quoted scalars and unclosed flow
 * collections. One stack entry per collection, so a flow sequence of 500,000 items costs little.
 *
 * @example
 * const scan = scanCst(documentToken, 64);
 */
export function scanCst(doc: CST.Document, maxDepth: number): CstScan {
  let tooDeep: { start: number; end: number; count: number } | null = null;
  const unterminatedQuotes: number[] = [];
  const unclosedFlows: number[] = [];
  const stack: { readonly token: Collection; readonly depth: number }[] = [];
  const visit = (holder: Slot, field: "key" | "value", depth: number): void => {
    const token = holder[field];
    if (!token) return;
    if (token.type === "double-quoted-scalar" || token.type === "single-quoted-scalar") {
      if (!isTerminatedQuote(token.source)) unterminatedQuotes.push(token.offset);
      return;
    }
    if (!isCollection(token)) return;
    if (depth > maxDepth) {
      // The first cut collection in document order is the one with the smallest offset.
      if (tooDeep === null) tooDeep = { start: token.offset, end: roughEnd(token), count: 0 };
      else if (token.offset < tooDeep.start) Object.assign(tooDeep, { start: token.offset, end: roughEnd(token) });
      tooDeep.count++;
      const empty: CST.FlowScalar = { type: "scalar", offset: token.offset, indent: token.indent, source: "", end: [] };
      holder[field] = empty;
      return;
    }
    if (token.type === "flow-collection") {
      const close = token.end[0];
      if (!close || (close.type !== "flow-map-end" && close.type !== "flow-seq-end")) {
        unclosedFlows.push(token.start.offset);
      }
    }
    stack.push({ token, depth });
  };
  visit(doc as Slot, "value", 1);
  while (stack.length > 0) {
    const { token, depth } = stack.pop() as { token: Collection; depth: number };
    for (const item of token.items as Slot[]) {
      visit(item, "key", depth + 1);
      visit(item, "value", depth + 1);
    }
  }
  unterminatedQuotes.sort((a, b) => a - b);
  unclosedFlows.sort((a, b) => a - b);
  return { tooDeep, unterminatedQuotes, unclosedFlows };
}
