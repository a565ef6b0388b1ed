/** "Copy link": puts the share link on the clipboard and shows it, or says why there is none. */
import { currentDocument, openDialog, type EditorStore } from '../store/operations';
import { shareLinks } from './share-fragment';

export async function copyShareLink(store: EditorStore): Promise<void> {
  const links = shareLinks(currentDocument(store), window.location.origin);
  if (!links.ok) {
    openDialog(store, { kind: 'share', share: links });
    return;
  }
  let copied = false;
  try {
    await navigator.clipboard.writeText(links.editorUrl);
    copied = true;
  } catch {
    // No clipboard (an insecure origin, or the browser said no): the dialog shows the link to copy by hand.
  }
  openDialog(store, { kind: 'share', share: { ...links, copied } });
}
