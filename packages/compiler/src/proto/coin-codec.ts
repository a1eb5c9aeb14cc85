/**
 * Codecs of cosmos-sdk `proto/cosmos/base/v1beta1/coin.proto`. Both amounts are gogoproto custom
 * types with `nullable=false`, which gogo always marshals (even zero): `Coin.amount` is a
 * `math.Int` (decimal digits), `DecCoin.amount` a `LegacyDec` written as its 18-decimal atomics.
 */
import { defineMessage, type MessageCodec } from "./codec.js";
import type { Coin, DecCoin } from "./types.js";

/**
 * `cosmos.base.v1beta1.Coin`: 1 `denom`, 2 `amount` (integer string, always written).
 *
 * @example
 * CoinCodec.encode({ denom: "uact", amount: "5000000" }).finish();
 */
export const CoinCodec: MessageCodec<Coin> = defineMessage<Coin>("cosmos.base.v1beta1.Coin", [
  { no: 1, name: "denom", kind: "string" },
  { no: 2, name: "amount", kind: "intString" },
]);

/**
 * `cosmos.base.v1beta1.DecCoin`: 1 `denom`, 2 `amount` (`"10"` is written as
 * `"10000000000000000000"`; decoded as `"10.000000000000000000"`).
 *
 * @example
 * DecCoinCodec.encode({ denom: "uakt", amount: "10" }).finish();
 */
export const DecCoinCodec: MessageCodec<DecCoin> = defineMessage<DecCoin>("cosmos.base.v1beta1.DecCoin", [
  { no: 1, name: "denom", kind: "string" },
  { no: 2, name: "amount", kind: "dec" },
]);
