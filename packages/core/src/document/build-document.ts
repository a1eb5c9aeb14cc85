import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { LineCounter } from "../text/line-counter.js";
import { keyNamesAt } from "../keys/sdl-key-table.js";
import { misplacedKeyHints } from "../keys/misplaced-key-hints.js";
import { createDiagnostic } from "../diagnostics/create-diagnostic.js";
import type { YamlMap, YamlNode, YamlTree } from "../tree/index.js";
import type { Span } from "../text/span.js";
import type { BuildContext } from "./build-context.js";
import { createBuildContext, deref, describeNode, keyText, report } from "./build-context.js";
import { buildComputeProfiles } from "./build-compute.js";
import { buildDeployment, buildReclamation } from "./build-deployment.js";
import { buildEndpoints } from "./build-endpoints.js";
import { buildPlacementProfiles } from "./build-placement.js";
import { buildServices } from "./build-services.js";
import { buildVersion } from "./build-version.js";
import { readStringList } from "./read-collections.js";
import { readField, readStruct, releaseStructViews, renameKey } from "./read-struct.js";
import { isGoNull } from "./go-resolve.js";
import { reportMissing, reportMissingIn } from "./report-missing.js";
import type { SdlDocument } from "./sdl-document.js";
import type { SdlPath } from "./sdl-node.js";
import type { SdlProfiles } from "./sdl-profiles.js";
import { suggestKey } from "../diagnostics/suggest-names.js";

/** The top-level keys Go's v2/v2.1 decoders accept, in their switch order. */
const TOP_LEVEL_KEYS = keyNamesAt("");
const REQUIRED_TOP_LEVEL = ["services", "profiles", "deployment"] as const;
const PROFILES_KEYS = keyNamesAt("profiles");

/**
 * The result of {@link buildDocument}: the typed document (when the root is a mapping) and the
 * type diagnostics.
 *
 * @example
 * const { document, diagnostics }: BuildDocumentResult = buildDocument(tree);
 */
export interface BuildDocumentResult {
  /** The typed document, or `undefined` when the text is empty or its root is not a mapping. */
  readonly document: SdlDocument | undefined;
  /** Type, key and quantity diagnostics (tree diagnostics are not repeated here). */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Builds the typed {@link SdlDocument} from a positioned YAML tree (layer 2; it never looks at the
 * text or at the yaml package). Everything is reported, nothing is thrown: an internal failure
 * becomes an `internal/exception` diagnostic.
 *
 * @example
 * const tree = yamlFrontEnd(text, DEFAULT_PARSE_LIMITS);
 * const { document, diagnostics } = buildDocument(tree);
 */
export function buildDocument(
  tree: YamlTree,
  lineCounter: LineCounter | undefined = tree.lineCounter,
): BuildDocumentResult {
  let ctx: BuildContext | undefined;
  try {
    ctx = createBuildContext(tree.root, lineCounter);
    const document = buildRoot(ctx, tree);
    releaseStructViews();
    return { document, diagnostics: ctx.diagnostics };
  } catch (error) {
    releaseStructViews();
    const span = tree.root?.span ?? { start: 0, end: 0 };
    const message = `Building the typed document failed: ${error instanceof Error ? error.message : String(error)}.`;
    return {
      document: undefined,
      diagnostics: [...(ctx?.diagnostics ?? []), createDiagnostic("internal/exception", message, span)],
    };
  }
}

function buildRoot(ctx: BuildContext, tree: YamlTree): SdlDocument | undefined {
  const root = deref(tree.root);
  if (root === null) {
    if (tree.diagnostics.every((d) => d.severity !== "error")) {
      report(
        ctx,
        "sdl/empty-document",
        "The document is empty; Go fails with 'sdl: uninitialized'.",
        { start: 0, end: 0 },
        [],
      );
    }
    return undefined;
  }
  if (root.kind !== "map") {
    report(
      ctx,
      "type/expected-mapping",
      `The document must be a mapping of sections, found ${describeNode(root)}.`,
      root.span,
      [],
      {
        data: { expected: "mapping", actual: root.kind },
      },
    );
    return undefined;
  }
  const version = buildVersion(ctx, root);
  checkTopLevelKeys(ctx, root);
  const view = readStruct(ctx, root, root.span, [], TOP_LEVEL_KEYS, "silent");
  if (view === undefined) return undefined;
  for (let i = 0; i < REQUIRED_TOP_LEVEL.length; i++) {
    const key = REQUIRED_TOP_LEVEL[i] as string;
    const field = view.pair(key);
    if (field === undefined || isGoNull(field.value)) {
      const keySpan = root.pairs[0]?.key.span ?? root.span;
      reportMissing(ctx, keySpan, view.path, view, key, "error", `Go cannot build a deployment without '${key}'.`);
    }
  }
  const { node, span, path, isNull } = view;
  return {
    node,
    span,
    path,
    isNull,
    version,
    include: readField(ctx, view, "include", readStringList, undefined),
    services: readField(ctx, view, "services", buildServices, undefined),
    profiles: readField(ctx, view, "profiles", buildProfiles, undefined),
    deployment: readField(ctx, view, "deployment", buildDeployment, undefined),
    endpoints: readField(ctx, view, "endpoints", buildEndpoints, undefined),
    reclamation: readField(ctx, view, "reclamation", buildReclamation, undefined),
  };
}

/** Go's decoders fail on any other top-level key (`sdl: unexpected field <key>`), merge keys included. */
function checkTopLevelKeys(ctx: BuildContext, root: YamlMap): void {
  for (const pair of root.pairs) {
    const name = keyText(pair.key);
    if ((TOP_LEVEL_KEYS as readonly string[]).includes(name)) continue;
    const guess = suggestKey(name, TOP_LEVEL_KEYS);
    report(
      ctx,
      "sdl/unexpected-field",
      `Go rejects the top-level key '${name}' ('sdl: unexpected field ${name}').`,
      pair.key.span,
      [name],
      {
        hints: [
          ...misplacedKeyHints(name, []),
          guess === undefined ? `Allowed: ${TOP_LEVEL_KEYS.join(", ")}.` : `Did you mean '${guess}'?`,
        ],
        fixes: guess === undefined ? [] : [renameKey(pair, guess)],
        data: { key: name, allowed: TOP_LEVEL_KEYS },
      },
    );
  }
}

function buildProfiles(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  sitePath: SdlPath,
): SdlProfiles | undefined {
  const view = readStruct(ctx, valueNode, keySpan, sitePath, PROFILES_KEYS, "ignore");
  if (view === undefined) return undefined;
  for (let i = 0; i < PROFILES_KEYS.length; i++) {
    const key = PROFILES_KEYS[i] as string;
    const field = view.pair(key);
    if ((field === undefined || isGoNull(field.value)) && !view.isNull) {
      reportMissingIn(ctx, view, key, "error", `Go cannot resolve deployments without 'profiles.${key}'.`);
    }
  }
  const { node, span, path, isNull } = view;
  return {
    node,
    span,
    path,
    isNull,
    compute: readField(ctx, view, "compute", buildComputeProfiles, undefined),
    placement: readField(ctx, view, "placement", buildPlacementProfiles, undefined),
  };
}
