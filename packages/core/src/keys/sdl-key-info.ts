/**
 * One of the two deploy paths that judge an SDL: the Go reference (`provider-services`, the
 * normative decoder of `akash-network/chain-sdk` `go/sdl/`) and the official TS SDK that Console
 * deploys with (`@akashnetwork/chain-sdk` 1.0.0-alpha.45: its JSON Schema plus semantic checks).
 *
 * @example
 * const path: DeployPath = "console";
 */
export type DeployPath = "go" | "console";

/**
 * A yes/no fact per deploy path.
 *
 * @example
 * const accepted: PerPath = { go: true, console: false };
 */
export interface PerPath {
  /** The Go reference decoder (`provider-services`). */
  readonly go: boolean;
  /** The official TS SDK 1.0.0-alpha.45 (Console). */
  readonly console: boolean;
}

/**
 * An SDL version that a key exists in.
 *
 * @example
 * const v: SdlKeyVersion = "2.1";
 */
export type SdlKeyVersion = "2.0" | "2.1";

/**
 * What a key holds. Containers: `struct` (fixed keys), `map` (named entries, child `*`), `list`
 * (items, child `[]`), `volumes` (one volume or a list of them, child `[]`). Leaves: the rest.
 *
 * @example
 * const t: SdlKeyType = "uint32";
 */
export type SdlKeyType =
  | "struct"
  | "map"
  | "list"
  | "volumes"
  | "string"
  | "string-list"
  | "uint32"
  | "boolean"
  | "quantity"
  | "amount"
  | "duration"
  | "timeout"
  | "version"
  | "any";

/**
 * A JSON Schema (draft-07) fragment, as plain JSON data.
 *
 * @example
 * const s: JsonSchema = { type: "integer", minimum: 1, maximum: 65535 };
 */
export type JsonSchema = { readonly [key: string]: unknown };

/**
 * One entry of the SDL key table.
 *
 * Paths are dotted; `*` stands for any name (a service, a profile, a volume), `[]` for a list item:
 * `services.*.expose[].port`. The top level has the path of the key itself (`version`).
 * Each key's one-line doc is in `SDL_KEY_DOCS` / `sdlKeyDoc(path)` (not here, so that decoding
 * code does not carry the prose); the sources of its facts are comments beside the table entry.
 *
 * @example
 * const info: SdlKeyInfo = {
 *   path: "services.*.image",
 *   type: "string",
 *   versions: ["2.0", "2.1"],
 *   acceptedBy: { go: true, console: true },
 *   requiredBy: { go: true, console: true },
 * };
 */
export interface SdlKeyInfo {
  /** Dotted path pattern: `*` is any name, `[]` a list item. */
  readonly path: string;
  /** What the key holds. */
  readonly type: SdlKeyType;
  /** The SDL versions that have the key (Go's 2.0 and 2.1 decoders share every key). */
  readonly versions: readonly SdlKeyVersion[];
  /** Which path reads the key (the other one ignores it, warns or refuses it). */
  readonly acceptedBy: PerPath;
  /** Which path requires it (Go: fails the decode, the group checks or the manifest check when it is missing from a used item). */
  readonly requiredBy: PerPath;
  /** Allowed values, when the set is closed for at least one path (see `enumFor`). */
  readonly enum?: readonly string[];
  /** Which path holds to `enum` (default: both). */
  readonly enumFor?: PerPath;
  /** For `struct`/`map` entries: what Go does with a key it does not know (yaml.v3 ignores it, a custom decoder rejects it). */
  readonly goUnknownKeys?: "ignore" | "reject";
  /** The constraint alpha.45's schema puts on this node, when the generic shape of `type` is not it (leaves: replaces it; containers: merged over it). */
  readonly console?: JsonSchema;
  /** `true` when alpha.45's schema also accepts `null` for this key (`oneOf [shape, null]`). */
  readonly consoleNullable?: boolean;
  /** For a `map`: the pattern alpha.45's schema holds entry names to (`patternProperties`). */
  readonly consoleKeyPattern?: string;
}
