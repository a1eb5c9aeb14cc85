/**
 * `compile`: SDL text (or a parse result, or a typed document) → provider manifest, group specs,
 * version hash and reclamation, exactly as Go builds them. Synchronous, never throws for user
 * input, emits nothing while any error diagnostic stands.
 */
import { createDiagnostic, parse, sortDiagnostics } from "@akash-sdl/core";
import type { Diagnostic, ParseResult, SdlDocument } from "@akash-sdl/core";
import { manifestVersion } from "../hash/manifest-version.js";
import { buildGroups } from "../manifest/build-groups.js";
import type { Manifest } from "../manifest/manifest-types.js";
import type { DeploymentReclamation, GroupSpec } from "../proto/types.js";
import { checkCompilable } from "./check-compilable.js";
import { runValidation } from "./run-validation.js";
import type { CompileOptions } from "./run-validation.js";

/**
 * What a successful {@link compile} produces.
 *
 * @example
 * const { manifest, groups, version } = compile(text).value!;
 */
export interface CompiledDeployment {
  /** The provider manifest (groups sorted by name). */
  readonly manifest: Manifest;
  /** The group specs, ready for `MsgCreateDeployment.groups`. */
  readonly groups: GroupSpec[];
  /** The 32-byte manifest version (`MsgCreateDeployment.hash`). */
  readonly version: Uint8Array;
  /** `reclamation.min_window` as a protobuf Duration, when the SDL sets it. */
  readonly reclamation?: DeploymentReclamation;
}

/**
 * The result of {@link compile}: the value when nothing is an error, and every diagnostic.
 *
 * @example
 * const { value, diagnostics } = compile(text);
 */
export interface CompileResult {
  /** The compiled deployment, or `undefined` when a diagnostic is an error. */
  readonly value?: CompiledDeployment;
  /** Parse, validation and compiler diagnostics, sorted by position. */
  readonly diagnostics: readonly Diagnostic[];
}

const isParseResult = (x: ParseResult | SdlDocument): x is ParseResult => "lineCounter" in x && "tree" in x;

/**
 * Compiles SDL text, a `ParseResult` or an `SdlDocument`. Text and parse results are
 * validated first (a bare document is trusted: only the compiler's own checks run). Go's bytes
 * wherever Go accepts the file; where only the official TS SDK does (e.g. `size: 16GB` under
 * target `any`/`console`) its meaning, with a `compile/ts-sdk-meaning` warning.
 *
 * @example
 * const { value, diagnostics } = compile(readFileSync("deploy.yaml", "utf8"));
 * if (value) console.log(bytesToHex(value.version));
 */
export function compile(input: string | ParseResult | SdlDocument, options: CompileOptions = {}): CompileResult {
  const parsed = typeof input === "string" ? parse(input) : isParseResult(input) ? input : undefined;
  const document = parsed === undefined ? (input as SdlDocument) : parsed.document;
  const validated = parsed === undefined ? [] : runValidation(parsed, options);
  if (validated.some((d) => d.severity === "error")) return { diagnostics: validated };
  if (document === undefined) {
    return {
      diagnostics: [
        ...validated,
        createDiagnostic(
          "compile/incomplete-document",
          "The text holds no SDL document, so there is nothing to compile.",
          undefined,
        ),
      ],
    };
  }
  const check = checkCompilable(document);
  if (check.errors.length > 0) return { diagnostics: sortDiagnostics([...validated, ...check.errors]) };
  const diagnostics = check.warnings.length === 0 ? validated : sortDiagnostics([...validated, ...check.warnings]);

  const { manifest, groups } = buildGroups(document, check.overrides);
  const window = document.reclamation?.minWindow?.value;
  const version = manifestVersion(manifest, options.sha256);
  const value: CompiledDeployment =
    window === undefined
      ? { manifest, groups, version }
      : { manifest, groups, version, reclamation: { minWindow: { seconds: window.seconds, nanos: window.nanos } } };
  return { value, diagnostics };
}
