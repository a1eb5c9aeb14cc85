import { createHash } from "node:crypto";
import { generateManifest, manifestToSortedJSON, yaml } from "@akashnetwork/chain-sdk";
import { formatDec18 } from "@akash-sdl/core";
import type { EndpointKind, GroupSpec } from "../../src/index.js";

/** What the official SDK (alpha.45) makes of one text: its hash and group specs, or why it refused. */
export type OfficialResult =
  | {
      readonly ok: true;
      readonly hash: string;
      readonly groups: GroupSpec[];
      readonly reclamation: { seconds: bigint; nanos: number } | undefined;
    }
  | { readonly ok: false; readonly reason: string };

const KINDS: readonly EndpointKind[] = ["SHARED_HTTP", "RANDOM_PORT", "LEASED_IP"];

/** A user decimal ("10", "0.5") as Go's 18-decimal text. */
function dec18(amount: string): string {
  const [whole = "0", frac = ""] = amount.split(".");
  return formatDec18(BigInt(whole + frac.padEnd(18, "0").slice(0, 18)));
}

interface TsValue {
  readonly val: bigint;
}
interface TsAttr {
  readonly key: string;
  readonly value: string;
}
interface TsResources {
  id: number;
  cpu?: { units: TsValue; attributes: TsAttr[] };
  memory?: { quantity: TsValue; attributes: TsAttr[] };
  storage: { name: string; quantity: TsValue; attributes: TsAttr[] }[];
  gpu?: { units: TsValue; attributes: TsAttr[] };
  endpoints: { kind: number; sequenceNumber: number }[];
}
interface TsGroupSpec {
  name: string;
  requirements: { signedBy: { allOf: string[]; anyOf: string[] }; attributes: TsAttr[] };
  resources: { resource: TsResources; count: number; price: { denom: string; amount: string } }[];
}

const attrs = (a: readonly TsAttr[] | undefined): { key: string; value: string }[] =>
  (a ?? []).map((x) => ({ key: x.key, value: x.value }));
const val = (v: TsValue | undefined): { val: bigint } => ({ val: BigInt(v?.val ?? 0n) });

/** The official SDK's group spec mapped onto our protobuf types (price as Go's 18-decimal text). */
function toOurs(g: TsGroupSpec): GroupSpec {
  return {
    name: g.name,
    requirements: {
      signedBy: { allOf: [...g.requirements.signedBy.allOf], anyOf: [...g.requirements.signedBy.anyOf] },
      attributes: attrs(g.requirements.attributes),
    },
    resources: g.resources.map((u) => ({
      resource: {
        id: u.resource.id,
        cpu:
          u.resource.cpu === undefined
            ? undefined
            : { units: val(u.resource.cpu.units), attributes: attrs(u.resource.cpu.attributes) },
        memory:
          u.resource.memory === undefined
            ? undefined
            : { quantity: val(u.resource.memory.quantity), attributes: attrs(u.resource.memory.attributes) },
        storage: u.resource.storage.map((s) => ({
          name: s.name,
          quantity: val(s.quantity),
          attributes: attrs(s.attributes),
        })),
        gpu:
          u.resource.gpu === undefined
            ? undefined
            : { units: val(u.resource.gpu.units), attributes: attrs(u.resource.gpu.attributes) },
        endpoints: u.resource.endpoints.map((e) => ({
          kind: KINDS[e.kind] ?? "SHARED_HTTP",
          sequenceNumber: e.sequenceNumber,
        })),
      },
      count: u.count,
      price: { denom: u.price.denom, amount: dec18(u.price.amount) },
    })),
  };
}

/** Runs the official SDK pipeline (js-yaml load → generateManifest → sorted JSON → SHA-256). */
export function officialCompile(text: string): OfficialResult {
  try {
    const r = generateManifest(yaml.raw(text) as Parameters<typeof generateManifest>[0]);
    if (!r.ok) return { ok: false, reason: r.value.map((e) => e.message).join("; ") };
    const hash = createHash("sha256").update(manifestToSortedJSON(r.value.groups)).digest("hex");
    const groups = (r.value.groupSpecs as unknown as TsGroupSpec[]).map(toOurs);
    const rec = r.value.reclamation?.minWindow;
    return {
      ok: true,
      hash,
      groups,
      reclamation: rec === undefined ? undefined : { seconds: BigInt(rec.seconds), nanos: rec.nanos },
    };
  } catch (e) {
    return { ok: false, reason: `threw: ${(e as Error).message}` };
  }
}
