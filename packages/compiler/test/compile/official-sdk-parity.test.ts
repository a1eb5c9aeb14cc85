import { describe, expect, test } from "vitest";
import { compile, goJsonMarshal, groupSpecsJson, manifestVersionHex } from "../../src/index.js";
import type { GroupSpec } from "../../src/index.js";
import { corpusFiles, HAS_CORPUS } from "../support/corpus.js";
import { divergencesOf } from "../support/divergences.js";
import { officialCompile } from "../support/official-sdk.js";

/**
 * The group specs as protobuf values: fresh signedBy lists, so an explicit `allOf: []` (Go's
 * non-nil empty slice, `[]` in Go's JSON) prints like an absent one — the official SDK's
 * objects, like the protobuf wire, cannot tell the two apart.
 */
const protobufValues = (groups: readonly GroupSpec[]): GroupSpec[] =>
  groups.map((g) => ({
    ...g,
    requirements: {
      ...g.requirements,
      signedBy: { allOf: [...g.requirements.signedBy.allOf], anyOf: [...g.requirements.signedBy.anyOf] },
    },
  }));

describe.skipIf(!HAS_CORPUS)("against @akashnetwork/chain-sdk 1.0.0-alpha.45 on the whole corpus", () => {
  test("identical hash and group specs on every file both accept, unless the file triggers an open Go/TS divergence", {
    timeout: 180_000,
  }, () => {
    let both = 0;
    let identical = 0;
    const unexplained: string[] = [];
    const explainedButEqual: string[] = [];
    for (const file of corpusFiles()) {
      const ours = compile(file.text);
      const ts = officialCompile(file.text);
      if (ours.value === undefined || !ts.ok) continue;
      both++;
      const sameHash = manifestVersionHex(ours.value.manifest) === ts.hash;
      const sameGroups =
        goJsonMarshal(groupSpecsJson(protobufValues(ours.value.groups))) === goJsonMarshal(groupSpecsJson(ts.groups));
      const sameReclamation =
        JSON.stringify(ours.value.reclamation?.minWindow, (_k, v: unknown) =>
          typeof v === "bigint" ? v.toString() : v,
        ) === JSON.stringify(ts.reclamation, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
      const divergences = divergencesOf(file.text);
      if (sameHash && sameGroups && sameReclamation) identical++;
      if (!(sameHash && sameGroups && sameReclamation) && divergences.length === 0)
        unexplained.push(`${file.name} hash=${sameHash} groups=${sameGroups}`);
      if (sameHash && sameGroups && divergences.length > 0)
        explainedButEqual.push(`${file.name}: ${divergences.join(",")}`);
    }
    expect(unexplained).toEqual([]);
    // A detector that fires on a file whose output is the same would hide real differences elsewhere.
    expect(explainedButEqual).toEqual([]);
    expect(both).toBeGreaterThan(300);
    expect(identical).toBeGreaterThan(250);
  });
});
