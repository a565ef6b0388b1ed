/**
 * Opening a document in the editor, however it arrives (file picker, a file dropped on the canvas,
 * pasted text): refused with the parser's message in a dialog, leaving the diagram as it was; or
 * asked about when the current diagram has content; then opened as one undo step.
 */
import { confirmReplace } from '../actions/actions';
import { formatShortcut } from '../actions/shortcuts';
import { commit, currentDocument, notify, openDialog, showFresh, type EditorStore } from '../store/operations';
import type { TopologyDocument } from '../../../model';
import { arrange } from '../../../model/edit/arrange';
import { autoLayout, hasNoPositions } from '../layout/auto-layout';
import { importDocumentText, sizeProblem, type ImportRefusal, type ImportResult } from './document-text';

function refuse(store: EditorStore, result: ImportRefusal): void {
  openDialog(store, { kind: 'message', tone: 'error', title: result.title, message: result.message });
}

/**
 * Replaces the diagram as an edit, so that Undo brings the previous one back, and fits the view to
 * it. Nodes without a position are placed at once by the quick arrangement; a document with no
 * positions at all (a generated one) is then auto-laid out, as part of the same undo step.
 */
export function openAsEdit(store: EditorStore, doc: TopologyDocument): void {
  commit(store, { document: arrange(doc) }, { history: 'new' });
  showFresh(store);
  if (hasNoPositions(doc)) void autoLayout(store, { kind: 'all' }, { history: 'none' });
}

function open(store: EditorStore, result: ImportResult, source: string): void {
  if (!result.ok) {
    refuse(store, result);
    return;
  }
  const what = result.doc.name?.trim() ? `“${result.doc.name.trim()}”` : source;
  const replaced = currentDocument(store).nodes.length > 0;
  confirmReplace(store, `Open ${what}?`, `It replaces the current diagram; Undo (${formatShortcut('Mod+Z')}) brings the current one back.`, 'Replace and open', () => {
    openAsEdit(store, result.doc);
    notify(store, `Opened ${source}${replaced ? '; Undo brings back the previous diagram' : ''}.`, 'success');
  });
}

/** Opens a file chosen or dropped by the user; files over the size limit are refused before they are read. */
export async function openFile(store: EditorStore, file: File): Promise<void> {
  const tooLarge = sizeProblem(file.name, file.size);
  if (tooLarge) {
    refuse(store, tooLarge);
    return;
  }
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    refuse(store, { ok: false, title: `${file.name} cannot be read`, message: `The browser could not read ${file.name}: ${error instanceof Error ? error.message : String(error)}.` });
    return;
  }
  open(store, importDocumentText(text, file.name), file.name);
}

/** Opens document text pasted on the canvas. */
export function openPastedText(store: EditorStore, text: string): void {
  open(store, importDocumentText(text, 'The pasted text'), 'the pasted diagram');
}
