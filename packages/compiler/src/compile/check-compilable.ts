/**
 * The compiler's own safety net: what `buildGroups` needs to exist and to have decoded. The
 * validator reports all of this with better words; these diagnostics appear only when no
 * validation ran or it let something through, so `compile` never emits a manifest built from
 * zero values. Also resolves TS-SDK-only sizes (see {@link tsSdkSize}), duration timeouts
 * (see {@link tsSdkTimeout}) and GPU memory texts.
 */
import { createDiagnostic, sdlMapGet } from "@akash-sdl/core";
import type { Diagnostic, SdlDocument, SdlGpu, SdlScalar } from "@akash-sdl/core";
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
  /** Sizes, timeouts and GPU memory texts read the TS SDK's way, keyed by their scalar. */
  readonly overrides: Map<object, bigint | number | string>;
}

const CODE = "compile/incomplete-document";

// What one check collects (module-level helpers instead of closures made per call).
interface CheckState {
  readonly errors: Diagnostic[];
  readonly warnings: Diagnostic[];
  readonly overrides: Map<object, bigint | number | string>;
}

type Located = {
  readonly value: unknown;
  readonly span: Diagnostic["span"];
  readonly path: readonly (string | number)[];
};

function missing(st: CheckState, message: string, span: Diagnostic["span"], path: readonly (string | number)[]): void {
  st.errors.push(createDiagnostic(CODE, message, span, { path: [...path] }));
}

function undecoded(st: CheckState, s: Located | undefined, what: string): void {
  if (s !== undefined && s.value === undefined)
    missing(st, `The ${what} could not be decoded, so it cannot be compiled.`, s.span, s.path);
}

// A size or timeout Go could not decode but the TS SDK reads: compiled with the TS SDK's value
// and a warning, else reported as undecoded.
function tsSdkMeaning<T extends bigint | number>(
  st: CheckState,
  s: SdlScalar<T> | undefined,
  what: string,
  read: (text: string) => T | undefined,
  unit: string,
  hint: (value: T) => string,
): void {
  if (s === undefined || s.value !== undefined || st.overrides.has(s)) return;
  const text = s.node?.kind === "scalar" ? s.node.text : undefined;
  const value = text === undefined ? undefined : read(text);
  if (value === undefined) {
    undecoded(st, s, what);
    return;
  }
  st.overrides.set(s, value);
  st.warnings.push(
    createDiagnostic(
      "compile/ts-sdk-meaning",
      `Go rejects the ${what} '${text}'; it was compiled as the official TS SDK reads it (${value} ${unit}), which only Console deploys accept.`,
      s.span,
      { path: [...s.path], hints: [hint(value)] },
    ),
  );
}

const sizeHint = (): string => "Use a spelling Go and the TS SDK read alike, such as '16Gi' or '16G'.";
const timeoutHint = (ms: number): string => `Write the timeout in milliseconds (${ms}); both read that alike.`;

function size(st: CheckState, s: SdlScalar<bigint> | undefined, what: string): void {
  tsSdkMeaning(st, s, what, tsSdkSize, "bytes", sizeHint);
}

function timeout(st: CheckState, s: SdlScalar<number> | undefined, what: string): void {
  tsSdkMeaning(st, s, what, tsSdkTimeout, "ms", timeoutHint);
}

/**
 * GPU memory Go cannot read (`ram: 80GB`, a size Go reads only with a binary suffix): the TS SDK
 * writes the text into the GPU attribute (`…/ram/80GB`), so it is compiled that way, with a warning.
 */
function gpuRam(st: CheckState, gpu: SdlGpu): void {
  for (const model of sdlMapGet(gpu.attributes?.vendor, "nvidia")?.items ?? []) {
    const ram = model.ram;
    if (ram === undefined || ram.isNull || ram.value !== undefined || st.overrides.has(ram)) continue;
    const text = ram.node?.kind === "scalar" && typeof ram.node.value === "string" ? ram.node.text : undefined;
    if (text === undefined) {
      undecoded(st, ram, "GPU memory");
      continue;
    }
    st.overrides.set(ram, text);
    st.warnings.push(
      createDiagnostic(
        "compile/ts-sdk-meaning",
        `Go rejects the GPU memory '${text}'; it was compiled as the official TS SDK writes it (the GPU attribute …/ram/${text}), which only Console deploys accept.`,
        ram.span,
        {
          path: [...ram.path],
          hints: ["Write the memory with a binary suffix, such as '80Gi', which both read alike."],
        },
      ),
    );
  }
}

/**
 * Checks that every deployment resolves to a service, compute profile, placement and price and
 * that the values the manifest needs were decoded.
 *
 * @example
 * checkCompilable(parse(text).document!).errors.length; // 0
 */
export function checkCompilable(doc: SdlDocument): CompilableCheck {
  const st: CheckState = { errors: [], warnings: [], overrides: new Map<object, bigint | number | string>() };
  let interconnects: Set<object> | undefined;

  const deployment = doc.deployment;
  if (deployment === undefined || deployment.isNull || deployment.entries.length === 0) {
    missing(
      st,
      "The document deploys nothing, so there is no manifest to compile.",
      deployment?.span ?? doc.span,
      deployment?.path ?? [],
    );
  }
  for (const { key, value: placements } of deployment?.entries ?? []) {
    const svc = sdlMapGet(doc.services, key.name);
    if (svc === undefined)
      missing(st, `The deployment of '${key.name}' names no service in 'services'.`, key.span, [
        "deployment",
        key.name,
      ]);
    for (const p of svc?.expose?.items ?? []) {
      undecoded(st, p.port, "expose port");
      const h = p.httpOptions;
      if (h !== undefined) {
        timeout(st, h.readTimeout, "read timeout");
        timeout(st, h.sendTimeout, "send timeout");
      }
    }
    for (const { key: pkey, value: d } of placements.entries) {
      const profileName = d.profile?.value;
      const profile = profileName === undefined ? undefined : sdlMapGet(doc.profiles?.compute, profileName);
      const placement = sdlMapGet(doc.profiles?.placement, pkey.name);
      if (profile === undefined)
        missing(
          st,
          `'${key.name}.${pkey.name}' names no compute profile that exists.`,
          d.profile?.span ?? pkey.span,
          d.profile?.path ?? d.path,
        );
      if (placement === undefined)
        missing(st, `'${key.name}.${pkey.name}' names no placement profile that exists.`, pkey.span, d.path);
      const price = profileName === undefined ? undefined : sdlMapGet(placement?.pricing, profileName);
      if (placement !== undefined && price === undefined)
        missing(st, `Placement '${pkey.name}' has no price for profile '${profileName ?? ""}'.`, pkey.span, d.path);
      undecoded(st, d.count, "count");
      undecoded(st, price?.amount, "price amount");
      const r = profile?.resources;
      if (r === undefined) continue;
      undecoded(st, r.cpu?.units, "CPU units");
      undecoded(st, r.gpu?.units, "GPU units");
      size(st, r.memory?.size, "memory size");
      const volumes = r.storage?.volumes;
      if (volumes !== undefined) for (const v of volumes) size(st, v.size, "storage size");
      const gpu = r.gpu;
      if (gpu === undefined) continue;
      gpuRam(st, gpu);
      const group = interconnectGroupOf(gpu);
      if (group === "" || interconnects?.has(gpu) === true) continue;
      (interconnects ??= new Set<object>()).add(gpu);
      st.warnings.push(
        createDiagnostic(
          "compile/ts-sdk-meaning",
          `Go (provider-services) rejects gpu.attributes.interconnect; it was compiled as the official TS SDK reads it (GPU attribute interconnect/group=${group} and the manifest's interconnectGroup), which only Console deploys accept.`,
          gpu.attributes?.span ?? gpu.span,
          { path: [...(gpu.attributes?.path ?? gpu.path), "interconnect"] },
        ),
      );
    }
  }
  return st;
}
