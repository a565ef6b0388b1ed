/**
 * Every user action, registered once: its name, label, shortcuts and what it does. The toolbar,
 * the keyboard handler and the help dialog all read this list (Excalidraw's idea), so a shortcut
 * cannot be listed in one place and missing in another.
 */
import type { ReactFlowInstance } from '@xyflow/react';
import { CURRENT_VERSION, DOCUMENT_FORMAT, indexOf, type TopologyDocument } from '../../../model';
import { isContainerKind } from '../../../model/edit/geometry';
import { copyFragment, duplicate, pasteFragment, type Fragment } from '../../../model/edit/clipboard';
import { deleteElements, moveNodes } from '../../../model/edit/commands';
import { cancelInteraction } from '../canvas/cancel-registry';
import { autoLayout } from '../layout/auto-layout';
import { canAskReach } from '../reach/reach-panel';
import { runReach } from '../reach/run-reach';
import type { EditorState } from '../store/editor-state';
import {
  commitDocument,
  currentDocument,
  notify,
  redo,
  replaceDocument,
  select,
  undo,
  type EditorStore,
} from '../store/editor-store';
import { copyShareLink } from '../share/copy-share-link';
import { saveToFile } from './file-io';

export interface ActionContext {
  store: EditorStore;
  flow: ReactFlowInstance;
  /** Opens the file picker (the toolbar owns the hidden input). */
  openFile(): void;
}

export type ActionGroup = 'File' | 'Edit' | 'Selection' | 'Layout' | 'View' | 'Help';

export interface EditorAction {
  name: string;
  label: string;
  group: ActionGroup;
  shortcuts?: readonly string[];
  /** Runs even while typing in a field (undo and redo act on the document either way). */
  inFields?: boolean;
  /** Left out of the help dialog (listed there by a summary row instead). */
  unlisted?: boolean;
  /** The keyboard leaves its shortcut to the browser, whose paste event runs it with the system clipboard (import/use-paste-document.ts). */
  nativePaste?: boolean;
  enabled?(state: EditorState): boolean;
  perform(ctx: ActionContext): void;
}

/** A document with nothing in it. */
export const emptyDocument = (): TopologyDocument => ({ format: DOCUMENT_FORMAT, version: CURRENT_VERSION, name: 'Untitled network', nodes: [], connections: [] });

/** Asks before replacing a document that has content. */
export function confirmReplace(store: EditorStore, title: string, message: string, confirmLabel: string, replace: () => void): void {
  if (currentDocument(store).nodes.length === 0) {
    replace();
    return;
  }
  store.setState({ dialog: { kind: 'confirm', title, message, confirmLabel, onConfirm: replace } });
}

let clipboard: Fragment | null = null;
let pasteCount = 0;

const hasSelection = (s: EditorState) => s.selection.nodes.size + s.selection.edges.size > 0;
const hasNodeSelection = (s: EditorState) => s.selection.nodes.size > 0;

/** The one selected node, when it is a container with something inside: "lay out inside" works on it. */
export function selectedContainer(state: EditorState): string | undefined {
  if (state.selection.nodes.size !== 1) return undefined;
  const [id] = state.selection.nodes;
  const doc = state.history.present;
  const node = indexOf(doc).node(id!);
  return node && isContainerKind(node.kind) && doc.nodes.some((n) => n.parent === node.id) ? node.id : undefined;
}

/** Selected nodes whose container is not selected too (moving a container moves its contents). */
function topSelected(state: EditorState): string[] {
  const index = indexOf(state.history.present);
  const ids = state.selection.nodes;
  return [...ids].filter((id) => {
    const node = index.node(id);
    for (let p = node && index.parentOf(node); p; p = index.parentOf(p)) if (ids.has(p.id)) return false;
    return !!node;
  });
}

function nudge(dx: number, dy: number) {
  return ({ store }: ActionContext) => {
    const state = store.getState();
    const doc = state.history.present;
    const index = indexOf(doc);
    const moves = topSelected(state).map((id) => {
      const p = index.node(id)!.position ?? { x: 0, y: 0 };
      return { id, position: { x: p.x + dx, y: p.y + dy } };
    });
    if (moves.length) commitDocument(store, moveNodes(doc, moves), { mergeKey: 'nudge' });
  };
}

function askReach({ store }: ActionContext) {
  const state = store.getState();
  const index = indexOf(state.history.present);
  const [a, b] = [...state.selection.nodes].map((id) => index.node(id));
  if (state.selection.nodes.size !== 2 || !(canAskReach(a, b) || canAskReach(b, a))) {
    notify(store, 'Select two networks (VPC, subnet, instance or on-premises network) to ask whether one reaches the other.');
    return;
  }
  const [from, to] = canAskReach(a, b) ? [a!, b!] : [b!, a!];
  const { view, highlight } = runReach(state.history.present, from.id, to.id);
  store.setState({ reach: view, highlight });
}

export const ACTIONS: readonly EditorAction[] = [
  {
    name: 'new',
    label: 'New diagram',
    group: 'File',
    shortcuts: ['Alt+N'],
    perform: ({ store }) =>
      confirmReplace(store, 'Start a new diagram?', 'The current diagram will be discarded. Save it first if you want to keep it.', 'Discard and start new', () =>
        replaceDocument(store, emptyDocument()),
      ),
  },
  { name: 'open', label: 'Open file…', group: 'File', shortcuts: ['Mod+O'], perform: ({ openFile }) => openFile() },
  { name: 'save', label: 'Save as JSON', group: 'File', shortcuts: ['Mod+S'], perform: ({ store }) => saveToFile(currentDocument(store)) },
  { name: 'export-image', label: 'Export (PNG, SVG, draw.io)…', group: 'File', shortcuts: ['Shift+Mod+E'], perform: ({ store }) => store.setState({ dialog: { kind: 'export' } }) },
  { name: 'share-link', label: 'Copy share link', group: 'File', perform: ({ store }) => void copyShareLink(store) },
  { name: 'undo', label: 'Undo', group: 'Edit', shortcuts: ['Mod+Z'], inFields: true, enabled: (s) => s.history.past.length > 0, perform: ({ store }) => undo(store) },
  {
    name: 'redo',
    label: 'Redo',
    group: 'Edit',
    shortcuts: ['Shift+Mod+Z', 'Mod+Y'],
    inFields: true,
    enabled: (s) => s.history.future.length > 0,
    perform: ({ store }) => redo(store),
  },
  {
    name: 'delete',
    label: 'Delete',
    group: 'Edit',
    shortcuts: ['Delete', 'Backspace'],
    enabled: hasSelection,
    perform: ({ store }) => {
      const { selection } = store.getState();
      commitDocument(store, deleteElements(currentDocument(store), [...selection.nodes, ...selection.edges]));
    },
  },
  {
    name: 'copy',
    label: 'Copy',
    group: 'Edit',
    shortcuts: ['Mod+C'],
    enabled: hasNodeSelection,
    perform: ({ store }) => {
      clipboard = copyFragment(currentDocument(store), store.getState().selection.nodes);
      pasteCount = 0;
    },
  },
  {
    name: 'cut',
    label: 'Cut',
    group: 'Edit',
    shortcuts: ['Mod+X'],
    enabled: hasNodeSelection,
    perform: ({ store }) => {
      const { selection } = store.getState();
      clipboard = copyFragment(currentDocument(store), selection.nodes);
      pasteCount = -1;
      commitDocument(store, deleteElements(currentDocument(store), [...selection.nodes, ...selection.edges]));
    },
  },
  {
    name: 'paste',
    label: 'Paste',
    group: 'Edit',
    shortcuts: ['Mod+V'],
    nativePaste: true,
    perform: ({ store }) => {
      if (!clipboard) return;
      pasteCount++;
      const { doc, ids } = pasteFragment(currentDocument(store), clipboard, { x: 32 * pasteCount, y: 32 * pasteCount });
      const nodeIds = new Set(doc.nodes.map((n) => n.id as string));
      commitDocument(store, doc, undefined, { nodes: new Set(ids.filter((id) => nodeIds.has(id))), edges: new Set(ids.filter((id) => !nodeIds.has(id))) });
    },
  },
  {
    name: 'duplicate',
    label: 'Duplicate',
    group: 'Edit',
    shortcuts: ['Mod+D'],
    enabled: hasNodeSelection,
    perform: ({ store }) => {
      const { doc, ids } = duplicate(currentDocument(store), store.getState().selection.nodes);
      const nodeIds = new Set(doc.nodes.map((n) => n.id as string));
      commitDocument(store, doc, undefined, { nodes: new Set(ids.filter((id) => nodeIds.has(id))), edges: new Set(ids.filter((id) => !nodeIds.has(id))) });
    },
  },
  {
    name: 'auto-layout',
    label: 'Auto-layout the whole diagram',
    group: 'Layout',
    shortcuts: ['Shift+Alt+L'],
    enabled: (s) => !s.layoutBusy && s.history.present.nodes.length > 0,
    perform: ({ store }) => void autoLayout(store, { kind: 'all' }),
  },
  {
    name: 'layout-selection',
    label: 'Lay out the selection',
    group: 'Layout',
    shortcuts: ['Alt+L'],
    enabled: (s) => !s.layoutBusy && hasNodeSelection(s),
    perform: ({ store }) => {
      const ids = topSelected(store.getState());
      if (ids.length === 0) notify(store, 'Select the nodes to lay out first.');
      else void autoLayout(store, { kind: 'selection', ids });
    },
  },
  {
    name: 'layout-inside',
    label: 'Lay out inside the selected container',
    group: 'Layout',
    shortcuts: ['Shift+Alt+I'],
    enabled: (s) => !s.layoutBusy && selectedContainer(s) !== undefined,
    perform: ({ store }) => {
      const id = selectedContainer(store.getState());
      if (id === undefined) notify(store, 'Select one region, VPC, subnet or on-premises network with something inside it.');
      else void autoLayout(store, { kind: 'container', id });
    },
  },
  { name: 'nudge-up', label: 'Nudge up', group: 'Edit', shortcuts: ['ArrowUp'], unlisted: true, enabled: hasNodeSelection, perform: nudge(0, -1) },
  { name: 'nudge-down', label: 'Nudge down', group: 'Edit', shortcuts: ['ArrowDown'], unlisted: true, enabled: hasNodeSelection, perform: nudge(0, 1) },
  { name: 'nudge-left', label: 'Nudge left', group: 'Edit', shortcuts: ['ArrowLeft'], unlisted: true, enabled: hasNodeSelection, perform: nudge(-1, 0) },
  { name: 'nudge-right', label: 'Nudge right', group: 'Edit', shortcuts: ['ArrowRight'], unlisted: true, enabled: hasNodeSelection, perform: nudge(1, 0) },
  { name: 'nudge-up-more', label: 'Nudge up by 10', group: 'Edit', shortcuts: ['Shift+ArrowUp'], unlisted: true, enabled: hasNodeSelection, perform: nudge(0, -10) },
  { name: 'nudge-down-more', label: 'Nudge down by 10', group: 'Edit', shortcuts: ['Shift+ArrowDown'], unlisted: true, enabled: hasNodeSelection, perform: nudge(0, 10) },
  { name: 'nudge-left-more', label: 'Nudge left by 10', group: 'Edit', shortcuts: ['Shift+ArrowLeft'], unlisted: true, enabled: hasNodeSelection, perform: nudge(-10, 0) },
  { name: 'nudge-right-more', label: 'Nudge right by 10', group: 'Edit', shortcuts: ['Shift+ArrowRight'], unlisted: true, enabled: hasNodeSelection, perform: nudge(10, 0) },
  {
    name: 'select-all',
    label: 'Select all',
    group: 'Selection',
    shortcuts: ['Mod+A'],
    perform: ({ store }) => {
      const doc = currentDocument(store);
      select(
        store,
        doc.nodes.map((n) => n.id),
        doc.connections.map((c) => c.id),
      );
    },
  },
  {
    name: 'cancel',
    label: 'Cancel drag / clear selection',
    group: 'Selection',
    shortcuts: ['Escape'],
    inFields: true,
    perform: ({ store }) => {
      if (cancelInteraction()) return;
      const s = store.getState();
      if (s.pending) store.setState({ pending: null });
      else if (s.dialog) store.setState({ dialog: null });
      else if (s.highlight || s.reach) store.setState({ highlight: null, reach: null });
      else if (s.connectMode === 'flow') store.setState({ connectMode: 'infer' });
      else if (document.activeElement instanceof HTMLElement && document.activeElement.matches('input, textarea, select')) document.activeElement.blur();
      else select(store, []);
    },
  },
  { name: 'reach', label: 'Can A reach B? (two networks selected)', group: 'Selection', shortcuts: ['R'], perform: askReach },
  {
    name: 'flow-mode',
    label: 'Draw flows (intent) on or off',
    group: 'Selection',
    shortcuts: ['F'],
    perform: ({ store }) => store.setState((s) => ({ connectMode: s.connectMode === 'flow' ? 'infer' : 'flow' })),
  },
  { name: 'fit-view', label: 'Fit view', group: 'View', shortcuts: ['Shift+1'], perform: ({ flow }) => void flow.fitView({ padding: 0.08, duration: 200 }) },
  { name: 'zoom-in', label: 'Zoom in', group: 'View', shortcuts: ['+', '='], perform: ({ flow }) => void flow.zoomIn({ duration: 150 }) },
  { name: 'zoom-out', label: 'Zoom out', group: 'View', shortcuts: ['-'], perform: ({ flow }) => void flow.zoomOut({ duration: 150 }) },
  {
    name: 'toggle-findings',
    label: 'Show or hide findings',
    group: 'View',
    shortcuts: ['Shift+F'],
    perform: ({ store }) => store.setState((s) => ({ findingsOpen: !s.findingsOpen })),
  },
  {
    name: 'toggle-theme',
    label: 'Light or dark theme',
    group: 'View',
    shortcuts: ['Shift+T'],
    perform: ({ store }) => store.setState((s) => ({ theme: s.theme === 'dark' ? 'light' : 'dark' })),
  },
  { name: 'help', label: 'Keyboard shortcuts', group: 'Help', shortcuts: ['?'], inFields: false, perform: ({ store }) => store.setState({ dialog: { kind: 'help' } }) },
];

export const actionByName = (name: string): EditorAction => {
  const action = ACTIONS.find((a) => a.name === name);
  if (!action) throw new Error(`no action ${name}`);
  return action;
};

/** Rows the help dialog shows for unlisted actions. */
export const SUMMARY_ROWS: ReadonlyArray<{ group: ActionGroup; label: string; keys: string[] }> = [
  { group: 'Edit', label: 'Nudge the selection 1 px (10 px with Shift)', keys: ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'] },
];

/** Mouse gestures, listed in the help dialog beside the shortcuts. */
export const GESTURES: ReadonlyArray<[string, string]> = [
  ['Drag from the palette', 'Add a node; it goes into the container under the pointer'],
  ['Drag a node into or out of a container', 'Move it there, if AWS allows it'],
  ['Drag from the dot on a node’s right side', 'Connect it to another node'],
  ['Shift+click', 'Add to or remove from the selection'],
  ['Shift+drag on empty canvas', 'Select everything in a box'],
  ['Drag on empty canvas, or scroll', 'Pan; Ctrl+scroll or pinch zooms'],
  ['Click a finding', 'Select and show what it is about'],
];
