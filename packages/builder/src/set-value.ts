import { toPlainValue, type YamlMap, type YamlNode, type YamlPair, type YamlSeq } from "@akash-sdl/core";
import type { PlainValue } from "./emit-yaml.js";
import { keyOrderAt } from "./key-order.js";
import {
  afterColon,
  dashOf,
  deref,
  findPair,
  lineEndOf,
  lineStartOf,
  nextLineStart,
  pairEnd,
  startsLine,
  type EditContext,
} from "./edit-context.js";
import { formatLike, isScalar, renderAfterKey, renderFlow, renderItem, renderPair } from "./render-value.js";
import { editsOverlap, type OffsetEdit } from "./text-edit.js";

type Path = readonly (string | number)[];

/** Where a value lives: a mapping pair or a sequence item. */
type Slot =
  | { readonly kind: "pair"; readonly pair: YamlPair; readonly map: YamlMap }
  | { readonly kind: "item"; readonly seq: YamlSeq; readonly index: number };

function slotNode(slot: Slot): YamlNode | null {
  return slot.kind === "pair" ? slot.pair.value : (slot.seq.items[slot.index] ?? null);
}

const spaces = (n: number): string => " ".repeat(Math.max(0, n));

/** Column of a pair's key. */
function keyColumn(ctx: EditContext, pair: YamlPair): number {
  return pair.key.span.start - lineStartOf(ctx.text, pair.key.span.start);
}

/** Replaces what follows `key:` (or an item's node) with a rendering of `value`. */
function replaceWhole(ctx: EditContext, slot: Slot, path: Path, value: PlainValue, out: OffsetEdit[]): void {
  const node = slotNode(slot);
  if (slot.kind === "pair" && slot.map.flow) {
    // Inside `{...}` everything is flow.
    if (node === null) {
      const colon = afterColon(ctx.text, slot.pair);
      out.push({ start: colon, end: colon, newText: ` ${renderFlow(value)}` });
    } else out.push({ ...wholeSpan(ctx, node), newText: renderFlow(value) });
    return;
  }
  if (slot.kind === "pair") {
    const start = afterColon(ctx.text, slot.pair);
    const end = node === null ? start : lineEndOrNodeEnd(ctx, node);
    out.push({ start, end, newText: renderAfterKey(value, path, spaces(keyColumn(ctx, slot.pair)), ctx.eol) });
    return;
  }
  if (node === null) return;
  const dash = dashOf(ctx.text, node.span.start);
  if (dash === undefined || slot.seq.flow) {
    out.push({ ...wholeSpan(ctx, node), newText: renderFlow(value) });
    return;
  }
  const indent = spaces(dash - lineStartOf(ctx.text, dash));
  out.push({
    start: dash,
    end: lineEndOrNodeEnd(ctx, node),
    newText: renderItem(value, path, indent, ctx.eol).slice(indent.length),
  });
}

/**
 * The text of a node to replace whole. A mapping written as one pair inside a flow sequence
 * (`[b: c]`, `[b: , c]`, `[? b]`) has no braces; its span runs from the key to the last node, so
 * a `? ` before it and a `:` after a key with no value are taken too.
 */
function wholeSpan(ctx: EditContext, node: YamlNode): { start: number; end: number } {
  let { start, end } = node.span;
  if (node.kind !== "map" || !node.flow || ctx.text[start] === "{") return { start, end };
  let before = start - 1;
  while (before >= 0 && /[ \t\r\n]/.test(ctx.text[before] as string)) before--;
  if (ctx.text[before] === "?") start = before;
  const last = node.pairs[node.pairs.length - 1];
  if (last !== undefined && last.value === null) {
    const colon = ctx.text.indexOf(":", last.key.span.end);
    if (colon !== -1 && ctx.text.slice(last.key.span.end, colon).trim() === "") end = Math.max(end, colon + 1);
  }
  return { start, end };
}

/** A node's end, moved back over a block scalar's final line break. */
function lineEndOrNodeEnd(ctx: EditContext, node: YamlNode): number {
  const end = node.span.end;
  return end > 0 && ctx.text[end - 1] === "\n" ? lineEndOf(ctx.text, end) : end;
}

/** Deletes whole lines from `from` (a line start) through the line on which `end` ends. */
function deleteLines(ctx: EditContext, from: number, end: number, out: OffsetEdit[]): void {
  const lineEnd = lineEndOf(ctx.text, end);
  const next = nextLineStart(ctx.text, lineEnd);
  // On the last line without a break, take the break before it instead.
  const start = next === lineEnd && from > 0 ? from - (ctx.text[from - 2] === "\r" ? 2 : 1) : from;
  out.push({ start, end: next, newText: "" });
}

/**
 * The end of the `key:` line that owns a block collection starting on the line at `lineStart`
 * (the nearest line above that is not blank or a comment, when it ends with `:`).
 */
function parentKeyEnd(ctx: EditContext, lineStart: number): number | undefined {
  let at = lineStart;
  while (at > 0) {
    const prev = lineStartOf(ctx.text, at - 1);
    const end = lineEndOf(ctx.text, at - 1);
    const body = ctx.text.slice(prev, end).trim();
    if (body === "" || body.startsWith("#")) {
      at = prev;
      continue;
    }
    return body.endsWith(":") || body === "-" ? end : undefined;
  }
  return undefined;
}

function removeSlot(ctx: EditContext, slot: Slot, path: Path, out: OffsetEdit[]): void {
  if (slot.kind === "item") {
    const item = slot.seq.items[slot.index];
    if (item === undefined) return;
    const dash = dashOf(ctx.text, item.span.start);
    if (slot.seq.flow || dash === undefined) {
      const rest = (toPlainValue(slot.seq) as PlainValue[]).filter((_, i) => i !== slot.index);
      out.push({ start: slot.seq.span.start, end: slot.seq.span.end, newText: renderFlow(rest) });
      return;
    }
    const lineStart = lineStartOf(ctx.text, dash);
    if (slot.seq.items.length === 1) {
      // The last item goes: `key: []` keeps the list (Go tells an empty list from a null one).
      const colonEnd = parentKeyEnd(ctx, lineStart);
      if (colonEnd !== undefined) out.push({ start: colonEnd, end: colonEnd, newText: " []" });
    }
    deleteLines(ctx, lineStart, item.span.end, out);
    return;
  }
  const { pair, map } = slot;
  if (map.flow) {
    const rest = { ...(toPlainValue(map) as Record<string, PlainValue>) };
    delete rest[pair.key.kind === "scalar" ? pair.key.text : ""];
    out.push({ ...wholeSpan(ctx, map), newText: renderFlow(rest) });
    return;
  }
  if (startsLine(ctx.text, pair.key.span.start)) {
    const lineStart = lineStartOf(ctx.text, pair.key.span.start);
    if (map.pairs.length === 1) {
      // The last key goes: the mapping stays a mapping (`key: {}`, or `{}` for the whole document).
      if (map === ctx.root) {
        out.push({ start: lineStart, end: lineEndOf(ctx.text, pairEnd(pair)), newText: "{}" });
        return;
      }
      const colonEnd = parentKeyEnd(ctx, lineStart);
      if (colonEnd !== undefined) out.push({ start: colonEnd, end: colonEnd, newText: " {}" });
    }
    deleteLines(ctx, lineStart, pairEnd(pair), out);
    return;
  }
  // `- key: v` as the first key of a sequence item: pull the next key up onto the dash line.
  const index = map.pairs.indexOf(pair);
  const next = map.pairs[index + 1];
  if (next !== undefined) out.push({ start: pair.key.span.start, end: next.key.span.start, newText: "" });
  else out.push({ start: pair.key.span.start, end: lineEndOf(ctx.text, pairEnd(pair)), newText: "{}" });
  void path;
}

/**
 * When an empty flow collection (`{}`/`[]`) is the value of a block key (`key: {}`), the new
 * content replaces it as a block under the key; `undefined` otherwise.
 */
function blockAfterEmptyFlow(
  ctx: EditContext,
  node: YamlMap | YamlSeq,
  path: Path,
  value: PlainValue,
): OffsetEdit | undefined {
  const empty = node.kind === "map" ? node.pairs.length === 0 : node.items.length === 0;
  if (!node.flow || !empty) return undefined;
  const lineStart = lineStartOf(ctx.text, node.span.start);
  const prefix = ctx.text.slice(lineStart, node.span.start);
  // Only directly after a block key: not inside another flow collection (`a: {b: {}}`).
  const m = /^( *)(- +)?[^#{}[\],]*:( *)$/.exec(prefix);
  if (m === null) return undefined;
  const indent = (m[1]?.length ?? 0) + (m[2]?.length ?? 0);
  const start = node.span.start - (m[3]?.length ?? 0);
  return { start, end: node.span.end, newText: renderAfterKey(value, path, spaces(indent), ctx.eol) };
}

/** Inserts `key: value` into a mapping, after the last key that comes before it in SDL order. */
function insertPair(
  ctx: EditContext,
  map: YamlMap,
  mapPath: Path,
  key: string,
  value: PlainValue,
  out: OffsetEdit[],
  removed: ReadonlySet<YamlPair> = new Set(),
): void {
  const path = [...mapPath, key];
  const block = blockAfterEmptyFlow(ctx, map, mapPath, { [key]: value });
  if (block !== undefined) {
    out.push(block);
    return;
  }
  if (map.flow || map.pairs.length === 0) {
    const plain = { ...(toPlainValue(map) as Record<string, PlainValue>), [key]: value };
    out.push({ ...wholeSpan(ctx, map), newText: renderFlow(plain) });
    return;
  }
  const pairs = map.pairs.filter((p) => !removed.has(p));
  const first = (pairs[0] ?? map.pairs[0]) as YamlPair;
  const indent = spaces(keyColumn(ctx, first));
  const order = keyOrderAt(mapPath);
  let after: YamlPair | undefined = pairs[pairs.length - 1];
  if (order?.includes(key)) {
    const rank = order.indexOf(key);
    after = undefined;
    for (const p of pairs) {
      const r = p.key.kind === "scalar" ? order.indexOf(p.key.text) : -1;
      if (r !== -1 && r < rank) after = p;
      if (r === -1 && after !== undefined) after = p; // unknown keys stay with what precedes them
    }
  }
  const rendered = renderPair(key, value, path, indent, ctx.eol);
  if (after !== undefined) {
    out.push({
      start: lineEndOf(ctx.text, pairEnd(after)),
      end: lineEndOf(ctx.text, pairEnd(after)),
      newText: ctx.eol + rendered,
    });
  } else if (startsLine(ctx.text, first.key.span.start)) {
    const at = lineStartOf(ctx.text, first.key.span.start);
    out.push({ start: at, end: at, newText: rendered + ctx.eol });
  } else {
    out.push({
      start: first.key.span.start,
      end: first.key.span.start,
      newText: rendered.slice(indent.length) + ctx.eol + indent,
    });
  }
}

/** Appends items to a block sequence, after its last item. */
function appendItems(
  ctx: EditContext,
  seq: YamlSeq,
  seqPath: Path,
  items: readonly PlainValue[],
  out: OffsetEdit[],
): void {
  const block = blockAfterEmptyFlow(ctx, seq, seqPath, items);
  if (block !== undefined) {
    out.push(block);
    return;
  }
  const last = seq.items[seq.items.length - 1];
  const dash = last === undefined ? undefined : dashOf(ctx.text, last.span.start);
  if (last === undefined || dash === undefined || seq.flow) {
    const plain = [...(toPlainValue(seq) as PlainValue[]), ...items];
    out.push({ start: seq.span.start, end: seq.span.end, newText: renderFlow(plain) });
    return;
  }
  const indent = spaces(dash - lineStartOf(ctx.text, dash));
  const at = lineEndOf(ctx.text, last.span.end);
  const text = items
    .map((item, i) => ctx.eol + renderItem(item, [...seqPath, seq.items.length + i], indent, ctx.eol))
    .join("");
  out.push({ start: at, end: at, newText: text });
}

function isPlainObject(value: PlainValue): value is { readonly [key: string]: PlainValue | undefined } {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Sets the value in a slot that exists, editing as little as possible. */
function setSlot(ctx: EditContext, slot: Slot, path: Path, value: PlainValue, out: OffsetEdit[]): void {
  const raw = slotNode(slot);
  const node = deref(raw) ?? null;
  if (isScalar(value)) {
    if (raw?.kind === "scalar" && raw.style !== "block-literal" && raw.style !== "block-folded") {
      if (raw.value === value || (typeof value === "string" && raw.text === value && raw.style !== "plain")) return;
      out.push({
        start: raw.span.start,
        end: raw.span.end,
        newText: formatLike(raw, value, slot.kind === "pair" ? slot.map.flow : slot.seq.flow),
      });
      return;
    }
    replaceWhole(ctx, slot, path, value, out);
    return;
  }
  if (node?.kind === "map" && isPlainObject(value) && raw?.kind !== "alias" && !node.flow) {
    const wanted = Object.entries(value).filter((e): e is [string, PlainValue] => e[1] !== undefined);
    const name = (p: YamlPair): string => (p.key.kind === "scalar" ? p.key.text : "");
    const removed = new Set(node.pairs.filter((p) => !wanted.some(([k]) => k === name(p))));
    // Nothing kept: write the new mapping whole (edits inside and around deleted lines would overlap).
    if (removed.size === node.pairs.length || new Set(node.pairs.map(name)).size !== node.pairs.length) {
      replaceWhole(ctx, slot, path, value, out);
      return;
    }
    const local: OffsetEdit[] = [];
    for (const pair of removed) removeSlot(ctx, { kind: "pair", pair, map: node }, [...path, name(pair)], local);
    for (const [key, child] of wanted) {
      const pair = findPair(node, key);
      if (pair === undefined) insertPair(ctx, node, path, key, child, local, removed);
      else setSlot(ctx, { kind: "pair", pair, map: node }, [...path, key], child, local);
    }
    keepOrReplace(ctx, slot, path, value, local, out);
    return;
  }
  if (
    node?.kind === "seq" &&
    Array.isArray(value) &&
    raw?.kind !== "alias" &&
    !node.flow &&
    value.length > 0 &&
    startsWithOwnDash(ctx, node)
  ) {
    const items = value as readonly PlainValue[];
    const common = Math.min(items.length, node.items.length);
    const local: OffsetEdit[] = [];
    for (let i = 0; i < common; i++)
      setSlot(ctx, { kind: "item", seq: node, index: i }, [...path, i], items[i] as PlainValue, local);
    for (let i = common; i < node.items.length; i++)
      removeSlot(ctx, { kind: "item", seq: node, index: i }, [...path, i], local);
    if (items.length > common) appendItems(ctx, node, path, items.slice(common), local);
    keepOrReplace(ctx, slot, path, value, local, out);
    return;
  }
  if (node?.kind === "seq" && node.flow && raw?.kind !== "alias" && Array.isArray(value) && value.every(isScalar)) {
    out.push({ start: node.span.start, end: node.span.end, newText: renderFlow(value) });
    return;
  }
  replaceWhole(ctx, slot, path, value, out);
}

/**
 * Keeps the item-by-item edits of a collection, unless two of them collide (an item appended
 * after a nested line that another edit deletes): then the value is written whole.
 */
function keepOrReplace(
  ctx: EditContext,
  slot: Slot,
  path: Path,
  value: PlainValue,
  local: readonly OffsetEdit[],
  out: OffsetEdit[],
): void {
  if (editsOverlap(local)) replaceWhole(ctx, slot, path, value, out);
  else out.push(...local);
}

/**
 * Whether a block sequence's items have their dash first on their line; a compact nested
 * sequence (`- - a`) does not, so it is replaced whole rather than item by item.
 */
function startsWithOwnDash(ctx: EditContext, seq: YamlSeq): boolean {
  const first = seq.items[0];
  return first === undefined || dashOf(ctx.text, first.span.start) !== undefined;
}

/** Builds `{a: {b: value}}` for the missing part of a path. */
function nest(rest: Path, value: PlainValue): PlainValue {
  let out = value;
  for (let i = rest.length - 1; i >= 0; i--) out = { [String(rest[i])]: out };
  return out;
}

/**
 * Sets (or with `undefined`, removes) the value at `rest` below `node`, whose document path is
 * `base`, collecting offset edits. Missing mappings on the way are created.
 */
export function setIn(
  ctx: EditContext,
  node: YamlNode,
  base: Path,
  rest: Path,
  value: PlainValue | undefined,
  out: OffsetEdit[],
): boolean {
  const [head, ...tail] = rest;
  const target = deref(node);
  if (head === undefined || target == null) return false;
  if (target.kind === "map" && typeof head === "string") {
    const pair = findPair(target, head);
    const path = [...base, head];
    if (pair === undefined) {
      if (value === undefined) return true;
      insertPair(ctx, target, base, head, nest(tail, value), out);
      return true;
    }
    const slot: Slot = { kind: "pair", pair, map: target };
    if (tail.length === 0) {
      if (value === undefined) removeSlot(ctx, slot, path, out);
      else setSlot(ctx, slot, path, value, out);
      return true;
    }
    if (pair.value === null || deref(pair.value) == null) {
      if (value !== undefined) replaceWhole(ctx, slot, path, nest(tail, value), out);
      return true;
    }
    return setIn(ctx, pair.value, path, tail, value, out);
  }
  if (target.kind === "seq" && typeof head === "number") {
    const path = [...base, head];
    if (head === target.items.length && tail.length === 0 && value !== undefined) {
      appendItems(ctx, target, base, [value], out);
      return true;
    }
    const item = target.items[head];
    if (item === undefined) return false;
    const slot: Slot = { kind: "item", seq: target, index: head };
    if (tail.length === 0) {
      if (value === undefined) removeSlot(ctx, slot, path, out);
      else setSlot(ctx, slot, path, value, out);
      return true;
    }
    return setIn(ctx, item, path, tail, value, out);
  }
  return false;
}
