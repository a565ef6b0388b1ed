/** An in-memory `CliIo` for tests: files from a map, output collected in strings. */
import type { CliIo } from './io';

/** A fake io plus what the command printed. */
export interface FakeIo extends CliIo {
  out: string;
  err: string;
  /** Files the command wrote, by path. */
  written: Record<string, string>;
}

/** Files are looked up in `files`; a missing one fails the way Node's fs does (code ENOENT). */
export function fakeIo(files: Record<string, string> = {}, options: { isTTY?: boolean; env?: Record<string, string> } = {}): FakeIo {
  const io: FakeIo = {
    out: '',
    err: '',
    written: {},
    stdout: (text) => void (io.out += text),
    stderr: (text) => void (io.err += text),
    isTTY: options.isTTY ?? false,
    env: options.env ?? {},
    cwd: '/work/project',
    readFile(path) {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
      return text;
    },
    writeFile(path, text) {
      if (path.startsWith('/read-only/')) throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
      io.written[path] = text;
    },
  };
  return io;
}
