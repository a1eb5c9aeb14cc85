/**
 * Diagnostic codes of the `cli/` family: problems the `akash-sdl` command finds with the files
 * it is given before any SDL is parsed (missing paths, unreadable or non-text files).
 *
 * @example
 * CLI_CODES["cli/file-not-found"]?.severity; // "error"
 */
export const CLI_CODES = {
  "cli/file-not-found": {
    severity: "error",
    title: "File not found",
    description:
      "A path given on the command line does not exist. Check the spelling, or quote a glob so the command expands it. The command exits with status 2.",
  },
  "cli/no-files-matched": {
    severity: "error",
    title: "No files matched",
    description:
      "A glob or a directory given on the command line selected no `*.yaml`/`*.yml` files (directories skip `node_modules` and dot-folders). The command exits with status 2.",
  },
  "cli/read-error": {
    severity: "error",
    title: "File could not be read",
    description:
      "The operating system refused to read the file (permissions, a special file, an I/O error). The message carries the system's reason. The command exits with status 2.",
  },
  "cli/file-too-large": {
    severity: "error",
    title: "File too large",
    description:
      "The file is larger than the command reads (16 MiB); it is not opened. SDL files are a few kilobytes: this is probably not an SDL file.",
  },
  "cli/binary-file": {
    severity: "error",
    title: "Binary file",
    description: "The file contains NUL bytes, so it is not a text file and cannot be an SDL file.",
  },
  "cli/invalid-utf8": {
    severity: "error",
    title: "Invalid UTF-8",
    description:
      "The file is not valid UTF-8 text (YAML and the Go reference read UTF-8). Re-save it as UTF-8; a file that starts with a UTF-16 byte-order mark is reported with a hint.",
  },
  "cli/not-sdl": {
    severity: "info",
    title: "Not an SDL file",
    description:
      'A well-formed YAML file found by searching a directory or a glob is clearly not an Akash SDL, so it is skipped and counted as skipped in the summary: a Docker Compose file (services with `ports`, `build`, `volumes` … even under `version: "2"`), a GitHub Actions workflow, a GitLab CI file, a Kubernetes manifest, or YAML with none of `profiles`, `deployment`, `endpoints` and no SDL version. Example: `validate .` in a repository with a `docker-compose.yml`. Fix: nothing, or name the file explicitly to validate it anyway.',
  },
  "cli/walk-limit": {
    severity: "error",
    title: "Search stopped at its limit",
    description:
      "A directory or `**` glob search looked at 200,000 directory entries and stopped, so some files were not checked. Example: `akash-sdl validate /` on a whole disk. Fix: name the folder that holds the SDL files. The command exits with status 2.",
  },
} as const;
