/**
 * Share links in the browser: the model encodes and decodes the fragment
 * (model/share/share-link.ts); this file builds the URLs around it and reads the page's own.
 */
import { TopologyParseError, type TopologyDocument } from '../../../model';
import { decodeShareFragment, encodeShareFragment } from '../../../model/share/share-link';

/** The review page's path. */
export const REVIEW_PATH = '/review';

/** The links that carry `doc`: to the editor and to the review page; or why it is too large. */
export function shareLinks(doc: TopologyDocument, origin: string): { ok: true; editorUrl: string; reviewUrl: string } | { ok: false; reason: string } {
  // The model's limit (SHARE_FRAGMENT_LIMIT) already leaves room for the origin and path.
  const encoded = encodeShareFragment(doc);
  if (!encoded.ok) return { ok: false, reason: encoded.reason };
  return { ok: true, editorUrl: `${origin}/#${encoded.fragment}`, reviewUrl: `${origin}${REVIEW_PATH}#${encoded.fragment}` };
}

/** What a page's fragment holds. */
export type SharedFragment = { kind: 'none' } | { kind: 'document'; doc: TopologyDocument } | { kind: 'error'; message: string };

/**
 * Reads a share link's fragment (`#v1.…`). Other fragments are not ours and read as `none`. The
 * document is returned as written: the page that shows it places nodes without positions.
 */
export function readSharedFragment(hash: string): SharedFragment {
  const text = hash.replace(/^#/, '').trim();
  if (!/^v\d+\./.test(text)) return { kind: 'none' };
  try {
    return { kind: 'document', doc: decodeShareFragment(text) };
  } catch (error) {
    if (error instanceof TopologyParseError) return { kind: 'error', message: `The shared diagram cannot be opened: ${error.message}.` };
    throw error;
  }
}

/** Takes the fragment out of the address bar, so that a reload opens the reader's own work. */
export function forgetFragment(): void {
  if (window.location.hash) window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}`);
}
