import { fstatSync, statSync } from "node:fs";
import type { Stats } from "node:fs";
import type { CliIo, TextSink } from "./cli-io.js";
import { tuneForShortRun } from "./util/tune-for-short-run.js";

/**
 * A process's {@link CliIo} and what went wrong while writing to it.
 *
 * @example
 * const { io, writeFailure } = createNodeIo();
 */
export interface NodeIo {
  /** Streams, working directory, environment and standard input of this process. */
  readonly io: CliIo;
  /** The first write error of stdout other than a broken pipe (`ENOSPC`, `EIO` …), if any. */
  writeFailure(): NodeJS.ErrnoException | undefined;
}

/** `true` when file descriptor 0 is `/dev/null` (Node reopens a closed stdin as `/dev/null`). */
function stdinIsDevNull(): boolean {
  try {
    const info = fstatSync(0);
    const devNull = statSync("/dev/null");
    return info.isCharacterDevice() && info.rdev === devNull.rdev;
  } catch {
    return false;
  }
}

/**
 * Reads standard input until its end or until `maxBytes + 1` bytes have arrived, then stops
 * reading (so `yes |` and `< /dev/zero` end at the limit: issue 12, item 7). A directory, a
 * closed stdin and a read error reject (an I/O error, exit status 2), never an empty document.
 */
function readStdin(maxBytes: number): Promise<Uint8Array> {
  let info: Stats;
  try {
    info = fstatSync(0);
  } catch (error) {
    return Promise.reject(new Error(`standard input is closed (${(error as NodeJS.ErrnoException).code ?? "EBADF"})`));
  }
  if (info.isDirectory()) return Promise.reject(new Error("standard input is a directory"));
  if (stdinIsDevNull()) return Promise.reject(new Error("standard input is closed (/dev/null)"));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stdin = process.stdin;
    const finish = (): void => {
      stdin.off("data", onData);
      stdin.off("end", finish);
      stdin.off("error", onError);
      stdin.pause();
      stdin.destroy();
      resolve(new Uint8Array(Buffer.concat(chunks).subarray(0, maxBytes + 1)));
    };
    const onData = (chunk: Buffer): void => {
      chunks.push(chunk);
      size += chunk.length;
      if (size > maxBytes) finish();
    };
    const onError = (error: Error): void => {
      stdin.destroy();
      reject(error);
    };
    stdin.on("data", onData);
    stdin.once("end", finish);
    stdin.once("error", onError);
  });
}

/**
 * Wraps a process stream so that a write error never becomes an unhandled `'error'` event: a
 * broken pipe (`| head -1`) makes later writes no-ops, any other error (`> /dev/full`) is kept for
 * the caller to report once (issue 12, item 11).
 */
function guardedSink(stream: NodeJS.WriteStream, onFailure: (error: NodeJS.ErrnoException) => void): TextSink {
  let broken = false;
  const fail = (error: NodeJS.ErrnoException): void => {
    if (broken) return;
    broken = true;
    if (error.code !== "EPIPE") onFailure(error);
  };
  stream.on("error", fail);
  return {
    write(chunk: string): boolean {
      if (broken) return true;
      try {
        return stream.write(chunk);
      } catch (error) {
        fail(error as NodeJS.ErrnoException);
        return true;
      }
    },
    isTTY: stream.isTTY === true,
    ...(stream.columns ? { columns: stream.columns } : {}),
  };
}

/**
 * The {@link CliIo} of the running process, with guarded stdout/stderr, a bounded stdin reader and
 * engine tuning for short runs (`plannedFiles`: {@link tuneForShortRun}).
 *
 * @example
 * const { io, writeFailure } = createNodeIo();
 * process.exitCode = await main(process.argv.slice(2), io);
 */
export function createNodeIo(): NodeIo {
  let failure: NodeJS.ErrnoException | undefined;
  const io: CliIo = {
    stdout: guardedSink(process.stdout, (error) => {
      failure ??= error;
    }),
    stderr: guardedSink(process.stderr, () => undefined),
    cwd: process.cwd(),
    env: process.env,
    readStdin,
    plannedFiles: (files) => {
      tuneForShortRun(files);
    },
  };
  return { io, writeFailure: () => failure };
}
