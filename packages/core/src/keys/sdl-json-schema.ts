import { buildSdlJsonSchema } from "./build-sdl-json-schema.js";
import type { DeployPath, JsonSchema } from "./sdl-key-info.js";
import { sdlKeyDoc } from "./sdl-key-docs.js";

/**
 * Options of {@link sdlJsonSchema}.
 *
 * @example
 * const options: SdlJsonSchemaOptions = { flavour: "go", descriptions: true };
 */
export interface SdlJsonSchemaOptions {
  /**
   * `"console"` (default): what the official TS SDK 1.0.0-alpha.45 accepts, constraint for
   * constraint (its `validationSDLSchema`). `"go"`: the keys and types Go's decoder reads; unknown
   * keys are allowed where yaml.v3 ignores them, and Go-only keys are in.
   */
  readonly flavour?: DeployPath;
  /** Adds each key's one-line doc as `description` (for editors); default `false`. */
  readonly descriptions?: boolean;
}

/**
 * Generates a JSON Schema (draft-07) from the SDL key table (see `buildSdlJsonSchema`), with each
 * key's doc as `description` when `descriptions` is `true`. A caller that never wants descriptions
 * can call `buildSdlJsonSchema(flavour)` and leave the docs table out of its bundle.
 *
 * @example
 * const schema = sdlJsonSchema({ flavour: "go", descriptions: true });
 * schema["$schema"]; // "http://json-schema.org/draft-07/schema#"
 */
export function sdlJsonSchema(options: SdlJsonSchemaOptions = {}): JsonSchema {
  return buildSdlJsonSchema(options.flavour, options.descriptions ? sdlKeyDoc : undefined);
}
