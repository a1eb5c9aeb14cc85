/**
 * Bytes in a GiB (2^30); every memory figure in plans is in GiB.
 *
 * @example
 * 16 * GIB; // 17179869184 bytes
 */
export const GIB: number = 2 ** 30;

/**
 * GiB of a byte count, rounded to 2 decimals.
 *
 * @example
 * toGiB(2 ** 31); // 2
 */
export function toGiB(bytes: number): number {
  return Math.round((bytes / GIB) * 100) / 100;
}

/**
 * A byte count as text: `14.96 GiB`, one decimal above 100 GiB.
 *
 * @example
 * formatGiB(16_060_522_496); // "14.96 GiB"
 */
export function formatGiB(bytes: number): string {
  const g = bytes / GIB;
  return `${g >= 100 ? g.toFixed(1) : g.toFixed(2)} GiB`;
}
