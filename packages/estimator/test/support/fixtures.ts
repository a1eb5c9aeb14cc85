import { GPUS, MODELS, findModel, type GpuSpec, type ModelSpec } from "@akash-sdl/catalog";
import { buildProfile, paramParts, type ModelProfile, type ParamParts } from "../../src/index.js";

export const GIB = 2 ** 30;

/** A catalogue model by id or alias; fails the test when missing. */
export function spec(id: string): ModelSpec {
  const m = findModel(id) ?? MODELS.find((x) => x.id === id);
  if (!m) throw new Error(`test fixture: model ${id} not in the catalogue`);
  return m;
}

/** The estimator's profile and parameter split of a catalogue model. */
export function model(id: string): { profile: ModelProfile; parts: ParamParts } {
  const built = buildProfile(spec(id));
  if (!built.profile) throw new Error(`test fixture: no profile for ${id}: ${built.missing.join(", ")}`);
  return { profile: built.profile, parts: paramParts(built.profile) };
}

/** A catalogue GPU SKU; fails the test when missing. */
export function gpu(name: string, ramGiB: number, iface: "sxm" | "pcie"): GpuSpec {
  const g = GPUS.find((x) => x.model === name && x.ramGiB === ramGiB && x.interface === iface);
  if (!g) throw new Error(`test fixture: GPU ${name} ${ramGiB} ${iface} not in the catalogue`);
  return g;
}

/** Relative difference |a − b| / b. */
export function rel(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}
