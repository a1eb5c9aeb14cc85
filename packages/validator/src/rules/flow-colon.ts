import type { SdlList, SdlScalar } from "@akash-sdl/core";
import type { Rule, RuleContext } from "../rule-context.js";

/**
 * Text ending in `:` in a list of strings (`args: [--bind, a:]`): yaml.v3 reads the text `a:`
 * (in a flow list a `:` right before `,`, `]` or `}` stays text, and nowhere else can plain text
 * end in `:`), js-yaml (Console) a mapping `{a: null}`, which no SDL list takes, so Console
 * refuses the file (alpha.45 probes). Quoting it satisfies both. Checked in the string lists an
 * SDL has (command, args, env, accept, next_cases, permissions, signedBy, include).
 *
 * @example
 * flowColon.check(ctx);
 */
export const flowColon: Rule = {
  name: "flow-colon",
  check(ctx) {
    const doc = ctx.doc;
    check(ctx, doc.include);
    for (const { value: service } of doc.services?.entries ?? []) {
      check(ctx, service.command);
      check(ctx, service.args);
      check(ctx, service.env);
      check(ctx, service.params?.permissions?.read);
      for (const expose of service.expose?.items ?? []) {
        check(ctx, expose.accept);
        check(ctx, expose.httpOptions?.nextCases);
      }
    }
    for (const { value: placement } of doc.profiles?.placement?.entries ?? []) {
      check(ctx, placement.signedBy?.anyOf);
      check(ctx, placement.signedBy?.allOf);
    }
  },
};

function check(ctx: RuleContext, list: SdlList<SdlScalar<string>> | undefined): void {
  for (const item of list?.items ?? []) {
    const node = item.node;
    if (node?.kind !== "scalar" || node.style !== "plain" || node.text.length < 2 || !node.text.endsWith(":")) continue;
    ctx.report(
      "compat/flow-colon",
      `Console's YAML reader reads '${node.text}' here as a mapping '${node.text.slice(0, -1)}: null', not as text.`,
      item,
      "console",
      {
        hints: [`Quote it: "${node.text}".`],
        compat: { instead: `provider-services reads the text '${node.text}'`, portable: `"${node.text}"` },
      },
    );
  }
}
