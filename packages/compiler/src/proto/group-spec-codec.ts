/**
 * Codecs of the group messages: `akash/deployment/v1beta4/{resourceunit,groupspec}.proto` (same
 * wire layout as v1beta3) and `akash/deployment/v1beta5/{resourceunit,groupspec}.proto`, where the
 * unit's field 3 becomes `repeated DecCoin prices` (chain-sdk `55f1c6837f99b17f103c4e8701f24305bd1eef9a`).
 */
import { PlacementRequirementsCodec } from "./attributes-codec.js";
import { DecCoinCodec } from "./coin-codec.js";
import { defineMessage, type MessageCodec } from "./codec.js";
import { ResourcesCodec } from "./resources-codec.js";
import type { GroupSpec, GroupSpecV1beta5, ResourceUnit, ResourceUnitV1beta5 } from "./types.js";

/**
 * `akash.deployment.v1beta4.ResourceUnit`: 1 `resource` (nullable=false), 2 `count`, 3 `price`
 * (nullable=false).
 *
 * @example
 * ResourceUnitCodec.encode({ resource: { id: 1, storage: [], endpoints: [] }, count: 1, price: { denom: "uakt", amount: "1" } }).finish();
 */
export const ResourceUnitCodec: MessageCodec<ResourceUnit> = defineMessage<ResourceUnit>(
  "akash.deployment.v1beta4.ResourceUnit",
  [
    { no: 1, name: "resource", kind: "message", codec: ResourcesCodec, nullable: false },
    { no: 2, name: "count", kind: "uint32" },
    { no: 3, name: "price", kind: "message", codec: DecCoinCodec, nullable: false },
  ],
);

/**
 * `akash.deployment.v1beta4.GroupSpec`: 1 `name`, 2 `requirements` (nullable=false), 3 `resources`.
 *
 * @example
 * const bytes = GroupSpecCodec.encode(group).finish();
 */
export const GroupSpecCodec: MessageCodec<GroupSpec> = defineMessage<GroupSpec>("akash.deployment.v1beta4.GroupSpec", [
  { no: 1, name: "name", kind: "string" },
  { no: 2, name: "requirements", kind: "message", codec: PlacementRequirementsCodec, nullable: false },
  { no: 3, name: "resources", kind: "message", codec: ResourceUnitCodec, repeated: true },
]);

/**
 * `akash.deployment.v1beta5.ResourceUnit`: 1 `resource`, 2 `count`, 3 `prices` (repeated DecCoin).
 *
 * @example
 * ResourceUnitV1beta5Codec.encode({ resource: { id: 1, storage: [], endpoints: [] }, count: 1, prices: [] }).finish();
 */
export const ResourceUnitV1beta5Codec: MessageCodec<ResourceUnitV1beta5> = defineMessage<ResourceUnitV1beta5>(
  "akash.deployment.v1beta5.ResourceUnit",
  [
    { no: 1, name: "resource", kind: "message", codec: ResourcesCodec, nullable: false },
    { no: 2, name: "count", kind: "uint32" },
    { no: 3, name: "prices", kind: "message", codec: DecCoinCodec, repeated: true },
  ],
);

/**
 * `akash.deployment.v1beta5.GroupSpec`: as v1beta4 with v1beta5 resource units.
 *
 * @example
 * const bytes = GroupSpecV1beta5Codec.encode(group).finish();
 */
export const GroupSpecV1beta5Codec: MessageCodec<GroupSpecV1beta5> = defineMessage<GroupSpecV1beta5>(
  "akash.deployment.v1beta5.GroupSpec",
  [
    { no: 1, name: "name", kind: "string" },
    { no: 2, name: "requirements", kind: "message", codec: PlacementRequirementsCodec, nullable: false },
    { no: 3, name: "resources", kind: "message", codec: ResourceUnitV1beta5Codec, repeated: true },
  ],
);
