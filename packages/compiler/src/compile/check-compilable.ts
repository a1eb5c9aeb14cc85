/**
 * The compiler's own safety net: what `buildGroups` needs to exist and to have decoded. The
 * validator reports all of this with better words; these diagnostics appear only when no
 * validation ran or it let something through, so `compile` never emits a manifest built from
 * zero values. Also resolves TS-SDK-only sizes (see {@link tsSdkSize}).
 */
import { createDiagnostic, sdlMapGet } from "@akash-sdl/core";
import type { Diagnostic, SdlDocument, SdlScalar } from "@akash-sdl/core";
import { tsSdkSize } from "./ts-sdk-size.js";

/**
 * What {@link checkCompilable} found: blocking diagnostics, TS-meaning warnings and the sizes it
 * resolved the TS SDK's way (keyed by the scalar Go could not decode).
 *
 * @example
 * const { errors, warnings, sizes } = checkCompilable(doc);
 */
export interface CompilableCheck {
  /** `compile/incomplete-document` errors. */
  readonly errors: Diagnostic[];
  /** `compile/ts-sdk-meaning` warnings. */
  readonly warnings: Diagnostic[];
  /** Sizes read the TS SDK's way. */
  readonly sizes: Map<SdlScalar<bigint>, bigint>;
}

const CODE = "compile/incomplete-document";

/**
 * Checks that every deployment resolves to a service, compute profile, placement and price and
 * that the values the manifest needs were decoded.
 *
 * @example
 * checkCompilable(parse(text).document!).errors.length; // 0
 */
export function checkCompilable(doc: SdlDocument): CompilableCheck {
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const sizes = new Map<SdlScalar<bigint>, bigint>();
  const missing = (message: string, span: Diagnostic["span"], path: readonly (string | number)[]): void => {
    errors.push(createDiagnostic(CODE, message, span, { path: [...path] }));
  };
  const undecoded = (s: { readonly value: unknown; readonly span: Diagnostic["span"]; readonly path: readonly (string | number)[] } | undefined, what: string): void => {
    if (s !== undefined && s.value === undefined) missing(`The ${what} could not be decoded, so it cannot be compiled.`, s.span, s.path);
  };
  const size = (s: SdlScalar<bigint> | undefined, what: string): void => {
    if (s === undefined || s.value !== undefined || sizes.has(s)) return;
    const text = s.node?.kind === "scalar" ? s.node.text : undefined;
    const ts = text === undefined ? undefined : tsSdkSize(text);
    if (ts === undefined) return undecoded(s, what);
    sizes.set(s, ts);
    warnings.push(
      createDiagnostic("compile/ts-sdk-meaning", `Go rejects the ${what} '${text}'; it was compiled as the official TS SDK reads it (${ts} bytes), which only Console deploys accept.`, s.span, {
        path: [...s.path],
        hints: ["Use a spelling Go and the TS SDK read alike, such as '16Gi' or '16G'."],
      }),
    );
  };

  const deployment = doc.deployment;
  if (deployment === undefined || deployment.isNull || deployment.entries.length === 0) {
    missing("The document deploys nothing, so there is no manifest to compile.", deployment?.span ?? doc.span, deployment?.path ?? []);
  }
  for (const { key, value: placements } of deployment?.entries ?? []) {
    const svc = sdlMapGet(doc.services, key.name);
    if (svc === undefined) missing(`The deployment of '${key.name}' names no service in 'services'.`, key.span, ["deployment", key.name]);
    for (const p of svc?.expose?.items ?? []) undecoded(p.port, "expose port");
    for (const { key: pkey, value: d } of placements.entries) {
      const profileName = d.profile?.value;
      const profile = profileName === undefined ? undefined : sdlMapGet(doc.profiles?.compute, profileName);
      const placement = sdlMapGet(doc.profiles?.placement, pkey.name);
      if (profile === undefined) missing(`'${key.name}.${pkey.name}' names no compute profile that exists.`, d.profile?.span ?? pkey.span, d.profile?.path ?? d.path);
      if (placement === undefined) missing(`'${key.name}.${pkey.name}' names no placement profile that exists.`, pkey.span, d.path);
      const price = profileName === undefined ? undefined : sdlMapGet(placement?.pricing, profileName);
      if (placement !== undefined && price === undefined) missing(`Placement '${pkey.name}' has no price for profile '${profileName ?? ""}'.`, pkey.span, d.path);
      undecoded(d.count, "count");
      undecoded(price?.amount, "price amount");
      const r = profile?.resources;
      undecoded(r?.cpu?.units, "CPU units");
      undecoded(r?.gpu?.units, "GPU units");
      size(r?.memory?.size, "memory size");
      for (const v of r?.storage?.volumes ?? []) size(v.size, "storage size");
    }
  }
  return { errors, warnings, sizes };
}
