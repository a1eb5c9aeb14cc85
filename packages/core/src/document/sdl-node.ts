import type { Span } from "../text/span.js";
import type { YamlNode } from "../tree/yaml-node.js";

/**
 * A document path such as `["services", "web", "expose", 0, "port"]`.
 *
 * @example
 * const path: SdlPath = ["profiles", "compute", "web", "resources", "cpu", "units"];
 */
export type SdlPath = readonly (string | number)[];

/**
 * What every typed node has: the tree node it was built from, its span and its path.
 *
 * `node` is `null` when the key has no value at all (`expose:` with nothing after the colon);
 * `span` is then the key's span, so diagnostics always point at real text.
 *
 * @example
 * function where(n: SdlNodeBase): number { return n.span.start; }
 */
export interface SdlNodeBase {
  /** The tree node (aliases resolved), or `null` for an empty value. */
  readonly node: YamlNode | null;
  /** The node's span, or the key's span when the value is empty. */
  readonly span: Span;
  /** Where the node sits in the document. */
  readonly path: SdlPath;
}

/**
 * A typed object (service, expose, resources, ...). `isNull` is `true` when the value was
 * empty or null (`params:` / `params: ~`): Go then treats it like an absent pointer or a zero
 * struct, but the key is still there for positions and edits.
 *
 * @example
 * const isGoNil = (o: SdlObjectBase | undefined) => o === undefined || o.isNull;
 */
export interface SdlObjectBase extends SdlNodeBase {
  /** `true` for an empty or null value. */
  readonly isNull: boolean;
}

/**
 * A leaf value with Go's meaning. `value` is `undefined` when Go fails to decode the node (a type
 * diagnostic was reported); for a null or empty value it is Go's zero value (`""`, `0`, `false`)
 * and `isNull` is `true`. The source text Go saw is `node.text` when `node` is a scalar.
 *
 * @example
 * const port: SdlScalar<number> | undefined = expose.port;
 * port?.value; // 80
 */
export interface SdlScalar<T> extends SdlNodeBase {
  /** The decoded value, or `undefined` when decoding failed. */
  readonly value: T | undefined;
  /** `true` for an empty or null value (Go's zero value is used). */
  readonly isNull: boolean;
}

/**
 * A mapping key: its text (what Go compares) and its node.
 *
 * @example
 * const key: SdlKey = entry.key; // { name: "web", node, span }
 */
export interface SdlKey {
  /** The key's scalar text (`""` for a non-scalar key). */
  readonly name: string;
  /** The key node. */
  readonly node: YamlNode;
  /** The key's span. */
  readonly span: Span;
}

/**
 * One entry of a typed map, in source order.
 *
 * @example
 * for (const { key, value } of doc.services?.entries ?? []) console.log(key.name, value.image?.value);
 */
export interface SdlEntry<T> {
  /** The entry's key. */
  readonly key: SdlKey;
  /** The typed value. */
  readonly value: T;
}

/**
 * A map whose keys are names (services, profiles, placements, volumes, attributes ...). Entries
 * keep source order; a repeated key (already a YAML error) keeps both entries and look-ups return
 * the last one, as Go's decoder does.
 *
 * @example
 * sdlMapGet(doc.services, "web")?.image?.value;
 */
export interface SdlMap<T> extends SdlObjectBase {
  /** Entries in source order. */
  readonly entries: readonly SdlEntry<T>[];
}

/**
 * A list. Go distinguishes an explicit empty list (`command: []`, serialized as `[]`) from an
 * absent or null one (`nil`, serialized as `null`): the former has `isNull: false` and no items,
 * the latter is `undefined` or has `isNull: true`.
 *
 * @example
 * const goNil = (l: SdlList<unknown> | undefined) => l === undefined || l.isNull;
 */
export interface SdlList<T> extends SdlObjectBase {
  /**
   * Items in source order. Null items are dropped, as yaml.v3 does; a leaf item of the wrong type
   * is kept with `value: undefined`, an object item of the wrong type is left out (both reported).
   */
  readonly items: readonly T[];
}

/**
 * The path of a child: `path` followed by `step`, in an array exactly as long as it needs to be
 * (a spread `[...path, step]` leaves V8 room to grow the array: about 2.5 times the memory, and
 * every typed node keeps its path).
 *
 * @example
 * childPath(["services", "web"], "image"); // ["services", "web", "image"]
 */
export function childPath(path: SdlPath, step: string | number): SdlPath {
  // Array literals for the usual depths: allocated at their exact size, with packed elements.
  const p = path as readonly (string | number)[] as (string | number)[];
  switch (p.length) {
    case 0:
      return [step];
    case 1:
      return [p[0] as string | number, step];
    case 2:
      return [p[0] as string | number, p[1] as string | number, step];
    case 3:
      return [p[0] as string | number, p[1] as string | number, p[2] as string | number, step];
    case 4:
      return [p[0] as string | number, p[1] as string | number, p[2] as string | number, p[3] as string | number, step];
    case 5:
      return [
        p[0] as string | number,
        p[1] as string | number,
        p[2] as string | number,
        p[3] as string | number,
        p[4] as string | number,
        step,
      ];
    case 6:
      return [
        p[0] as string | number,
        p[1] as string | number,
        p[2] as string | number,
        p[3] as string | number,
        p[4] as string | number,
        p[5] as string | number,
        step,
      ];
    default: {
      const n = p.length;
      const out = new Array<string | number>(n + 1);
      for (let i = 0; i < n; i++) out[i] = p[i] as string | number;
      out[n] = step;
      return out;
    }
  }
}
