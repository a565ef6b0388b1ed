/**
 * Share links: the whole document travels in the URL fragment (`#...`), which browsers never send
 * to a server, so a link shares a design without anything being stored anywhere.
 *
 * Fragment format, version 1: `v1.<checksum>.<payload>`
 * - `v1.` names the encoding, so a later one can change everything after it while old links
 *   keep opening (and a newer link opened by an older page gets a clear message).
 * - `<payload>` is the compact JSON of the document (the one serializer's `toJsonValue`, without
 *   indentation), compressed with lz-string's `compressToEncodedURIComponent`: its alphabet
 *   (`A–Z a–z 0–9 + - $`) needs no percent-encoding in a fragment and contains no `.`.
 * - `<checksum>` is FNV-1a (32 bits, 8 hex digits) of that JSON text. LZ decoding of a link with one
 *   changed character often still yields valid JSON, with a different CIDR or name in it; the
 *   checksum makes such a link fail loudly instead of showing the reviewer another design.
 *
 * Decoding always ends in `parseDocument`, so a link can never carry something a file could not.
 */
// lz-string is CommonJS without named exports Node can detect: a named import works in bundlers
// and Vitest but fails under Node and tsx (the command line), so take the default export.
import lzString from 'lz-string';
import { parseDocument } from '../document/parse';
import { TopologyParseError } from '../document/parse-error';
import { toJsonValue } from '../document/serialize';
import type { TopologyDocument } from '../document/types';
import { groupDigits } from '../text/group-digits';

/** The encoding this build writes. */
const SHARE_ENCODING = 'v1';

/**
 * Most characters a fragment may have (after `#`). Chrome's address bar shows, and copies, at most
 * 32 KiB (32,768 characters) of a URL, and Slack cuts messages at 40,000 characters; 32,000 leaves
 * 768 characters for the page's origin and path. Browsers themselves open much longer URLs
 * (megabytes in Chrome), but a link that a chat app or an address bar cuts short is worse than no
 * link: above this size, share the JSON file instead.
 */
export const SHARE_FRAGMENT_LIMIT = 32_000;

/**
 * The longest document text a fragment may expand to. A crafted fragment within the limit can make
 * lz-string produce over 10^8 characters; refusing before checksum and JSON keeps that to one pass.
 */
const MAX_DOCUMENT_CHARS = 16_000_000;

/** What `encodeShareFragment` answers: the fragment, or why there is none and how long it would be. */
export type ShareEncodeResult = { ok: true; fragment: string } | { ok: false; reason: string; size: number };

/** Options of `encodeShareFragment`. */
export interface ShareEncodeOptions {
  /** Most characters the fragment may have: SHARE_FRAGMENT_LIMIT (the default) or less, never more, since longer links do not open. */
  limit?: number;
}

/** The document as one line of JSON in the serializer's key order: what a link carries. */
export function compactDocumentText(doc: TopologyDocument): string {
  return JSON.stringify(toJsonValue(doc));
}

/** FNV-1a over UTF-16 code units: cheap, and enough to tell a damaged link from a whole one (not a signature). */
function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * The fragment (without `#`) that carries the document, or, when it would be longer than the
 * limit, `ok: false` with a sentence for the user and the size it would have had.
 */
export function encodeShareFragment(doc: TopologyDocument, options: ShareEncodeOptions = {}): ShareEncodeResult {
  const limit = Math.min(options.limit ?? SHARE_FRAGMENT_LIMIT, SHARE_FRAGMENT_LIMIT);
  const text = compactDocumentText(doc);
  const fragment = `${SHARE_ENCODING}.${checksum(text)}.${lzString.compressToEncodedURIComponent(text)}`;
  if (fragment.length > limit) {
    return {
      ok: false,
      size: fragment.length,
      reason:
        `This diagram is too large to share as a link: it needs ${groupDigits(fragment.length)} characters, ` +
        `and links are kept under ${groupDigits(limit)} so that chat apps and address bars do not cut them short. ` +
        'Share the JSON file instead.',
    };
  }
  return { ok: true, fragment };
}

const damaged = (detail: string): TopologyParseError =>
  new TopologyParseError('', `this link is damaged or incomplete (${detail}); ask for the link again, or for the JSON file`);

/**
 * Undoes what mail and chat apps do to long links: line breaks inserted to wrap them, and
 * percent-encoding of characters they consider unsafe (`$` as `%24`). A `+` turned into a space
 * is restored by lz-string itself.
 */
function normalize(fragment: string): string {
  let text = fragment.replace(/[\r\n\t]/g, '');
  if (text.startsWith('#')) text = text.slice(1);
  if (text.includes('%')) {
    try {
      text = decodeURIComponent(text);
    } catch {
      // A stray `%` is not an escape; the checksum decides whether the rest is intact.
    }
  }
  return text;
}

/**
 * The document a fragment carries (with or without its leading `#`). Throws TopologyParseError:
 * "this link is damaged or incomplete" for a fragment that is cut short, altered or not a share
 * link at all, and the parser's own message for a document the parser refuses (a newer version).
 */
export function decodeShareFragment(fragment: string): TopologyDocument {
  if (typeof fragment !== 'string') throw damaged('there is no diagram in it');
  const text = normalize(fragment);
  if (text.trim() === '') throw damaged('there is no diagram in it');
  // Checked before decompressing: a crafted payload expands quadratically with its length.
  if (text.length > SHARE_FRAGMENT_LIMIT) throw damaged('it is longer than any link VPC Canvas writes');
  // The encoding is read first: a newer one may keep the shape of v1 (checksum, payload) and mean
  // something else by it, so it is never decoded as v1.
  const version = /^v(\d+)\./.exec(text)?.[1];
  if (version !== undefined && version !== SHARE_ENCODING.slice(1)) {
    throw new TopologyParseError(
      '',
      `this link uses encoding v${version.length > 6 ? `${version.slice(0, 6)}…` : version}, which this version of VPC Canvas cannot read; open it with a newer version, or ask for the JSON file`,
    );
  }
  const match = /^v1\.([0-9a-f]{8})\.([A-Za-z0-9+\-$ ]+)$/.exec(text);
  if (!match) throw damaged('it is not in the form VPC Canvas writes');
  const [, expected, payload] = match as unknown as [string, string, string];
  let json: string | null;
  try {
    json = lzString.decompressFromEncodedURIComponent(payload);
  } catch {
    json = null;
  }
  if (!json) throw damaged('its data does not decompress');
  if (json.length > MAX_DOCUMENT_CHARS) throw damaged('its data expands to more than any diagram');
  if (checksum(json) !== expected) throw damaged('its checksum does not match');
  return parseDocument(json);
}
