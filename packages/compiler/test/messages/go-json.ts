/**
 * Test helpers: read Go's `group-specs.json` (snake_case, `null` for empty lists, kind 0 omitted)
 * into our {@link GroupSpec} values, and turn our values into the official SDK's `fromPartial` input.
 */
import type { Attribute, GroupSpec, Resources } from "../../src/proto/types.js";

type Json = Record<string, any>;

const KINDS = ["SHARED_HTTP", "RANDOM_PORT", "LEASED_IP"] as const;
const SOURCES = ["invalid", "balance", "grant"] as const;

const attributes = (list: Json[] | null | undefined): Attribute[] =>
  (list ?? []).map((a) => ({ key: a["key"], value: a["value"] }));

function resources(r: Json): Resources {
  const out: Resources = {
    id: r["id"],
    storage: (r["storage"] ?? []).map((s: Json) => ({
      name: s["name"],
      quantity: { val: BigInt(s["size"]["val"]) },
      attributes: attributes(s["attributes"]),
    })),
    endpoints: (r["endpoints"] ?? []).map((e: Json) => ({
      kind: KINDS[e["kind"] ?? 0],
      sequenceNumber: e["sequence_number"] ?? 0,
    })),
  };
  if (r["cpu"])
    out.cpu = { units: { val: BigInt(r["cpu"]["units"]["val"]) }, attributes: attributes(r["cpu"]["attributes"]) };
  if (r["memory"])
    out.memory = {
      quantity: { val: BigInt(r["memory"]["size"]["val"]) },
      attributes: attributes(r["memory"]["attributes"]),
    };
  if (r["gpu"])
    out.gpu = { units: { val: BigInt(r["gpu"]["units"]["val"]) }, attributes: attributes(r["gpu"]["attributes"]) };
  return out;
}

/** Go `group-specs.json` → `GroupSpec[]`. */
export function groupSpecsFromGoJson(json: unknown): GroupSpec[] {
  return (json as Json[]).map((g) => ({
    name: g["name"],
    requirements: {
      signedBy: {
        allOf: g["requirements"]["signed_by"]["all_of"] ?? [],
        anyOf: g["requirements"]["signed_by"]["any_of"] ?? [],
      },
      attributes: attributes(g["requirements"]["attributes"]),
    },
    resources: (g["resources"] as Json[]).map((u) => ({
      resource: resources(u["resource"]),
      count: u["count"],
      price: { denom: u["price"]["denom"], amount: u["price"]["amount"] },
    })),
  }));
}

/** Our value → the official SDK's `fromPartial` input (enums as numbers; same field names otherwise). */
export function toOfficial(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (key, v) => {
      if (typeof v === "bigint") return { $bigint: v.toString() };
      if (v instanceof Uint8Array) return { $bytes: Array.from(v) };
      if (key === "kind" && typeof v === "string") return KINDS.indexOf(v as (typeof KINDS)[number]);
      if (key === "sources" && Array.isArray(v)) return v.map((s) => SOURCES.indexOf(s));
      return v;
    }),
    (_key, v) => {
      if (v && typeof v === "object" && "$bigint" in v) return BigInt(v.$bigint);
      if (v && typeof v === "object" && "$bytes" in v) return Uint8Array.from(v.$bytes);
      return v;
    },
  );
}
