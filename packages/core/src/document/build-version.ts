import { parseSemverTolerant } from "../scalars/parse-semver-tolerant.js";
import type { SemverVersion } from "../scalars/parse-semver-tolerant.js";
import type { YamlMap, YamlNode } from "../tree/yaml-node.js";
import type { BuildContext } from "./build-context.js";
import { deref, report } from "./build-context.js";
import { parseWith } from "./decode-quantity.js";
import type { SdlDecoder, SdlVersion } from "./sdl-document.js";

/** yaml.v3's `Node.Value` of a node: scalar text, alias name, `""` otherwise (and for no node). */
function goValue(node: YamlNode | null): string {
  if (node === null) return "";
  if (node.kind === "scalar") return node.text;
  if (node.kind === "alias") return node.name;
  return "";
}

/**
 * The Go decoder for a parsed version: 2.0.0 exactly → `"2.0"`; anything ≥ 2.1.0 (a prerelease
 * of 2.1.0 sorts below it) → `"2.1"`; otherwise `undefined` (Go: `unsupported version`).
 * Build metadata does not take part in the comparison.
 *
 * @example
 * decoderFor({ major: 3, minor: 0, patch: 0 }); // "2.1"
 */
export function decoderFor(v: SemverVersion): SdlDecoder | undefined {
  const pre = v.prerelease !== undefined && v.prerelease.length > 0;
  if (v.major === 2 && v.minor === 0 && v.patch === 0 && !pre) return "2.0";
  const cmp = v.major !== 2 ? v.major - 2 : v.minor !== 1 ? v.minor - 1 : v.patch;
  return cmp > 0 || (cmp === 0 && !pre) ? "2.1" : undefined;
}

/** The offset where the line holding `offset` starts (the offset itself without a line counter). */
function lineStartOf(ctx: BuildContext, offset: number): number {
  const starts = ctx.lineCounter?.lineStarts;
  if (starts === undefined) return offset;
  let at = 0;
  for (const start of starts) if (start <= offset) at = start;
  return at;
}

/**
 * Finds the version the way Go's `sdl.UnmarshalYAML` does: the first node of the root mapping
 * (key or value) whose text is `version`; the node right after it is parsed with
 * `semver.ParseTolerant`. Reports a missing version (Go: `no version found`), parse errors, an
 * unsupported version, and (as warnings) an unquoted version and one outside the schema's
 * `"2.0"`/`"2.1"`.
 *
 * @example
 * buildVersion(ctx, root)?.decoder; // "2.0" for `version: "2.0"`
 */
export function buildVersion(ctx: BuildContext, root: YamlMap): SdlVersion | undefined {
  // The nodes in order are key, value, key, value, …: the first one whose text is `version` and
  // the node after it (`nothingFollows` when it is the last value).
  const pairs = root.pairs;
  let keyNode: YamlNode | undefined;
  let valueNode: YamlNode | null = null;
  let nothingFollows = false;
  for (let i = 0; i < pairs.length; i++) {
    const p = pairs[i] as (typeof pairs)[number];
    if (goValue(p.key) === "version") {
      keyNode = p.key;
      valueNode = p.value;
      break;
    }
    if (p.value !== null && goValue(p.value) === "version") {
      keyNode = p.value;
      const next = pairs[i + 1];
      if (next === undefined) nothingFollows = true;
      else valueNode = next.key;
      break;
    }
  }
  if (keyNode === undefined) {
    const first = root.pairs[0]?.key.span ?? root.span;
    report(
      ctx,
      "sdl/missing-key",
      "The document has no 'version'; Go fails with 'no version found'.",
      first,
      ["version"],
      {
        hints: ['Add `version: "2.0"` (or "2.1") at the top.'],
        // A block root starts at its first key's line: the version goes on a line of its own before it.
        ...(root.flow
          ? {}
          : {
              fixes: [
                {
                  range: { start: lineStartOf(ctx, first.start), end: lineStartOf(ctx, first.start) },
                  newText: 'version: "2.0"\n',
                },
              ],
            }),
        data: { key: "version" },
      },
    );
    return undefined;
  }
  const key = { name: "version", node: keyNode, span: keyNode.span };
  if (nothingFollows) {
    report(ctx, "sdl/missing-key", "Nothing follows the 'version' that Go finds; Go crashes here.", keyNode.span, [
      "version",
    ]);
    return undefined;
  }
  const node = deref(valueNode);
  const span = valueNode?.span ?? keyNode.span;
  const raw = goValue(valueNode);
  const parsed: SemverVersion | undefined =
    node !== null && node.kind === "scalar"
      ? parseWith(ctx, keyNode.span, ["version"], node, raw, parseSemverTolerant).value
      : reportUnparsable(ctx, raw, span);
  const decoder = parsed === undefined ? undefined : decoderFor(parsed);
  if (parsed !== undefined && decoder === undefined) {
    report(
      ctx,
      "sdl/unsupported-version",
      `Go does not support version '${raw}' (only 2.0 and 2.1 or later).`,
      span,
      ["version"],
      {
        hints: ['Use version "2.0" or "2.1".'],
        data: { version: raw },
      },
    );
  }
  if (decoder !== undefined && node !== null && node.kind === "scalar") {
    if (node.style === "plain" && typeof node.value !== "string") {
      report(
        ctx,
        "sdl/unquoted-version",
        `Go reads the unquoted version '${raw}' as text, but YAML 1.2 tools read a number.`,
        node.span,
        ["version"],
        {
          hints: [`Quote it: "${raw}".`],
        },
      );
    } else if (raw !== "2.0" && raw !== "2.1") {
      report(
        ctx,
        "sdl/version-not-in-schema",
        `Go reads version '${raw}' as ${decoder}, but the schema allows only "2.0" and "2.1".`,
        node.span,
        ["version"],
        {
          hints: [`Write "${decoder}".`],
        },
      );
    }
  }
  return { node, span, path: ["version"], key, raw, parsed, decoder };
}

function reportUnparsable(ctx: BuildContext, raw: string, span: SdlVersion["span"]): undefined {
  report(
    ctx,
    "sdl/unsupported-version",
    `The version must be a scalar such as "2.0", found '${raw}'.`,
    span,
    ["version"],
    {
      data: { version: raw },
    },
  );
  return undefined;
}
