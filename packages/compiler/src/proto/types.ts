/**
 * TypeScript shapes of the protobuf messages a deployment needs: group specs (what `compile()`
 * builds) and the `akash.deployment` v1beta3 / v1beta4 / v1beta5 transaction messages.
 *
 * Field numbers, types and gogoproto options come from the `.proto` files of
 * `akash-network/chain-sdk` at commit `55f1c6837f99b17f103c4e8701f24305bd1eef9a`, under
 * `proto/node/akash/` (cited per type below), and from cosmos-sdk
 * `proto/cosmos/base/v1beta1/coin.proto` for `Coin`/`DecCoin`.
 *
 * Conventions: camelCase field names; 64-bit integers as `bigint`; `bytes` as `Uint8Array`;
 * enums as string unions of the proto value names. Custom scalar types keep their meaning rather
 * than their wire form: `cosmossdk.io/math.Int` (`ResourceValue.val`) is a `bigint`, `Coin.amount`
 * is an integer string, `DecCoin.amount` is a `LegacyDec` decimal string (`"10.000000000000000000"`
 * as Go prints it; the encoder writes the 18-decimal atomics `"10000000000000000000"`).
 */

/**
 * A key/value attribute. `akash/base/attributes/v1/attribute.proto` (`Attribute`): 1 `key`, 2 `value`.
 *
 * @example
 * const region: Attribute = { key: "region", value: "us-west" };
 */
export interface Attribute {
  /** Field 1, `string key`. */
  key: string;
  /** Field 2, `string value`. */
  value: string;
}

/**
 * Auditors that must (all of) or may (any of) have signed a provider's attributes.
 * `akash/base/attributes/v1/attribute.proto` (`SignedBy`): 1 `all_of`, 2 `any_of`, repeated string.
 *
 * @example
 * const signedBy: SignedBy = { allOf: [], anyOf: ["akash1…"] };
 */
export interface SignedBy {
  /** Field 1, `repeated string all_of`. */
  allOf: string[];
  /** Field 2, `repeated string any_of`. */
  anyOf: string[];
}

/**
 * Provider requirements of a group. `akash/base/attributes/v1/attribute.proto`
 * (`PlacementRequirements`): 1 `signed_by` (non-nullable, always written), 2 `attributes`.
 *
 * @example
 * const req: PlacementRequirements = { signedBy: { allOf: [], anyOf: [] }, attributes: [] };
 */
export interface PlacementRequirements {
  /** Field 1, `SignedBy signed_by` (gogoproto `nullable=false`: always on the wire). */
  signedBy: SignedBy;
  /** Field 2, `repeated Attribute attributes`, sorted by key as Go builds them. */
  attributes: Attribute[];
}

/**
 * A resource quantity. `akash/base/resources/v1beta4/resourcevalue.proto`: 1 `val` bytes with
 * gogoproto `customtype = cosmossdk.io/math.Int`, `nullable=false`: on the wire the ASCII decimal
 * digits of the integer (`"100"`), always written, even `"0"`.
 *
 * @example
 * const millicpu: ResourceValue = { val: 100n };
 */
export interface ResourceValue {
  /** Field 1, the integer (millicpu, bytes or a unit count). */
  val: bigint;
}

/**
 * CPU units in millicpu. `akash/base/resources/v1beta4/cpu.proto`: 1 `units`, 2 `attributes`.
 *
 * @example
 * const cpu: CPU = { units: { val: 500n }, attributes: [] };
 */
export interface CPU {
  /** Field 1, `ResourceValue units` (always written). */
  units: ResourceValue;
  /** Field 2, `repeated Attribute attributes`. */
  attributes: Attribute[];
}

/**
 * Memory in bytes. `akash/base/resources/v1beta4/memory.proto`: 1 `quantity` (JSON `size`), 2 `attributes`.
 *
 * @example
 * const memory: Memory = { quantity: { val: 536870912n }, attributes: [] };
 */
export interface Memory {
  /** Field 1, `ResourceValue quantity` (always written). */
  quantity: ResourceValue;
  /** Field 2, `repeated Attribute attributes`. */
  attributes: Attribute[];
}

/**
 * One storage volume in bytes. `akash/base/resources/v1beta4/storage.proto`: 1 `name`,
 * 2 `quantity` (JSON `size`), 3 `attributes`.
 *
 * @example
 * const volume: Storage = { name: "default", quantity: { val: 1073741824n }, attributes: [] };
 */
export interface Storage {
  /** Field 1, `string name`. */
  name: string;
  /** Field 2, `ResourceValue quantity` (always written). */
  quantity: ResourceValue;
  /** Field 3, `repeated Attribute attributes` (`persistent`, `class`). */
  attributes: Attribute[];
}

/**
 * GPU units. `akash/base/resources/v1beta4/gpu.proto`: 1 `units`, 2 `attributes`
 * (`vendor/nvidia/model/h100/ram/80Gi` …).
 *
 * @example
 * const gpu: GPU = { units: { val: 1n }, attributes: [{ key: "vendor/nvidia/model/a100", value: "true" }] };
 */
export interface GPU {
  /** Field 1, `ResourceValue units` (always written). */
  units: ResourceValue;
  /** Field 2, `repeated Attribute attributes`. */
  attributes: Attribute[];
}

/**
 * `akash.base.resources.v1beta4.Endpoint.Kind` (`endpoint.proto`): `SHARED_HTTP` = 0,
 * `RANDOM_PORT` = 1, `LEASED_IP` = 2.
 *
 * @example
 * const kind: EndpointKind = "LEASED_IP";
 */
export type EndpointKind = "SHARED_HTTP" | "RANDOM_PORT" | "LEASED_IP";

/**
 * An endpoint a resource unit needs. `akash/base/resources/v1beta4/endpoint.proto`:
 * 1 `kind` enum, 2 `sequence_number` uint32.
 *
 * @example
 * const ip: Endpoint = { kind: "LEASED_IP", sequenceNumber: 1 };
 */
export interface Endpoint {
  /** Field 1, `Kind kind` (0, `SHARED_HTTP`, is not written). */
  kind: EndpointKind;
  /** Field 2, `uint32 sequence_number` (IP lease number; 0 otherwise). */
  sequenceNumber: number;
}

/**
 * The resources of one unit. `akash/base/resources/v1beta4/resources.proto`: 1 `id` uint32,
 * 2 `cpu`, 3 `memory`, 5 `gpu` (nullable: written only when present), 4 `storage`,
 * 6 `endpoints` (repeated; every element written, an empty `Endpoint` as `32 00`).
 *
 * @example
 * const resources: Resources = {
 *   id: 1,
 *   cpu: { units: { val: 100n }, attributes: [] },
 *   memory: { quantity: { val: 134217728n }, attributes: [] },
 *   storage: [{ name: "default", quantity: { val: 536870912n }, attributes: [] }],
 *   gpu: { units: { val: 0n }, attributes: [] },
 *   endpoints: [{ kind: "SHARED_HTTP", sequenceNumber: 0 }],
 * };
 */
export interface Resources {
  /** Field 1, `uint32 id` (1..n within the group). */
  id: number;
  /** Field 2, `CPU cpu` (nullable). */
  cpu?: CPU | undefined;
  /** Field 3, `Memory memory` (nullable). */
  memory?: Memory | undefined;
  /** Field 4, `repeated Storage storage`. */
  storage: Storage[];
  /** Field 5, `GPU gpu` (nullable). */
  gpu?: GPU | undefined;
  /** Field 6, `repeated Endpoint endpoints`. */
  endpoints: Endpoint[];
}

/**
 * A decimal coin, `cosmos.base.v1beta1.DecCoin`: 1 `denom`, 2 `amount` (gogoproto customtype
 * `LegacyDec`, non-nullable, always written as the integer atomics × 10^18 in ASCII).
 *
 * @example
 * const price: DecCoin = { denom: "uakt", amount: "10.000000000000000000" };
 */
export interface DecCoin {
  /** Field 1, `string denom`. */
  denom: string;
  /** Field 2, a decimal with at most 18 fraction digits (`"10"`, `"0.5"`, `"10.000000000000000000"`). */
  amount: string;
}

/**
 * An integer coin, `cosmos.base.v1beta1.Coin`: 1 `denom`, 2 `amount` (gogoproto customtype
 * `math.Int`, non-nullable, always written).
 *
 * @example
 * const deposit: Coin = { denom: "uact", amount: "5000000" };
 */
export interface Coin {
  /** Field 1, `string denom`. */
  denom: string;
  /** Field 2, the integer amount as decimal digits. */
  amount: string;
}

/**
 * One resource unit of a group. `akash/deployment/v1beta4/resourceunit.proto` (same layout in
 * v1beta3): 1 `resource` (non-nullable, embedded), 2 `count` uint32, 3 `price` DecCoin (non-nullable).
 *
 * @example
 * const unit: ResourceUnit = { resource: { id: 1, storage: [], endpoints: [] }, count: 1, price: { denom: "uakt", amount: "100" } };
 */
export interface ResourceUnit {
  /** Field 1, `Resources resource`. */
  resource: Resources;
  /** Field 2, `uint32 count` (replicas). */
  count: number;
  /** Field 3, `DecCoin price` (maximum price per block). */
  price: DecCoin;
}

/**
 * A deployment group. `akash/deployment/v1beta4/groupspec.proto` (same layout in v1beta3):
 * 1 `name`, 2 `requirements` (non-nullable), 3 `resources`.
 *
 * @example
 * const group: GroupSpec = { name: "westcoast", requirements: { signedBy: { allOf: [], anyOf: [] }, attributes: [] }, resources: [] };
 */
export interface GroupSpec {
  /** Field 1, `string name` (the placement name). */
  name: string;
  /** Field 2, `PlacementRequirements requirements`. */
  requirements: PlacementRequirements;
  /** Field 3, `repeated ResourceUnit resources`. */
  resources: ResourceUnit[];
}

/**
 * A v1beta5 resource unit: as {@link ResourceUnit} but field 3 is `repeated DecCoin prices`
 * (`akash/deployment/v1beta5/resourceunit.proto`).
 *
 * @example
 * const unit: ResourceUnitV1beta5 = { resource: { id: 1, storage: [], endpoints: [] }, count: 1, prices: [{ denom: "uact", amount: "100" }] };
 */
export interface ResourceUnitV1beta5 {
  /** Field 1, `Resources resource`. */
  resource: Resources;
  /** Field 2, `uint32 count`. */
  count: number;
  /** Field 3, `repeated DecCoin prices`, one per accepted denom. */
  prices: DecCoin[];
}

/**
 * A v1beta5 group (`akash/deployment/v1beta5/groupspec.proto`): resources carry `prices`.
 *
 * @example
 * const group: GroupSpecV1beta5 = { name: "dcloud", requirements: { signedBy: { allOf: [], anyOf: [] }, attributes: [] }, resources: [] };
 */
export interface GroupSpecV1beta5 {
  /** Field 1, `string name`. */
  name: string;
  /** Field 2, `PlacementRequirements requirements`. */
  requirements: PlacementRequirements;
  /** Field 3, `repeated ResourceUnit resources` (v1beta5 units). */
  resources: ResourceUnitV1beta5[];
}

export type {
  DeploymentID,
  DeploymentReclamation,
  Deposit,
  DepositSource,
  Duration,
  MsgCloseDeployment,
  MsgCreateDeployment,
  MsgCreateDeploymentV1beta3,
  MsgCreateDeploymentV1beta5,
  MsgUpdateDeployment,
  MsgUpdateDeploymentV1beta3,
} from "./message-types.js";
