import { childKeys, keyPatternOf, lastSegment, parentPattern, sdlKey } from "./sdl-key-table.js";

/** The pattern whose children are the fields below `pattern`: its item's for a list or volumes, else itself. */
function fieldsOf(pattern: string): string {
  const type = sdlKey(pattern)?.type;
  return type === "list" || type === "volumes" ? `${pattern}[]` : pattern;
}

/** `true` when the key table has `name` below `pattern` (`""`: the top level): a struct field, or a field of each item. */
function holds(pattern: string, name: string): boolean {
  const below = fieldsOf(pattern);
  return sdlKey(below === "" ? name : `${below}.${name}`) !== undefined;
}

/**
 * Hints for an unknown key that is a known key one indentation level away: a key of a child of
 * this struct (`memory` beside `resources` instead of under it), or of the struct around this one
 * (`memory` under `cpu` instead of beside it). Empty when it is neither, or when the key table
 * knows the name here (a key only one deploy path reads). `docPath` is the struct's path.
 *
 * @example
 * misplacedKeyHints("memory", ["profiles", "compute", "web"]);
 * // ["'memory' is a key of 'resources': indent it under 'resources:'."]
 */
export function misplacedKeyHints(name: string, docPath: readonly (string | number)[]): string[] {
  const pattern = keyPatternOf(docPath);
  if (pattern === undefined || holds(pattern, name)) return [];
  const hints: string[] = [];
  // One level deeper: the struct and list children (a single volume's are those of `storage[]`).
  const holders = childKeys(fieldsOf(pattern))
    .filter((child) => lastSegment(child.path) !== "*" && child.type !== "map" && holds(child.path, name))
    .map((child) => lastSegment(child.path));
  if (holders.length > 0) {
    const under = holders.length === 1 ? `'${holders[0]}:'` : "one of them";
    hints.push(`'${name}' is a key of '${holders.join("' or '")}': indent it under ${under}.`);
  }
  // One level higher: the struct around this one (through a list item's list), when it is a struct.
  const item = lastSegment(pattern) === "[]";
  const enclosing = item ? parentPattern(pattern) : pattern;
  const container = parentPattern(enclosing);
  if (pattern !== "" && lastSegment(enclosing) !== "*" && (container === "" || sdlKey(container)?.type === "struct")) {
    if (holds(container, name)) {
      const key = lastSegment(enclosing);
      const owner = docPath.slice(0, docPath.length - (item ? 2 : 1)).findLast((s) => typeof s === "string");
      const whose = container === "" ? "a top-level key" : `a key of '${owner}'`;
      hints.push(
        `'${name}' is ${whose}, not of ${item ? "an entry of " : ""}'${key}': indent it less, level with '${key}:'.`,
      );
    }
  }
  return hints;
}
