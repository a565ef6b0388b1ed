/**
 * Share links in the browser: the model encodes and decodes the fragment
 * (model/share/share-link.ts, model/share/shared-fragment.ts); this file builds the URLs around it
 * and takes it out of the address bar.
 */
import type { TopologyDocument } from '../../../model';
import { encodeShareFragment } from '../../../model/share/share-link';

/** The review page's path. */
export const REVIEW_PATH = '/review';

/** The links that carry `doc`: to the editor and to the review page; or why it is too large. */
export function shareLinks(doc: TopologyDocument, origin: string): { ok: true; editorUrl: string; reviewUrl: string } | { ok: false; reason: string } {
  // The model's limit (SHARE_FRAGMENT_LIMIT) already leaves room for the origin and path.
  const encoded = encodeShareFragment(doc);
  if (!encoded.ok) return { ok: false, reason: encoded.reason };
  return { ok: true, editorUrl: `${origin}/#${encoded.fragment}`, reviewUrl: `${origin}${REVIEW_PATH}#${encoded.fragment}` };
}

/** Takes the fragment out of the address bar, so that a reload opens the reader's own work. */
export function forgetFragment(): void {
  if (window.location.hash) window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}`);
}
