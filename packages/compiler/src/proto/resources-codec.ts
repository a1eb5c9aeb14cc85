/**
 * Codecs of `akash/base/resources/v1beta4/*.proto` (chain-sdk
 * `55f1c6837f99b17f103c4e8701f24305bd1eef9a`). The `akash.base.v1beta3` resource messages have the
 * same field numbers and options, so these bytes also serve v1beta3 group specs.
 */
import { AttributeCodec } from "./attributes-codec.js";
import { defineMessage, type MessageCodec } from "./codec.js";
import type { CPU, Endpoint, EndpointKind, GPU, Memory, ResourceValue, Resources, Storage } from "./types.js";

/**
 * `Endpoint.Kind` names by number (`endpoint.proto`).
 *
 * @example
 * ENDPOINT_KINDS[2]; // "LEASED_IP"
 */
export const ENDPOINT_KINDS: readonly EndpointKind[] = ["SHARED_HTTP", "RANDOM_PORT", "LEASED_IP"];

/**
 * `akash.base.resources.v1beta4.ResourceValue`: 1 `val`, a `math.Int` as ASCII digits, always written.
 *
 * @example
 * ResourceValueCodec.encode({ val: 100n }).finish(); // 0a 03 "100"
 */
export const ResourceValueCodec: MessageCodec<ResourceValue> = defineMessage<ResourceValue>(
  "akash.base.resources.v1beta4.ResourceValue",
  [{ no: 1, name: "val", kind: "int" }],
);

/**
 * `akash.base.resources.v1beta4.CPU`: 1 `units` (nullable=false), 2 `attributes`.
 *
 * @example
 * CPUCodec.encode({ units: { val: 100n }, attributes: [] }).finish();
 */
export const CPUCodec: MessageCodec<CPU> = defineMessage<CPU>("akash.base.resources.v1beta4.CPU", [
  { no: 1, name: "units", kind: "message", codec: ResourceValueCodec, nullable: false },
  { no: 2, name: "attributes", kind: "message", codec: AttributeCodec, repeated: true },
]);

/**
 * `akash.base.resources.v1beta4.Memory`: 1 `quantity` (nullable=false), 2 `attributes`.
 *
 * @example
 * MemoryCodec.encode({ quantity: { val: 134217728n }, attributes: [] }).finish();
 */
export const MemoryCodec: MessageCodec<Memory> = defineMessage<Memory>("akash.base.resources.v1beta4.Memory", [
  { no: 1, name: "quantity", kind: "message", codec: ResourceValueCodec, nullable: false },
  { no: 2, name: "attributes", kind: "message", codec: AttributeCodec, repeated: true },
]);

/**
 * `akash.base.resources.v1beta4.Storage`: 1 `name`, 2 `quantity` (nullable=false), 3 `attributes`.
 *
 * @example
 * StorageCodec.encode({ name: "default", quantity: { val: 1n }, attributes: [] }).finish();
 */
export const StorageCodec: MessageCodec<Storage> = defineMessage<Storage>("akash.base.resources.v1beta4.Storage", [
  { no: 1, name: "name", kind: "string" },
  { no: 2, name: "quantity", kind: "message", codec: ResourceValueCodec, nullable: false },
  { no: 3, name: "attributes", kind: "message", codec: AttributeCodec, repeated: true },
]);

/**
 * `akash.base.resources.v1beta4.GPU`: 1 `units` (nullable=false), 2 `attributes`.
 *
 * @example
 * GPUCodec.encode({ units: { val: 0n }, attributes: [] }).finish(); // 0a 03 0a 01 "0"
 */
export const GPUCodec: MessageCodec<GPU> = defineMessage<GPU>("akash.base.resources.v1beta4.GPU", [
  { no: 1, name: "units", kind: "message", codec: ResourceValueCodec, nullable: false },
  { no: 2, name: "attributes", kind: "message", codec: AttributeCodec, repeated: true },
]);

/**
 * `akash.base.resources.v1beta4.Endpoint`: 1 `kind` enum, 2 `sequence_number` uint32
 * (a `SHARED_HTTP` endpoint with sequence 0 is the empty message, `32 00` inside `Resources`).
 *
 * @example
 * EndpointCodec.encode({ kind: "LEASED_IP", sequenceNumber: 1 }).finish(); // 08 02 10 01
 */
export const EndpointCodec: MessageCodec<Endpoint> = defineMessage<Endpoint>("akash.base.resources.v1beta4.Endpoint", [
  { no: 1, name: "kind", kind: "enum", values: ENDPOINT_KINDS },
  { no: 2, name: "sequenceNumber", kind: "uint32" },
]);

/**
 * `akash.base.resources.v1beta4.Resources`: 1 `id`, 2 `cpu`, 3 `memory`, 4 `storage`, 5 `gpu`,
 * 6 `endpoints`. `cpu`/`memory`/`gpu` are nullable (written when present).
 *
 * @example
 * ResourcesCodec.encode({ id: 1, storage: [], endpoints: [] }).finish(); // 08 01
 */
export const ResourcesCodec: MessageCodec<Resources> = defineMessage<Resources>(
  "akash.base.resources.v1beta4.Resources",
  [
    { no: 1, name: "id", kind: "uint32" },
    { no: 2, name: "cpu", kind: "message", codec: CPUCodec },
    { no: 3, name: "memory", kind: "message", codec: MemoryCodec },
    { no: 4, name: "storage", kind: "message", codec: StorageCodec, repeated: true },
    { no: 5, name: "gpu", kind: "message", codec: GPUCodec },
    { no: 6, name: "endpoints", kind: "message", codec: EndpointCodec, repeated: true },
  ],
);
