import { CODE_KEY_DIGITS, codeHash } from "./code-hash.js";
import { CODE_CLASSES, CODE_HASH_SEED, CODE_KEYS } from "./code-severities.js";
import type { CodeInfo } from "./code-info.js";
import type { Severity } from "./diagnostic.js";
import type { DiagnosticCode } from "./diagnostic-registry.js";

type RefusedBy = NonNullable<CodeInfo["refusedBy"]>;
type Facts = { readonly severity: Severity; readonly refusedBy: RefusedBy | undefined };

/** Key → facts, unfolded from the generated table once. */
const BY_KEY = new Map<number, Facts>();
for (let k = 0; k < CODE_CLASSES.length; k++) {
  const [severity, go, console] = (CODE_CLASSES[k] as string).split(" ");
  const facts: Facts = {
    severity: severity as Severity,
    refusedBy: go === undefined ? undefined : Object.freeze({ go: go === "true", console: console === "true" }),
  };
  const list = CODE_KEYS[k] as string;
  for (let i = 0; i < list.length; i += 4) {
    let key = 0;
    for (let j = i; j < i + 4; j++) key = key * 64 + CODE_KEY_DIGITS.indexOf(list[j] as string);
    BY_KEY.set(key, facts);
  }
}

/** Registered codes already looked up (at most one entry per registered code). */
const BY_CODE = new Map<string, Facts>();

function lookup(code: string): Facts | undefined {
  let facts = BY_CODE.get(code);
  if (facts === undefined) {
    facts = BY_KEY.get(codeHash(code, CODE_HASH_SEED));
    if (facts !== undefined) BY_CODE.set(code, facts);
  }
  return facts;
}

function factsOf(code: string): Facts {
  const facts = lookup(code);
  if (facts === undefined) {
    throw new Error(
      `unregistered diagnostic code: ${code} (registered codes need: node scripts/generate-code-reference.mjs)`,
    );
  }
  return facts;
}

/**
 * The default severity of a code, without loading the registry's prose. Throws for a code that
 * is not registered, or registered after `code-severities.ts` was last generated (a programmer
 * error: run `npx tsc -b packages/core && node scripts/generate-code-reference.mjs`). The runtime
 * table holds 24-bit keys, not names: a string that is no code is refused unless its key happens
 * to be a registered code's (about 1 in 100,000 for an arbitrary string; `DiagnosticCode` makes a
 * misspelt code a type error in the first place).
 *
 * @example
 * codeSeverity("yaml/duplicate-key"); // "error"
 */
export function codeSeverity(code: DiagnosticCode): Severity {
  return factsOf(code).severity;
}

/**
 * Which deploy path refuses a document with this problem (`undefined` when the code does not
 * say, and for a string that is no registered code): the validator uses it to re-grade core's
 * diagnostics per deploy target.
 *
 * @example
 * codeRefusedBy("sdl/unexpected-field"); // { go: true, console: true }
 */
export function codeRefusedBy(code: DiagnosticCode): RefusedBy | undefined {
  return lookup(code)?.refusedBy;
}
