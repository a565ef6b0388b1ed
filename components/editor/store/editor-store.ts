/**
 * The editor store and the operations on it. Document changes go through `commitDocument`,
 * which records them in the history; everything else is view state.
 */
import type { TopologyDocument } from '../../../model';
import { amend, commit, createHistory, redo as redoHistory, reset, undo as undoHistory, type CommitOptions } from '../../../model/edit/history';
import { createStore, type Store } from './create-store';
import { EMPTY_SELECTION, type EditorState, type Notice, type Selection, type Theme } from './editor-state';

export type EditorStore = Store<EditorState>;

export function createEditorStore(doc: TopologyDocument, theme: Theme = 'light'): EditorStore {
  return createStore<EditorState>({
    history: createHistory(doc, 200),
    selection: EMPTY_SELECTION,
    highlight: null,
    connectMode: 'infer',
    notice: null,
    pending: null,
    reach: null,
    dialog: null,
    theme,
    saveStatus: 'loading',
    findingsOpen: true,
    fitRequest: 0,
    frameRequest: null,
    dropMark: null,
    gliding: false,
    routes: new Map(),
    layoutBusy: false,
  });
}

/** Drops selected ids that no longer exist in `doc`. */
function pruneSelection(selection: Selection, doc: TopologyDocument): Selection {
  if (selection.nodes.size === 0 && selection.edges.size === 0) return selection;
  const nodeIds = new Set(doc.nodes.map((n) => n.id as string));
  const edgeIds = new Set(doc.connections.map((c) => c.id as string));
  const nodes = [...selection.nodes].filter((id) => nodeIds.has(id));
  const edges = [...selection.edges].filter((id) => edgeIds.has(id));
  if (nodes.length === selection.nodes.size && edges.length === selection.edges.size) return selection;
  return { nodes: new Set(nodes), edges: new Set(edges) };
}

export const currentDocument = (store: EditorStore) => store.getState().history.present;

/** Records a new document state (one undo step; see CommitOptions.mergeKey for typing). */
export function commitDocument(store: EditorStore, doc: TopologyDocument, options?: CommitOptions, selection?: Selection): void {
  store.setState((s) => {
    const history = commit(s.history, doc, options);
    if (history === s.history && !selection) return {};
    return { history, selection: pruneSelection(selection ?? s.selection, doc), highlight: null, reach: null };
  });
}

/** The view state of a document just put on the canvas: nothing selected or marked, the view fitted to it. */
export function freshView(s: EditorState): Partial<EditorState> {
  return { selection: EMPTY_SELECTION, highlight: null, reach: null, pending: null, routes: new Map(), fitRequest: s.fitRequest + 1 };
}

/** Replaces the document and forgets the history ("New", and leaving a shared diagram for one's own). */
export function replaceDocument(store: EditorStore, doc: TopologyDocument): void {
  store.setState((s) => ({ history: reset(s.history, doc), ...freshView(s) }));
}

/** Replaces the present document without a new undo step: for a layout that finishes opening a document. */
export function settleOpenedDocument(store: EditorStore, doc: TopologyDocument): void {
  store.setState((s) => ({ history: amend(s.history, doc), selection: pruneSelection(s.selection, doc) }));
}

export function undo(store: EditorStore): void {
  store.setState((s) => {
    const history = undoHistory(s.history);
    return history === s.history ? {} : { history, selection: pruneSelection(s.selection, history.present), highlight: null, reach: null };
  });
}

export function redo(store: EditorStore): void {
  store.setState((s) => {
    const history = redoHistory(s.history);
    return history === s.history ? {} : { history, selection: pruneSelection(s.selection, history.present), highlight: null, reach: null };
  });
}

export function select(store: EditorStore, nodes: Iterable<string>, edges: Iterable<string> = []): void {
  store.setState({ selection: { nodes: new Set(nodes), edges: new Set(edges) } });
}

export function setSelection(store: EditorStore, selection: Selection): void {
  store.setState({ selection });
}

let noticeSeq = 0;

/** Shows a short message; `at` places it next to the pointer. */
export function notify(store: EditorStore, text: string, tone: Notice['tone'] = 'info', at?: Notice['at']): void {
  store.setState({ notice: { id: ++noticeSeq, text, tone, ...(at ? { at } : {}) } });
}

export function dismissNotice(store: EditorStore, id?: number): void {
  store.setState((s) => (id === undefined || s.notice?.id === id ? { notice: null } : {}));
}

let frameSeq = 0;

/** Selects the given elements and asks the canvas to frame them. */
export function selectAndFrame(store: EditorStore, ids: readonly string[]): void {
  const doc = currentDocument(store);
  const nodeIds = new Set(doc.nodes.map((n) => n.id as string));
  const edgeIds = new Set(doc.connections.map((c) => c.id as string));
  select(
    store,
    ids.filter((id) => nodeIds.has(id)),
    ids.filter((id) => edgeIds.has(id)),
  );
  store.setState({ frameRequest: { ids: [...ids], seq: ++frameSeq } });
}
