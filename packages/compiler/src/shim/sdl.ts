/**
 * A migration shim with the names users of `@akashnetwork/akashjs` and older
 * `@akashnetwork/chain-sdk` releases know (`SDL.fromString(text)`, `.manifest()`, `.groups()`,
 * `.manifestVersion()`, `.manifestSortedJSON()`). chain-sdk 1.0.0-alpha.31+ removed its `SDL`
 * class (addendum Part A §1.1); this object keeps such code running on top of {@link compile},
 * with Go's bytes.
 */
import type { Diagnostic } from "@akash-sdl/core";
import { compile } from "../compile/compile.js";
import type { CompileOptions } from "../compile/run-validation.js";
import { manifestToJson, manifestToSortedJson } from "../hash/manifest-version.js";
import type { Manifest } from "../manifest/manifest-types.js";
import type { DeploymentReclamation, GroupSpec } from "../proto/types.js";

/**
 * A compiled SDL with the akashjs-style methods.
 *
 * @example
 * const sdl = SDL.fromString(text);
 * const hash = await sdl.manifestVersion();
 */
export interface SdlHandle {
  /** The manifest; `asString: true` gives the JSON body providers receive (akashjs `manifest(true)`). */
  manifest(asString?: false): Manifest;
  /** The manifest as the provider JSON body. */
  manifest(asString: true): string;
  /** The group specs (`MsgCreateDeployment.groups`). */
  groups(): GroupSpec[];
  /** The 32-byte version hash, as a promise (akashjs' signature; the work is synchronous). */
  manifestVersion(): Promise<Uint8Array>;
  /** The 32-byte version hash, synchronously. */
  manifestVersionSync(): Uint8Array;
  /** The sorted JSON the version hash is taken over. */
  manifestSortedJSON(): string;
  /** `reclamation.min_window`, when set. */
  reclamation(): DeploymentReclamation | undefined;
  /** Warnings and infos the compile reported. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * The error `SDL.fromString` throws for an SDL with errors (as akashjs' `SdlValidationError`
 * did); every diagnostic is on `diagnostics`.
 *
 * @example
 * try { SDL.fromString(text); } catch (e) { (e as SdlError).diagnostics; }
 */
export interface SdlError extends Error {
  /** Every diagnostic of the failed compile. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * The shim's entry point.
 *
 * @example
 * const groups = SDL.fromString(text).groups();
 */
export interface SdlShim {
  /**
   * Compiles `text`; throws an {@link SdlError} when it has errors. The second argument of
   * akashjs (`"beta2" | "beta3"`) is accepted and ignored: the output is always today's format.
   */
  fromString(text: string, version?: string, options?: CompileOptions): SdlHandle;
}

/**
 * Drop-in replacement for akashjs' / older chain-sdk's `SDL` class: `SDL.fromString(text)` then
 * `.manifest()`, `.groups()`, `await .manifestVersion()`, `.manifestSortedJSON()`.
 *
 * @example
 * import { SDL } from "@akash-sdl/compiler";
 * const sdl = SDL.fromString(yamlText);
 * const msgGroups = sdl.groups();
 * const hash = await sdl.manifestVersion();
 */
export const SDL: SdlShim = Object.freeze({
  fromString(text: string, _version?: string, options?: CompileOptions): SdlHandle {
    const { value, diagnostics } = compile(text, options);
    if (value === undefined) {
      const first = diagnostics.find((d) => d.severity === "error");
      const error = new Error(`Invalid SDL: ${first?.message ?? "it could not be compiled"}`) as Error & {
        diagnostics: readonly Diagnostic[];
      };
      error.name = "SdlError";
      error.diagnostics = diagnostics;
      throw error;
    }
    function manifest(asString?: false): Manifest;
    function manifest(asString: true): string;
    function manifest(asString?: boolean): Manifest | string {
      return asString === true ? manifestToJson(value!.manifest) : value!.manifest;
    }
    return {
      manifest,
      groups: () => value.groups,
      manifestVersion: () => Promise.resolve(value.version),
      manifestVersionSync: () => value.version,
      manifestSortedJSON: () => manifestToSortedJson(value.manifest),
      reclamation: () => value.reclamation,
      diagnostics,
    };
  },
});
