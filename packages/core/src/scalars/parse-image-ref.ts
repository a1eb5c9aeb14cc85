import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { createDiagnostic } from "../diagnostics/create-diagnostic.js";
import { checkDigest, checkDomain, checkPath, checkTag } from "./image-ref-parts.js";
import type { ImageRefProblem } from "./image-ref-parts.js";
import { scalarValue, textSpan } from "./scalar-parse-result.js";
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
  if (text.length === 0) {
    return {
      value: undefined,
      diagnostics: [imageRefDiagnostic({ message: "The image reference is empty.", start: 0, end: 0 }, offset)],
    };
  }
  if (text.length === 64 && HEX_ID.test(text)) {
    return {
      value: undefined,
      diagnostics: [
        imageRefDiagnostic(
          { message: "A bare 64-character hex ID is not an image name.", start: 0, end: text.length },
          offset,
        ),
      ],
    };
  }
  const at = text.indexOf("@");
  const name = at < 0 ? text : text.slice(0, at);
  const digest = at < 0 ? undefined : text.slice(at + 1);
  const slash = name.indexOf("/");
  const first = slash < 0 ? "" : name.slice(0, slash);
  const hasRegistry =
    slash >= 0 && (first === "localhost" || first.includes(".") || first.includes(":") || hasUpperCase(first));
  const remoteStart = hasRegistry ? slash + 1 : 0;
  const remainder = hasRegistry ? name.slice(remoteStart) : name;
  const colon = remainder.indexOf(":");
  const path = colon < 0 ? remainder : remainder.slice(0, colon);
  const tag = colon < 0 ? undefined : remainder.slice(colon + 1);

  // Problems in the order the parts are checked; the array only once there is one.
  let problems: ImageRefProblem[] | undefined;
  let p = hasRegistry ? checkDomain(first, 0) : undefined;
  if (p !== undefined) problems = [p];
  p = checkPath(path, remoteStart);
  if (p !== undefined) (problems ??= []).push(p);
  const pathLength = !hasRegistry && !path.includes("/") ? path.length + "library/".length : path.length;
  if (problems === undefined && pathLength > MAX_PATH) {
    problems = [
      {
        message: `A repository name must be at most ${MAX_PATH} characters long.`,
        start: remoteStart,
        end: remoteStart + path.length,
      },
    ];
  }
  p = tag === undefined ? undefined : checkTag(tag, remoteStart + colon + 1);
  if (p !== undefined) (problems ??= []).push(p);
  p = digest === undefined ? undefined : checkDigest(digest, at + 1);
  if (p !== undefined) (problems ??= []).push(p);
  if (problems !== undefined) {
    const diagnostics: Diagnostic[] = new Array(problems.length);
    for (let i = 0; i < problems.length; i++)
      diagnostics[i] = imageRefDiagnostic(problems[i] as ImageRefProblem, offset);
    return { value: undefined, diagnostics };
  }

  const value: { -readonly [K in keyof ImageRef]: ImageRef[K] } = { repository: path };
  if (hasRegistry) value.registry = first;
  if (tag !== undefined) value.tag = tag;
  if (digest !== undefined) value.digest = digest;
  return scalarValue(value);
}

const HEX_ID = /^[a-f0-9]{64}$/;

/** The diagnostic of one problem, its span moved by `offset`. */
function imageRefDiagnostic(p: ImageRefProblem, offset: number): Diagnostic {
  return createDiagnostic(
    "scalar/invalid-image-ref",
    p.message,
    textSpan(offset, p.start, p.end),
    p.hints ? { hints: p.hints } : {},
  );
}

/** `text !== text.toLowerCase()`, without the copy for ASCII text. */
function hasUpperCase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
    if (c >= 128) return text !== text.toLowerCase();
  }
  return false;
}
