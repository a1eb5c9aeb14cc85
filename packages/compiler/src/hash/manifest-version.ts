/**
 * The manifest version hash (SDL-SPEC §6.2): SHA-256 over Go's `SortJSON` of the marshalled
 * manifest. Synchronous and browser-safe (`@noble/hashes`).
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import { goJsonMarshal } from "../go/go-json.js";
import { manifestJson } from "../manifest/manifest-json.js";
import type { Manifest } from "../manifest/manifest-types.js";
import { sortedManifestJson } from "../manifest/sorted-manifest-json.js";

// The WHATWG encoder every supported runtime has (Node ≥ 11, browsers); declared here because
// the library is type-checked without DOM or Node types.
declare const TextEncoder: new () => {
  encodeInto(source: string, destination: Uint8Array): { read: number; written: number };
};
const UTF8 = new TextEncoder();
// Reused between calls (hashing is synchronous; UTF-8 takes at most 3 bytes per UTF-16 unit),
// kept only up to 1 MiB so one huge manifest does not pin its buffer.
const MAX_SCRATCH = 1 << 20;
let scratch = new Uint8Array(1 << 16);
// One hasher reused for every hash: `_cloneInto` (noble's `Hash` interface: "destination instance
// to reuse") resets it to the unused state of FRESH, so no hasher, block buffer or DataView is
// allocated per call; `digest()` still returns a fresh 32-byte array.
const FRESH = sha256.create();
const hasher = sha256.create();

/**
 * The JSON body providers receive (`json.Marshal(manifest)`, Go's field order and escaping);
 * `indent` gives `json.MarshalIndent` output.
 *
 * @example
 * manifestToJson(manifest).startsWith('[{"name":'); // true
 */
export function manifestToJson(manifest: Manifest, indent = ""): string {
  return goJsonMarshal(manifestJson(manifest), indent);
}

/**
 * The sorted, compact JSON whose SHA-256 is the version (`sdk.SortJSON`).
 *
 * @example
 * manifestToSortedJson(manifest).startsWith('[{"name":'); // true
 */
export function manifestToSortedJson(manifest: Manifest): string {
  return sortedManifestJson(manifest);
}

/**
 * The 32-byte manifest version (`MsgCreateDeployment.hash`).
 *
 * @example
 * manifestVersion(manifest).length; // 32
 */
export function manifestVersion(manifest: Manifest): Uint8Array {
  const json = sortedManifestJson(manifest);
  const need = json.length * 3;
  const bytes = need <= scratch.length ? scratch : new Uint8Array(need);
  if (bytes !== scratch && need <= MAX_SCRATCH) scratch = bytes;
  const { written } = UTF8.encodeInto(json, bytes);
  return FRESH._cloneInto(hasher).update(bytes.subarray(0, written)).digest();
}

/**
 * The manifest version as lowercase hex.
 *
 * @example
 * manifestVersionHex(manifest); // "8f8bac71…"
 */
export function manifestVersionHex(manifest: Manifest): string {
  return bytesToHex(manifestVersion(manifest));
}
