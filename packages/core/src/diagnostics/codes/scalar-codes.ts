/**
 * Diagnostic codes of the `scalar/` family: problems inside one scalar value (CPU, sizes, GPU
 * units and memory, prices, denoms, durations, image references, versions). Each grammar follows
 * Go's parser; Go's own error text travels in `data.goMessage` where the SDL spec gives it.
 *
 * @example
 * SCALAR_CODES["scalar/invalid-cpu"]?.severity; // "error"
 */
export const SCALAR_CODES = {
  "scalar/invalid-cpu": {
    severity: "error",
    title: "Invalid CPU value",
    description:
      "CPU units are a number of cores parsed as a Go float ('0.5', '2') or whole millicpu ending in 'm' ('500m'). Fractions of millicpu ('1.5m'), other units and spaces are rejected by Go.",
  },
  "scalar/invalid-size": {
    severity: "error",
    title: "Invalid size",
    description:
      "A memory, storage or GPU memory size must be a number (Go ParseFloat syntax) with an optional suffix and no spaces, e.g. '512Mi' or '1.5Gi'.",
  },
  "scalar/invalid-size-suffix": {
    severity: "error",
    refusedBy: { go: true, console: false },
    title: "Unknown size suffix",
    description:
      "Size suffixes are case-sensitive: k, Ki, M, Mi, G, Gi, T, Ti, P, Pi, E, Ei (GPU memory: only the binary Ki…Ei). 'K', 'Kb', 'MB', 'GiB' and 'm' are rejected by Go.",
  },
  "scalar/invalid-gpu-units": {
    severity: "error",
    refusedBy: { go: true, console: false },
    title: "Invalid GPU count",
    description: "GPU units are parsed with Go's ParseUint: digits only, so '1.0', '+1' and '1e1' are rejected.",
  },
  "scalar/negative-value": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "Negative value",
    description:
      "CPU, sizes, GPU counts and price amounts must not be negative ('invalid: negative value not allowed' in Go).",
  },
  "scalar/out-of-range": {
    severity: "error",
    title: "Value out of range",
    description:
      "The value overflows the type Go stores it in: uint32 millicpu, uint64 bytes or GPUs, float64 for the number part, int64 nanoseconds for durations, 315 bits for decimal amounts. Beyond uint32/uint64 Go's float conversion is implementation-defined, so it is reported instead of guessed.",
  },
  "scalar/not-finite": {
    severity: "error",
    title: "Not a finite number",
    description:
      "Go's ParseFloat accepts 'NaN', 'Inf' and 'Infinity', but converting them to an integer quantity is implementation-defined in Go, so such values are rejected.",
  },
  "scalar/invalid-amount": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "Invalid price amount",
    description:
      "A price amount is a plain decimal number as cosmos LegacyNewDecFromStr reads it: digits with at most one '.', with digits on both sides. Empty text, '.5', '5.', '1e3', 'abc' and two dots are rejected.",
  },
  "scalar/too-many-decimals": {
    severity: "error",
    refusedBy: { go: true, console: false },
    title: "Too many decimals",
    description: "Price amounts have at most 18 decimal places (cosmos LegacyDec precision).",
  },
  "scalar/zero-amount": {
    severity: "error",
    refusedBy: { go: true, console: false },
    title: "Zero price amount",
    description: "A price amount of zero is rejected by Go ('invalid coin amount: amount is zero').",
  },
  "scalar/non-portable-amount": {
    severity: "warning",
    title: "Non-portable amount sign",
    description:
      "Go's decimal parser lets odd signs through ('+5', '--5' is 5, '+.5' is 0.5), but other SDL tools reject them. Write the plain number.",
  },
  "scalar/invalid-denom": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "Invalid denom",
    description:
      "A denom must match the cosmos rule [a-zA-Z][a-zA-Z0-9/:._-]{2,127}. Go panics on an invalid denom ('invalid denom: <d>').",
  },
  "scalar/invalid-duration": {
    severity: "error",
    title: "Invalid duration",
    description:
      "A duration is parsed with Go's time.ParseDuration: an optional sign and parts like '1h', '30m', '1.5s', '300ms' with units ns, us, µs, ms, s, m, h (no days).",
  },
  "scalar/non-positive-duration": {
    severity: "error",
    refusedBy: { go: true, console: true },
    title: "Duration not positive",
    description: "The reclamation window must be longer than zero ('reclamation min_window must be > 0' in Go).",
  },
  "scalar/non-portable-duration": {
    severity: "warning",
    refusedBy: { go: false, console: true },
    title: "Non-portable duration",
    description:
      "Go accepts any ParseDuration form for reclamation.min_window, but the official schema (TS SDK, Console) only allows ^[1-9][0-9]*(s|m|h)$, e.g. '90m' instead of '1h30m'.",
  },
  "scalar/invalid-image-ref": {
    severity: "error",
    refusedBy: { go: false, console: false },
    title: "Invalid image reference",
    description:
      "The image is not a valid Docker reference ([registry[:port]/]path[:tag][@digest], lower-case path). Go's SDL reader only rejects an empty image, but the provider cannot pull such an image.",
  },
  "scalar/invalid-version": {
    severity: "error",
    title: "Invalid version",
    description:
      "The SDL version must parse with blang/semver ParseTolerant, e.g. '2.0' or '2.1'. The semver error text is in data.goMessage.",
  },
} as const;
