/**
 * Group specs as Go's `json.Marshal(DeploymentGroups())` writes them — the shape of the Go
 * fixtures' `group-specs.json` (SDL-SPEC §7.1): snake_case requirement keys, `null` for empty
 * `attributes` and for `all_of` / `any_of` that the SDL leaves out or null (Go's nil slices) but
 * `[]` for an explicit empty list (yaml.v3 decodes `allOf: []` to a non-nil empty slice), prices
 * as the 18-decimal strings Go prints.
 */
import type { GoJsonValue } from "../go/go-json.js";
import type { GroupSpec } from "../proto/types.js";
import { isNonNilList } from "./explicit-empty-list.js";
import { attributesJson, resourcesJson } from "./manifest-json.js";

// Go's nil slice is `null`, a non-nil one (even empty: `signedBy: {allOf: []}`) a list.
const orNull = (l: readonly string[]): GoJsonValue => (isNonNilList(l) ? [...l] : null);

/**
 * The group specs as an ordered JSON value equal to Go's `group-specs.json`.
 *
 * @example
 * goJsonMarshal(groupSpecsJson(groups), "  ");
 */
export function groupSpecsJson(groups: readonly GroupSpec[]): GoJsonValue {
  return groups.map((g) => ({
    name: g.name,
    requirements: {
      signed_by: { all_of: orNull(g.requirements.signedBy.allOf), any_of: orNull(g.requirements.signedBy.anyOf) },
      attributes: g.requirements.attributes.length === 0 ? null : attributesJson(g.requirements.attributes),
    },
    resources: g.resources.map((u) => ({
      resource: resourcesJson(u.resource),
      count: u.count,
      price: { denom: u.price.denom, amount: u.price.amount },
    })),
  }));
}
