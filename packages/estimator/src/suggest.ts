// "Did you mean" helpers: the one implementation lives in @akash-sdl/core (shared with the
// document builder, the validator and the CLI); re-exported here for the estimator's own API.
export { closestNames, didYouMean, editDistance } from "@akash-sdl/core";
