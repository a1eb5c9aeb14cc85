import type { DecAmount } from "../scalars/dec-amount.js";
import { keyNamesAt } from "../keys/sdl-key-table.js";
import { parseDenom } from "../scalars/parse-denom.js";
import { parsePriceAmount } from "../scalars/parse-price-amount.js";
import type { BuildContext } from "./build-context.js";
import type { LeafSite } from "./decode-leaf.js";
import { decodeString } from "./decode-leaf.js";
import { decodeStringWith } from "./decode-quantity.js";
import { readNamedMap, readStringList } from "./read-collections.js";
import { readStruct } from "./read-struct.js";
import { reportMissing } from "./report-missing.js";
import type { SdlKey, SdlMap } from "./sdl-node.js";
import type { SdlPlacementProfile, SdlPrice, SdlSignedBy } from "./sdl-profiles.js";

const PLACEMENT_KEYS = keyNamesAt("profiles.placement.*");
const SIGNED_BY_KEYS = keyNamesAt("profiles.placement.*.signedBy");
const PRICE_KEYS = keyNamesAt("profiles.placement.*.pricing.*");

/**
 * Builds `profiles.placement` (Go: `map[string]v2ProfilePlacement`). Attributes are Go's raw
 * scalar texts (`01` stays `"01"`, `1.0` stays `"1.0"`), in source order; `signedBy` has the
 * camelCase `allOf`/`anyOf` lists; `pricing` maps compute profiles to prices.
 *
 * @example
 * buildPlacementProfiles(ctx, { node, keySpan, path: ["profiles", "placement"] });
 */
export function buildPlacementProfiles(ctx: BuildContext, site: LeafSite): SdlMap<SdlPlacementProfile> | undefined {
  return readNamedMap(ctx, site, (entry, name) => buildPlacement(ctx, entry, name));
}

function buildPlacement(ctx: BuildContext, site: LeafSite, name: SdlKey): SdlPlacementProfile | undefined {
  const view = readStruct(ctx, site, PLACEMENT_KEYS, "ignore");
  if (view === undefined) return undefined;
  const attributesSite = view.field("attributes");
  const signedBySite = view.field("signedBy");
  const pricingSite = view.field("pricing");
  const { node, span, path, isNull } = view.base;
  return {
    node,
    span,
    path,
    isNull,
    name,
    attributes:
      attributesSite === undefined
        ? undefined
        : readNamedMap(ctx, attributesSite, (entry) => decodeString(ctx, entry, { schemaAllowsScalars: true })),
    signedBy: signedBySite === undefined ? undefined : buildSignedBy(ctx, signedBySite),
    pricing: pricingSite === undefined ? undefined : readNamedMap(ctx, pricingSite, (entry) => buildPrice(ctx, entry)),
  };
}

function buildSignedBy(ctx: BuildContext, site: LeafSite): SdlSignedBy | undefined {
  const view = readStruct(ctx, site, SIGNED_BY_KEYS, "ignore");
  if (view === undefined) return undefined;
  const { node, span, path, isNull } = view.base;
  return {
    node,
    span,
    path,
    isNull,
    allOf: readStringList(ctx, view.field("allOf")),
    anyOf: readStringList(ctx, view.field("anyOf")),
  };
}

/**
 * One price (Go: `v2Coin`, decoded at read time for every placement, used or not): `amount` is
 * the raw text parsed as an 18-decimal LegacyDec (numbers are fine: the schema allows them);
 * a missing amount fails (`decimal string cannot be empty`) and a missing denom makes Go panic.
 */
function buildPrice(ctx: BuildContext, site: LeafSite): SdlPrice | undefined {
  const view = readStruct(ctx, site, PRICE_KEYS, "ignore");
  if (view === undefined) return undefined;
  const denomSite = view.field("denom");
  const amountSite = view.field("amount");
  const denom = denomSite === undefined ? undefined : decodeStringWith(ctx, denomSite, parseDenom, false);
  const amount =
    amountSite === undefined ? undefined : decodeStringWith<DecAmount>(ctx, amountSite, parsePriceAmount, true);
  if (denom === undefined || denom.isNull) {
    reportMissing(ctx, site, view, "denom", "error", "Go panics on a price without a valid denom.");
  }
  if (amount === undefined || amount.isNull) {
    reportMissing(ctx, site, view, "amount", "error", "Go fails with 'decimal string cannot be empty'.");
  }
  const { node, span, path, isNull } = view.base;
  return { node, span, path, isNull, denom, amount };
}
