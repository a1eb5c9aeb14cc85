import { describe, expect, it } from "vitest";
import type { YamlNode } from "../../src/index.js";
import { parse } from "../../src/index.js";
import { SDL_KEYS, keyPatternOf } from "../../src/keys/index.js";

// A document with every key the Go decoder reads (and no console-only key), one value each.
const EVERY_GO_KEY = `version: "2.1"
include: []
services:
  web:
    image: nginx:1.27
    command: ["nginx"]
    args: ["-g", "daemon off;"]
    env: ["A=1"]
    expose:
      - port: 80
        as: 8080
        proto: tcp
        to:
          - service: db
            global: true
            ip: myip
            http_options: {}
        accept: [example.com]
        http_options:
          max_body_size: 1024
          read_timeout: 100
          send_timeout: 100
          next_tries: 1
          next_timeout: 0
          next_cases: [error]
          proxy_buffer_size: 4096
    dependencies:
      - service: db
    params:
      storage:
        data:
          mount: /data
          readOnly: false
      permissions:
        read: [logs]
      tee: cpu-gpu
    credentials:
      host: ghcr.io
      email: a@b.cd
      username: me
      password: secret1
  db:
    image: postgres:16
profiles:
  compute:
    web:
      resources:
        cpu:
          units: 1
          attributes:
            arch: amd64
        memory:
          size: 1Gi
        storage:
          - name: data
            size: 1Gi
            attributes:
              persistent: true
              class: beta2
        gpu:
          units: 1
          attributes:
            vendor:
              nvidia:
                - model: h100
                  ram: 80Gi
                  interface: sxm
  placement:
    dc:
      attributes:
        region: us-west
      signedBy:
        allOf: [akash1a]
        anyOf: [akash1b]
      pricing:
        web:
          denom: uakt
          amount: 100
deployment:
  web:
    dc:
      profile: web
      count: 1
endpoints:
  myip:
    kind: ip
reclamation:
  min_window: 24h
`;

/** Every document path of a tree's keys (mapping keys and sequence items). */
function documentPaths(node: YamlNode | null, path: (string | number)[], out: (string | number)[][]): void {
  if (node === null) return;
  if (node.kind === "map") {
    for (const pair of node.pairs) {
      if (pair.key?.kind !== "scalar") continue;
      const next = [...path, pair.key.text];
      out.push(next);
      documentPaths(pair.value, next, out);
    }
  } else if (node.kind === "seq") {
    node.items.forEach((item, i) => {
      out.push([...path, i]);
      documentPaths(item, [...path, i], out);
    });
  }
}

describe("the key table and the document builders agree", () => {
  const result = parse(EVERY_GO_KEY);

  it("a document with every key Go reads gets no unknown/unsupported-key diagnostic", () => {
    const keyCodes = result.diagnostics.filter((d) => d.code.startsWith("sdl/un"));
    expect(keyCodes).toEqual([]);
  });

  it("that document uses every Go key of the table (so the test above covers the whole table)", () => {
    const paths: (string | number)[][] = [];
    documentPaths(result.tree.root, [], paths);
    const used = new Set(paths.map((p) => keyPatternOf(p)));
    const goKeys = SDL_KEYS.filter((k) => k.acceptedBy.go).map((k) => k.path);
    // `attributes.*` and named entries are reached through any name.
    expect(goKeys.filter((k) => !used.has(k))).toEqual([]);
  });

  it("every struct the builders read warns (or errs) about a key outside the table, at that key", () => {
    const structs = SDL_KEYS.filter((k) => k.type === "struct" && k.acceptedBy.go && k.path.includes("."));
    for (const info of structs) {
      const text = withExtraKey(EVERY_GO_KEY, info.path);
      if (text === undefined) continue;
      const found = parse(text).diagnostics.filter((d) => d.path?.at(-1) === "zz_extra");
      expect(
        found.map((d) => d.code),
        info.path,
      ).not.toEqual([]);
      expect(["sdl/unknown-key", "sdl/unsupported-key"]).toContain(found[0]?.code);
      expect(found[0]?.severity, info.path).toBe(info.goUnknownKeys === "reject" ? "error" : "warning");
    }
  });
});

/** Adds `zz_extra: 1` to the first mapping of the document at a pattern (block style only). */
function withExtraKey(text: string, pattern: string): string | undefined {
  const result = parse(text);
  const paths: (string | number)[][] = [];
  documentPaths(result.tree.root, [], paths);
  const target = paths.find((p) => keyPatternOf(p) === pattern);
  if (target === undefined) return undefined;
  let node: YamlNode | null = result.tree.root;
  for (const seg of target) {
    if (node?.kind === "map")
      node = node.pairs.find((p) => p.key?.kind === "scalar" && p.key.text === seg)?.value ?? null;
    else if (node?.kind === "seq") node = node.items[seg as number] ?? null;
  }
  if (node?.kind !== "map" || node.pairs.length === 0) return undefined;
  const first = node.pairs[0]?.key;
  if (first === undefined || first === null) return undefined;
  const lineStart = text.lastIndexOf("\n", first.span.start - 1) + 1;
  const column = first.span.start - lineStart;
  if (text.slice(lineStart, first.span.start).trim() !== "") {
    // `- key:` item: insert after the item's first line at the key's column.
    const lineEnd = text.indexOf("\n", first.span.start);
    return `${text.slice(0, lineEnd + 1)}${" ".repeat(column)}zz_extra: 1\n${text.slice(lineEnd + 1)}`;
  }
  return `${text.slice(0, lineStart)}${" ".repeat(column)}zz_extra: 1\n${text.slice(lineStart)}`;
}
