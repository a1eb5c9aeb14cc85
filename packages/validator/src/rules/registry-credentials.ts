import type { SdlScalar } from "@akash-sdl/core";
import type { RefusedBy } from "../finding.js";
import type { Rule } from "../rule-context.js";

/**
 * `credentials` for a private registry (SDL-SPEC §3.4): host, username and password present (Go
 * trims spaces; deployed services only); Console's schema also wants a password of ≥ 6 and an
 * email of ≥ 5 characters.
 *
 * @example
 * registryCredentials.check(ctx);
 */
export const registryCredentials: Rule = {
  name: "registry-credentials",
  check(ctx) {
    const deployed = ctx.deployedServices;
    for (const { key, value: service } of ctx.doc.services?.entries ?? []) {
      const creds = service.credentials;
      if (creds === undefined || creds.isNull) continue;
      const path = ["services", key.name, "credentials"];
      const fields: [string, SdlScalar<string> | undefined, number][] = [
        ["host", creds.host, 1],
        ["username", creds.username, 1],
        ["password", creds.password, 6],
      ];
      for (const [field, scalar, min] of fields) {
        const raw = scalar?.value ?? "";
        const go = deployed.has(key.name) && raw.trim() === "";
        const ts = raw.length < min;
        if (!go && !ts) continue;
        if (scalar === undefined) continue; // core reports the missing key
        const who: RefusedBy = go && ts ? "both" : go ? "go" : "console";
        const message =
          raw.trim() === ""
            ? `The registry credentials of '${key.name}' have an empty ${field}.`
            : `The registry ${field} of '${key.name}' is shorter than ${min} characters.`;
        ctx.report(
          "credentials/invalid-field",
          message,
          { span: scalar.span, path: [...path, field] },
          who,
          raw.trim() === "" ? `Fill in the ${field}.` : `Console requires at least ${min} characters.`,
        );
      }
      const email = creds.email;
      if (email?.value !== undefined && email.value.length < 5) {
        ctx.report(
          "credentials/invalid-field",
          `The registry email of '${key.name}' is shorter than 5 characters.`,
          email,
          "console",
          "Write the full email address, or remove `email`.",
        );
      }
    }
  },
};
