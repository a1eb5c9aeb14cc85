/**
 * The manifest version hash (SDL-SPEC §6.2): SHA-256 over Go's `SortJSON` of the marshalled
 * manifest. Synchronous and browser-safe (`@noble/hashes`).
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { goJsonMarshal, goSortJson } from "../go/go-json.js";
import { manifestJson } from "../manifest/manifest-json.js";
import type { Manifest } from "../manifest/manifest-types.js";

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
  return goSortJson(manifestJson(manifest));
}

/**
 * The 32-byte manifest version (`MsgCreateDeployment.hash`).
 *
 * @example
 * manifestVersion(manifest).length; // 32
 */
export function manifestVersion(manifest: Manifest): Uint8Array {
  return sha256(utf8ToBytes(manifestToSortedJson(manifest)));
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
