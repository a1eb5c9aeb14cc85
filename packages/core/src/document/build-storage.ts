import { childPath } from "./sdl-node.js";
import { keyNamesAt } from "../keys/sdl-key-table.js";
import type { BuildContext } from "./build-context.js";
import { deref, describeNode, report } from "./build-context.js";
import type { Span } from "../text/span.js";
import type { YamlNode } from "../tree/yaml-node.js";
import { decodeString, leafOf } from "./decode-leaf.js";
import { decodeByteSize } from "./decode-quantity.js";
import { goScalarTag, isGoNull } from "./go-resolve.js";
import { readNamedMap } from "./read-collections.js";
import { keySuggestion, readField, readStruct } from "./read-struct.js";
import { reportMissingIn, severityWhenUsed } from "./report-missing.js";
import type { SdlKey, SdlMap, SdlPath, SdlScalar } from "./sdl-node.js";
import type { SdlStorage, SdlStorageAttributes, SdlStorageVolume } from "./sdl-profiles.js";

const VOLUME_KEYS = keyNamesAt("profiles.compute.*.resources.storage[]");
const STORAGE_ATTRIBUTE_KEYS = keyNamesAt("profiles.compute.*.resources.storage[].attributes");
const GO_TRUE = new Set(["true", "on", "yes"]);
const GO_FALSE = new Set(["false", "off", "no"]);

/**
 * Builds `resources.storage` (Go: `v2ResourceStorageArray`): a mapping is one volume named
 * `"default"` (any `name` is overwritten), a sequence is a list of volumes (an unnamed one is
 * `"default"`). A scalar or an empty list gives no volumes, which Go rejects for a used profile.
 *
 * @example
 * buildStorage(ctx, pair.value, pair.key.span, path, true)?.volumes[0]?.effectiveName; // "default"
 */
export function buildStorage(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  sitePath: SdlPath,
  used: boolean,
): SdlStorage | undefined {
  const node = deref(valueNode);
  if (node === null || isGoNull(node)) return undefined;
  if (node.kind === "map") {
    const volume = buildVolume(ctx, valueNode, keySpan, sitePath, used, "single");
    return {
      node,
      span: node.span,
      path: sitePath,
      isNull: false,
      form: "single",
      volumes: volume === undefined ? [] : [volume],
    };
  }
  if (node.kind === "seq") {
    const items = node.items;
    const volumes: SdlStorageVolume[] = new Array(items.length); // sized up front: the document keeps it
    let count = 0;
    for (let index = 0; index < items.length; index++) {
      const item = items[index] as YamlNode;
      const volume = buildVolume(ctx, item, item.span, childPath(sitePath, index), used, "list");
      if (volume !== undefined) volumes[count++] = volume;
    }
    if (count !== volumes.length) volumes.length = count;
    if (items.length === 0) {
      report(
        ctx,
        "sdl/missing-key",
        `'storage' lists no volumes; Go rejects a resource unit without storage.`,
        node.span,
        sitePath,
        {
          severity: severityWhenUsed(used),
        },
      );
    }
    return { node, span: node.span, path: sitePath, isNull: false, form: "list", volumes };
  }
  report(
    ctx,
    "type/expected-mapping",
    `Expected a volume mapping or a list of volumes, found ${describeNode(node)}.`,
    node.span,
    sitePath,
    {
      severity: severityWhenUsed(used),
      data: { expected: "mapping or sequence", actual: node.kind },
    },
  );
  return undefined;
}

function buildVolume(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  sitePath: SdlPath,
  used: boolean,
  form: "single" | "list",
): SdlStorageVolume | undefined {
  const view = readStruct(ctx, valueNode, keySpan, sitePath, VOLUME_KEYS, "ignore");
  if (view === undefined) return undefined;
  const name = readField(ctx, view, "name", decodeString, false);
  const size = readField(ctx, view, "size", decodeByteSize, undefined);
  if (size === undefined || size.isNull) {
    reportMissingIn(ctx, view, "size", severityWhenUsed(used), "Go reads 0 bytes, below the minimum of 5Mi.");
  }
  const effectiveName = form === "single" || name?.value === undefined || name.value === "" ? "default" : name.value;
  const { node, span, path, isNull } = view;
  return {
    node,
    span,
    path,
    isNull,
    name,
    effectiveName,
    size,
    attributes: readField(ctx, view, "attributes", buildStorageAttributes, undefined),
  };
}

/** One storage attribute: Go's raw string (unknown keys are errors but still read). */
function buildStorageAttribute(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  path: SdlPath,
  _arg: undefined,
  key: SdlKey,
): SdlScalar<string> {
  if (!(STORAGE_ATTRIBUTE_KEYS as readonly string[]).includes(key.name)) {
    report(
      ctx,
      "sdl/unsupported-key",
      `Go rejects the storage attribute '${key.name}' (allowed: persistent, class).`,
      key.span,
      path,
      {
        ...keySuggestion(key, STORAGE_ATTRIBUTE_KEYS),
        data: { key: key.name, allowed: STORAGE_ATTRIBUTE_KEYS },
      },
    );
  }
  return decodeString(ctx, valueNode, keySpan, path, key.name === "persistent");
}

/**
 * Storage attributes: Go decodes a `map[string]string` of raw texts, accepts only `persistent`
 * and `class`, and normalizes persistent with `true/on/yes` → true and `false/off/no` → false,
 * case-sensitively (so `True`, although a YAML boolean, fails). A null value is the empty string.
 */
function buildStorageAttributes(
  ctx: BuildContext,
  valueNode: YamlNode | null,
  keySpan: Span,
  sitePath: SdlPath,
): SdlStorageAttributes | undefined {
  const raw: SdlMap<SdlScalar<string>> | undefined = readNamedMap(
    ctx,
    valueNode,
    keySpan,
    sitePath,
    buildStorageAttribute,
    undefined,
  );
  if (raw === undefined) return undefined;
  const last = (name: string) => raw.entries.findLast((e) => e.key.name === name)?.value;
  const persistentRaw = last("persistent");
  let persistent: SdlScalar<boolean> | undefined;
  if (persistentRaw !== undefined && persistentRaw.value !== undefined) {
    const text = persistentRaw.value;
    if (GO_TRUE.has(text) || GO_FALSE.has(text)) {
      persistent = leafOf(
        persistentRaw.node,
        persistentRaw.span,
        persistentRaw.path,
        GO_TRUE.has(text),
        persistentRaw.isNull,
      );
      const node = deref(persistentRaw.node);
      if (node?.kind === "scalar" && goScalarTag(node) === "str") {
        report(
          ctx,
          "type/yaml11-boolean",
          `Go reads '${text}' as ${GO_TRUE.has(text)}, but YAML 1.2 tools keep the string "${text}" (and hash it differently).`,
          persistentRaw.span,
          persistentRaw.path,
          {
            hints: [`Write ${GO_TRUE.has(text)}.`],
          },
        );
      }
    } else {
      report(
        ctx,
        "type/expected-boolean",
        `Go accepts only true/false/yes/no/on/off (lower case) for 'persistent', found '${text}'.`,
        persistentRaw.span,
        persistentRaw.path,
        {
          data: { expected: "bool", actual: text },
        },
      );
      persistent = leafOf<boolean>(
        persistentRaw.node,
        persistentRaw.span,
        persistentRaw.path,
        undefined,
        persistentRaw.isNull,
      );
    }
  }
  const { node, span, path, isNull } = raw;
  const attributes = { node, span, path, isNull, persistent, class: last("class"), raw };
  return attributes;
}
