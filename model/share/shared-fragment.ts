/**
 * Reading a page's own fragment: a share link (`#v1.…`) carries a document, anything else is not
 * ours. Shared by the editor (opened from a link) and the review page.
 */
import type { TopologyDocument } from '../document/types';
import { TopologyParseError } from '../document/parse-error';
import { decodeShareFragment } from './share-link';

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
