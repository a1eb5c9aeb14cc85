import type { SdlStorageVolume, YamlNode } from "@akash-sdl/core";
import { consolePersistent } from "../console-persistent.js";
import type { RefusedBy } from "../finding.js";
import type { Rule, RuleContext } from "../rule-context.js";
import { replaceScalar } from "../replace-scalar.js";
import { suggestionHint } from "../suggest.js";

/**
 * `services.<s>.params.storage` against the deployed profile's volumes (SDL-SPEC §3.6): each
 * entry names a volume of the profile, mounts are absolute and unique, persistent volumes are
 * mounted (Go 2.0 only when the service mounts nothing; Console always, reading `persistent` its
 * own way; Go 2.1 never), a `ram` volume is not mounted read-only (Go 2.1), and a null key is
 * reported (Console reads it as the volume `null`).
 *
 * @example
 * storageMounts.check(ctx);
 */
export const storageMounts: Rule = {
  name: "storage-mounts",
  check(ctx) {
    const done = new Set<string>();
    const decoder = ctx.doc.version?.decoder ?? "2.0";
    for (const d of ctx.deployed) {
      const { service, profile } = d;
      if (service === undefined || profile === undefined) continue;
      const id = `${d.serviceName}\u0000${d.profileName ?? ""}`;
      if (done.has(id)) continue;
      done.add(id);
      const volumes = profile.resources?.storage?.volumes ?? [];
      const params = service.params?.storage;
      const mounts = new Map<string, string>();
      for (const { key, value } of params?.entries ?? []) {
        const path = ["services", d.serviceName, "params", "storage", key.name];
        const volume = volumes.find((v) => v.effectiveName === key.name);
        // Go forces the single-map volume's name to "default"; Console keeps its `name:`.
        const tsOnly = volume === undefined ? volumes.find((v) => v.name?.value === key.name) : undefined;
        if (volume === undefined && tsOnly !== undefined) {
          ctx.report(
            "storage/undefined-volume",
            `The service '${d.serviceName}' mounts the volume '${key.name}', but a single storage map is always named 'default' for provider-services.`,
            { span: key.span, path },
            "go",
            {
              hints: [
                `Write the profile's storage as a list (\`storage: [{ name: ${key.name}, size: … }]\`), or mount 'default'.`,
              ],
              compat: { instead: "Console uses the `name:` of the single map" },
            },
          );
          continue;
        }
        if (volume === undefined) {
          ctx.report(
            "storage/undefined-volume",
            `The service '${d.serviceName}' mounts the volume '${key.name}', which the compute profile '${d.profileName ?? ""}' does not define.`,
            { span: key.span, path },
            "both",
            {
              hints: suggestionHint(
                key.name,
                volumes.map((v) => v.effectiveName),
                `Add a volume named '${key.name}' to the profile's storage`,
              ),
            },
          );
          continue;
        }
        if (!volumes.some((v) => v.name?.value === key.name)) {
          ctx.report(
            "storage/undefined-volume",
            `The service '${d.serviceName}' mounts '${key.name}', but the volume has no \`name: ${key.name}\`, which Console looks for.`,
            { span: key.span, path },
            "console",
            {
              hints: [`Write \`name: ${key.name}\` on the volume.`],
              compat: { instead: "provider-services names an unnamed volume 'default'" },
            },
          );
        }
        const mount = value.mount;
        const text = mount?.value;
        // A missing or empty mount is core's `sdl/missing-key` (Go refuses; Console only when the key is written).
        if (mount === undefined || mount.isNull || text === undefined || text === "") continue;
        if (!text.startsWith("/")) {
          ctx.report("storage/mount-not-absolute", `The mount path '${text}' is not absolute.`, mount, "both", {
            hints: [`Write '/${text}'.`],
            fixes: replaceScalar(mount, `/${text}`),
          });
          continue;
        }
        const other = mounts.get(text);
        if (other !== undefined) {
          ctx.report(
            "storage/duplicate-mount",
            `The mount path '${text}' is already used by the volume '${other}'.`,
            mount,
            "both",
            "Mount each volume at its own path.",
          );
        }
        mounts.set(text, key.name);
        const cls = volume.attributes?.class?.value;
        if (cls === "ram" && value.readOnly?.value === true && decoder === "2.1") {
          ctx.report(
            "storage/ram-read-only",
            `The ram volume '${key.name}' is mounted read-only.`,
            value.readOnly,
            "go",
            {
              hints: ["Remove `readOnly: true`: a ram volume is scratch space."],
              compat: { instead: "Console mounts it read-only" },
            },
          );
        }
      }
      reportNullKeys(ctx, d.serviceName, params?.node ?? null, volumes);
      const anyMount = mounts.size > 0;
      for (const volume of volumes) {
        const persistent = volume.attributes?.persistent;
        // Go reads its boolean words; Console any text but false/no/0 (consolePersistent).
        const goPersistent = persistent?.value === true;
        const tsPersistent = consolePersistent(persistent?.node);
        if (!goPersistent && !tsPersistent) continue;
        // Console looks the mount up under the volume's raw name (`name || ""`), Go under its effective name.
        const tsName = volume.name?.value ?? "";
        const ts =
          tsPersistent && !(params?.entries.some((e) => e.key.name === tsName && e.value.mount?.value) ?? false);
        const go = goPersistent && decoder === "2.0" && !anyMount;
        if (!go && !ts) continue;
        const goMounted =
          params?.entries.some((e) => e.key.name === volume.effectiveName && e.value.mount?.value) ?? false;
        const who: RefusedBy = go && ts ? "both" : go ? "go" : "console";
        ctx.report(
          "storage/persistent-without-mount",
          `The persistent volume '${volume.effectiveName}' is not mounted by the service '${d.serviceName}'.`,
          { span: (volume.name ?? volume).span, path: volume.path },
          who,
          {
            hints: [
              goMounted
                ? `Write \`name: ${volume.effectiveName}\` on the volume so that Console finds its mount.`
                : `Add params.storage.${volume.effectiveName}.mount (an absolute path) to the service '${d.serviceName}'.`,
            ],
            compat: {
              instead: goMounted
                ? `provider-services finds the mount under '${volume.effectiveName}'`
                : "provider-services allocates the volume without mounting it",
            },
          },
        );
      }
    }
  },
};

/**
 * A null key in `params.storage` (`~:`): provider-services skips the entry, Console looks for a
 * volume named `null` and refuses the file when there is none (alpha.45).
 */
function reportNullKeys(
  ctx: RuleContext,
  serviceName: string,
  node: YamlNode | null,
  volumes: readonly SdlStorageVolume[],
): void {
  if (node?.kind !== "map" || volumes.some((v) => v.name?.value === "null")) return;
  for (const pair of node.pairs) {
    const key = pair.key;
    if (key.kind !== "scalar" || key.style !== "plain" || key.value !== null) continue;
    ctx.report(
      "storage/undefined-volume",
      `The service '${serviceName}' mounts a volume under a null key ('${key.text}'), which Console reads as the volume 'null'.`,
      { span: key.span, path: ["services", serviceName, "params", "storage"] },
      "console",
      {
        hints: ["Write the name of one of the profile's volumes as the key."],
        compat: { instead: "provider-services skips the entry" },
      },
    );
  }
}
