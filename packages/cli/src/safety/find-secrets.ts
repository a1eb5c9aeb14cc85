import type { YamlMap, YamlNode, YamlPair, YamlScalar } from "@akash-sdl/core";

/**
 * One secret found in an SDL text: the source range to hide in code frames and the decoded value
 * to hide in messages.
 *
 * @example
 * const s: SecretValue = { start: 40, end: 47, value: "hunter2" };
 */
export interface SecretValue {
  /** UTF-16 offset of the first character to hide. */
  readonly start: number;
  /** UTF-16 offset after the last character to hide. */
  readonly end: number;
  /** The decoded value (what messages may quote). */
  readonly value: string;
  /** For an `env` entry, its variable name (messages may quote the whole `NAME=value`). */
  readonly name?: string;
  /**
   * True when the value is also spelled as a mapping key of the document (a service, profile or
   * placement name): messages quote that name for other reasons, so only the whole `NAME=value` is
   * hidden there; code frames still hide the value's own characters.
   */
  readonly isDocumentName?: boolean;
}

/**
 * Environment variable names whose values are treated as secrets: passwords, tokens, keys,
 * credentials, private material and connection strings with a password in them.
 *
 * @example
 * SECRET_NAME.test("DB_PASSWORD"); // true
 */
export const SECRET_NAME: RegExp =
  /(^|_)pass(word|wd|phrase)?($|_)|password|passwd|secret|token|credential|private|api_?key|access_?key|(^|[_-])key$|auth|cookie|mnemonic|(^|_)dsn$/i;

/** Credential fields of a service's registry login that are hidden. */
const CREDENTIAL_FIELDS: ReadonlySet<string> = new Set(["password", "username"]);

const pairValue = (map: YamlMap, key: string): YamlNode | null | undefined =>
  map.pairs.find((p) => p.key.kind === "scalar" && p.key.text === key)?.value;

const deref = (node: YamlNode | null | undefined): YamlNode | undefined => {
  let n: YamlNode | null | undefined = node;
  for (let hops = 0; n?.kind === "alias" && hops < 8; hops++) n = n.target;
  return n ?? undefined;
};

/** The range of a scalar's content inside `text`, without its quotes. */
function contentRange(text: string, scalar: YamlScalar): { start: number; end: number } {
  let { start, end } = scalar.span;
  const open = text[start];
  if (
    (scalar.style === "double-quoted" || scalar.style === "single-quoted") &&
    (open === '"' || open === "'") &&
    end - start >= 2 &&
    text[end - 1] === open
  ) {
    start++;
    end--;
  }
  return { start, end };
}

/**
 * Finds the secrets of an SDL's YAML tree: the values of `env` entries whose name looks like a
 * secret (`DB_PASSWORD=…`, `HF_TOKEN=…`, `*_KEY=…`, see {@link SECRET_NAME}) and the `username`
 * and `password` of every service's registry `credentials`. Never throws; an unusual shape is
 * skipped.
 *
 * @example
 * findSecrets(text, parse(text).tree.root); // [{ start: 61, end: 68, value: "hunter2" }]
 */
export function findSecrets(text: string, root: YamlNode | null): SecretValue[] {
  const out: SecretValue[] = [];
  const top = deref(root);
  if (top?.kind !== "map") return out;
  const services = deref(pairValue(top, "services"));
  if (services?.kind !== "map") return out;
  // Indexed loops and one pass over a service's keys: this runs for every file of a directory
  // search, in code the engine has not optimised (iterators and callbacks cost there).
  const servicePairs = services.pairs;
  for (let s = 0; s < servicePairs.length; s++) {
    const body = deref(servicePairs[s]?.value);
    if (body?.kind !== "map") continue;
    let envValue: YamlNode | null | undefined;
    let credentialsValue: YamlNode | null | undefined;
    let envSeen = false;
    let credentialsSeen = false;
    for (let p = 0; p < body.pairs.length; p++) {
      const pair = body.pairs[p];
      if (pair?.key.kind !== "scalar") continue;
      // The first pair of each key counts, as in `pairValue`.
      if (!envSeen && pair.key.text === "env") {
        envSeen = true;
        envValue = pair.value;
      } else if (!credentialsSeen && pair.key.text === "credentials") {
        credentialsSeen = true;
        credentialsValue = pair.value;
      }
    }
    const env = deref(envValue);
    if (env?.kind === "map") {
      // Not an SDL shape (both paths want a list), but its values are still secrets.
      for (const pair of env.pairs) {
        const value = deref(pair.value);
        if (pair.key.kind !== "scalar" || !SECRET_NAME.test(pair.key.text) || value?.kind !== "scalar") continue;
        out.push({ ...contentRange(text, value), value: value.text, name: pair.key.text });
      }
    }
    if (env?.kind === "seq") {
      const items = env.items;
      for (let i = 0; i < items.length; i++) {
        const entry = deref(items[i]);
        if (entry?.kind !== "scalar") continue;
        const eq = entry.text.indexOf("=");
        if (eq <= 0 || !SECRET_NAME.test(entry.text.slice(0, eq).trim())) continue;
        const value = entry.text.slice(eq + 1);
        const range = contentRange(text, entry);
        const sourceEq = text.indexOf("=", range.start);
        const start = sourceEq >= 0 && sourceEq < range.end ? sourceEq + 1 : range.start;
        if (value !== "" || range.end > start)
          out.push({ start, end: range.end, value, name: entry.text.slice(0, eq) });
      }
    }
    const credentials = deref(credentialsValue);
    if (credentials?.kind === "map") {
      for (const pair of credentials.pairs) {
        const value = deref(pair.value);
        if (pair.key.kind !== "scalar" || !CREDENTIAL_FIELDS.has(pair.key.text) || value?.kind !== "scalar") continue;
        out.push({ ...contentRange(text, value), value: value.text });
      }
    }
  }
  if (out.length === 0) return out;
  const wanted = new Set<string>();
  for (let i = 0; i < out.length; i++) wanted.add((out[i] as SecretValue).value);
  const names = mappingKeyNamesAmong(top, wanted);
  if (names.size === 0) return out;
  return out.map((s) => (names.has(s.value) ? { ...s, isDocumentName: true } : s));
}

/**
 * Which of `wanted` are scalar mapping keys somewhere in the tree (bounded walk; aliases are not
 * followed). Only the wanted names are collected: a file with secrets has a hundred keys or so.
 */
function mappingKeyNamesAmong(root: YamlNode, wanted: ReadonlySet<string>): Set<string> {
  const names = new Set<string>();
  const stack: YamlNode[] = [root];
  for (let visited = 0; stack.length > 0 && visited < 100_000; visited++) {
    const node = stack.pop();
    if (node?.kind === "map") {
      const pairs = node.pairs;
      for (let i = 0; i < pairs.length; i++) {
        const pair = pairs[i] as YamlPair;
        if (pair.key.kind === "scalar" && wanted.has(pair.key.text)) names.add(pair.key.text);
        if (pair.value) stack.push(pair.value);
      }
    } else if (node?.kind === "seq") {
      const items = node.items;
      for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (item) stack.push(item);
      }
    }
  }
  return names;
}
