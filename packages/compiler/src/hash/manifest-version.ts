/**
 * The manifest version hash (SDL-SPEC §6.2): SHA-256 over Go's `SortJSON` of the marshalled
 * manifest. Synchronous and browser-safe (our own SHA-256, `sha256.ts`); a caller may pass
 * another SHA-256 function (e.g. `node:crypto`'s) — docs/decisions/noble-hashes.md.
 */
import { goJsonMarshal } from "../go/go-json.js";
import { manifestJson } from "../manifest/manifest-json.js";
import type { Manifest } from "../manifest/manifest-types.js";
import { sortedManifestJson } from "../manifest/sorted-manifest-json.js";
import { sha256Prefix, sha256Scratch } from "./sha256.js";

// The WHATWG encoder every supported runtime has (Node ≥ 11, browsers); declared here because
// the library is type-checked without DOM or Node types.
declare const TextEncoder: new () => {
  encodeInto(source: string, destination: Uint8Array): { read: number; written: number };
};
const UTF8 = new TextEncoder();

/**
 * A SHA-256 function: the 32-byte digest of `data`. `data` is a view of a reused buffer, valid
 * only during the call. In Node, `(data) => createHash("sha256").update(data).digest()`.
 *
 * @example
 * const nodeSha256: Sha256 = (data) => createHash("sha256").update(data).digest();
 */
export type Sha256 = (data: Uint8Array) => Uint8Array;

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
 * The 32-byte manifest version (`MsgCreateDeployment.hash`). `sha256` replaces the built-in
 * SHA-256 (same digest; `node:crypto`'s is faster in Node).
 *
 * @example
 * manifestVersion(manifest).length; // 32
 */
export function manifestVersion(manifest: Manifest, sha256?: Sha256): Uint8Array {
  const json = sortedManifestJson(manifest);
  // UTF-8 takes at most 3 bytes per UTF-16 unit.
  const bytes = sha256Scratch(json.length * 3);
  const { written } = UTF8.encodeInto(json, bytes);
  if (sha256 === undefined) return sha256Prefix(bytes, written);
  const digest = sha256(bytes.subarray(0, written));
  // A plain Uint8Array whatever the function returns (Node's Buffer is a subclass).
  return Object.getPrototypeOf(digest) === Uint8Array.prototype ? digest : new Uint8Array(digest);
}

const HEX = "0123456789abcdef";

/**
 * The manifest version as lowercase hex.
 *
 * @example
 * manifestVersionHex(manifest); // "8f8bac71…"
 */
export function manifestVersionHex(manifest: Manifest, sha256?: Sha256): string {
  const version = manifestVersion(manifest, sha256);
  let out = "";
  for (let i = 0; i < version.length; i++) {
    const b = version[i] as number;
    out += (HEX[b >> 4] as string) + (HEX[b & 15] as string);
  }
  return out;
}
