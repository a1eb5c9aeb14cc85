/**
 * A small table-driven protobuf codec: each message is described by its fields (number, name,
 * kind, gogoproto options that change bytes), and one generic encoder/decoder follows the proto3
 * rules as gogoproto's generated marshallers apply them:
 *
 * - fields in field-number order; scalars equal to their default are omitted;
 * - non-nullable embedded messages (gogoproto `nullable=false`) are always written, even empty;
 *   nullable ones only when present; every element of a repeated message field is written;
 * - custom scalar types (`math.Int`, `LegacyDec`) are always written (gogo marshals them
 *   unconditionally);
 * - repeated enums are packed (`Deposit.sources`); the decoder also reads the unpacked form.
 *
 * Wire primitives come from `cosmjs-types/binary` (`BinaryWriter`/`BinaryReader`).
 */
import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";
import {
  LENGTH_DELIMITED,
  SCALAR_DEFAULTS,
  coerceScalar,
  isOmitted,
  readScalar,
  wireType,
  writeScalar,
  type Scalar,
} from "./scalar-wire.js";

/**
 * A value where every field may be left out (and 64-bit fields may be numbers or strings):
 * the input of `fromPartial`, as in ts-proto / cosmjs.
 *
 * @example
 * const partial: DeepPartial<{ id: { dseq: bigint } }> = { id: { dseq: 5 } };
 */
export type DeepPartial<T> = T extends bigint
  ? bigint | number | string
  : T extends string | number | boolean | Uint8Array | undefined
    ? T
    : T extends readonly (infer U)[]
      ? DeepPartial<U>[]
      : T extends object
        ? { [K in keyof T]?: DeepPartial<T[K]> | undefined }
        : T;

/**
 * Encoder, decoder and defaults filler of one protobuf message; the shape `@cosmjs/proto-signing`
 * accepts as a `GeneratedType`.
 *
 * @example
 * const bytes = AttributeCodec.encode({ key: "region", value: "us-west" }).finish();
 * AttributeCodec.decode(bytes); // { key: "region", value: "us-west" }
 */
export interface MessageCodec<T> {
  /** Fully-qualified protobuf name, e.g. `akash.deployment.v1beta4.GroupSpec`. */
  readonly typeName: string;
  /** Appends the message to `writer` (a new one by default); call `.finish()` for the bytes. */
  encode(message: T, writer?: BinaryWriter): BinaryWriter;
  /**
   * Reads a message from bytes (or `length` bytes of a reader); unknown fields are skipped.
   * Throws on malformed input, malformed amounts and enum numbers this version does not know.
   */
  decode(input: Uint8Array | BinaryReader, length?: number): T;
  /** Fills every missing field with its default. */
  fromPartial(object: DeepPartial<T>): T;
}

/**
 * The kind of a field: a proto scalar, a cosmos custom scalar (`int`: `math.Int` in `bytes`,
 * `intString`: `math.Int` in `string`, `dec`: `LegacyDec` in `string`), an enum or a message.
 *
 * @example
 * const kind: FieldKind = "uint32";
 */
export type FieldKind =
  | "string"
  | "bytes"
  | "uint32"
  | "int32"
  | "uint64"
  | "int64"
  | "int"
  | "intString"
  | "dec"
  | "enum"
  | "message";

/**
 * One field of a message description.
 *
 * @example
 * const field: FieldSpec<{ key: string }> = { no: 1, name: "key", kind: "string" };
 */
export interface FieldSpec<T> {
  /** The field number. */
  readonly no: number;
  /** The camelCase property name. */
  readonly name: Extract<keyof T, string>;
  /** What the field holds. */
  readonly kind: FieldKind;
  /** `repeated` in the proto. */
  readonly repeated?: boolean;
  /** For `enum`: the value names, indexed by number. */
  readonly values?: readonly string[];
  /** For `message`: the embedded message's codec. */
  readonly codec?: MessageCodec<unknown>;
  /** For singular `message`: gogoproto `nullable` (default `true`; `false` = always written). */
  readonly nullable?: boolean;
}

/** The number of an enum value given by name, or by number (as ts-proto code writes enums). */
function enumNumber<T>(field: FieldSpec<T>, name: unknown): number {
  if (typeof name === "number" && Number.isInteger(name) && field.values?.[name] !== undefined) return name;
  const index = (field.values ?? []).indexOf(name as string);
  if (index < 0) throw new RangeError(`${field.name}: unknown enum value ${JSON.stringify(name)}`);
  return index;
}

function enumName<T>(field: FieldSpec<T>, index: number): string {
  const name = field.values?.[index];
  if (name === undefined) throw new RangeError(`${field.name}: unknown enum number ${index}`);
  return name;
}

function nested<T>(field: FieldSpec<T>): MessageCodec<unknown> {
  if (field.codec === undefined) throw new TypeError(`${field.name}: message field without a codec`);
  return field.codec;
}

function encodeField<T>(w: BinaryWriter, field: FieldSpec<T>, value: unknown): void {
  const tag = (field.no << 3) | wireType(field.kind);
  if (field.kind === "message") {
    const codec = nested(field);
    const items = field.repeated ? (value as unknown[]) : value === undefined || value === null ? [] : [value];
    if (!field.repeated && items.length === 0 && field.nullable === false) items.push(codec.fromPartial({}));
    for (const item of items) codec.encode(item, w.uint32(tag).fork()).ldelim();
    return;
  }
  if (field.kind === "enum") {
    if (field.repeated) {
      const list = value as unknown[];
      if (list.length === 0) return;
      w.uint32((field.no << 3) | LENGTH_DELIMITED).fork();
      for (const item of list) w.int32(enumNumber(field, item));
      w.ldelim();
    } else {
      const number = enumNumber(field, value);
      if (number !== 0) w.uint32(tag).int32(number);
    }
    return;
  }
  if (field.repeated) {
    for (const item of value as unknown[]) writeScalar(w.uint32(tag), field.kind, item);
  } else if (!isOmitted(field.kind, value)) {
    writeScalar(w.uint32(tag), field.kind, value);
  }
}

function defaultValue<T>(field: FieldSpec<T>): unknown {
  if (field.repeated) return [];
  if (field.kind === "enum") return enumName(field, 0);
  if (field.kind === "message") return field.nullable === false ? nested(field).fromPartial({}) : undefined;
  return SCALAR_DEFAULTS[field.kind]();
}

function partialField<T>(field: FieldSpec<T>, value: unknown): unknown {
  if (field.repeated) {
    const list = (value ?? []) as unknown[];
    if (field.kind === "message") return list.map((item) => nested(field).fromPartial(item ?? {}));
    if (field.kind === "enum") return list.map((item) => enumName(field, enumNumber(field, item)));
    return list.map((item) => coerceScalar(field.kind as Scalar, item));
  }
  if (field.kind === "message") {
    if (value === undefined || value === null) return defaultValue(field);
    return nested(field).fromPartial(value);
  }
  if (field.kind === "enum")
    return enumName(field, value === undefined || value === null ? 0 : enumNumber(field, value));
  return coerceScalar(field.kind, value);
}

function decodeInto<T>(r: BinaryReader, field: FieldSpec<T>, wire: number, out: Record<string, unknown>): boolean {
  const expected = wireType(field.kind);
  const packedEnum = field.repeated === true && field.kind === "enum" && wire === LENGTH_DELIMITED;
  if (wire !== expected && !packedEnum) return false;
  let value: unknown;
  if (packedEnum) {
    const end = r.uint32() + r.pos;
    const list = out[field.name] as unknown[];
    while (r.pos < end) list.push(enumName(field, r.int32()));
    return true;
  }
  if (field.kind === "message") value = nested(field).decode(r, r.uint32());
  else if (field.kind === "enum") value = enumName(field, r.int32());
  else value = readScalar(r, field.kind);
  if (field.repeated) (out[field.name] as unknown[]).push(value);
  else out[field.name] = value;
  return true;
}

/**
 * Builds the codec of one message from its field list (fields are written in the order given,
 * which must be field-number order).
 *
 * @example
 * interface Pair { key: string; value: string }
 * const PairCodec = defineMessage<Pair>("example.Pair", [
 *   { no: 1, name: "key", kind: "string" },
 *   { no: 2, name: "value", kind: "string" },
 * ]);
 */
export function defineMessage<T>(typeName: string, fields: readonly FieldSpec<T>[]): MessageCodec<T> {
  const byNumber = new Map(fields.map((field) => [field.no, field]));
  const build = (source: (field: FieldSpec<T>) => unknown): T => {
    const out: Record<string, unknown> = {};
    for (const field of fields) {
      const value = source(field);
      if (value !== undefined) out[field.name] = value;
    }
    return out as T;
  };
  return {
    typeName,
    encode(message: T, writer: BinaryWriter = BinaryWriter.create()): BinaryWriter {
      const record = message as Record<string, unknown>;
      for (const field of fields) {
        const value = record[field.name];
        encodeField(writer, field, value ?? (field.repeated ? [] : defaultIfScalar(field)));
      }
      return writer;
    },
    decode(input: Uint8Array | BinaryReader, length?: number): T {
      const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
      const end = length === undefined ? reader.len : reader.pos + length;
      const out: Record<string, unknown> = {};
      for (const field of fields) out[field.name] = field.repeated ? [] : undefined;
      while (reader.pos < end) {
        const tag = reader.uint32();
        const field = byNumber.get(tag >>> 3);
        if (field === undefined || !decodeInto(reader, field, tag & 7, out)) reader.skipType(tag & 7);
      }
      if (reader.pos > end) throw new RangeError(`${typeName}: message overruns its length`);
      return build((field) => out[field.name] ?? defaultValue(field));
    },
    fromPartial(object: DeepPartial<T>): T {
      const record = (object ?? {}) as Record<string, unknown>;
      return build((field) => partialField(field, record[field.name]));
    },
  };
}

function defaultIfScalar<T>(field: FieldSpec<T>): unknown {
  return field.kind === "message" ? undefined : defaultValue(field);
}
