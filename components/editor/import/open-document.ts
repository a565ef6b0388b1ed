/**
 * Opening a document in the editor, however it arrives (file picker, files or a folder dropped on
 * the canvas, pasted text): refused with the parser's or importer's message in a dialog, leaving
 * the diagram as it was; or asked about when the current diagram has content; then opened as one
 * undo step, with the import report when it came from AWS, Terraform or CloudFormation.
 */
import { confirmReplace } from '../actions/actions';
import { formatShortcut } from '../actions/shortcuts';
import { commit, currentDocument, notify, openDialog, showFresh, type EditorStore } from '../store/operations';
import type { TopologyDocument } from '../../../model';
import { arrange } from '../../../model/edit/arrange';
import { autoLayout, hasNoPositions } from '../layout/auto-layout';
import { importDocumentText, type ImportRefusal, type ImportResult } from './document-text';
import { importMark } from './import-marks';
import { readGivenFileSet, type GivenFile } from './read-given-files';
import { reportLines, type SourceResult } from './source-files';

function refuse(store: EditorStore, result: ImportRefusal): void {
  openDialog(store, { kind: 'message', tone: 'error', title: result.title, message: result.message });
}

/**
 * Replaces the diagram as an edit, so that Undo brings the previous one back, and fits the view to
 * it. Nodes without a position are placed at once by the quick arrangement; a document with no
 * positions at all (a generated one, or an import, which the import worker arranged already:
 * `layout`) is then auto-laid out, as part of the same undo step.
 */
export function openAsEdit(store: EditorStore, doc: TopologyDocument, layout = hasNoPositions(doc)): void {
  commit(store, { document: arrange(doc) }, { history: 'new' });
  showFresh(store);
  if (layout) void autoLayout(store, { kind: 'all' }, { history: 'none' });
}

function open(store: EditorStore, result: SourceResult | ImportResult, source: string): void {
  if (!result.ok) {
    refuse(store, result);
    return;
  }
  const what = result.doc.name?.trim() ? `“${result.doc.name.trim()}”` : source;
  const replaced = currentDocument(store).nodes.length > 0;
  confirmReplace(store, `Open ${what}?`, `It replaces the current diagram; Undo (${formatShortcut('Mod+Z')}) brings the current one back.`, 'Replace and open', () => {
    openAsEdit(store, result.doc, 'needsLayout' in result ? result.needsLayout : undefined);
    importMark('vc-import-opened');
    notify(store, `Opened ${source}${replaced ? '; Undo brings back the previous diagram' : ''}.`, 'success');
    // An import says what it read and what it left out: nothing is dropped silently.
    if ('report' in result && result.report) {
      const { summary, details } = reportLines(result.report);
      openDialog(store, { kind: 'message', tone: 'info', title: `Imported ${source}`, message: summary, details });
    }
  });
}

/**
 * Opens the files chosen or dropped by the user: one topology document, or the files of another
 * source (a folder of describe output, a Terraform plan, a template), imported. Files over the
 * size limit are refused before they are read.
 */
export async function openFiles(store: EditorStore, given: readonly GivenFile[]): Promise<void> {
  const read = await readGivenFiles(store, given);
  if (read) open(store, read.result, read.source);
}

/**
 * Reads the files chosen or dropped and makes one document of them (importing other sources),
 * or says why not in a dialog (then undefined). Files over the size limit are refused unread.
 */
export async function readGivenFiles(store: EditorStore, given: readonly GivenFile[]): Promise<{ result: SourceResult; source: string } | undefined> {
  // A large import takes seconds in its worker: say so, while the page stays usable.
  const read = await readGivenFileSet(given, (source) => notify(store, `Reading ${source}…`));
  if (!read) return undefined;
  if (!read.ok) {
    refuse(store, read);
    return undefined;
  }
  const { source, ...result } = read;
  return { result, source };
}

/** Opens one file chosen, dropped or pasted by the user. */
export async function openFile(store: EditorStore, file: File): Promise<void> {
  await openFiles(store, [{ file }]);
}

/** Opens document text pasted on the canvas. */
export function openPastedText(store: EditorStore, text: string): void {
  open(store, importDocumentText(text, 'The pasted text'), 'the pasted diagram');
}
