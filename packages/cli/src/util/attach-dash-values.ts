/**
 * Rewrites `--name -1` (a string option followed by a value that starts with a dash but is not
 * one of the command's options) into `--name=-1`, and `-x -1` into `--long=-1`, so that Node's
 * strict `parseArgs` hands the value to the option's own check ("needs a whole number above 0")
 * instead of calling the argument "ambiguous". Everything else is returned unchanged; `--` ends
 * the rewriting.
 *
 * @example
 * attachDashValues(["--context", "-1"], { context: { type: "string" } }); // ["--context=-1"]
 */
export function attachDashValues(
  argv: readonly string[],
  options: Readonly<Record<string, { readonly type: "string" | "boolean"; readonly short?: string }>>,
): string[] {
  const longOf = new Map<string, string>();
  const known = new Set<string>();
  for (const [name, spec] of Object.entries(options)) {
    known.add(`--${name}`).add(`--no-${name}`);
    if (spec.short !== undefined) known.add(`-${spec.short}`);
    if (spec.type !== "string") continue;
    longOf.set(`--${name}`, name);
    if (spec.short !== undefined) longOf.set(`-${spec.short}`, name);
  }
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--") {
      out.push(...argv.slice(i));
      break;
    }
    const name = longOf.get(arg);
    const next = argv[i + 1];
    if (
      name !== undefined &&
      next !== undefined &&
      next !== "--" &&
      next.startsWith("-") &&
      !known.has(next.split("=")[0] ?? next)
    ) {
      out.push(`--${name}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}
