/**
 * Wire handling of the scalar field kinds for the table-driven codec (`codec.ts`): defaults,
 * proto3 omission rules, and writing/reading through `cosmjs-types/binary`. Custom cosmos scalars
 * (`math.Int`, `LegacyDec`) are written unconditionally, as gogoproto marshals them.
 */
import type { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import type { FieldKind } from "./codec.js";
import { atomicsToLegacyDec, legacyDecToAtomics, parseInteger, toBigInt } from "./decimal.js";

/** The field kinds that are single values (not enums or messages). */
export type Scalar = Exclude<FieldKind, "enum" | "message">;

/** Wire type 2: length-delimited (strings, bytes, messages, packed lists). */
export const LENGTH_DELIMITED = 2;
/** Wire type 0: varint. */
export const VARINT = 0;

function asciiBytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

/** Bytes read as one character per byte (the ASCII digits of a `math.Int`). */
export function asciiText(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

/** The proto3 default of each scalar kind (custom scalars: zero). */
export const SCALAR_DEFAULTS: Record<Scalar, () => unknown> = {
  string: () => "",
  bytes: () => new Uint8Array(0),
  uint32: () => 0,
  int32: () => 0,
  uint64: () => 0n,
  int64: () => 0n,
  int: () => 0n,
  intString: () => "0",
  dec: () => "0.000000000000000000",
};

/** The wire type a field of this kind is written with. */
export function wireType(kind: FieldKind): number {
  return kind === "uint32" || kind === "int32" || kind === "uint64" || kind === "int64" || kind === "enum"
    ? VARINT
    : LENGTH_DELIMITED;
}

/** True when proto3 omits the (singular) value; the custom scalars are never omitted. */
export function isOmitted(kind: Scalar, value: unknown): boolean {
  switch (kind) {
    case "string":
      return value === "";
    case "bytes":
      return (value as Uint8Array).length === 0;
    case "uint32":
    case "int32":
      return value === 0;
    case "uint64":
    case "int64":
      return value === 0n || value === 0 || value === "0";
    default:
      return false;
  }
}

/** Writes one scalar value (after its tag). */
export function writeScalar(w: BinaryWriter, kind: Scalar, value: unknown): void {
  switch (kind) {
    case "string":
      w.string(value as string);
      return;
    case "bytes":
      w.bytes(value as Uint8Array);
      return;
    case "uint32":
      w.uint32(value as number);
      return;
    case "int32":
      w.int32(value as number);
      return;
    case "uint64":
      w.uint64(value as bigint);
      return;
    case "int64":
      w.int64(value as bigint);
      return;
    case "int":
      w.bytes(asciiBytes(intValue(value).toString()));
      return;
    case "intString":
      w.string(parseInteger(value as string).toString());
      return;
    case "dec":
      w.string(legacyDecToAtomics(value as string));
      return;
  }
}

/** Reads one scalar value (after its tag). */
export function readScalar(r: BinaryReader, kind: Scalar): unknown {
  switch (kind) {
    case "string":
      return r.string();
    case "bytes":
      return r.bytes();
    case "uint32":
      return r.uint32();
    case "int32":
      return r.int32();
    case "uint64":
      return r.uint64();
    case "int64":
      return r.int64();
    case "int":
      return parseInteger(asciiText(r.bytes()));
    case "intString":
      return parseInteger(r.string()).toString();
    case "dec":
      return atomicsToLegacyDec(r.string());
  }
}

/**
 * A `math.Int` value: a bigint, or (as older SDKs built it) a safe integer, digit string or the
 * ASCII digits as bytes.
 */
function intValue(value: unknown): bigint {
  if (value instanceof Uint8Array) return parseInteger(asciiText(value));
  return toBigInt(value as bigint | number | string);
}

/** A `fromPartial` input turned into the canonical value (defaults for missing ones). */
export function coerceScalar(kind: Scalar, value: unknown): unknown {
  if (value === undefined || value === null) return SCALAR_DEFAULTS[kind]();
  if (kind === "int") return intValue(value);
  if (kind === "uint64" || kind === "int64") return toBigInt(value as bigint | number | string);
  // the canonical text the decoder returns: "10" → "10.000000000000000000", "007" → "7"
  if (kind === "dec") return atomicsToLegacyDec(legacyDecToAtomics(String(value)));
  if (kind === "intString") return toBigInt(value as bigint | number | string).toString();
  return value;
}
