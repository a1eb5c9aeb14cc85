/**
 * SHA-256 (FIPS 180-4) in one function over a reused buffer: the version hash's only hashing
 * need, written for it. Measured on the corpus's sorted manifests (421 strings, 607 KB): about
 * 0.75× the time of `@noble/hashes`' `sha256` with the same UTF-8 bytes, and ~4 KB smaller
 * minified; docs/decisions/noble-hashes.md has the numbers. Browser-safe, synchronous.
 */

// Room the padding needs after the message: 0x80, up to 63 zero bytes, the 8-byte length.
const PADDING = 72;
// The buffer messages are copied to (and padded in), reused between calls; kept only up to
// 1 MiB so one huge manifest does not pin its buffer.
const MAX_SCRATCH = 1 << 20;
let scratch = new Uint8Array(1 << 16);

/**
 * A reusable buffer of at least `size + 72` bytes (room for the padding {@link sha256Prefix}
 * writes after the message). The buffer is shared: valid until the next call.
 *
 * @example
 * const buffer = sha256Scratch(text.length * 3);
 */
export function sha256Scratch(size: number): Uint8Array {
  const need = size + PADDING;
  if (need <= scratch.length) return scratch;
  const bytes = new Uint8Array(need);
  if (need <= MAX_SCRATCH) scratch = bytes;
  return bytes;
}

/**
 * SHA-256 of `buffer[0, length)`. Pads in place: `buffer` must hold `length + 72` bytes, and the
 * bytes after `length` are overwritten (use {@link sha256Scratch}).
 *
 * @example
 * const buffer = sha256Scratch(3);
 * buffer.set([0x61, 0x62, 0x63]);
 * sha256Prefix(buffer, 3); // ba7816bf… ("abc")
 */
export const sha256Prefix: (buffer: Uint8Array, length: number) => Uint8Array = /* @__PURE__ */ (() => {
  // K and W are constants of this closure, not module-level: bundlers (esbuild, which also builds
  // the CLI) turn a module's top-level `const` into `var`, and V8 then reloads and re-checks the
  // typed arrays in the rounds — measured 0.77× vs 0.93× of noble's time for the same code.
  // The round constants: the first 32 bits of the fractional parts of the cube roots of the first
  // 64 primes (FIPS 180-4 §4.2.2), as signed 32-bit words — computed rather than written out (fewer
  // bytes); each is floor(cbrt(p) · 2^32) made exact with integer cubes.
  const K = new Int32Array(64);
  for (let n = 0, p = 2; n < 64; p++) {
    let d = 2;
    while (d * d <= p && p % d !== 0) d++;
    if (d * d <= p) continue;
    const cube = BigInt(p) << 96n;
    let x = BigInt(Math.floor(Math.cbrt(p) * 2 ** 32));
    while (x ** 3n > cube) x--;
    while ((x + 1n) ** 3n <= cube) x++;
    K[n++] = Number(BigInt.asIntN(32, x));
  }
  // The message schedule's 16-word window, reused by every block.
  const W = new Int32Array(16);
  return function sha256Prefix(buffer: Uint8Array, length: number): Uint8Array {
    const total = (((length + 8) >>> 6) + 1) << 6;
    buffer[length] = 0x80;
    buffer.fill(0, length + 1, total - 8);
    // The length in bits, big-endian: (length * 8) split into its high and low 32 bits.
    const high = Math.floor(length / 0x20000000);
    const low = length << 3;
    buffer[total - 8] = high >>> 24;
    buffer[total - 7] = high >>> 16;
    buffer[total - 6] = high >>> 8;
    buffer[total - 5] = high;
    buffer[total - 4] = low >>> 24;
    buffer[total - 3] = low >>> 16;
    buffer[total - 2] = low >>> 8;
    buffer[total - 1] = low;
    let h0 = 0x6a09e667;
    let h1 = 0xbb67ae85 | 0;
    let h2 = 0x3c6ef372;
    let h3 = 0xa54ff53a | 0;
    let h4 = 0x510e527f;
    let h5 = 0x9b05688c | 0;
    let h6 = 0x1f83d9ab;
    let h7 = 0x5be0cd19;
    for (let p = 0; p < total; p += 64) {
      // The schedule's first 16 words are the block read big-endian; the other 48 roll over a
      // 16-word window inside the rounds.
      for (let i = 0, q = p; i < 16; i++, q += 4)
        W[i] =
          ((buffer[q] as number) << 24) |
          ((buffer[q + 1] as number) << 16) |
          ((buffer[q + 2] as number) << 8) |
          (buffer[q + 3] as number);
      let a = h0;
      let b = h1;
      let c = h2;
      let d = h3;
      let e = h4;
      let f = h5;
      let g = h6;
      let h = h7;
      for (let i = 0; i < 64; i++) {
        let w: number;
        if (i < 16) w = W[i] as number;
        else {
          const x = W[(i - 15) & 15] as number;
          const y = W[(i - 2) & 15] as number;
          const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
          const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
          w = (s1 + (W[(i - 7) & 15] as number) + s0 + (W[i & 15] as number)) | 0;
          W[i & 15] = w;
        }
        const t1 =
          (h +
            (((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))) +
            (g ^ (e & (f ^ g))) +
            (K[i] as number) +
            w) |
          0;
        const t2 =
          ((((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))) +
            ((a & b) | (c & (a | b)))) |
          0;
        h = g;
        g = f;
        f = e;
        e = (d + t1) | 0;
        d = c;
        c = b;
        b = a;
        a = (t1 + t2) | 0;
      }
      h0 = (h0 + a) | 0;
      h1 = (h1 + b) | 0;
      h2 = (h2 + c) | 0;
      h3 = (h3 + d) | 0;
      h4 = (h4 + e) | 0;
      h5 = (h5 + f) | 0;
      h6 = (h6 + g) | 0;
      h7 = (h7 + h) | 0;
    }
    const out = new Uint8Array(32);
    const words = [h0, h1, h2, h3, h4, h5, h6, h7];
    for (let i = 0; i < 8; i++) {
      const v = words[i] as number;
      out[4 * i] = v >>> 24;
      out[4 * i + 1] = v >>> 16;
      out[4 * i + 2] = v >>> 8;
      out[4 * i + 3] = v;
    }
    return out;
  };
})();
