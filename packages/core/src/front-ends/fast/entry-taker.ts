import type { YamlMap, YamlNode, YamlSeq } from "../../tree/yaml-node.js";
import { isBlank, isBlankOrEnd, isBreak } from "./cursor.js";
import type { Cursor } from "./cursor.js";
import { lineStartOf } from "./read-error.js";

/** `true` at a `- ` indicator at `at`. */
function entryAt(text: string, at: number): boolean {
  return text.charCodeAt(at) === 45 && isBlankOrEnd(text.charCodeAt(at + 1));
}

/**
 * The column of `at` on its line.
 *
 * @example
 * columnAt("a:\n  b: 1", 5); // 2
 */
export function columnAt(text: string, at: number): number {
  return at - lineStartOf(text, at);
}

/**
 * Where the content starts on the first line after the cursor's that holds content (no comment)
 * at or left of `column`, or -1 if none does.
 */
function nextLineUpTo(c: Cursor, column: number): number {
  const { text } = c;
  let p = c.pos;
  for (;;) {
    while (p < c.len && !isBreak(text.charCodeAt(p))) p++;
    if (p >= c.len) return -1;
    const lineStart = ++p;
    while (text.charCodeAt(p) === 32) p++;
    const ch = text.charCodeAt(p);
    if (ch !== 35 && !isBreak(ch) && p < c.len && p - lineStart <= column) return p;
  }
}

/** The end of the cursor's line without its comment and trailing blanks. */
function contentEnd(c: Cursor): number {
  const { text } = c;
  let end = c.pos;
  for (let ch = text.charCodeAt(end); end < c.len && !isBreak(ch); ch = text.charCodeAt(++end)) {
    if (ch === 35 && isBlank(text.charCodeAt(end - 1))) break; // a comment
  }
  while (isBlank(text.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * `true` when a line at `column`, between the entries of its block (at `indent`) and those of the
 * block inside it (at `inner`), more likely belongs to the inner one. Nearer to the inner one, it
 * belongs there; two spaces or more from both, it sits at an indentation step of its own (right
 * of its block's entries, it is no sibling of theirs): the lines under a deleted key are the
 * inner block, it joins them. One space from its block's entries only, it is theirs. One space
 * from both, it is one space left of the inner entries or one space right of its own block's:
 * the next line tells which (right of the inner entries, it kept its column under the line; at
 * their column, it is the line's sibling if the line holds its value, else its child).
 */
function prefersInner(c: Cursor, indent: number, column: number, inner: number): boolean {
  const toOuter = column - indent;
  const toInner = inner - column;
  if (toInner < toOuter || (toOuter > 1 && toInner > 1)) return true;
  if (toInner > toOuter) return false;
  const next = nextLineUpTo(c, Number.MAX_SAFE_INTEGER);
  const nextColumn = next < 0 ? -1 : columnAt(c.text, next);
  const end = contentEnd(c);
  const valueOnLine = end - c.pos > 1 && c.text.charCodeAt(end - 1) !== 58;
  return nextColumn > inner || (nextColumn === inner && valueOnLine);
}

/**
 * `true` when the block collection `block`, whose entries start at or left of a misindented line
 * at `column`, may be what the line belongs to: a key line can belong to a mapping or to the
 * mapping that is a sequence's last item (`- port: 1` then `as: 2` at the `-`'s column), not to a
 * sequence of scalars — unless more entries of the sequence follow it (a line typed inside it).
 */
function mayTake(c: Cursor, block: YamlMap | YamlSeq, entry: boolean, column: number): boolean {
  if (entry || block.kind === "map") return true;
  const item = block.items[block.items.length - 1];
  if (item?.kind === "map" && !item.flow) return true;
  const next = nextLineUpTo(c, column);
  return next >= 0 && columnAt(c.text, next) === column && entryAt(c.text, next);
}

/**
 * The start of the last item of the block sequence `last` when it is a block mapping on its `- `
 * line and the sequence's `- ` is at `column`: a key line at the `- `'s column (a `- ` moved right,
 * its item's other keys left where they were) is read as a key of that item. Not when the next
 * line is a `- ` at that column, which would be read as the key's value. Else `undefined`.
 */
function lastItemAt(c: Cursor, last: YamlMap | YamlSeq, column: number): number | undefined {
  const { text } = c;
  if (last.kind !== "seq" || columnAt(text, last.span.start) !== column) return undefined;
  const item = last.items[last.items.length - 1];
  if (item?.kind !== "map" || item.flow || columnAt(text, item.span.start) !== column + 2) return undefined;
  const next = nextLineUpTo(c, Number.MAX_SAFE_INTEGER);
  return next >= 0 && columnAt(text, next) === column && entryAt(text, next) ? undefined : item.span.start;
}

/**
 * The start of the block collection error recovery reads a misindented line into, or `undefined`
 * (the line is blanked). The line at the cursor, at `column`, lies right of the entries of its
 * block (at `indent`, starting at `start`, a sequence if `inSeq`). If the block collection `last`
 * (the value or item of the entry at `lastAt`) starts right of the line and takes lines like it,
 * the line may be taken as one of its entries — a line one space left of its siblings, the lines
 * under a deleted key — unless that entry starts at the line's column too (see
 * {@link prefersInner}; a key line under a sequence's `-` always). Otherwise it is taken by its own block, unless `last` starts at or left
 * of the line and may be what it belongs to (see {@link mayTake}).
 *
 * @example
 * throw badIndentation(c, c.pos, entryTaker(c, false, start, indent, value, key.span.start, column));
 */
export function entryTaker(
  c: Cursor,
  inSeq: boolean,
  start: number,
  indent: number,
  last: YamlNode | null,
  lastAt: number,
  column: number,
): number | undefined {
  const { text } = c;
  const entry = entryAt(text, c.pos);
  const own = entry === inSeq ? start : undefined;
  if (last === null || last.kind === "scalar" || last.kind === "alias" || last.flow) return own;
  const lastColumn = columnAt(text, last.span.start);
  if (lastColumn <= column) {
    if (mayTake(c, last, entry, column)) return entry ? undefined : lastItemAt(c, last, column);
    return /:(?:[ \t]|$)/.test(text.slice(c.pos, contentEnd(c))) ? own : undefined; // a key, likely
  }
  const inner = (last.kind === "seq") === entry && columnAt(text, lastAt) !== column;
  // The inner block, when it is likelier or when its own block cannot take such a line.
  return inner && (own === undefined || prefersInner(c, indent, column, lastColumn)) ? last.span.start : own;
}

/**
 * `true` when a `- ` entry at the cursor, at `column`, right of its mapping's keys, follows a
 * key's block mapping `last` whose keys are where an item's keys after that `- ` would be: the
 * mapping is likely the first item of a sequence of such entries whose `- ` line was deleted or
 * emptied (see `missingDash`).
 *
 * @example
 * if (dashlessItem(c, value, column)) throw missingDash(c, c.pos, value.span.start);
 */
export function dashlessItem(c: Cursor, last: YamlNode | null, column: number): boolean {
  return (
    last !== null &&
    last.kind === "map" &&
    !last.flow &&
    entryAt(c.text, c.pos) &&
    columnAt(c.text, last.span.start) === column + 2
  );
}

/**
 * The column of the first character that is no space on the line starting at `lineStart`.
 *
 * @example
 * indentOf("a:\n   b: 1", 3); // 3
 */
export function indentOf(text: string, lineStart: number): number {
  let p = lineStart;
  while (text.charCodeAt(p) === 32) p++;
  return p - lineStart;
}

/**
 * `true` when the misindented line starting at `lineStart`, read as an entry of the block
 * collection starting at `block`, continues a run of such lines: the last line read so into that
 * block (in `entries`, see `Recovered.entries`) has its column, and every line between them with
 * content is at that column or deeper. One error for the run is enough (the siblings of a line
 * moved left, a block pasted at the wrong indentation).
 *
 * @example
 * if (sameMisindentRun(text, recovered.entries, at, block)) quiet = true;
 */
export function sameMisindentRun(
  text: string,
  entries: ReadonlyMap<number, number>,
  lineStart: number,
  block: number,
): boolean {
  let previous = -1;
  // A line read into "the first block right of it" (FIRST_BLOCK_RIGHT_OF, -1) may be in the same block.
  for (const [line, taker] of entries)
    if ((taker === block || taker < 0 || block < 0) && line < lineStart && line > previous) previous = line;
  return previous >= 0 && runAfter(text, previous, lineStart + 1).includes(lineStart);
}

/**
 * The starts of the lines after the line starting at `lineStart` (and before `until`) that
 * continue its run: at its column, up to the first line with content left of it (deeper lines,
 * blank lines and comment lines in between). Error recovery reads a run it takes quietly in one
 * reading, not one per line.
 *
 * @example
 * runAfter("a:\n - x\n - y\nb: 1\n", 3); // [8]
 */
export function runAfter(text: string, lineStart: number, until: number = text.length): number[] {
  const column = indentOf(text, lineStart);
  const out: number[] = [];
  for (let p = text.indexOf("\n", lineStart) + 1; p > 0 && p < until; p = text.indexOf("\n", p) + 1) {
    const indent = indentOf(text, p);
    const ch = text.charCodeAt(p + indent);
    if (isBreak(ch) || ch === 35 || indent > column) continue;
    if (indent < column) break;
    out.push(p);
  }
  return out;
}
