import { describe, expect, it } from 'vitest';
import { decodeText, sniffByteOrderMark } from './decode';

const TEXT = '{"name": "Région 東京 🚀"}';
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string) => {
  const le = utf16le(text);
  const be = new Uint8Array(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1]!;
    be[i + 1] = le[i]!;
  }
  return be;
};
const concat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

describe('decodeText', () => {
  it('reads UTF-8 without a mark', () => {
    expect(decodeText(new TextEncoder().encode(TEXT))).toBe(TEXT);
  });

  it('reads UTF-8 with a byte order mark, and drops the mark', () => {
    expect(decodeText(concat(new Uint8Array([0xef, 0xbb, 0xbf]), new TextEncoder().encode(TEXT)))).toBe(TEXT);
  });

  it('reads UTF-16LE with a byte order mark (Windows "Unicode")', () => {
    expect(decodeText(concat(new Uint8Array([0xff, 0xfe]), utf16le(TEXT)))).toBe(TEXT);
  });

  it('reads UTF-16BE with a byte order mark', () => {
    expect(decodeText(concat(new Uint8Array([0xfe, 0xff]), utf16be(TEXT)))).toBe(TEXT);
  });

  it('agrees with the platform decoders, odd trailing byte included', () => {
    const be = concat(new Uint8Array([0xfe, 0xff]), utf16be('ab'), new Uint8Array([0x41]));
    expect(decodeText(be)).toBe(new TextDecoder('utf-16be').decode(be));
    expect(decodeText(be)).toBe('ab\ufffd');
  });

  it('keeps a second mark as text, as the browser does', () => {
    expect(decodeText(concat(new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]), new TextEncoder().encode('{}')))).toBe('\ufeff{}');
  });

  it('turns invalid UTF-8 into U+FFFD rather than failing', () => {
    expect(decodeText(new Uint8Array([0x7b, 0xff, 0x7d]))).toBe('{\ufffd}');
  });

  it('reads UTF-16 without a mark as UTF-8, as the browser does (the parser then refuses it)', () => {
    expect(sniffByteOrderMark(utf16le('{}')).encoding).toBe('utf-8');
    expect(decodeText(utf16le('{}'))).toBe('{\u0000}\u0000');
  });

  it('reads an empty file as empty text', () => {
    expect(decodeText(new Uint8Array())).toBe('');
    expect(decodeText(new Uint8Array([0xff, 0xfe]))).toBe('');
  });
});
