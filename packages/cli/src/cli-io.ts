/**
 * A writable text stream (process.stdout or a test buffer).
 *
 * @example
 * const lines: string[] = [];
 * const sink: TextSink = { write: (chunk) => lines.push(chunk), isTTY: false };
 */
export interface TextSink {
  /** Writes a chunk of text. */
  write(chunk: string): unknown;
  /** `true` when the stream is a terminal (enables colour and progress). */
  readonly isTTY?: boolean;
  /** Terminal width in columns, when known. */
  readonly columns?: number;
}

/**
 * What a command needs from its environment; tests pass buffers instead of the process streams.
 *
 * @example
 * const io: CliIo = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env };
 */
export interface CliIo {
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  /** Directory that relative paths are resolved against. */
  readonly cwd: string;
  /** Environment variables (`NO_COLOR`, `FORCE_COLOR`, ...). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /**
   * Reads standard input to its end (for the path `-`); resolves to at most `maxBytes + 1` bytes so
   * that an oversized input can be reported without reading all of it. Absent: no standard input.
   */
  readonly readStdin?: (maxBytes: number) => Promise<Uint8Array>;
  /**
   * Told how many files a command is about to check, before it starts: the `akash-sdl` process
   * tunes its JavaScript engine for a short run there (node-io.ts). Absent: nothing is tuned (tests,
   * hosts that call `main()` in their own process).
   */
  readonly plannedFiles?: (files: number) => void;
}
