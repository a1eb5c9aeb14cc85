// Generated from the code tables in `codes/` by `node scripts/generate-code-reference.mjs`; do not edit.
import type { Severity } from "./diagnostic.js";

type RefusedBy = { readonly go: boolean; readonly console: boolean };

// Each class: a severity, or a severity and whether Go and Console refuse (`refusedBy`).
const CLASSES = ["error","warning","info","warning false true","warning true false","error false true","error true true","error true false","error false false","warning false false"];
// Codes by family and class: `family/<class letter>name,name<class letter>name family/...` (A is CLASSES[0]).
const TABLE = "build/Ainvalid-name,not-editable,path-not-found,template-mismatchBplan-does-not-fit cli/Abinary-file,file-not-found,file-too-large,invalid-utf8,no-files-matched,read-error,walk-limitCnot-sdl compat/Dconsole-refusesEduration-timeout,go-refuses,size-suffix compile/Adeposit-denom-mismatch,incomplete-document,invalid-deployment-optionBreclamation-not-sent,ts-sdk-meaning cpu/Funknown-arch credentials/Ainvalid-field endpoint/Aport-in-useGinvalid-name,ip-not-global,missing-kind,undefined,unknown-kind,unused estimate/Aincomplete-architecture,invalid-config,invalid-option,unknown-gpu,unknown-modelBconfig-field-ignored,context-too-long,engine-mismatch,gpu-not-offered,nothing-fits,over-budget,parallelism-indivisibleCmodel-variant,no-price expose/Ainvalid-protocol,port-out-of-rangeBunknown-serviceDprotocol-casingFas-out-of-range gpu/Aattributes-without-units,units-without-attributesBunknown-interface,unknown-model,unknown-ram,vendor-ignored-by-goGinterconnect-capability,interconnect-mixed,invalid-interconnect,invalid-interfaceHduplicate-model,invalid-model-key http/Amax-body-size,next-case-off-not-alone,timeout-too-long,unknown-next-caseFproxy-buffer-size-unsupported,proxy-buffers-pair,proxy-valueHproxy-buffer-size image/Blatest-tag,untagged internal/Aexception limit/Gcpu,gpu,memory,storage,total-cpu,total-gpu,total-memory,total-storage,zero-count manifest/Hduplicate-hostname,invalid-env-name,invalid-hostname,invalid-service-name,no-global-expose parse/Atoo-many-diagnostics price/Bunknown-denomFdenom-not-in-consoleGabove-limit,denom-not-accepted,mixed-denoms ref/Fundeployed-serviceGmissing-pricing,no-deployments,undefined-placement,undefined-profile,undefined-service scalar/Ainvalid-cpu,invalid-duration,invalid-size,invalid-version,not-finite,out-of-rangeBnon-portable-amountDnon-portable-durationGinvalid-amount,invalid-denom,negative-value,non-positive-durationHinvalid-gpu-units,invalid-size-suffix,too-many-decimals,zero-amountIinvalid-image-ref schema/Fconsole-refuses sdl/Aempty-documentDignored-key,unknown-key,unquoted-version,version-not-in-schemaGmissing-key,unexpected-field,unsupported-key,unsupported-version size/Fmissing-unit storage/Aclass-needs-persistent,missing-mount,persistent-without-mount,ram-persistent,undefined-volumeFincomplete-attributesGduplicate-mount,mount-not-absoluteHduplicate-volume-name,invalid-class,invalid-persistent,ram-read-only tee/Aunsupported-typeGconflicting-types,requires-gpu type/Blegacy-octal,non-portable-number,number-truncated,yaml11-booleanDcoerced-to-string,ignored-by-goGexpected-boolean,expected-mapping,expected-number,expected-scalar,expected-sequence,expected-string,number-out-of-range unused/Bplacement,profile yaml/Aalias-limit,input-too-large,internal,non-scalar-key,too-deep,too-many-errors,too-many-tokensBunresolved-tagDmultiple-documentsGbad-indentation,duplicate-key,syntax,tab-indentation,unclosed-bracket,unknown-alias,unterminated-stringIunsupportedJsyntax-warning";

const severities: Record<string, Severity> = Object.create(null);
const refusals: Record<string, RefusedBy> = Object.create(null);
const classes = CLASSES.map((c) => c.split(" "));
const refusedBy = classes.map(([, go, console]) =>
  go === undefined ? undefined : Object.freeze({ go: go === "true", console: console === "true" }),
);
for (const family of TABLE.split(" ")) {
  const slash = family.indexOf("/") + 1;
  const prefix = family.slice(0, slash);
  const runs = family.slice(slash).split(/([A-Z])/);
  for (let i = 1; i < runs.length; i += 2) {
    const index = (runs[i] as string).charCodeAt(0) - 65;
    const severity = (classes[index] as string[])[0] as Severity;
    const refused = refusedBy[index];
    for (const name of (runs[i + 1] as string).split(",")) {
      severities[prefix + name] = severity;
      if (refused !== undefined) refusals[prefix + name] = refused;
    }
  }
}

/**
 * The default severity of every registered code (generated; the prose stays in `codes/`).
 *
 * @example
 * CODE_SEVERITIES["yaml/syntax"]; // "error"
 */
export const CODE_SEVERITIES: Readonly<Record<string, Severity>> = severities;

/**
 * Which deploy path refuses a document with the problem, for the codes where it applies (generated).
 *
 * @example
 * CODE_REFUSED_BY["sdl/unknown-key"]; // { go: false, console: true }
 */
export const CODE_REFUSED_BY: Readonly<Record<string, RefusedBy>> = refusals;
