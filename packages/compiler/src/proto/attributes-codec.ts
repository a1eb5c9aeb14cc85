/**
 * Codecs of `akash/base/attributes/v1/attribute.proto` (chain-sdk
 * `55f1c6837f99b17f103c4e8701f24305bd1eef9a`). `akash.base.v1beta3` uses the same field numbers,
 * so the same bytes serve v1beta3 messages.
 */
import { defineMessage, type MessageCodec } from "./codec.js";
import type { Attribute, PlacementRequirements, SignedBy } from "./types.js";

/**
 * `akash.base.attributes.v1.Attribute`: 1 `key`, 2 `value`.
 *
 * @example
 * AttributeCodec.encode({ key: "region", value: "us-west" }).finish();
 */
export const AttributeCodec: MessageCodec<Attribute> = defineMessage<Attribute>("akash.base.attributes.v1.Attribute", [
  { no: 1, name: "key", kind: "string" },
  { no: 2, name: "value", kind: "string" },
]);

/**
 * `akash.base.attributes.v1.SignedBy`: 1 `all_of`, 2 `any_of` (repeated string).
 *
 * @example
 * SignedByCodec.encode({ allOf: ["akash1…"], anyOf: [] }).finish();
 */
export const SignedByCodec: MessageCodec<SignedBy> = defineMessage<SignedBy>("akash.base.attributes.v1.SignedBy", [
  { no: 1, name: "allOf", kind: "string", repeated: true },
  { no: 2, name: "anyOf", kind: "string", repeated: true },
]);

/**
 * `akash.base.attributes.v1.PlacementRequirements`: 1 `signed_by` (nullable=false, so always
 * written, `0a 00` when empty), 2 `attributes`.
 *
 * @example
 * PlacementRequirementsCodec.encode(PlacementRequirementsCodec.fromPartial({})).finish(); // 0a 00
 */
export const PlacementRequirementsCodec: MessageCodec<PlacementRequirements> = defineMessage<PlacementRequirements>(
  "akash.base.attributes.v1.PlacementRequirements",
  [
    { no: 1, name: "signedBy", kind: "message", codec: SignedByCodec, nullable: false },
    { no: 2, name: "attributes", kind: "message", codec: AttributeCodec, repeated: true },
  ],
);
