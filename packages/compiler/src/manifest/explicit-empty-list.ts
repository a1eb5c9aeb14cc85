/**
 * Go tells a nil slice (`json.Marshal` writes `null`) from an empty one (`[]`); protobuf and our
 * `string[]` fields do not. The group builder marks the empty lists that Go holds as empty, not
 * nil — a `signedBy.allOf: []` written in the SDL, which yaml.v3 decodes to a non-nil slice — so
 * the group-spec JSON can print `[]` for them and `null` for every other empty list, as Go does.
 */

const EXPLICIT_EMPTY = new WeakSet<readonly unknown[]>();

/**
 * Marks an empty list as Go's non-nil empty slice (a no-op for a list with items) and returns it.
 *
 * @example
 * isNonNilList(markExplicitEmptyList([])); // true
 */
export function markExplicitEmptyList<T extends readonly unknown[]>(list: T): T {
  if (list.length === 0) EXPLICIT_EMPTY.add(list);
  return list;
}

/**
 * Whether Go would hold this list as a non-nil slice: it has items, or it is an empty list the
 * builder marked (an empty list built or decoded anywhere else is Go's nil).
 *
 * @example
 * isNonNilList([]); // false
 */
export function isNonNilList(list: readonly unknown[]): boolean {
  return list.length > 0 || EXPLICIT_EMPTY.has(list);
}
