/**
 * What the command line needs from the outside world, as one object, so that tests run `run()`
 * in-process with fake streams and files, and `bin.mjs` wires it to the real process.
 */
import { closeSync, fstatSync, openSync, readSync, writeFileSync } from 'node:fs';

/** The command line's view of the process: output streams, terminal, files, environment. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stdout is a terminal (colour is used only then, and never when NO_COLOR is set). */
  isTTY: boolean;
  /** The text of a file; throws a `FileReadError` (or any error with a `code`) when it cannot be read. */
  readFile(path: string): string;
  /** Writes a file (created or replaced); throws like Node's fs when it cannot. */
  writeFile(path: string, text: string): void;
  /** Environment variables; only NO_COLOR and VPC_CANVAS_DEBUG are read. */
  env?: Record<string, string | undefined>;
  /** The directory SARIF locations are relative to; the process's working directory by default. */
  cwd?: string;
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
 * Reads a file as UTF-8, refusing anything over `maxBytes` before reading it. Reads in chunks
 * rather than trusting the size, so that a pipe or device (whose size reads as 0) is held to the
 * same limit.
 */
export function readFileLimited(path: string, maxBytes = MAX_FILE_BYTES): string {
  const fd = openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new FileReadError('is a directory, not a file');
    const refuse = (size: string) =>
      new FileReadError(`is ${size}; files over ${megabytes(maxBytes)} are refused`);
    if (stat.size > maxBytes) throw refuse(megabytes(stat.size));
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(stat.size, 64 * 1024) + 1, maxBytes + 1 - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      total += read;
      if (total > maxBytes) throw refuse(`more than ${megabytes(maxBytes)}`);
      chunks.push(read === chunk.length ? chunk : chunk.subarray(0, read));
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** The real process: stdout/stderr, the terminal, the file system and the environment. */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    isTTY: process.stdout.isTTY === true,
    readFile: (path) => readFileLimited(path),
    writeFile: (path, text) => writeFileSync(path, text, 'utf8'),
    env: process.env,
    cwd: process.cwd(),
  };
}
