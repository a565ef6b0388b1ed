/**
 * Bytes of a document file → text, the way a browser reads a text file (the Encoding Standard's
 * "decode", as `FileReader.readAsText` and `TextDecoder` do): a byte order mark picks UTF-8,
 * UTF-16LE or UTF-16BE and is removed; without one the bytes are UTF-8. Bytes that are not valid
 * in the encoding become U+FFFD, as in the browser, and the parser then names the place.
 * https://encoding.spec.whatwg.org/#decode
 */

/** The encoding a file's byte order mark names; UTF-8 when it has none. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

/** The encoding named by the first bytes, and how many bytes the mark takes. */
export function sniffByteOrderMark(bytes: Uint8Array): { encoding: TextEncodingName; bomLength: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  return { encoding: 'utf-8', bomLength: 0 };
}

/** The text of a file's bytes: UTF-8, or UTF-16 of either byte order when a byte order mark says so. */
export function decodeText(bytes: Uint8Array): string {
  const { encoding, bomLength } = sniffByteOrderMark(bytes);
  const body = bytes.subarray(bomLength);
  if (encoding === 'utf-16be') {
    // Swapped into little-endian rather than asking for a 'utf-16be' decoder: Node builds
    // without full ICU have only UTF-8 and UTF-16LE. A dangling odd byte stays last, and
    // decodes to U+FFFD exactly as it would have.
    const swapped = new Uint8Array(body.length);
    for (let i = 0; i + 1 < body.length; i += 2) {
      swapped[i] = body[i + 1]!;
      swapped[i + 1] = body[i]!;
    }
    if (body.length % 2) swapped[body.length - 1] = body[body.length - 1]!;
    return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(swapped);
  }
  // ignoreBOM: the mark was removed above; a second one is part of the text, as in the browser.
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
}
