import type { CliIo, TextSink } from "../../src/cli-io.js";

/** A {@link TextSink} that records everything written to it. */
export interface BufferSink extends TextSink {
  readonly chunks: string[];
  /** Everything written so far. */
  text(): string;
}

/**
 * A sink for tests; `isTTY`/`columns` fake a terminal.
 *
 * @example
 * const err = bufferSink({ isTTY: true, columns: 80 });
 */
export function bufferSink(options: { isTTY?: boolean; columns?: number } = {}): BufferSink {
  const chunks: string[] = [];
  return {
    chunks,
    write: (chunk: string) => {
      chunks.push(chunk);
      return true;
    },
    text: () => chunks.join(""),
    ...(options.isTTY === undefined ? {} : { isTTY: options.isTTY }),
    ...(options.columns === undefined ? {} : { columns: options.columns }),
  };
}

/** An in-process {@link CliIo} whose streams are buffers. */
export interface TestIo extends CliIo {
  readonly stdout: BufferSink;
  readonly stderr: BufferSink;
}

/**
 * Builds a {@link TestIo} for `cwd`; the environment is empty unless given (so the developer's
 * NO_COLOR/FORCE_COLOR never leak into tests).
 *
 * @example
 * const io = testIo(dir, { stdout: { isTTY: true } });
 */
export function testIo(
  cwd: string,
  options: {
    env?: Record<string, string | undefined>;
    stdout?: { isTTY?: boolean; columns?: number };
    stderr?: { isTTY?: boolean; columns?: number };
  } = {},
): TestIo {
  return { cwd, env: options.env ?? {}, stdout: bufferSink(options.stdout), stderr: bufferSink(options.stderr) };
}
