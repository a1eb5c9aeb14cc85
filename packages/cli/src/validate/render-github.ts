import { escapeControls } from "../safety/escape-controls.js";
import type { FileReport } from "./validate-file.js";
import { toJsonDiagnostic } from "./to-json-report.js";

const LEVEL = { error: "error", warning: "warning", info: "notice" } as const;

/** Escapes a workflow-command message (`%`, CR, LF), after making control characters visible. */
function escapeData(text: string): string {
  return escapeControls(text).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escapes a workflow-command property value (as data, plus `:` and `,`). */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/**
 * Renders one file's diagnostics as GitHub Actions workflow commands, one line each:
 * `::error file=deploy.yaml,line=5,col=5,endLine=5,endColumn=10,title=yaml/duplicate-key::The key…`
 * (`info` becomes `notice`; hints follow the message). Names, values and file names have their
 * control and bidi characters escaped, so a crafted file cannot forge another annotation.
 *
 * @example
 * io.stdout.write(renderGithubAnnotations(report));
 */
export function renderGithubAnnotations(report: FileReport): string {
  let out = "";
  for (const d of report.diagnostics) {
    const j = toJsonDiagnostic(d, report.lineCounter);
    const props = [`file=${escapeProperty(report.file)}`];
    if (j.line !== null)
      props.push(`line=${j.line}`, `col=${j.column}`, `endLine=${j.endLine}`, `endColumn=${j.endColumn}`);
    props.push(`title=${escapeProperty(d.code)}`);
    const hints = j.hints.length > 0 ? ` Hint: ${j.hints.join(" ")}` : "";
    out += `::${LEVEL[d.severity] ?? "error"} ${props.join(",")}::${escapeData(`${j.message}${hints}`)}\n`;
  }
  return out;
}
