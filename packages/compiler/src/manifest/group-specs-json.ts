/**
 * Group specs as Go's `json.Marshal(DeploymentGroups())` writes them — the shape of the Go
 * fixtures' `group-specs.json` (SDL-SPEC §7.1): snake_case requirement keys, `null` for empty
 * `all_of` / `any_of` / `attributes`, prices as the 18-decimal strings Go prints.
 */
import type { GoJsonValue } from "../go/go-json.js";
import type { GroupSpec } from "../proto/types.js";
import { attributesJson, resourcesJson } from "./manifest-json.js";

const orNull = (l: readonly string[]): GoJsonValue => (l.length === 0 ? null : [...l]);

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
