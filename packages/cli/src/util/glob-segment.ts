import { expandBraces } from "./expand-braces.js";

/**
 * `true` when `text` contains an unescaped glob character: `*`, `?`, `[…]` or a `{a,b}` group.
 *
 * @example
 * hasGlobMagic("deploy/*.yaml"); // true
 * hasGlobMagic("deploy.yaml");   // false
 */
export function hasGlobMagic(text: string): boolean {
  if (expandBraces(text).length > 1) return true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") i++;
    else if (c === "*" || c === "?") return true;
    else if (c === "[" && text.indexOf("]", i + 2) > i) return true;
  }
  return false;
}

/**
 * Removes backslash escapes from a literal (magic-free) segment.
 *
 * @example
 * unescapeGlob("a\\*b"); // "a*b"
 */
export function unescapeGlob(segment: string): string {
  return segment.replace(/\\(.)/g, "$1");
}

const escapeRegExp = (c: string): string => c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/**
 * Compiles one path segment of a glob (no `/`, braces already expanded) to an anchored regular
 * expression: `*` is any run of characters, `?` one character, `[abc]`/`[a-z]`/`[!a]` a class,
 * `\x` a literal `x`. Like a shell, a name starting with `.` is matched only by a segment that
 * starts with `.` itself.
 *
 * @example
 * compileGlobSegment("*.y?ml").test("deploy.yaml"); // true
 * compileGlobSegment("*").test(".github");          // false
 */
export function compileGlobSegment(segment: string): RegExp {
  let source = "";
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i] ?? "";
    if (c === "\\" && i + 1 < segment.length) {
      source += escapeRegExp(segment[++i] ?? "");
    } else if (c === "*") {
      source += "[^/]*";
    } else if (c === "?") {
      source += "[^/]";
    } else if (c === "[") {
      const close = segment.indexOf("]", i + 2);
      if (close < 0) {
        source += "\\[";
        continue;
      }
      let body = segment.slice(i + 1, close);
      const negate = body.startsWith("!") || body.startsWith("^");
      if (negate) body = body.slice(1);
      source += `[${negate ? "^" : ""}${body.replace(/[\\\]^]/g, "\\$&")}]`;
      i = close;
    } else {
      source += escapeRegExp(c);
    }
  }
  const hidden = segment.startsWith(".") ? "" : "(?!\\.)";
  try {
    return new RegExp(`^${hidden}${source}$`, "u");
  } catch {
    // An impossible class such as `[z-a]`: match the segment literally instead of failing.
    return new RegExp(`^${[...segment].map(escapeRegExp).join("")}$`, "u");
  }
}
