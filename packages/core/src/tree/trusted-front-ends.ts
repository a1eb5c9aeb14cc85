import type { YamlFrontEnd } from "./yaml-front-end.js";

/** Front ends whose trees `parse` takes as they are (see {@link trustFrontEnd}). */
const TRUSTED: WeakSet<object> = new WeakSet();

/**
 * Marks a built-in front end as trusted: `parse` then skips the tree contract check
 * ({@link checkTree}) on its trees, which for a front end of this package is pure overhead. Only
 * for front ends whose trees are proven to keep the contract (the tests run `checkTree` over
 * their output on the corpus and on property-generated texts); a tree that breaks it could make
 * the typed build fail (reported as `internal/exception`, never thrown). Returns the front end, so
 * a module can write `export const myFrontEnd = trustFrontEnd((text, limits) => …)`.
 * `parse` also trusts `DEFAULT_FRONT_END` by identity.
 *
 * @example
 * const frontEnd = trustFrontEnd((text, limits) => readFast(text, limits));
 * isTrustedFrontEnd(frontEnd); // true
 */
export function trustFrontEnd<F extends YamlFrontEnd>(frontEnd: F): F {
  TRUSTED.add(frontEnd);
  return frontEnd;
}

/**
 * `true` for a front end marked with {@link trustFrontEnd}.
 *
 * @example
 * isTrustedFrontEnd((text) => ({ root: null, diagnostics: [] })); // false
 */
export function isTrustedFrontEnd(frontEnd: unknown): boolean {
  return typeof frontEnd === "function" && TRUSTED.has(frontEnd);
}
