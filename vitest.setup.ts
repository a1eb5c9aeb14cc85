// Property tests (fast-check) run on one fixed seed, so a CI run is reproducible and a red run
// means a change broke something. `FC_SEED=<n>` picks another seed; `FC_SEED=random` explores
// (fast-check prints the seed of any failure, to replay with `FC_SEED=<seed>`).
import fc from "fast-check";

const DEFAULT_SEED = 20_261_206;
const raw = process.env.FC_SEED;
if (raw !== "random") fc.configureGlobal({ seed: raw === undefined || raw === "" ? DEFAULT_SEED : Number(raw) });
