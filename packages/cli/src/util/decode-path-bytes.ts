import { isUtf8 } from "node:buffer";
import { findInvalidUtf8 } from "./find-invalid-utf8.js";

const decoder = new TextDecoder("utf-8");

/**
 * Decodes a file name's bytes for people: valid UTF-8 as is, each byte that is not UTF-8 as
 * `\xNN` (so two different bad names never look the same, and nothing is printed raw).
 *
 * @example
 * decodePathBytes(Buffer.from([0x61, 0xff])); // { text: "a\\xff", valid: false }
 */
export function decodePathBytes(bytes: Uint8Array): { text: string; valid: boolean } {
  // Node's native check first: every name of a directory search goes through here.
  let bad = isUtf8(bytes) ? -1 : findInvalidUtf8(bytes);
  if (bad < 0) return { text: decoder.decode(bytes), valid: true };
  let text = "";
  let rest = bytes;
  while (bad >= 0) {
    text += `${decoder.decode(rest.subarray(0, bad))}\\x${(rest[bad] ?? 0).toString(16).padStart(2, "0")}`;
    rest = rest.subarray(bad + 1);
    bad = findInvalidUtf8(rest);
  }
  return { text: text + decoder.decode(rest), valid: false };
}
