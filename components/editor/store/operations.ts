/**
 * The editor store and every operation on it: the one module that writes the editor's state.
 * Components and actions read the store (`getState`, `subscribe`) and change it only through the
 * named operations below, so each way the state changes has a name and a test.
 *
 * How a change enters the history is said once, by `commit`'s `history` option (Excalidraw's
 * `CaptureUpdateAction`): `new` (an undo step), `merge` (into the last step with the same key,
 * typing in a field), `none` (the present document replaced in place: a layout that finishes
 * opening a document) or `replace` (the history forgotten: "New", leaving a shared diagram).
 *
 * Besides the state, each store owns what used to be module globals: the cancel handlers of drags
 * in progress and the counters that number notices, frame requests and layouts.
 */
import type { TopologyDocument } from '../../../model';
import { amend, commit as commitHistory, createHistory, redo as redoHistory, reset, undo as undoHistory } from '../../../model/edit/history';
import { rerouteMoved } from '../../../model/edit/connector-routes';
import { createStore, type ReadableStore, type Store } from './create-store';
import {
  EMPTY_SELECTION,
  type ChromeState,
  type CompareView,
  type Dialog,
  type EditorState,
  type Highlight,
  type InteractionState,
  type Notice,
  type PendingConnection,
  type PointerHint,
  type ReachView,
  type SaveStatus,
  type Selection,
  type Theme,
} from './editor-state';

/** The editor store as everyone but this module sees it: read and subscribe; write through the operations. */
export type EditorStore = ReadableStore<EditorState>;

/** How a document change enters the history (see the module comment). */
export type Recording = { history: 'new' | 'none' | 'replace' } | { history: 'merge'; mergeKey: string };

/** A message to show; the store numbers it. */
export type NoticeInput = Omit<Notice, 'id'>;

/** One change to the editor's state; every part is optional. */
export interface EditorChange {
  /** The next document. */
  document?: TopologyDocument;
  interaction?: Partial<InteractionState>;
  chrome?: Partial<ChromeState>;
  notice?: NoticeInput;
}

/** What a store owns besides its state. */
interface Owned {
  store: Store<EditorState>;
  cancelers: Set<() => boolean>;
  seq: { notice: number; frame: number; layout: number };
}

const owners = new WeakMap<EditorStore, Owned>();

function owned(store: EditorStore): Owned {
  const own = owners.get(store);
  if (!own) throw new Error('This store was not made by createEditorStore.');
  return own;
}

/** A new editor store around `doc`, with nothing selected. */
export function createEditorStore(doc: TopologyDocument, theme: Theme = 'light'): EditorStore {
  const store = createStore<EditorState>({
    document: createHistory(doc, 200),
    interaction: {
      selection: EMPTY_SELECTION,
      highlight: null,
      connectMode: 'infer',
      pending: null,
      reach: null,
      dropMark: null,
      pointerHint: null,
      clipboard: null,
      fitRequest: 0,
      frameRequest: null,
      gliding: false,
      layoutBusy: false,
      placing: false,
      compare: null,
    },
    chrome: { dialog: null, theme, saveStatus: 'loading', findingsOpen: true, minimapOpen: true, notice: null, segmentation: false },
  });
  const readable: EditorStore = { getState: store.getState, subscribe: store.subscribe };
  owners.set(readable, { store, cancelers: new Set(), seq: { notice: 0, frame: 0, layout: 0 } });
  return readable;
}

/** `slice` with `changes` applied; the same object when nothing changes (selectors compare with Object.is). */
function patched<T extends object>(slice: T, changes: Partial<T> | undefined): T {
  if (!changes) return slice;
  for (const key of Object.keys(changes) as Array<keyof T>) {
    if (!Object.is(changes[key], slice[key])) return { ...slice, ...changes };
  }
  return slice;
}

/** Writes a change worked out from the current state; parts left out stay as they are. */
function write(store: EditorStore, change: (state: EditorState) => { document?: EditorState['document']; interaction?: Partial<InteractionState>; chrome?: Partial<ChromeState> }): void {
  owned(store).store.setState((state) => {
    const next = change(state);
    return {
      document: next.document ?? state.document,
      interaction: patched(state.interaction, next.interaction),
      chrome: patched(state.chrome, next.chrome),
    };
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

/** The view of a document just put on the canvas: nothing selected or marked, the view fitted to it. */
function freshView(interaction: InteractionState): Partial<InteractionState> {
  return { selection: EMPTY_SELECTION, highlight: null, reach: null, pending: null, fitRequest: interaction.fitRequest + 1 };
}

function numbered(store: EditorStore, notice: NoticeInput): Notice {
  return { ...notice, id: ++owned(store).seq.notice };
}

/** The document on the canvas. */
export const currentDocument = (store: EditorStore): TopologyDocument => store.getState().document.present;

/**
 * Applies `change`, recording its document as `recording` says. A document that really changes
 * clears the reachability answer (it was about the old one); whatever the selection becomes, ids
 * that no longer exist are dropped from it.
 */
export function commit(store: EditorStore, change: EditorChange, recording: Recording): void {
  const notice = change.notice && numbered(store, change.notice);
  write(store, (state) => {
    const chrome = notice ? { ...change.chrome, notice } : change.chrome;
    // An edit that moves or resizes nodes re-routes their lines in the same step (one undo brings both back).
    const doc = change.document && (recording.history === 'new' || recording.history === 'merge') ? rerouteMoved(state.document.present, change.document) : change.document;
    if (doc === undefined) return { interaction: prunedInteraction(state.interaction, change.interaction, state.document.present), ...(chrome ? { chrome } : {}) };
    let history = state.document;
    let base: Partial<InteractionState> = {};
    switch (recording.history) {
      case 'new':
      case 'merge':
        history = commitHistory(history, doc, recording.history === 'merge' ? { mergeKey: recording.mergeKey } : {});
        if (history !== state.document) base = { highlight: null, reach: null };
        break;
      case 'none':
        history = amend(history, doc);
        break;
      case 'replace':
        history = reset(history, doc);
        base = freshView(state.interaction);
        break;
    }
    return { document: history, interaction: prunedInteraction(state.interaction, { ...base, ...change.interaction }, history.present), ...(chrome ? { chrome } : {}) };
  });
}

function prunedInteraction(current: InteractionState, changes: Partial<InteractionState> | undefined, doc: TopologyDocument): Partial<InteractionState> {
  return { ...changes, selection: pruneSelection(changes?.selection ?? current.selection, doc) };
}

/** Steps back one document; a step that changes nothing is ignored. */
export function undo(store: EditorStore): void {
  travel(store, undoHistory);
}

/** Steps forward one document; a step that changes nothing is ignored. */
export function redo(store: EditorStore): void {
  travel(store, redoHistory);
}

function travel(store: EditorStore, step: (history: EditorState['document']) => EditorState['document']): void {
  write(store, (state) => {
    const history = step(state.document);
    if (history === state.document) return {};
    // Undoing or redoing an open swaps in a whole other document: the view is fitted to it, as
    // opening does, rather than left where the other one was (a 5,000-node view makes one VPC a dot).
    const swapped = !sharesANode(state.document.present, history.present);
    return {
      document: history,
      interaction: {
        selection: pruneSelection(state.interaction.selection, history.present),
        highlight: null,
        reach: null,
        ...(swapped ? { fitRequest: state.interaction.fitRequest + 1 } : {}),
      },
    };
  });
}

/** True when the two documents have a node id in common, or both are empty. */
function sharesANode(a: TopologyDocument, b: TopologyDocument): boolean {
  if (a.nodes.length === 0 || b.nodes.length === 0) return a.nodes.length === b.nodes.length;
  const ids = new Set(a.nodes.map((n) => n.id));
  return b.nodes.some((n) => ids.has(n.id));
}

/** Selects exactly these nodes and connections. */
export function select(store: EditorStore, nodes: Iterable<string>, edges: Iterable<string> = []): void {
  write(store, () => ({ interaction: { selection: { nodes: new Set(nodes), edges: new Set(edges) } } }));
}

/**
 * Selects the first of `ids` that is an element (a finding's first subject is what it is about:
 * the connection of a peering overlap, not its two ends as well, so the inspector can edit it)
 * and asks the canvas to frame all of them.
 */
export function selectAndFrame(store: EditorStore, ids: readonly string[]): void {
  const seq = ++owned(store).seq.frame;
  write(store, (state) => {
    const doc = state.document.present;
    const first = ids.find((id) => doc.nodes.some((n) => n.id === id) || doc.connections.some((c) => c.id === id));
    const isNode = first !== undefined && doc.nodes.some((n) => n.id === first);
    return {
      interaction: {
        selection: { nodes: new Set(isNode ? [first] : []), edges: new Set(first !== undefined && !isNode ? [first] : []) },
        frameRequest: { ids: [...ids], seq },
      },
    };
  });
}

/** Shows a short message; `at` places it next to the pointer. */
export function notify(store: EditorStore, text: string, tone: Notice['tone'] = 'info', at?: Notice['at']): void {
  const notice = numbered(store, { text, tone, ...(at ? { at } : {}) });
  write(store, () => ({ chrome: { notice } }));
}

/** Hides the notice; with `id`, only if that notice is still the one shown. */
export function dismissNotice(store: EditorStore, id?: number): void {
  write(store, (state) => (id === undefined || state.chrome.notice?.id === id ? { chrome: { notice: null } } : {}));
}

export function openDialog(store: EditorStore, dialog: Exclude<Dialog, null>): void {
  write(store, () => ({ chrome: { dialog } }));
}

export function closeDialog(store: EditorStore): void {
  write(store, () => ({ chrome: { dialog: null } }));
}

/** Offers the kinds of connection that fit two ends, or (null) withdraws the offer. */
export function offerConnections(store: EditorStore, pending: PendingConnection | null): void {
  write(store, () => ({ interaction: { pending } }));
}

/** Marks the container a drag would drop into (green when allowed, red when refused), or nothing. */
export function markDrop(store: EditorStore, dropMark: InteractionState['dropMark']): void {
  write(store, (state) =>
    // A new object for the same mark would re-render the canvas on every pointer move.
    state.interaction.dropMark?.id === dropMark?.id && state.interaction.dropMark?.ok === dropMark?.ok ? {} : { interaction: { dropMark } },
  );
}

/** Shows the label that follows the pointer during a drag, or (null) hides it. */
export function showPointerHint(store: EditorStore, pointerHint: PointerHint | null): void {
  write(store, () => ({ interaction: { pointerHint } }));
}

/** Shows a reachability answer and marks its path or what blocks it. */
export function showReach(store: EditorStore, reach: ReachView, highlight: Highlight | null): void {
  write(store, () => ({ interaction: { reach, highlight } }));
}

/** `flow`: lines drawn on the canvas become intent flows; `infer`: resources. */
export function setConnectMode(store: EditorStore, connectMode: InteractionState['connectMode']): void {
  write(store, () => ({ interaction: { connectMode } }));
}

/** Draws the differences from `view.other` over the canvas; null ends the comparison. */
export function setCompare(store: EditorStore, view: CompareView | null): void {
  write(store, () => ({ interaction: { compare: view } }));
}

export function setMinimapOpen(store: EditorStore, minimapOpen: boolean): void {
  write(store, () => ({ chrome: { minimapOpen } }));
}

export function setFindingsOpen(store: EditorStore, findingsOpen: boolean): void {
  write(store, () => ({ chrome: { findingsOpen } }));
}

export function setTheme(store: EditorStore, theme: Theme): void {
  write(store, () => ({ chrome: { theme } }));
}

export function setSaveStatus(store: EditorStore, saveStatus: SaveStatus): void {
  write(store, () => ({ chrome: { saveStatus } }));
}

/** Clears the selection and marks and fits the view: a document was just put on the canvas. */
export function showFresh(store: EditorStore): void {
  write(store, (state) => ({ interaction: freshView(state.interaction) }));
}

/** Turns the glide into a new layout on or off (see layout/animate-layout.ts). */
export function setGliding(store: EditorStore, gliding: boolean): void {
  write(store, () => ({ interaction: { gliding } }));
}

export function setLayoutBusy(store: EditorStore, layoutBusy: boolean, placing = false): void {
  write(store, () => ({ interaction: { layoutBusy, placing: layoutBusy && placing } }));
}


/**
 * Claims the store's layout slot for a new layout. The answer says whether a newer layout has
 * claimed it since: an older layout's result is then dropped.
 */
export function claimLayout(store: EditorStore): { superseded(): boolean } {
  const seq = owned(store).seq;
  const request = ++seq.layout;
  return { superseded: () => seq.layout !== request };
}

/**
 * Registers how to cancel a drag in progress (a node, a palette item, a line): a function that
 * returns true when it cancelled something. Returns the function that unregisters it.
 */
export function onCancel(store: EditorStore, cancel: () => boolean): () => void {
  const { cancelers } = owned(store);
  cancelers.add(cancel);
  return () => cancelers.delete(cancel);
}

/** Cancels the drag in progress, if any (Escape); true when something was cancelled. */
export function cancelInteraction(store: EditorStore): boolean {
  for (const cancel of owned(store).cancelers) if (cancel()) return true;
  return false;
}
