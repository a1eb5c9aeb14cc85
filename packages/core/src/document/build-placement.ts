import type { DecAmount } from "../scalars/dec-amount.js";
import { keyNamesAt } from "../keys/sdl-key-table.js";
import { parseDenom } from "../scalars/parse-denom.js";
import { parsePriceAmount } from "../scalars/parse-price-amount.js";
import type { BuildContext } from "./build-context.js";
import type { Span } from "../text/span.js";
import type { YamlNode } from "../tree/yaml-node.js";
import { decodeString } from "./decode-leaf.js";
import { decodeStringWith } from "./decode-quantity.js";
import { readNamedMap, readStringList } from "./read-collections.js";
import { readField, readStruct } from "./read-struct.js";
import { reportMissingIn } from "./report-missing.js";
import type { SdlKey, SdlMap, SdlPath, SdlScalar } from "./sdl-node.js";
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
 * buildPlacementProfiles(ctx, pair.value, pair.key.span, ["profiles", "placement"]);
 */
export function buildPlacementProfiles(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  path: SdlPath,
): SdlMap<SdlPlacementProfile> | undefined {
  return readNamedMap(ctx, valueNode, keySpan, path, buildPlacement, undefined);
}

function buildPlacement(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  sitePath: SdlPath,
  _arg: undefined,
  name: SdlKey,
): SdlPlacementProfile | undefined {
  const view = readStruct(ctx, valueNode, keySpan, sitePath, PLACEMENT_KEYS, "ignore");
  if (view === undefined) return undefined;
  const { node, span, path, isNull } = view;
  return {
    node,
    span,
    path,
    isNull,
    name,
    attributes: readField(ctx, view, "attributes", readAttributes, undefined),
    signedBy: readField(ctx, view, "signedBy", buildSignedBy, undefined),
    pricing: readField(ctx, view, "pricing", readPricing, undefined),
  };
}

/** Placement attributes: Go's raw scalar texts (numbers and booleans are fine: the schema allows them). */
function readAttributes(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  path: SdlPath,
): SdlMap<SdlScalar<string>> | undefined {
  return readNamedMap(ctx, valueNode, keySpan, path, decodeString, true);
}

function readPricing(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  path: SdlPath,
): SdlMap<SdlPrice> | undefined {
  return readNamedMap(ctx, valueNode, keySpan, path, buildPrice, undefined);
}

function buildSignedBy(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  sitePath: SdlPath,
): SdlSignedBy | undefined {
  const view = readStruct(ctx, valueNode, keySpan, sitePath, SIGNED_BY_KEYS, "ignore");
  if (view === undefined) return undefined;
  const { node, span, path, isNull } = view;
  return {
    node,
    span,
    path,
    isNull,
    allOf: readField(ctx, view, "allOf", readStringList, undefined),
    anyOf: readField(ctx, view, "anyOf", readStringList, undefined),
  };
}

/**
 * One price (Go: `v2Coin`, decoded at read time for every placement, used or not): `amount` is
 * the raw text parsed as an 18-decimal LegacyDec (numbers are fine: the schema allows them);
 * a missing amount fails (`decimal string cannot be empty`) and a missing denom makes Go panic.
 */
function buildPrice(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  sitePath: SdlPath,
): SdlPrice | undefined {
  const view = readStruct(ctx, valueNode, keySpan, sitePath, PRICE_KEYS, "ignore");
  if (view === undefined) return undefined;
  const denom = readField(ctx, view, "denom", decodeDenom, undefined);
  const amount = readField(ctx, view, "amount", decodeAmount, undefined);
  if (denom === undefined || denom.isNull) {
    reportMissingIn(ctx, view, "denom", "error", "Go panics on a price without a valid denom.");
  }
  if (amount === undefined || amount.isNull) {
    reportMissingIn(ctx, view, "amount", "error", "Go fails with 'decimal string cannot be empty'.");
  }
  const { node, span, path, isNull } = view;
  return { node, span, path, isNull, denom, amount };
}

function decodeDenom(ctx: BuildContext, valueNode: YamlNode | null, keySpan: Span, path: SdlPath): SdlScalar<string> {
  return decodeStringWith(ctx, valueNode, keySpan, path, parseDenom, false);
}

function decodeAmount(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  path: SdlPath,
): SdlScalar<DecAmount> {
  return decodeStringWith<DecAmount>(ctx, valueNode, keySpan, path, parsePriceAmount, true);
}
