const PREFIXES = "KMGTPE";
const POWERS: Readonly<Record<string, string>> = { K: "10", M: "20", G: "30", T: "40", P: "50", E: "60" };
const DECIMAL: Readonly<Record<string, string>> = { K: "3", M: "6", G: "9", T: "12", P: "15", E: "18" };

/**
 * Suggests the accepted suffix for a mistyped size unit (`GiB`, `GB`, `gi`, `K`, `Kb`, `m` …).
 * With `binaryOnly` (GPU memory) only the `Xi` forms are suggested. Returns `undefined` when the
 * unit does not look like a size prefix at all.
 *
 * @example
 * sizeSuffixHint("GiB", false); // "did you mean 'Gi'?"
 */
export function sizeSuffixHint(unit: string, binaryOnly: boolean): string | undefined {
  if (unit === "B" || unit === "b") return "drop the 'B': a plain number is a count of bytes";
  let u = unit;
  if (u.length >= 2 && (u.endsWith("B") || u.endsWith("b"))) u = u.slice(0, -1);
  const letter = u.charAt(0).toUpperCase();
  const rest = u.slice(1);
  if (!PREFIXES.includes(letter) || letter === "" || (rest !== "" && rest.toLowerCase() !== "i")) return undefined;
  const binary = `${letter}i`;
  if (binaryOnly || rest !== "") return `did you mean '${binary}'?`;
  const decimal = letter === "K" ? "k" : letter;
  return `did you mean '${binary}' (2^${POWERS[letter] ?? ""} bytes) or '${decimal}' (10^${DECIMAL[letter] ?? ""} bytes)?`;
}
