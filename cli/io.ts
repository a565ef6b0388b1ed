/**
 * What the command line needs from the outside world, as one object, so that tests run `run()`
 * in-process with fake streams and files, and `bin.mjs` wires it to the real process.
 */
import { closeSync, fstatSync, openSync, readSync, writeFileSync } from 'node:fs';
import { decodeText } from '../model/text/decode';

/** The file argument that means standard input. */
export const STDIN = '-';

/** The command line's view of the process: output streams, terminal, files, environment. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stdout is a terminal (colour is used only then, and never when NO_COLOR is set). */
  isTTY: boolean;
  /**
   * The text of a file (`-`: standard input), decoded as a browser decodes a file; throws a
   * `FileReadError` (or any error with a `code`) when it cannot be read.
   */
  readFile(path: string): string;
  /** Writes a file (created or replaced); throws like Node's fs when it cannot. */
  writeFile(path: string, text: string): void;
  /** Environment variables; only NO_COLOR and VPC_CANVAS_DEBUG are read. */
  env?: Record<string, string | undefined>;
  /** The directory SARIF locations are relative to; the process's working directory by default. */
  cwd?: string;
  /**
   * Resolves once stdout has taken what was written (a slow pipe reader), so that a command
   * writing file after file holds one file's output in memory, not all of them.
   */
  drain?(): Promise<void>;
}

/** Files larger than this are refused before they are read: a topology document is never this big. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** A file that cannot be read, with a reason fit to print after the file name. */
export class FileReadError extends Error {
  override readonly name = 'FileReadError';
}

const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory, not a file',
  ENOTDIR: 'a part of the path is not a directory',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the path is too long',
};

/** The reason a file could not be read, in words, without the stack or the syscall. */
export function readErrorReason(error: unknown): string {
  if (error instanceof FileReadError) return error.message;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && FS_REASONS[code]) return FS_REASONS[code];
  return error instanceof Error ? error.message : String(error);
}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/**
 * Reads a file, refusing anything over `maxBytes` before reading it, and decodes it as a browser
 * does (a byte order mark selects UTF-8, UTF-16LE or UTF-16BE; see `model/text/decode.ts`).
 */
export function readFileLimited(path: string, maxBytes = MAX_FILE_BYTES): string {
  const fd = openSync(path, 'r');
  try {
    return decodeText(readLimited(fd, maxBytes));
  } finally {
    closeSync(fd);
  }
}

/** Standard input, read to its end, with the same limit and decoding as a file. */
export function readStdinLimited(maxBytes = MAX_FILE_BYTES): string {
  return decodeText(readLimited(0, maxBytes));
}

const EAGAIN_PAUSE = new Int32Array(new SharedArrayBuffer(4));

/**
 * The bytes of an open file, pipe or terminal, up to `maxBytes`. Reads in chunks rather than
 * trusting the size, so that a pipe or device (whose size reads as 0) is held to the same limit.
 */
function readLimited(fd: number, maxBytes: number): Buffer {
  const stat = fstatSync(fd);
  if (stat.isDirectory()) throw new FileReadError('is a directory, not a file');
  const refuse = (size: string) => new FileReadError(`is ${size}; files over ${megabytes(maxBytes)} are refused`);
  if (stat.size > maxBytes) throw refuse(megabytes(stat.size));
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(Math.max(stat.size, 64 * 1024) + 1, maxBytes + 1 - total));
    let read: number;
    try {
      read = readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      // A non-blocking standard input (left so by a parent process) has no data yet: wait a little.
      if ((error as { code?: unknown }).code !== 'EAGAIN') throw error;
      Atomics.wait(EAGAIN_PAUSE, 0, 0, 10);
      continue;
    }
    if (read === 0) break;
    total += read;
    if (total > maxBytes) throw refuse(`more than ${megabytes(maxBytes)}`);
    chunks.push(read === chunk.length ? chunk : chunk.subarray(0, read));
  }
  return Buffer.concat(chunks, total);
}

/**
 * The real process: stdout/stderr, the terminal, the file system and the environment.
 *
 * A reader that goes away (`vpc-canvas validate a.json | head`) closes the pipe: writes after
 * that are dropped, and the command still finishes, so that its exit status says what it found
 * (with `set -o pipefail` a CI job must not pass because `head` stopped reading).
 */
export function nodeIo(): CliIo {
  const closed = new Set<NodeJS.WriteStream>();
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      closed.add(stream);
    });
  }
  const write = (stream: NodeJS.WriteStream) => (text: string) => {
    if (!closed.has(stream)) stream.write(text);
  };
  return {
    stdout: write(process.stdout),
    stderr: write(process.stderr),
    isTTY: process.stdout.isTTY === true,
    readFile: (path) => (path === STDIN ? readStdinLimited() : readFileLimited(path)),
    writeFile: (path, text) => writeFileSync(path, text, 'utf8'),
    env: process.env,
    cwd: process.cwd(),
    drain: () => drained(process.stdout, closed),
  };
}

/** Resolves when `stream` wants more, or can take nothing more (closed, failed). */
function drained(stream: NodeJS.WriteStream, closed: ReadonlySet<NodeJS.WriteStream>): Promise<void> {
  if (!stream.writableNeedDrain || stream.destroyed || closed.has(stream)) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      for (const event of ['drain', 'close', 'error']) stream.off(event, done);
      resolve();
    };
    for (const event of ['drain', 'close', 'error']) stream.on(event, done);
  });
}
