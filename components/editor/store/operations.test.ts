import { afterEach, describe, expect, it, vi } from 'vitest';
import { addNode, rename } from '../../../model/edit/commands';
import { MERGE_WINDOW_MS } from '../../../model/edit/history';
import { buildDocument, link, node, vpc } from '../../../model/testing/build';
import {
  cancelInteraction,
  claimLayout,
  closeDialog,
  commit,
  createEditorStore,
  currentDocument,
  dismissNotice,
  markDrop,
  notify,
  offerConnections,
  onCancel,
  openDialog,
  redo,
  select,
  selectAndFrame,
  setConnectMode,
  setFindingsOpen,
  setGliding,
  setLayoutBusy,
  setSaveStatus,
  setTheme,
  showFresh,
  showPointerHint,
  showReach,
  undo,
  type EditorStore,
} from './operations';

const doc = buildDocument(
  [vpc('a', ['10.0.0.0/16'], { position: { x: 0, y: 0 }, size: { width: 400, height: 260 } }), vpc('b', ['10.1.0.0/16'], { position: { x: 600, y: 0 }, size: { width: 400, height: 260 } }), node('net', 'internet', undefined, undefined, { position: { x: 0, y: 400 } })],
  [link('pcx', 'vpc-peering', 'a', 'b')],
);

const withNode = (d = doc) => addNode(d, { kind: 'internet', at: { x: 900, y: 900 } }).doc;
const withoutB = { ...doc, nodes: doc.nodes.filter((n) => n.id !== 'b'), connections: [] };
const reach = { from: 'a', to: 'b', reachable: true, path: [], blockedBy: [] };
const highlight = { tone: 'path' as const, elements: new Set(['a']) };

/** Counts how often the store tells its subscribers about a change. */
function watch(store: EditorStore) {
  const seen = { count: 0 };
  store.subscribe(() => seen.count++);
  return seen;
}

afterEach(() => vi.useRealTimers());

describe('createEditorStore', () => {
  it('starts with the document, an empty history, nothing selected, and the given theme', () => {
    const store = createEditorStore(doc, 'dark');
    const state = store.getState();
    expect(currentDocument(store)).toBe(doc);
    expect(state.document).toMatchObject({ past: [], future: [], present: doc });
    expect(state.interaction.selection.nodes.size + state.interaction.selection.edges.size).toBe(0);
    expect(state.chrome).toMatchObject({ theme: 'dark', dialog: null, saveStatus: 'loading', findingsOpen: true, notice: null, segmentation: false });
  });

  it('hands out no writer: the store is read and subscribed to, nothing else', () => {
    expect(Object.keys(createEditorStore(doc)).sort()).toEqual(['getState', 'subscribe']);
  });

  it('refuses a store it did not make', () => {
    const imposter = { getState: createEditorStore(doc).getState, subscribe: () => () => {} };
    expect(() => notify(imposter, 'hello')).toThrow(/createEditorStore/);
  });
});

describe('commit', () => {
  it("history 'new': an undo step; the reachability answer is cleared and the selection keeps what still exists", () => {
    const store = createEditorStore(doc);
    select(store, ['a', 'b'], ['pcx']);
    showReach(store, reach, highlight);
    commit(store, { document: withoutB }, { history: 'new' });
    const { document: history, interaction } = store.getState();
    expect(history.present).toBe(withoutB);
    expect(history.past).toEqual([doc]);
    expect(interaction).toMatchObject({ reach: null, highlight: null });
    expect([...interaction.selection.nodes]).toEqual(['a']);
    expect(interaction.selection.edges.size).toBe(0);
  });

  it('ignores a document that did not change: no step, no notification', () => {
    const store = createEditorStore(doc);
    const seen = watch(store);
    commit(store, { document: doc }, { history: 'new' });
    expect(store.getState().document.past).toHaveLength(0);
    expect(seen.count).toBe(0);
  });

  it("history 'merge': a run of edits with one key in quick succession is one undo step", () => {
    vi.useFakeTimers();
    const store = createEditorStore(doc);
    const typed = ['a', 'ab', 'abc'].map((name) => rename(doc, 'a', name));
    for (const next of typed) commit(store, { document: next }, { history: 'merge', mergeKey: 'a:name' });
    expect(store.getState().document.past).toEqual([doc]);
    vi.advanceTimersByTime(MERGE_WINDOW_MS + 1);
    commit(store, { document: rename(typed[2]!, 'a', 'abcd') }, { history: 'merge', mergeKey: 'a:name' });
    expect(store.getState().document.past).toEqual([doc, typed[2]]);
  });

  it("history 'none': replaces the present document in place (a layout finishing an opened document)", () => {
    const store = createEditorStore(doc);
    const first = withNode();
    commit(store, { document: first }, { history: 'new' });
    const settled = withNode(first);
    commit(store, { document: settled }, { history: 'none' });
    const history = store.getState().document;
    expect(history.present).toBe(settled);
    expect(history.past).toEqual([doc]);
    undo(store);
    expect(currentDocument(store)).toBe(doc);
  });

  it("history 'replace': forgets the history and shows the document fresh", () => {
    const store = createEditorStore(doc);
    commit(store, { document: withNode() }, { history: 'new' });
    select(store, ['a']);
    const before = store.getState().interaction.fitRequest;
    commit(store, { document: withoutB }, { history: 'replace' });
    const { document: history, interaction } = store.getState();
    expect(history).toMatchObject({ past: [], future: [], present: withoutB });
    expect(interaction.selection.nodes.size).toBe(0);
    expect(interaction.fitRequest).toBe(before + 1);
  });

  it('selects what the change says, dropping ids the document does not have', () => {
    const store = createEditorStore(doc);
    const next = withNode();
    const created = next.nodes.at(-1)!.id;
    commit(store, { document: next, interaction: { selection: { nodes: new Set([created, 'ghost']), edges: new Set() } } }, { history: 'new' });
    expect([...store.getState().interaction.selection.nodes]).toEqual([created]);
  });

  it('applies interaction, chrome and a numbered notice without a document, and keeps the history', () => {
    const store = createEditorStore(doc);
    commit(store, { interaction: { connectMode: 'flow' }, chrome: { findingsOpen: false }, notice: { text: 'Hello', tone: 'info' } }, { history: 'none' });
    const state = store.getState();
    expect(state.interaction.connectMode).toBe('flow');
    expect(state.chrome.findingsOpen).toBe(false);
    expect(state.chrome.notice).toMatchObject({ text: 'Hello', tone: 'info', id: 1 });
    expect(state.document.present).toBe(doc);
  });
});

describe('undo and redo', () => {
  it('travel the history, keep the selection to what exists and clear the reachability answer', () => {
    const store = createEditorStore(doc);
    commit(store, { document: withoutB }, { history: 'new' });
    select(store, ['a']);
    undo(store);
    expect(currentDocument(store)).toBe(doc);
    select(store, ['a', 'b']);
    showReach(store, reach, highlight);
    redo(store);
    expect(currentDocument(store)).toBe(withoutB);
    expect([...store.getState().interaction.selection.nodes]).toEqual(['a']);
    expect(store.getState().interaction.reach).toBeNull();
  });

  it('fit the view when they swap in a whole other document (an open undone or redone), not after an edit', () => {
    const store = createEditorStore(doc);
    const fits = () => store.getState().interaction.fitRequest;
    commit(store, { document: withoutB }, { history: 'new' });
    const before = fits();
    undo(store);
    expect(fits()).toBe(before);
    const other = buildDocument([vpc('x', ['10.9.0.0/16'])]);
    commit(store, { document: other }, { history: 'new' });
    undo(store);
    expect(currentDocument(store)).toBe(doc);
    expect(fits()).toBe(before + 1);
    redo(store);
    expect(fits()).toBe(before + 2);
  });

  it('change nothing when there is nothing to undo or redo', () => {
    const store = createEditorStore(doc);
    const seen = watch(store);
    undo(store);
    redo(store);
    expect(seen.count).toBe(0);
  });
});

describe('selection', () => {
  it('select replaces the selection', () => {
    const store = createEditorStore(doc);
    select(store, ['a']);
    select(store, ['b'], ['pcx']);
    const { selection } = store.getState().interaction;
    expect([...selection.nodes]).toEqual(['b']);
    expect([...selection.edges]).toEqual(['pcx']);
  });

  it('selectAndFrame selects the first subject that exists, frames them all, and asks for a new frame each time', () => {
    const store = createEditorStore(doc);
    selectAndFrame(store, ['ghost', 'pcx', 'a']);
    const first = store.getState().interaction;
    expect([...first.selection.nodes]).toEqual([]);
    expect([...first.selection.edges]).toEqual(['pcx']);
    expect(first.frameRequest?.ids).toEqual(['ghost', 'pcx', 'a']);
    selectAndFrame(store, ['a', 'pcx']);
    expect([...store.getState().interaction.selection.nodes]).toEqual(['a']);
    expect([...store.getState().interaction.selection.edges]).toEqual([]);
    expect(store.getState().interaction.frameRequest!.seq).toBeGreaterThan(first.frameRequest!.seq);
  });
});

describe('notices', () => {
  it('notify numbers notices per store; dismissNotice hides only the notice it names', () => {
    const store = createEditorStore(doc);
    const other = createEditorStore(doc);
    notify(store, 'one');
    notify(store, 'two', 'error', { x: 5, y: 6 });
    notify(other, 'elsewhere');
    expect(store.getState().chrome.notice).toEqual({ id: 2, text: 'two', tone: 'error', at: { x: 5, y: 6 } });
    expect(other.getState().chrome.notice?.id).toBe(1);
    dismissNotice(store, 1);
    expect(store.getState().chrome.notice?.text).toBe('two');
    dismissNotice(store, 2);
    expect(store.getState().chrome.notice).toBeNull();
    dismissNotice(other);
    expect(other.getState().chrome.notice).toBeNull();
  });
});

describe('dialogs and panels', () => {
  it('openDialog and closeDialog', () => {
    const store = createEditorStore(doc);
    openDialog(store, { kind: 'help' });
    expect(store.getState().chrome.dialog).toEqual({ kind: 'help' });
    closeDialog(store);
    expect(store.getState().chrome.dialog).toBeNull();
  });

  it('setFindingsOpen, setTheme and setSaveStatus set the chrome', () => {
    const store = createEditorStore(doc);
    setFindingsOpen(store, false);
    setTheme(store, 'dark');
    setSaveStatus(store, 'error');
    expect(store.getState().chrome).toMatchObject({ findingsOpen: false, theme: 'dark', saveStatus: 'error' });
  });

  it('a setter that changes nothing notifies nobody', () => {
    const store = createEditorStore(doc);
    const seen = watch(store);
    setTheme(store, 'light');
    setFindingsOpen(store, true);
    setGliding(store, false);
    expect(seen.count).toBe(0);
  });
});

describe('canvas interaction', () => {
  it('offerConnections offers and withdraws a choice of connections', () => {
    const store = createEditorStore(doc);
    const pending = { source: 'a', target: 'b', options: [], at: { x: 1, y: 2 } };
    offerConnections(store, pending);
    expect(store.getState().interaction.pending).toBe(pending);
    offerConnections(store, null);
    expect(store.getState().interaction.pending).toBeNull();
  });

  it('markDrop marks a container, and the same mark again notifies nobody', () => {
    const store = createEditorStore(doc);
    markDrop(store, { id: 'a', ok: true });
    const seen = watch(store);
    markDrop(store, { id: 'a', ok: true });
    expect(seen.count).toBe(0);
    markDrop(store, { id: 'a', ok: false });
    expect(store.getState().interaction.dropMark).toEqual({ id: 'a', ok: false });
    markDrop(store, null);
    expect(store.getState().interaction.dropMark).toBeNull();
  });

  it('showPointerHint shows and hides the label next to the pointer', () => {
    const store = createEditorStore(doc);
    showPointerHint(store, { x: 1, y: 2, tone: 'bad', text: 'No' });
    expect(store.getState().interaction.pointerHint).toMatchObject({ text: 'No' });
    showPointerHint(store, null);
    expect(store.getState().interaction.pointerHint).toBeNull();
  });

  it('showReach shows an answer and its marks', () => {
    const store = createEditorStore(doc);
    showReach(store, reach, highlight);
    expect(store.getState().interaction).toMatchObject({ reach, highlight });
  });

  it('setConnectMode switches between resources and flows', () => {
    const store = createEditorStore(doc);
    setConnectMode(store, 'flow');
    expect(store.getState().interaction.connectMode).toBe('flow');
  });

  it('showFresh clears selection and marks and asks for a fit', () => {
    const store = createEditorStore(doc);
    select(store, ['a']);
    showReach(store, reach, highlight);
    showFresh(store);
    const { interaction } = store.getState();
    expect(interaction).toMatchObject({ reach: null, highlight: null, pending: null, fitRequest: 1 });
    expect(interaction.selection.nodes.size).toBe(0);
  });
});

describe('layout', () => {
  it('setGliding and setLayoutBusy', () => {
    const store = createEditorStore(doc);
    setGliding(store, true);
    setLayoutBusy(store, true);
    expect(store.getState().interaction).toMatchObject({ gliding: true, layoutBusy: true, fitRequest: 0 });
  });

  it('claimLayout: a newer layout supersedes an older one, per store', () => {
    const store = createEditorStore(doc);
    const other = createEditorStore(doc);
    const first = claimLayout(store);
    expect(first.superseded()).toBe(false);
    const mine = claimLayout(other);
    expect(first.superseded()).toBe(false);
    const second = claimLayout(store);
    expect(first.superseded()).toBe(true);
    expect(second.superseded()).toBe(false);
    expect(mine.superseded()).toBe(false);
  });
});

describe('cancelling drags', () => {
  it('cancelInteraction asks the registered cancellers until one cancels; unregistering removes one', () => {
    const store = createEditorStore(doc);
    const other = createEditorStore(doc);
    const calls: string[] = [];
    const idle = onCancel(store, () => (calls.push('idle'), false));
    const dragging = onCancel(store, () => (calls.push('drag'), true));
    expect(cancelInteraction(other)).toBe(false);
    expect(cancelInteraction(store)).toBe(true);
    expect(calls).toEqual(['idle', 'drag']);
    dragging();
    idle();
    expect(cancelInteraction(store)).toBe(false);
    expect(calls).toEqual(['idle', 'drag']);
  });
});
