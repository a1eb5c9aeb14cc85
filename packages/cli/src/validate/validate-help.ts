/**
 * The text of `akash-sdl validate --help`.
 *
 * @example
 * io.stdout.write(VALIDATE_HELP);
 */
export const VALIDATE_HELP: string = `Usage: akash-sdl validate [options] PATH...

Check Akash SDL files (versions 2.0 and 2.1) and report every problem with its position,
and whether provider-services (Go) and Console (the official TS SDK) accept each file.

PATH is a file, a directory (every *.yaml and *.yml below it, skipping node_modules
and dot-folders) or a glob: *, **, ?, [abc], {a,b}. Quote globs so that the command,
not the shell, expands them. Files found in directories or by globs that are clearly
not SDL (Docker Compose files, CI workflows, Kubernetes manifests) are skipped with a
note and counted as skipped.
A PATH of - reads one SDL text from standard input (reported as <stdin>).

Options:
  -f, --format text|json|github|sarif
                           output format (default text; github: Actions annotations; sarif: 2.1.0)
  -t, --target TARGET      which deploy path's refusals are errors: any (default: an error
                           only where no path accepts the file), go, console, portable (both)
      --strict             the same as --target console
  -n, --network NETWORK    mainnet, sandbox or testnet: a price denom it does not accept is
                           an error (default: any known network's denoms)
      --color              colour the text output even when it is not a terminal
      --no-color           never colour the output (NO_COLOR=1 does the same)
  -h, --help               show this help

Output:
  text    code frames for people, each file ending with whether Go and Console accept it,
          then "N files, E errors, W warnings[, S skipped (not SDL)]"
  json    one object: {"files":[{"file","diagnostics":[{"code","severity","message",
          "line","column","endLine","endColumn","path","hints"}],"accepts":{"go","console"}}],
          "summary":{"files","errors","warnings","skipped"}} (accepts is null when not checked)
  github  one ::error/::warning/::notice workflow command per diagnostic
  sarif   a SARIF 2.1.0 log for code scanning

Secrets (env values named like *PASSWORD*, *TOKEN*, *_KEY, registry credentials) are
masked in every output, with their length.

Exit status:
  0  no errors (warnings allowed)
  1  errors found
  2  usage error, or a path that is missing, unreadable or matches no files, or the
     output cannot be written (a broken pipe ends quietly)
`;
