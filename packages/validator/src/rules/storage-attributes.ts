import type { SdlStorageVolume } from "@akash-sdl/core";
import type { Rule, RuleContext } from "../rule-context.js";

const CLASSES: ReadonlySet<string> = new Set(["default", "beta1", "beta2", "beta3", "ram"]);
const GO_BOOL: ReadonlySet<string> = new Set(["true", "false", "yes", "no", "on", "off"]);

/**
 * Storage volume attributes (SDL-SPEC §4.5 for Go, §3.6 and addendum A §1.4 for Console's
 * schema): known classes, boolean `persistent`, `ram` never persistent, other classes only on
 * persistent volumes, Console's need for both keys, unique volume names, sizes with a unit.
 *
 * @example
 * storageAttributes.check(ctx);
 */
export const storageAttributes: Rule = {
  name: "storage-attributes",
  check(ctx) {
    for (const { key, value: profile } of ctx.doc.profiles?.compute?.entries ?? []) {
      const storage = profile.resources?.storage;
      if (storage === undefined) continue;
      const names = new Map<string, SdlStorageVolume>();
      for (const volume of storage.volumes) {
        const first = names.get(volume.effectiveName);
        if (first !== undefined) {
          ctx.report(
            "storage/duplicate-volume-name",
            `The compute profile '${key.name}' has two volumes named '${volume.effectiveName}'.`,
            volume.name ?? volume,
            "go",
            {
              related: [
                { message: `'${volume.effectiveName}' is first defined here.`, span: (first.name ?? first).span },
              ],
              hints: ["Give every volume its own name (a volume without a name is called 'default')."],
              compat: { instead: "Console emits both volumes" },
            },
          );
        }
        names.set(volume.effectiveName, volume);
        checkVolume(ctx, volume);
      }
    }
  },
};

function checkVolume(ctx: RuleContext, volume: SdlStorageVolume): void {
  const attrs = volume.attributes;
  if (attrs === undefined || attrs.isNull) return;
  const rawPersistent = attrs.raw.entries.find((e) => e.key.name === "persistent")?.value;
  const rawClass = attrs.raw.entries.find((e) => e.key.name === "class")?.value;
  const persistentText = rawPersistent?.value;
  const plain = rawPersistent?.node?.kind === "scalar" ? rawPersistent.node.value : undefined;
  const tsPersistent = plain === true || plain === "true";
  const cls = rawClass?.value ?? "";
  if (rawPersistent !== undefined && persistentText !== undefined && !GO_BOOL.has(persistentText.toLowerCase())) {
    ctx.report("storage/invalid-persistent", `persistent '${persistentText}' is not a boolean.`, rawPersistent, "go", {
      hints: ["Write `persistent: true` or `persistent: false`."],
      compat: { instead: "Console keeps the text" },
    });
  }
  if (rawClass !== undefined && cls !== "" && !CLASSES.has(cls)) {
    ctx.report("storage/invalid-class", `The storage class '${cls}' is not known.`, rawClass, "go", {
      hints: ["Use default, beta1, beta2, beta3 or ram."],
      compat: { instead: "Console passes the class on unchecked" },
    });
  }
  // Go compares the raw text: an absent persistent counts as "false" (SDL-SPEC §4.5).
  const goRaw = persistentText ?? "false";
  if (cls === "ram") {
    const go = goRaw !== "false";
    if (go || tsPersistent) {
      ctx.report(
        "storage/ram-persistent",
        "A 'ram' volume cannot be persistent.",
        rawPersistent ?? rawClass ?? ctx.keyAt(attrs.path, attrs),
        go && tsPersistent ? "both" : go ? "go" : "console",
        "Write `persistent: false` for a ram volume, or use another class for persistent data.",
      );
    }
  } else if (cls !== "" && CLASSES.has(cls)) {
    const go = goRaw === "false";
    if (go || !tsPersistent) {
      ctx.report(
        "storage/class-needs-persistent",
        `The storage class '${cls}' needs \`persistent: true\`; classes other than ram are for persistent volumes.`,
        rawPersistent ?? rawClass ?? ctx.keyAt(attrs.path, attrs),
        go && !tsPersistent ? "both" : go ? "go" : "console",
        "Write `persistent: true`, or remove `class` for an ephemeral volume.",
      );
    }
  }
  if (rawClass === undefined || rawPersistent === undefined) {
    const missing = rawClass === undefined ? "class" : "persistent";
    const fix =
      rawClass === undefined
        ? tsPersistent
          ? "class: beta2"
          : "class: ram"
        : cls === "ram"
          ? "persistent: false"
          : "persistent: true";
    ctx.report(
      "storage/incomplete-attributes",
      `The volume's attributes have no '${missing}'; Console needs both class and persistent.`,
      ctx.keyAt(attrs.path, attrs),
      "console",
      {
        compat: {
          instead: `provider-services fills in ${missing === "class" ? "class 'default' for a persistent volume" : "persistent: false"}`,
          portable: `\`${fix}\``,
        },
      },
    );
  }
}
