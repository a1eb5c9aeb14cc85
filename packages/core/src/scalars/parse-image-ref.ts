import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { createDiagnostic } from "../diagnostics/create-diagnostic.js";
import { checkDigest, checkDomain, checkPath, checkTag } from "./image-ref-parts.js";
import type { ImageRefProblem } from "./image-ref-parts.js";
import { textSpan } from "./scalar-parse-result.js";
import type { ScalarParseResult } from "./scalar-parse-result.js";

/**
 * A container image reference split into its parts, as written (no Docker Hub normalization:
 * `nginx` keeps `registry` undefined and `repository` "nginx").
 *
 * @example
 * const ref: ImageRef = { registry: "ghcr.io", repository: "org/app", tag: "1.2" };
 */
export interface ImageRef {
  /** `host[:port]` when the first path element names a registry. */
  readonly registry?: string;
  /** The repository path, e.g. `library/nginx` or `org/app`. */
  readonly repository: string;
  /** The tag after `:`. */
  readonly tag?: string;
  /** The digest after `@`, e.g. `sha256:…`. */
  readonly digest?: string;
}

const MAX_PATH = 255;

/**
 * Parses a Docker image reference with the distribution/reference grammar as Docker normalizes
 * it (`ParseNormalizedNamed`): `[registry[:port]/]path[:tag][@digest]`. The first element is a
 * registry when it contains `.` or `:`, is `localhost`, or has upper-case letters. Path components
 * are lower-case; tags are `[\w][\w.-]{0,127}`; digests are sha256/384/512 lower-case hex. Each
 * bad part gets its own diagnostic, pointing at the offending characters. Go's SDL code only checks
 * that the image is not empty; a reference this rejects cannot be pulled by the provider.
 *
 * @example
 * parseImageRef("ghcr.io/org/app:1.2").value; // { registry: "ghcr.io", repository: "org/app", tag: "1.2" }
 */
export function parseImageRef(text: string, offset = 0): ScalarParseResult<ImageRef> {
  const report = (p: ImageRefProblem): Diagnostic =>
    createDiagnostic(
      "scalar/invalid-image-ref",
      p.message,
      textSpan(offset, p.start, p.end),
      p.hints ? { hints: p.hints } : {},
    );
  if (text.length === 0)
    return { value: undefined, diagnostics: [report({ message: "The image reference is empty.", start: 0, end: 0 })] };
  if (/^[a-f0-9]{64}$/.test(text)) {
    return {
      value: undefined,
      diagnostics: [
        report({ message: "A bare 64-character hex ID is not an image name.", start: 0, end: text.length }),
      ],
    };
  }
  const at = text.indexOf("@");
  const name = at < 0 ? text : text.slice(0, at);
  const digest = at < 0 ? undefined : text.slice(at + 1);
  const slash = name.indexOf("/");
  const first = slash < 0 ? "" : name.slice(0, slash);
  const hasRegistry = slash >= 0 && (first === "localhost" || /[.:]/.test(first) || first !== first.toLowerCase());
  const remoteStart = hasRegistry ? slash + 1 : 0;
  const remainder = name.slice(remoteStart);
  const colon = remainder.indexOf(":");
  const path = colon < 0 ? remainder : remainder.slice(0, colon);
  const tag = colon < 0 ? undefined : remainder.slice(colon + 1);

  const problems: ImageRefProblem[] = [];
  const push = (p: ImageRefProblem | undefined): void => {
    if (p) problems.push(p);
  };
  if (hasRegistry) push(checkDomain(first, 0));
  push(checkPath(path, remoteStart));
  const pathLength = !hasRegistry && !path.includes("/") ? path.length + "library/".length : path.length;
  if (problems.length === 0 && pathLength > MAX_PATH) {
    push({
      message: `A repository name must be at most ${MAX_PATH} characters long.`,
      start: remoteStart,
      end: remoteStart + path.length,
    });
  }
  if (tag !== undefined) push(checkTag(tag, remoteStart + colon + 1));
  if (digest !== undefined) push(checkDigest(digest, at + 1));
  if (problems.length > 0) return { value: undefined, diagnostics: problems.map(report) };

  const value: { -readonly [K in keyof ImageRef]: ImageRef[K] } = { repository: path };
  if (hasRegistry) value.registry = first;
  if (tag !== undefined) value.tag = tag;
  if (digest !== undefined) value.digest = digest;
  return { value, diagnostics: [] };
}
