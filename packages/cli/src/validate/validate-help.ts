/**
 * The text of `akash-sdl validate --help`.
 *
 * @example
 * io.stdout.write(VALIDATE_HELP);
 */
export const VALIDATE_HELP: string = `Usage: akash-sdl validate [options] PATH...

Check Akash SDL files (versions 2.0 and 2.1) and report every problem with its position.

PATH is a file, a directory (every *.yaml and *.yml below it, skipping node_modules
and dot-folders) or a glob: *, **, ?, [abc], {a,b}. Quote globs so that the command,
not the shell, expands them. Files found in directories or by globs that do not look
like SDL (no profiles/deployment/endpoints, no version 2.x) are skipped with a warning.
A PATH of - reads one SDL text from standard input (reported as <stdin>).

Options:
  -f, --format text|json   output format (default: text)
      --color              colour the text output even when it is not a terminal
      --no-color           never colour the output (NO_COLOR=1 does the same)
  -h, --help               show this help

Output:
  text   code frames for people, then "N files, E errors, W warnings"
  json   one object: {"files":[{"file","diagnostics":[{"code","severity","message",
         "line","column","endLine","endColumn","path","hints"}]}],
         "summary":{"files","errors","warnings"}}

Exit status:
  0  no errors (warnings allowed)
  1  errors found
  2  usage error, or a path that is missing, unreadable or matches no files
`;
