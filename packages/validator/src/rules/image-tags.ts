import type { Rule } from "../rule-context.js";

/**
 * Images without a pinned tag (`nginx`, `nginx:latest`): both paths accept them, but a provider
 * may pull a different image on every restart (warning).
 *
 * @example
 * imageTags.check(ctx);
 */
export const imageTags: Rule = {
  name: "image-tags",
  check(ctx) {
    for (const { key, value: service } of ctx.doc.services?.entries ?? []) {
      const ref = service.imageRef;
      const image = service.image;
      if (ref === undefined || image === undefined || ref.digest !== undefined) continue;
      if (ref.tag === undefined) {
        ctx.report(
          "image/untagged",
          `The image '${image.value ?? ""}' of '${key.name}' has no tag, so it means ':latest'.`,
          image,
          "none",
          "Pin a version, e.g. 'nginx:1.27' (or a digest).",
        );
      } else if (ref.tag === "latest") {
        ctx.report(
          "image/latest-tag",
          `The image '${image.value ?? ""}' of '${key.name}' uses the moving tag ':latest'.`,
          image,
          "none",
          "Pin a version (or a digest) so every restart runs the same image.",
        );
      }
    }
  },
};
