/**
 * "Compare with…" in the editor: reads another document (read-comparison.ts) and draws its
 * differences from the one on the canvas. Nothing on the canvas changes; ending the comparison
 * removes the overlay.
 */
import type { GivenFile } from '../import/read-given-files';
import { notify, openDialog, setCompare, type EditorStore } from '../store/operations';
import { readComparison } from './read-comparison';

export async function compareWithFiles(store: EditorStore, given: readonly GivenFile[]): Promise<void> {
  const read = await readComparison(given, (source) => notify(store, `Reading ${source}…`));
  if (!read) return;
  if ('ok' in read) {
    openDialog(store, { kind: 'message', tone: 'error', title: read.title, message: read.message });
    return;
  }
  setCompare(store, read);
  notify(store, `Comparing with ${read.name}: added and changed elements are marked, removed ones drawn as ghosts.`, 'info');
}
