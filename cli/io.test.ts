import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileReadError, MAX_FILE_BYTES, readFileLimited } from './io';
import { run } from './main';
import { fakeIo } from './testing';

const dir = mkdtempSync(join(tmpdir(), 'vpc-canvas-io-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readFileLimited', () => {
  it('reads a file up to the limit and refuses one byte more', async () => {
    const exact = join(dir, 'exact.json');
    writeFileSync(exact, '0123456789');
    expect(readFileLimited(exact, 10)).toBe('0123456789');
    const over = join(dir, 'over.json');
    writeFileSync(over, '0123456789A');
    expect(() => readFileLimited(over, 10)).toThrow(FileReadError);
  });

  it('decodes as the browser does: UTF-16 by its byte order mark, a UTF-8 mark dropped', () => {
    const le = join(dir, 'le.json');
    writeFileSync(le, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"name":"東京"}', 'utf16le')]));
    expect(readFileLimited(le)).toBe('{"name":"東京"}');
    const bom = join(dir, 'bom.json');
    writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{}', 'utf8')]));
    expect(readFileLimited(bom)).toBe('{}');
  });

  it('refuses a directory', async () => {
    expect(() => readFileLimited(dir)).toThrow('is a directory, not a file');
  });

  it('refuses a file over 50 MB through the command line, exit 2, without reading it', async () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, '');
    // Sparse: costs no disk and, since it is refused by its size, no memory.
    truncateSync(big, MAX_FILE_BYTES + 1);
    const io = { ...fakeIo(), readFile: (path: string) => readFileLimited(path) };
    const captured = { err: '' };
    io.stderr = (text: string) => void (captured.err += text);
    expect(await run(['validate', big], io)).toBe(2);
    expect(captured.err).toBe(`${big}: cannot read: is 50.0 MB; files over 50.0 MB are refused\n`);
  });
});
