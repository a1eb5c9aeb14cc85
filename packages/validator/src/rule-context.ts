import type { NetworkInfo } from "@akash-sdl/catalog";
import { sdlMapGet } from "@akash-sdl/core";
import type {
  DiagnosticCode,
  ParseResult,
  SdlComputeProfile,
  SdlDocument,
  SdlKey,
  SdlPlacementDeployment,
  SdlPlacementProfile,
  SdlService,
  Span,
} from "@akash-sdl/core";
import type { CompatNote, Finding, RefusedBy } from "./finding.js";
import { keySpanAt } from "./node-at-path.js";

/**
 * One `deployment.<service>.<placement>` entry with everything it names resolved (each part is
 * `undefined` when the name points nowhere).
 *
 * @example
 * ctx.deployed.map((d) => `${d.serviceName}.${d.placementName}`);
 */
export interface DeployedPair {
  /** The service name (deployment key). */
  readonly serviceName: string;
  /** The deployment's service key. */
  readonly serviceKey: SdlKey;
  /** The placement name. */
  readonly placementName: string;
  /** The deployment entry. */
  readonly deployment: SdlPlacementDeployment;
  /** The service it names. */
  readonly service: SdlService | undefined;
  /** The compute profile name it names. */
  readonly profileName: string | undefined;
  /** The compute profile. */
  readonly profile: SdlComputeProfile | undefined;
  /** The placement profile. */
  readonly placement: SdlPlacementProfile | undefined;
}

/**
 * Where a finding points: a typed node, a key (with its path) or a bare span.
 *
 * @example
 * ctx.report("ref/undefined-profile", "…", { span: key.span, path: ["deployment", "web"] }, "both");
 */
export interface Anchor {
  /** The span. */
  readonly span: Span;
  /** The document path. */
  readonly path?: readonly (string | number)[];
}

/**
 * Extra parts of a report.
 *
 * @example
 * const extra: ReportExtras = { hints: ["Add it under profiles.compute."] };
 */
export interface ReportExtras {
  /** Hints. */
  readonly hints?: readonly string[];
  /** Facts. */
  readonly data?: Readonly<Record<string, unknown>>;
  /** Related locations. */
  readonly related?: Finding["related"];
  /** Compat explanation for one-path refusals. */
  readonly compat?: CompatNote;
  /** Machine-applicable repairs. */
  readonly fixes?: Finding["fixes"];
}

/**
 * What a rule sees: the document, the parse result, the network, resolved deployments, and a
 * `report` acceptor (rules never build diagnostics themselves).
 *
 * @example
 * const rule: Rule = { name: "x", check: (ctx) => ctx.report("unused/profile", "…", node, "none") };
 */
export interface RuleContext {
  /** The typed document. */
  readonly doc: SdlDocument;
  /** The whole parse result (tree, core diagnostics). */
  readonly parsed: ParseResult;
  /** The network's denoms and limits (mainnet when none was chosen). */
  readonly network: NetworkInfo;
  /** `true` when the caller chose the network. */
  readonly networkChosen: boolean;
  /** Every deployment entry, in source order. */
  readonly deployed: readonly DeployedPair[];
  /** The service names of {@link deployed} (built once for all rules). */
  readonly deployedServices: ReadonlySet<string>;
  /** The compute profile names of {@link deployed} (`undefined` for an entry without one). */
  readonly deployedProfiles: ReadonlySet<string | undefined>;
  /** Records a finding; `extras` as a string is its one hint. */
  report(code: DiagnosticCode, message: string, at: Anchor, refusedBy: RefusedBy, extras?: ReportExtras | string): void;
  /** The anchor of the key that holds the block at `path` (or `fallback` when there is none). */
  keyAt(path: readonly (string | number)[], fallback: Anchor): Anchor;
}

/**
 * A validation rule: one file, one concern, its own codes.
 *
 * @example
 * const rule: Rule = { name: "image-tags", check(ctx) {} };
 */
export interface Rule {
  /** The rule's name (its file name). */
  readonly name: string;
  /** Runs the rule. */
  check(ctx: RuleContext): void;
}

/**
 * Lists every deployment entry with the service, profile and placement it names.
 *
 * @example
 * resolveDeployments(doc).length;
 */
export function resolveDeployments(doc: SdlDocument): DeployedPair[] {
  const out: DeployedPair[] = [];
  const entries = doc.deployment?.entries;
  if (entries === undefined) return out;
  const services = doc.services;
  const compute = doc.profiles?.compute;
  const placements = doc.profiles?.placement;
  for (let i = 0; i < entries.length; i++) {
    const { key, value } = entries[i] as (typeof entries)[number];
    const service = sdlMapGet(services, key.name);
    for (let j = 0; j < value.entries.length; j++) {
      const entry = value.entries[j] as (typeof value.entries)[number];
      const profileName = entry.value.profile?.value;
      out.push({
        serviceName: key.name,
        serviceKey: key,
        placementName: entry.key.name,
        deployment: entry.value,
        service,
        profileName,
        profile: profileName === undefined ? undefined : sdlMapGet(compute, profileName),
        placement: sdlMapGet(placements, entry.key.name),
      });
    }
  }
  return out;
}

/**
 * Creates a context whose `report` appends to `findings`.
 *
 * @example
 * const findings: Finding[] = [];
 * const ctx = createRuleContext(parsed, doc, NETWORKS.mainnet, findings);
 */
export function createRuleContext(
  parsed: ParseResult,
  doc: SdlDocument,
  network: NetworkInfo,
  findings: Finding[],
  networkChosen = true,
): RuleContext {
  const deployed = resolveDeployments(doc);
  const deployedServices = new Set<string>();
  const deployedProfiles = new Set<string | undefined>();
  for (const d of deployed) {
    deployedServices.add(d.serviceName);
    deployedProfiles.add(d.profileName);
  }
  return {
    doc,
    parsed,
    network,
    networkChosen,
    deployed,
    deployedServices,
    deployedProfiles,
    report(code, message, at, refusedBy, extras) {
      // A lone string is the finding's one hint.
      const x = typeof extras === "string" ? { hints: [extras] } : extras;
      findings.push({ code, message, span: at.span, path: at.path, refusedBy, ...x });
    },
    keyAt(path, fallback) {
      const span = keySpanAt(parsed.tree.root, path);
      return span === undefined ? fallback : { span, path };
    },
  };
}
