export type { DeployPath, JsonSchema, PerPath, SdlKeyInfo, SdlKeyType, SdlKeyVersion } from "./sdl-key-info.js";
export { BOTH_PATHS, CONSOLE_ONLY, GO_ONLY, NO_PATH, defineKey } from "./define-key.js";
export type { KeyExtras } from "./define-key.js";
export { SDL_KEYS, childKeys, keyNamesAt, keyPatternOf, lastSegment, parentPattern, sdlKey } from "./sdl-key-table.js";
export { sdlJsonSchema } from "./sdl-json-schema.js";
export { buildSdlJsonSchema } from "./build-sdl-json-schema.js";
export type { DescribeKey } from "./build-sdl-json-schema.js";
export { SDL_KEY_DOCS, sdlKeyDoc } from "./sdl-key-docs.js";
export type { SdlJsonSchemaOptions } from "./sdl-json-schema.js";
