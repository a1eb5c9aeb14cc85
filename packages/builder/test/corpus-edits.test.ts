import { parse, toPlainValue, type YamlNode } from "@akash-sdl/core";
import { describe, expect, it } from "vitest";
import {
  addExpose,
  applyLspTextEdits,
  entryNames,
  formatSdl,
  addService,
  removeExpose,
  removeGpu,
  removeService,
  renameService,
  setArgs,
  setCommand,
  setCount,
  setEnv,
  setGpu,
  setImage,
  setPrice,
  setStorage,
  type EditResult,
} from "../src/index.js";
import { HAS_CORPUS, corpusFiles } from "./support/corpus.js";

type Plain = Record<string, unknown>;
const comments = (text: string): string[] =>
  text.split(/\r?\n/).flatMap((l) => (/(^|\s)#.*$/.exec(l)?.[0].trim() ?? []) as string[]);
const get = (v: unknown, path: readonly (string | number)[]): unknown =>
  path.reduce<unknown>((o, k) => (o as Plain | undefined)?.[k as string], v);
function set(v: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const copy = structuredClone(v) as Plain;
  const parent = get(copy, path.slice(0, -1)) as Plain;
  parent[path[path.length - 1] as string] = value;
  return copy;
}
function hasAlias(node: YamlNode | null): boolean {
  if (node === null) return false;
  if (node.kind === "alias" || node.anchor !== undefined) return true;
  if (node.kind === "seq") return node.items.some(hasAlias);
  if (node.kind === "map") return node.pairs.some((p) => hasAlias(p.key) || hasAlias(p.value));
  return false;
}
/** Offsets inside scalars, keys, aliases and flow collections: a `#` there is text, not a comment. */
function textMask(node: YamlNode | null, mask: Uint8Array): Uint8Array {
  if (node === null) return mask;
  if (node.kind === "scalar" || node.kind === "alias" || node.flow) mask.fill(1, node.span.start, node.span.end);
  else if (node.kind === "seq") for (const item of node.items) textMask(item, mask);
  else if (node.kind === "map")
    for (const p of node.pairs) {
      textMask(p.key, mask);
      textMask(p.value, mask);
    }
  return mask;
}
/** Trailing comments (after content on their line) preceded by anything but exactly one space. */
function wideComments(text: string): string[] {
  const mask = textMask(parse(text).tree.root, new Uint8Array(text.length));
  return [...text.matchAll(/(?<=[^\s])[ \t]+#/g)]
    .filter((m) => m[0] !== " #" && mask[(m.index ?? 0) + m[0].length - 1] === 0)
    .map((m) => text.slice(text.lastIndexOf("\n", m.index) + 1, text.indexOf("\n", m.index)))
    .filter((line) => !line.trimStart().startsWith("#"));
}
/** The old-text range the edit touched (from the common prefix and suffix). */
function changedRange(a: string, b: string): [number, number] {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  return [p, a.length - s];
}

const files = corpusFiles("awesome-akash").filter((f) => {
  const { tree, diagnostics } = parse(f.text);
  return (
    tree.root?.kind === "map" &&
    !diagnostics.some((d) => d.severity === "error" && d.code.startsWith("yaml/")) &&
    entryNames(f.text, ["services"]).length > 0
  );
});

describe.skipIf(!HAS_CORPUS)("edits and fmt on every awesome-akash file", () => {
  it("finds the corpus", () => expect(files.length).toBeGreaterThan(300));

  it("each edit changes only the edited value's bytes, keeps every comment and the rest of the value", () => {
    let checked = 0;
    for (const f of files) {
      const before = parse(f.text);
      const plain = toPlainValue(before.tree.root);
      const aliased = hasAlias(before.tree.root);
      const service = entryNames(f.text, ["services"])[0] as string;
      const check = (
        r: EditResult,
        path: readonly (string | number)[] | undefined,
        value: unknown,
        scalar?: YamlNode | null,
        removed?: { start: number; end: number },
      ): void => {
        expect(r.diagnostics, f.name).toEqual([]);
        expect(applyLspTextEdits(f.text, r.edits), f.name).toBe(r.text);
        // Every comment survives, except those on the lines of a removed item.
        const kept = removed
          ? f.text.slice(0, f.text.lastIndexOf("\n", removed.start) + 1) +
            f.text.slice(Math.max(removed.end, f.text.indexOf("\n", removed.end - 1)))
          : f.text;
        if (removed === undefined) expect(comments(r.text), f.name).toEqual(comments(f.text));
        else {
          // Every comment outside the removed part survives, in order; nothing new appears.
          const actual = comments(r.text);
          let i = 0;
          for (const c of comments(kept)) {
            while (i < actual.length && actual[i] !== c) i++;
            expect(i < actual.length, `${f.name}: comment ${c}`).toBe(true);
            i++;
          }
          for (const c of actual) expect(comments(f.text), f.name).toContain(c);
        }
        const after = parse(r.text);
        expect(
          after.diagnostics.filter((d) => d.code.startsWith("yaml/")),
          f.name,
        ).toEqual(before.diagnostics.filter((d) => d.code.startsWith("yaml/")).map(() => expect.anything()));
        if (path !== undefined && !aliased)
          expect(toPlainValue(after.tree.root), `${f.name} ${path.join(".")}`).toEqual(set(plain, path, value));
        if (scalar) {
          // One scalar replaced: one TextEdit, and only inside the scalar's bytes.
          expect(r.edits, f.name).toHaveLength(1);
          const [from, to] = changedRange(f.text, r.text);
          expect(from, f.name).toBeGreaterThanOrEqual(scalar.span.start);
          expect(to, f.name).toBeLessThanOrEqual(scalar.span.end);
        }
        checked++;
      };
      const svcMap = before.document?.services?.entries.find((e) => e.key.name === service)?.value;
      check(
        setImage(f.text, service, "example.org/new/image:9.9"),
        ["services", service, "image"],
        "example.org/new/image:9.9",
        svcMap?.image?.node,
      );
      const env = get(plain, ["services", service, "env"]);
      check(
        setEnv(f.text, service, { AKASH_SDL_TEST: "1" }),
        ["services", service, "env"],
        [...((env as unknown[] | null) ?? []), "AKASH_SDL_TEST=1"],
      );
      const deployment = before.document?.deployment?.entries.find((e) => e.key.name === service)?.value.entries[0]
        ?.value;
      if (deployment?.count?.node) {
        check(
          setCount(f.text, service, 7),
          ["deployment", service, deployment.placement.name, "count"],
          7,
          deployment.count.node,
        );
      }
      for (const pl of before.document?.profiles?.placement?.entries.slice(0, 1) ?? []) {
        const price = pl.value.pricing?.entries[0];
        if (price?.value.amount?.node) {
          check(
            setPrice(f.text, pl.key.name, price.key.name, { amount: 4242 }),
            ["profiles", "placement", pl.key.name, "pricing", price.key.name, "amount"],
            4242,
            price.value.amount.node,
          );
        }
        if (price?.value.denom?.node && price.value.denom.value !== "uakt") {
          check(
            setPrice(f.text, pl.key.name, price.key.name, { denom: "uakt" }),
            ["profiles", "placement", pl.key.name, "pricing", price.key.name, "denom"],
            "uakt",
            price.value.denom.node,
          );
        }
      }
      const profile = before.document?.profiles?.compute?.entries[0];
      if (profile?.value.resources && !profile.value.resources.isNull) {
        const gpu = { units: 2, attributes: { vendor: { nvidia: [{ model: "h100", ram: "80Gi" }] } } };
        check(
          setGpu(f.text, profile.key.name, gpu),
          ["profiles", "compute", profile.key.name, "resources", "gpu"],
          gpu,
        );
        const current = get(plain, ["profiles", "compute", profile.key.name, "resources", "storage"]);
        const storage = Array.isArray(current)
          ? current.map((v, i) => (i === 0 ? { ...(v as Plain), size: "3Gi" } : v))
          : { ...((current as Plain | null) ?? {}), size: "3Gi" };
        check(
          setStorage(f.text, profile.key.name, storage),
          ["profiles", "compute", profile.key.name, "resources", "storage"],
          storage,
        );
      }
      const svcNode = before.document?.services?.entries.find((e) => e.key.name === service);
      // Structural edits stay inside the service they edit (up to the end of its last line).
      const inService = (r: EditResult): void => {
        if (svcNode === undefined || aliased) return;
        const lineEnd = f.text.indexOf("\n", svcNode.value.span.end - 1);
        const starts = [0, ...[...f.text.matchAll(/\n/g)].map((m) => (m.index ?? 0) + 1)];
        for (const e of r.edits) {
          expect((starts[e.range.start.line] ?? 0) + e.range.start.character, f.name).toBeGreaterThanOrEqual(
            svcNode.key.span.start,
          );
          expect((starts[e.range.end.line] ?? 0) + e.range.end.character, f.name).toBeLessThanOrEqual(
            lineEnd === -1 ? f.text.length : lineEnd + 1,
          );
        }
      };
      const command = setCommand(f.text, service, ["sh", "-c", "echo 0777"]);
      check(
        command,
        ["services", service, "command"],
        ["sh", "-c", "echo 0777"],
        undefined,
        svcMap?.command?.node?.span,
      );
      inService(command);
      const args = setArgs(f.text, service, ["--akash", "yes"]);
      // The old arguments go (a block scalar argument may hold `#` lines that are text, not comments).
      check(args, ["services", service, "args"], ["--akash", "yes"], undefined, svcMap?.args?.node?.span);
      inService(args);
      const gpuProfile = before.document?.profiles?.compute?.entries.find((e) => e.value.resources?.gpu !== undefined);
      if (gpuProfile !== undefined && !aliased) {
        const r = removeGpu(f.text, gpuProfile.key.name);
        const expectedValue = structuredClone(plain) as Plain;
        delete (get(expectedValue, ["profiles", "compute", gpuProfile.key.name, "resources"]) as Plain)["gpu"];
        expect(toPlainValue(parse(r.text).tree.root), f.name).toEqual(expectedValue);
      }
      if (
        !entryNames(f.text, ["services"]).includes("added-svc") &&
        before.document?.profiles?.placement?.entries.length
      ) {
        const added = addService(
          f.text,
          "added-svc",
          { image: "redis:7.4" },
          { profile: { resources: { cpu: { units: 0.5 }, memory: { size: "512Mi" }, storage: { size: "1Gi" } } } },
        );
        expect(added.diagnostics, f.name).toEqual([]);
        expect(comments(added.text), f.name).toEqual(comments(f.text));
        expect(removeService(added.text, "added-svc").text, f.name).toBe(f.text);
      }
      const exposeList = get(plain, ["services", service, "expose"]);
      const added = { port: 65001, as: 65001, to: [{ global: true }] };
      const addedExpose = addExpose(f.text, service, added);
      check(addedExpose, ["services", service, "expose"], [...((exposeList as unknown[] | null) ?? []), added]);
      inService(addedExpose);
      if (Array.isArray(exposeList) && exposeList.length > 0) {
        const port = (exposeList[0] as { port?: number }).port;
        if (typeof port === "number" && exposeList.filter((e) => (e as { port?: number }).port === port).length === 1) {
          const item = svcMap?.expose?.items[0]?.node;
          check(
            removeExpose(f.text, service, port),
            ["services", service, "expose"],
            exposeList.slice(1),
            undefined,
            item?.span,
          );
        }
      }
      if (!entryNames(f.text, ["services"]).includes("renamed-svc")) {
        const r = renameService(f.text, service, "renamed-svc");
        check(r, undefined, undefined);
        const after = toPlainValue(parse(r.text).tree.root) as Plain;
        expect(Object.keys(after["services"] as Plain), f.name).toContain("renamed-svc");
        expect(Object.keys(after["services"] as Plain), f.name).not.toContain(service);
        // The service is the same, except that references to it (`to: - service: <old>`) follow the rename.
        const renamedRefs = JSON.parse(
          JSON.stringify(get(plain, ["services", service])).replaceAll(
            `"service":${JSON.stringify(service)}`,
            '"service":"renamed-svc"',
          ),
        ) as unknown;
        if (!aliased) expect((after["services"] as Plain)["renamed-svc"], f.name).toEqual(renamedRefs);
      }
    }
    expect(checked).toBeGreaterThan(files.length * 5);
  }, 240_000);

  it("fmt is idempotent, keeps every comment and the parsed value, one space before trailing comments", () => {
    let widened = 0;
    for (const f of files) {
      if (wideComments(f.text).length > 0) widened++;
      const once = formatSdl(f.text);
      expect(wideComments(once.text), f.name).toEqual([]);
      expect(formatSdl(once.text).text, f.name).toBe(once.text);
      expect(comments(once.text), f.name).toEqual(comments(f.text));
      expect(toPlainValue(parse(once.text).tree.root), f.name).toEqual(toPlainValue(parse(f.text).tree.root));
      expect(applyLspTextEdits(f.text, once.edits), f.name).toBe(once.text);
    }
    // The corpus has files with `value    # comment`: the check above is not vacuous.
    expect(widened).toBeGreaterThan(10);
  }, 240_000);
});
