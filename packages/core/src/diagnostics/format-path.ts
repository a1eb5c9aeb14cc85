/**
 * The one way a document path is written for people: `services.web.expose[0].port`; a key that
 * is not a plain name is quoted (`profiles.placement["us west"]`). The root is `""`.
 *
 * @example
 * formatPath(["services", "web", "expose", 0, "port"]); // "services.web.expose[0].port"
 * formatPath(["deployment", "my.svc"]); // 'deployment["my.svc"]'
 */
export function formatPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else if (/^[A-Za-z0-9_-]+$/.test(part)) out += out === "" ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}
