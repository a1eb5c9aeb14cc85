import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parse, sdlMapGet } from "../../src/index.js";
import type { SdlDocument, SdlList, SdlScalar, SdlService } from "../../src/index.js";
import { CORPUS_DIR, HAS_CORPUS } from "../support/corpus.js";

/** The Go-generated fixtures (SDL-SPEC §8.1): input.yaml plus manifest.json and group-specs.json. */
const ROOT = join(CORPUS_DIR, "chain-sdk-testdata");
const FIXTURES: { version: "2.0" | "2.1"; name: string }[] = HAS_CORPUS
  ? (["2.0", "2.1"] as const).flatMap((version) =>
      readdirSync(join(ROOT, "input", `v${version}`)).map((name) => ({ version, name })),
    )
  : [];

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const values = (list: SdlList<SdlScalar<string>> | undefined): string[] | null =>
  list === undefined || list.isNull ? null : list.items.map((i) => i.value ?? "");

function services(doc: SdlDocument): Map<string, SdlService> {
  return new Map(doc.services?.entries.map((e) => [e.key.name, e.value]) ?? []);
}

/** Expose rows as Go's manifest has them: one per `to` entry, one when there is none (D5). */
function exposeRows(service: SdlService): string[] {
  const rows: string[] = [];
  for (const e of service.expose?.items ?? []) {
    const tos = e.to === undefined || e.to.items.length === 0 ? [undefined] : e.to.items;
    for (const to of tos) {
      rows.push(
        JSON.stringify({
          port: e.port?.value,
          externalPort: e.as?.value ?? 0,
          proto: (e.proto?.value || "TCP").toUpperCase(),
          service: to?.service?.value ?? "",
          global: to?.global?.value ?? false,
          hosts: values(e.accept),
          ip: to?.ip?.value ?? "",
        }),
      );
    }
  }
  return rows.sort();
}

describe.skipIf(!HAS_CORPUS)("the 15 Go-made valid fixtures", () => {
  test("all 15 are present", () => expect(FIXTURES).toHaveLength(15));

  test.each(FIXTURES)("v$version/$name", ({ version, name }) => {
    const text = readFileSync(join(ROOT, "input", `v${version}`, name, "input.yaml"), "utf8");
    const out = join(ROOT, "output-fixtures", `v${version}`, name);
    const manifest: Json = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    const groups: Json = existsSync(join(out, "group-specs.json"))
      ? JSON.parse(readFileSync(join(out, "group-specs.json"), "utf8"))
      : [];
    const r = parse(text);
    expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const doc = r.document;
    if (doc === undefined) throw new Error("no document");
    expect(doc.version?.decoder).toBe(version);
    const byName = services(doc);

    for (const group of manifest) {
      for (const ms of group.services) {
        const svc = byName.get(ms.name);
        if (svc === undefined) throw new Error(`service ${ms.name} missing`);
        const deployment = sdlMapGet(sdlMapGet(doc.deployment, ms.name), group.name);
        expect(svc.image?.value).toBe(ms.image);
        expect(values(svc.command)).toEqual(ms.command);
        expect(values(svc.args)).toEqual(ms.args);
        expect(values(svc.env)).toEqual(ms.env);
        expect(deployment?.count?.value).toBe(ms.count);
        const resources = sdlMapGet(doc.profiles?.compute, deployment?.profile?.value ?? "")?.resources;
        expect(String(resources?.cpu?.units?.value)).toBe(ms.resources.cpu.units.val);
        expect(String(resources?.memory?.size?.value)).toBe(ms.resources.memory.size.val);
        expect(String(resources?.gpu?.units?.value ?? 0)).toBe(ms.resources.gpu.units.val);
        const volumes = (resources?.storage?.volumes ?? []).map((v) => `${v.effectiveName}=${v.size?.value}`).sort();
        expect(volumes).toEqual(ms.resources.storage.map((s: Json) => `${s.name}=${s.size.val}`).sort());
        for (const v of resources?.storage?.volumes ?? []) {
          const goVolume = ms.resources.storage.find((s: Json) => s.name === v.effectiveName);
          const goPersistent = goVolume.attributes?.find((a: Json) => a.key === "persistent")?.value;
          if (v.attributes === undefined) expect(goVolume.attributes).toBeUndefined();
          else expect(String(v.attributes.persistent?.value ?? false)).toBe(goPersistent);
        }
        const gpuModels = sdlMapGet(resources?.gpu?.attributes?.vendor, "nvidia")?.items ?? [];
        for (const m of gpuModels) {
          const key = `vendor/nvidia/model/${m.model?.value}${m.ram ? `/ram/${m.ram.value?.normalized}` : ""}`;
          expect(ms.resources.gpu.attributes.map((a: Json) => a.key)).toContain(
            key + (m.interface ? `/interface/${m.interface.value}` : ""),
          );
        }
        expect(exposeRows(svc)).toEqual(
          ms.expose
            .map((x: Json) =>
              JSON.stringify({
                port: x.port,
                externalPort: x.externalPort,
                proto: x.proto,
                service: x.service,
                global: x.global,
                hosts: x.hosts,
                ip: x.ip,
              }),
            )
            .sort(),
        );
        for (const e of svc.expose?.items ?? []) {
          const h = e.httpOptions;
          if (h === undefined) continue;
          const goOptions = ms.expose.find((x: Json) => x.port === e.port?.value).httpOptions;
          for (const [field, leaf] of [
            ["maxBodySize", h.maxBodySize],
            ["readTimeout", h.readTimeout],
            ["sendTimeout", h.sendTimeout],
            ["nextTries", h.nextTries],
            ["nextTimeout", h.nextTimeout],
          ] as const) {
            if (leaf?.value) expect(goOptions[field]).toBe(leaf.value);
          }
          if (h.nextCases && h.nextCases.items.length > 0) expect(values(h.nextCases)).toEqual(goOptions.nextCases);
        }
        const goStorage = ms.params?.storage ?? null;
        const docStorage = svc.params?.storage?.entries
          .map((e) => ({
            name: e.key.name,
            mount: e.value.mount?.value ?? "",
            readOnly: e.value.readOnly?.value ?? false,
          }))
          .sort((a, b) => (a.name < b.name ? -1 : 1));
        expect(docStorage ?? null).toEqual(goStorage);
        if (ms.params?.tee) expect(svc.params?.tee?.value).toBe(ms.params.tee.type);
        if (ms.credentials !== null) {
          const c = svc.credentials;
          expect([c?.host?.value, c?.username?.value, c?.password?.value].map((s) => s?.trim())).toEqual([
            ms.credentials.host,
            ms.credentials.username,
            ms.credentials.password,
          ]);
          if (version === "2.1") expect(c?.email?.value ?? "").toBe(ms.credentials.email);
        } else {
          expect(svc.credentials).toBeUndefined();
        }
      }
    }

    for (const group of groups) {
      const placement = sdlMapGet(doc.profiles?.placement, group.name);
      const attributes = (placement?.attributes?.entries ?? [])
        .map((e) => ({ key: e.key.name, value: e.value.value }))
        .sort((a, b) => (a.key < b.key ? -1 : 1));
      expect(attributes).toEqual((group.requirements.attributes ?? []).filter((a: Json) => a.key !== "tee/type"));
      expect(values(placement?.signedBy?.allOf) ?? null).toEqual(group.requirements.signed_by.all_of);
      expect(values(placement?.signedBy?.anyOf) ?? null).toEqual(group.requirements.signed_by.any_of);
      // Resource units: v2.0 has one per deployed service (sorted by name); v2.1 one per profile (first use).
      const deployed = [...byName.keys()].filter((s) => sdlMapGet(sdlMapGet(doc.deployment, s), group.name)).sort();
      const entries = deployed.map((s) => sdlMapGet(sdlMapGet(doc.deployment, s), group.name));
      const units =
        version === "2.0"
          ? entries.map((d) => ({ profile: d?.profile?.value ?? "", count: d?.count?.value ?? 0 }))
          : [...new Set(entries.map((d) => d?.profile?.value ?? ""))].map((profile) => ({
              profile,
              count: entries
                .filter((d) => d?.profile?.value === profile)
                .reduce((n, d) => n + (d?.count?.value ?? 0), 0),
            }));
      expect(units.map((u) => u.count)).toEqual(group.resources.map((u: Json) => u.count));
      units.forEach((u, i) => {
        const price = sdlMapGet(placement?.pricing, u.profile);
        expect({ denom: price?.denom?.value, amount: price?.amount?.value?.text18 }).toEqual(group.resources[i].price);
        const resources = sdlMapGet(doc.profiles?.compute, u.profile)?.resources;
        expect(String(resources?.cpu?.units?.value)).toBe(group.resources[i].resource.cpu.units.val);
      });
    }
  });
});
