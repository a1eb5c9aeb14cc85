import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { parse, toPlainSdl } from "../../src/index.js";
import type { PlainSdl } from "../../src/index.js";
import { corpusFiles, HAS_CORPUS } from "../support/corpus.js";

const TEXT = `version: "2.1"
services:
  web:
    image: nginx:1.27
    env: [A=1]
    expose:
      - port: 80
        as: 8080
        http_options: {max_body_size: 1024, next_cases: [off]}
        to: [{global: true, ip: myip}, {service: db}]
    params:
      storage: {data: {mount: /data}}
      tee: cpu
    unknown_key: ignored
  db: {image: postgres}
profiles:
  compute:
    web:
      resources:
        cpu: {units: 500m, attributes: {arch: arm64}}
        memory: {size: 1Gi}
        storage: {size: 2Gi}
        gpu:
          units: 1
          attributes: {vendor: {nvidia: [{model: h100, ram: 80Gi, interface: sxm}]}}
    db:
      resources:
        cpu: {units: 0.5}
        memory: {size: 512Mi}
        storage:
          - size: 1Gi
          - name: data
            size: 10Gi
            attributes: {persistent: true, class: beta3}
  placement:
    dc:
      attributes: {region: us-west, tier: 2}
      signedBy: {anyOf: [akash1x]}
      pricing:
        web: {denom: uakt, amount: 0.000100}
        db: {denom: uact, amount: 100}
deployment:
  web: {dc: {profile: web, count: 2}}
  db: {dc: {profile: db, count: 1}}
endpoints:
  myip: {kind: ip}
reclamation: {min_window: 24h}
`;

describe("toPlainSdl", () => {
  it("gives the plain, JSON-able value with the SDL's spellings", () => {
    const { document } = parse(TEXT);
    if (document === undefined) throw new Error("no document");
    const plain = toPlainSdl(document);
    const expected: PlainSdl = {
      version: "2.1",
      services: {
        web: {
          image: "nginx:1.27",
          env: ["A=1"],
          expose: [
            {
              port: 80,
              as: 8080,
              httpOptions: { maxBodySize: 1024, nextCases: ["off"] },
              to: [{ global: true, ip: "myip" }, { service: "db" }],
            },
          ],
          params: { storage: { data: { mount: "/data" } }, tee: "cpu" },
        },
        db: { image: "postgres" },
      },
      profiles: {
        compute: {
          web: {
            resources: {
              cpu: { units: "500m", attributes: { arch: "arm64" } },
              memory: { size: "1Gi" },
              storage: [{ size: "2Gi" }],
              gpu: { units: 1, attributes: { vendor: { nvidia: [{ model: "h100", ram: "80Gi", interface: "sxm" }] } } },
            },
          },
          db: {
            resources: {
              cpu: { units: 0.5 },
              memory: { size: "512Mi" },
              storage: [
                { size: "1Gi" },
                { name: "data", size: "10Gi", attributes: { persistent: true, class: "beta3" } },
              ],
            },
          },
        },
        placement: {
          dc: {
            attributes: { region: "us-west", tier: "2" },
            signedBy: { anyOf: ["akash1x"] },
            pricing: { web: { denom: "uakt", amount: "0.000100" }, db: { denom: "uact", amount: "100" } },
          },
        },
      },
      deployment: { web: { dc: { profile: "web", count: 2 } }, db: { dc: { profile: "db", count: 1 } } },
      endpoints: { myip: { kind: "ip" } },
      reclamation: { minWindow: "24h" },
    };
    expect(plain).toEqual(expected);
    // JSON-able: survives a JSON round trip unchanged (no bigint, no undefined members).
    expect(JSON.parse(JSON.stringify(plain))).toEqual(plain);
  });

  it.skipIf(!HAS_CORPUS)("agrees with a plain YAML read of every valid chain-sdk fixture", () => {
    const files = corpusFiles("chain-sdk-testdata/input").filter((f) => /\/v2\.[01]\//.test(f.name));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const { document } = parse(file.text);
      if (document === undefined) throw new Error(file.name);
      const plain = toPlainSdl(document);
      const raw = parseYaml(file.text) as any;
      expect(Object.keys(plain.services), file.name).toEqual(Object.keys(raw.services));
      for (const [name, s] of Object.entries<any>(raw.services)) {
        const p = plain.services[name];
        expect(p?.image, file.name).toBe(s.image);
        expect(p?.args, file.name).toEqual(s.args ?? undefined);
        expect(
          p?.expose?.map((e) => [e.port, e.as, e.proto]),
          file.name,
        ).toEqual(s.expose?.map((e: any) => [e.port, e.as, e.proto]));
      }
      for (const [name, c] of Object.entries<any>(raw.profiles.compute)) {
        const r = plain.profiles.compute[name]?.resources;
        expect(String(r?.cpu.units), file.name).toBe(String(c.resources.cpu.units));
        expect(r?.memory.size, file.name).toBe(c.resources.memory.size);
        const volumes = Array.isArray(c.resources.storage) ? c.resources.storage : [c.resources.storage];
        expect(
          r?.storage.map((v) => v.size),
          file.name,
        ).toEqual(volumes.map((v: any) => String(v.size)));
        expect(r?.gpu?.units ?? 0, file.name).toBe(Number(c.resources.gpu?.units ?? 0));
      }
      for (const [name, pl] of Object.entries<any>(raw.profiles.placement)) {
        for (const [profile, price] of Object.entries<any>(pl.pricing)) {
          expect(plain.profiles.placement[name]?.pricing[profile], file.name).toEqual({
            denom: price.denom,
            amount: String(price.amount),
          });
        }
      }
      for (const [svc, placements] of Object.entries<any>(raw.deployment)) {
        for (const [pl, entry] of Object.entries<any>(placements)) {
          expect(plain.deployment[svc]?.[pl], file.name).toEqual({ profile: entry.profile, count: entry.count });
        }
      }
    }
  });
});
