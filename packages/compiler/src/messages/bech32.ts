/**
 * A minimal bech32 (BIP-173) reader, enough to check an account address the way the chain's
 * `sdk.AccAddressFromBech32` does: valid checksum, the expected human-readable prefix, and a
 * non-empty payload of at most 255 bytes (cosmos-sdk `VerifyAddressFormat`).
 */

const CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
const GENERATORS = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function polymod(values: readonly number[]): number {
  let chk = 1;
  for (const value of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ value;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GENERATORS[i] ?? 0;
  }
  return chk >>> 0;
}

function expandPrefix(prefix: string): number[] {
  const out: number[] = [];
  for (const ch of prefix) out.push(ch.charCodeAt(0) >>> 5);
  out.push(0);
  for (const ch of prefix) out.push(ch.charCodeAt(0) & 31);
  return out;
}

/**
 * Decodes a bech32 string to its prefix and payload bytes, or `undefined` when the string is not
 * valid bech32 (mixed case, bad characters, bad checksum, bad padding).
 *
 * @example
 * decodeBech32("akash1qy352eufqy352eufqy352eufqy352eufyqkf5h")?.prefix; // "akash"
 */
export function decodeBech32(text: string): { prefix: string; data: Uint8Array } | undefined {
  if (text !== text.toLowerCase() && text !== text.toUpperCase()) return undefined;
  const lower = text.toLowerCase();
  const sep = lower.lastIndexOf("1");
  if (sep < 1 || sep + 7 > lower.length) return undefined;
  const prefix = lower.slice(0, sep);
  for (const ch of prefix) {
    const code = ch.charCodeAt(0);
    if (code < 33 || code > 126) return undefined;
  }
  const words: number[] = [];
  for (const ch of lower.slice(sep + 1)) {
    const word = CHARSET.indexOf(ch);
    if (word < 0) return undefined;
    words.push(word);
  }
  if (polymod([...expandPrefix(prefix), ...words]) !== 1) return undefined;
  // 5-bit words (without the 6 checksum words) → bytes
  const bytes: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const word of words.slice(0, -6)) {
    acc = ((acc << 5) | word) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((acc >>> bits) & 0xff);
    }
  }
  if (bits >= 5 || (acc & ((1 << bits) - 1)) !== 0) return undefined;
  return { prefix, data: Uint8Array.from(bytes) };
}

/**
 * True when `address` is a bech32 account address with the given prefix (default `akash`) and a
 * 1–255 byte payload, as the chain's `DeploymentID.Validate` requires of the owner.
 *
 * @example
 * isAccountAddress("akash1qy352eufqy352eufqy352eufqy352eufyqkf5h"); // true
 */
export function isAccountAddress(address: string, prefix = "akash"): boolean {
  const decoded = decodeBech32(address);
  return decoded !== undefined && decoded.prefix === prefix && decoded.data.length > 0 && decoded.data.length <= 255;
}
