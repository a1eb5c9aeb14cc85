import { parse } from "@akash-sdl/core";
import type { YamlMap, YamlNode, YamlScalar, YamlSeq } from "@akash-sdl/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SECRET_NAME, findSecrets } from "../../src/safety/find-secrets.js";
import type { SecretValue } from "../../src/safety/find-secrets.js";
import { corpusFiles } from "../support/corpus.js";

// findSecrets as first written (callbacks, iterators, one look-up per key): the loops that
// replaced them must find the same secrets in the same order.
const pairValue = (map: YamlMap, key: string): YamlNode | null | undefined =>
  map.pairs.find((p) => p.key.kind === "scalar" && p.key.text === key)?.value;
const deref = (node: YamlNode | null | undefined): YamlNode | undefined => {
  let n: YamlNode | null | undefined = node;
  for (let hops = 0; n?.kind === "alias" && hops < 8; hops++) n = n.target;
  return n ?? undefined;
};
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
function namesAmong(root: YamlNode, wanted: ReadonlySet<string>): Set<string> {
  const names = new Set<string>();
  const stack: YamlNode[] = [root];
  for (let visited = 0; stack.length > 0 && visited < 100_000; visited++) {
    const node = stack.pop();
    if (node?.kind === "map") {
      for (const pair of node.pairs) {
        if (pair.key.kind === "scalar" && wanted.has(pair.key.text)) names.add(pair.key.text);
        if (pair.value) stack.push(pair.value);
      }
    } else if (node?.kind === "seq") {
      for (const item of node.items) if (item) stack.push(item);
    }
  }
  return names;
}
function reference(text: string, root: YamlNode | null): SecretValue[] {
  const out: SecretValue[] = [];
  const top = deref(root);
  if (top?.kind !== "map") return out;
  const services = deref(pairValue(top, "services"));
  if (services?.kind !== "map") return out;
  for (const service of services.pairs) {
    const body = deref(service.value);
    if (body?.kind !== "map") continue;
    const env = deref(pairValue(body, "env"));
    if (env?.kind === "map") {
      for (const pair of env.pairs) {
        const value = deref(pair.value);
        if (pair.key.kind !== "scalar" || !SECRET_NAME.test(pair.key.text) || value?.kind !== "scalar") continue;
        out.push({ ...contentRange(text, value), value: value.text, name: pair.key.text });
      }
    }
    if (env?.kind === "seq") {
      for (const item of env.items) {
        const entry = deref(item);
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
    const credentials = deref(pairValue(body, "credentials"));
    if (credentials?.kind === "map") {
      for (const pair of credentials.pairs) {
        const value = deref(pair.value);
        if (pair.key.kind !== "scalar" || !["password", "username"].includes(pair.key.text) || value?.kind !== "scalar")
          continue;
        out.push({ ...contentRange(text, value), value: value.text });
      }
    }
  }
  if (out.length === 0) return out;
  const names = namesAmong(top, new Set(out.map((s) => s.value)));
  return out.map((s) => (names.has(s.value) ? { ...s, isDocumentName: true } : s));
}

const same = (text: string): void => {
  const root = parse(text).tree.root;
  expect(findSecrets(text, root)).toEqual(reference(text, root));
};

describe("findSecrets", () => {
  it("finds what the first version found in every corpus file", () => {
    for (const file of corpusFiles()) same(file.text);
  });

  it("finds what the first version found in generated services: repeated keys, aliases, env maps, credentials", () => {
    const name = fc.constantFrom("web", "db", "DB_PASSWORD", "minio", "x");
    const envName = fc.constantFrom("DB_PASSWORD", "TOKEN", "PATH", "API_KEY", "web", "auth_key", "NAME");
    const value = fc.constantFrom("hunter22", "web", "ab", "", "'quoted'", '"dq"', "*a", "minio", "s3cret");
    const envEntry = fc.tuple(envName, value).map(([k, v]) => `      - ${k}=${v}`);
    const envMapEntry = fc.tuple(envName, value).map(([k, v]) => `      ${k}: ${v === "" ? "''" : v}`);
    const section = fc.oneof(
      fc.array(envEntry, { maxLength: 4 }).map((lines) => `    env:\n${lines.join("\n")}`),
      fc.array(envMapEntry, { maxLength: 3 }).map((lines) => `    env:\n${lines.join("\n")}`),
      fc
        .tuple(value, value)
        .map(([u, p]) => `    credentials:\n      username: ${u || "u"}\n      password: ${p || "p"}`),
      fc.constant("    env: &a\n      - DB_PASSWORD=anchored"),
      fc.constant("    env: *a"),
      fc.constant("    image: nginx"),
    );
    const service = fc
      .tuple(name, fc.array(section, { maxLength: 4 }))
      .map(([n, parts]) => `  ${n}:\n${parts.length > 0 ? parts.join("\n") : "    image: x"}`);
    fc.assert(
      fc.property(fc.array(service, { minLength: 1, maxLength: 4 }), (services) => {
        same(`services:\n${services.join("\n")}\nprofiles:\n  compute:\n    minio: {}\n`);
      }),
      { numRuns: 400 },
    );
  });
});

describe("findSecrets on a tree of more than 100,000 nodes", () => {
  // The walk that marks secrets spelled as mapping keys visits at most 100,000 nodes, last pushed
  // first; a large tree must see exactly the part it always saw.
  const text = "services:\n  web:\n    image: nginx\n    env:\n      - DB_PASSWORD=db\n";
  const root = parse(text).tree.root as YamlMap;
  const servicesPair = root.pairs[0] as YamlMap["pairs"][number];
  const web = (servicesPair.value as YamlMap).pairs[0]?.value as YamlMap;
  const env = web.pairs[1]?.value as YamlSeq;
  const leaf = (t: string): YamlScalar => ({ ...(servicesPair.key as YamlScalar), text: t, value: t });
  const pair = (key: string, value: YamlNode) => ({ ...servicesPair, key: leaf(key), value });
  const holdingDb: YamlMap = { ...web, pairs: [{ ...(web.pairs[0] as YamlMap["pairs"][number]), key: leaf("db") }] };
  const big: YamlSeq = { ...env, items: Array.from({ length: 150_000 }, () => leaf("x")) };
  const marks = (tree: YamlMap) => findSecrets(text, tree).map((s) => [s.value, s.isDocumentName === true]);

  it("finds a key the bounded walk reaches", () => {
    expect(marks({ ...root, pairs: [servicesPair, pair("big", big), pair("deep", holdingDb)] })).toEqual([
      ["db", true],
    ]);
    expect(marks({ ...root, pairs: [servicesPair, pair("deep", holdingDb)] })).toEqual([["db", true]]);
  });

  it("does not find a key behind 100,000 other nodes", () => {
    expect(marks({ ...root, pairs: [servicesPair, pair("deep", holdingDb), pair("big", big)] })).toEqual([
      ["db", false],
    ]);
  });
});
