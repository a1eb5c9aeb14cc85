/**
 * The compiler's own safety net: what `buildGroups` needs to exist and to have decoded. The
 * validator reports all of this with better words; these diagnostics appear only when no
 * validation ran or it let something through, so `compile` never emits a manifest built from
 * zero values. Also resolves TS-SDK-only sizes (see {@link tsSdkSize}) and duration timeouts
 * (see {@link tsSdkTimeout}).
 */
import { createDiagnostic, sdlMapGet } from "@akash-sdl/core";
import type { Diagnostic, SdlDocument, SdlScalar } from "@akash-sdl/core";
import { interconnectGroupOf } from "../manifest/interconnect-group.js";
import { tsSdkSize, tsSdkTimeout } from "./ts-sdk-size.js";

/**
 * What {@link checkCompilable} found: blocking diagnostics, TS-meaning warnings and the values
 * it resolved the TS SDK's way (keyed by the scalar Go could not decode).
 *
 * @example
 * const { errors, warnings, overrides } = checkCompilable(doc);
 */
export interface CompilableCheck {
  /** `compile/incomplete-document` errors. */
  readonly errors: Diagnostic[];
  /** `compile/ts-sdk-meaning` warnings. */
  readonly warnings: Diagnostic[];
  /** Sizes and timeouts read the TS SDK's way, keyed by their scalar. */
  readonly overrides: Map<object, bigint | number>;
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
  const overrides = new Map<object, bigint | number>();
  const interconnects = new Set<object>();
  const missing = (message: string, span: Diagnostic["span"], path: readonly (string | number)[]): void => {
    errors.push(createDiagnostic(CODE, message, span, { path: [...path] }));
  };
  const undecoded = (
    s:
      | { readonly value: unknown; readonly span: Diagnostic["span"]; readonly path: readonly (string | number)[] }
      | undefined,
    what: string,
  ): void => {
    if (s !== undefined && s.value === undefined)
      missing(`The ${what} could not be decoded, so it cannot be compiled.`, s.span, s.path);
  };
  const size = (s: SdlScalar<bigint> | undefined, what: string): void => {
    if (s === undefined || s.value !== undefined || overrides.has(s)) return;
    const text = s.node?.kind === "scalar" ? s.node.text : undefined;
    const ts = text === undefined ? undefined : tsSdkSize(text);
    if (ts === undefined) {
      undecoded(s, what);
      return;
    }
    overrides.set(s, ts);
    warnings.push(
      createDiagnostic(
        "compile/ts-sdk-meaning",
        `Go rejects the ${what} '${text}'; it was compiled as the official TS SDK reads it (${ts} bytes), which only Console deploys accept.`,
        s.span,
        {
          path: [...s.path],
          hints: ["Use a spelling Go and the TS SDK read alike, such as '16Gi' or '16G'."],
        },
      ),
    );
  };

  const timeout = (s: SdlScalar<number> | undefined, what: string): void => {
    if (s === undefined || s.value !== undefined || overrides.has(s)) return;
    const text = s.node?.kind === "scalar" ? s.node.text : undefined;
    const ms = text === undefined ? undefined : tsSdkTimeout(text);
    if (ms === undefined) {
      undecoded(s, what);
      return;
    }
    overrides.set(s, ms);
    warnings.push(
      createDiagnostic(
        "compile/ts-sdk-meaning",
        `Go rejects the ${what} '${text}'; it was compiled as the official TS SDK reads it (${ms} ms), which only Console deploys accept.`,
        s.span,
        {
          path: [...s.path],
          hints: [`Write the timeout in milliseconds (${ms}); both read that alike.`],
        },
      ),
    );
  };

  const deployment = doc.deployment;
  if (deployment === undefined || deployment.isNull || deployment.entries.length === 0) {
    missing(
      "The document deploys nothing, so there is no manifest to compile.",
      deployment?.span ?? doc.span,
      deployment?.path ?? [],
    );
  }
  for (const { key, value: placements } of deployment?.entries ?? []) {
    const svc = sdlMapGet(doc.services, key.name);
    if (svc === undefined)
      missing(`The deployment of '${key.name}' names no service in 'services'.`, key.span, ["deployment", key.name]);
    for (const p of svc?.expose?.items ?? []) {
      undecoded(p.port, "expose port");
      timeout(p.httpOptions?.readTimeout, "read timeout");
      timeout(p.httpOptions?.sendTimeout, "send timeout");
    }
    for (const { key: pkey, value: d } of placements.entries) {
      const profileName = d.profile?.value;
      const profile = profileName === undefined ? undefined : sdlMapGet(doc.profiles?.compute, profileName);
      const placement = sdlMapGet(doc.profiles?.placement, pkey.name);
      if (profile === undefined)
        missing(
          `'${key.name}.${pkey.name}' names no compute profile that exists.`,
          d.profile?.span ?? pkey.span,
          d.profile?.path ?? d.path,
        );
      if (placement === undefined)
        missing(`'${key.name}.${pkey.name}' names no placement profile that exists.`, pkey.span, d.path);
      const price = profileName === undefined ? undefined : sdlMapGet(placement?.pricing, profileName);
      if (placement !== undefined && price === undefined)
        missing(`Placement '${pkey.name}' has no price for profile '${profileName ?? ""}'.`, pkey.span, d.path);
      undecoded(d.count, "count");
      undecoded(price?.amount, "price amount");
      const r = profile?.resources;
      undecoded(r?.cpu?.units, "CPU units");
      undecoded(r?.gpu?.units, "GPU units");
      size(r?.memory?.size, "memory size");
      for (const v of r?.storage?.volumes ?? []) size(v.size, "storage size");
      const group = interconnectGroupOf(r?.gpu);
      if (group !== "" && r?.gpu !== undefined && !interconnects.has(r.gpu)) {
        interconnects.add(r.gpu);
        warnings.push(
          createDiagnostic(
            "compile/ts-sdk-meaning",
            `Go (provider-services) rejects gpu.attributes.interconnect; it was compiled as the official TS SDK reads it (GPU attribute interconnect/group=${group} and the manifest's interconnectGroup), which only Console deploys accept.`,
            r.gpu.attributes?.span ?? r.gpu.span,
            { path: [...(r.gpu.attributes?.path ?? r.gpu.path), "interconnect"] },
          ),
        );
      }
    }
  }
  return { errors, warnings, overrides };
}
