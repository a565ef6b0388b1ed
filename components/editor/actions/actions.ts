/**
 * Every user action, registered once: its name, label, shortcuts and what it does. The toolbar,
 * the keyboard handler and the help dialog all read this list (Excalidraw's idea), so a shortcut
 * cannot be listed in one place and missing in another.
 *
 * An action's `perform` returns what it changes and how the document change is recorded
 * (Excalidraw's `ActionResult` with its `CaptureUpdateAction`); `runAction` hands that to the
 * store's `commit`. What is not a change of state (opening the file picker, a download, zooming,
 * the worker's layout) goes through `ActionEffects`, so every action runs in a test without a
 * browser. Undo and redo travel the history with the store's own operations.
 */
import { CURRENT_VERSION, DOCUMENT_FORMAT, indexOf, type TopologyDocument } from '../../../model';
import { copyFragment, duplicate, pasteFragment } from '../../../model/edit/clipboard';
import { deleteElements, moveNodes } from '../../../model/edit/commands';
import { isContainerKind, sizeOf } from '../../../model/edit/geometry';
import { resizeContainer } from '../../../model/edit/resize';
import type { LayoutScope } from '../../../model/layout';
import { makeRoutesExplicit } from '../../../model/routing/make-explicit';
import { canAskReach, runReach } from '../reach/run-reach';
import type { EditorState, Selection } from '../store/editor-state';
import { cancelInteraction, commit, currentDocument, openDialog, redo, undo, type EditorChange, type EditorStore, type Recording } from '../store/operations';

/** What actions do outside the editor's state; the editor shell gives the browser's, tests give fakes. */
export interface ActionEffects {
  /** Opens the file picker (the toolbar owns the hidden input). */
  openFile(): void;
  /** Opens the file picker for the document to compare with. */
  chooseCompareFile(): void;
  /** Downloads the document as a .json file. */
  saveFile(doc: TopologyDocument): void;
  /** Puts a share link on the clipboard and shows it. */
  copyShareLink(): void;
  /** Lays out the document, or the part `scope` names, in the worker. */
  autoLayout(scope: LayoutScope): void;
  fitView(): void;
  zoomIn(): void;
  zoomOut(): void;
  /** Takes the focus out of the text field that has it; false when no field has it. */
  leaveField(): boolean;
}

export interface ActionContext {
  store: EditorStore;
  effects: ActionEffects;
}

/** What an action changes, and how its document change enters the history. */
export interface ActionResult {
  change: EditorChange;
  record: Recording;
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
  /** What the action changes (null: nothing, or only effects). */
  perform(state: EditorState, ctx: ActionContext): ActionResult | null;
}

/** A document with nothing in it. */
export const emptyDocument = (): TopologyDocument => ({ format: DOCUMENT_FORMAT, version: CURRENT_VERSION, name: 'Untitled network', nodes: [], connections: [] });

/** Asks before replacing a document that has content. */
export function confirmReplace(store: EditorStore, title: string, message: string, confirmLabel: string, replace: () => void): void {
  if (currentDocument(store).nodes.length === 0) {
    replace();
    return;
  }
  openDialog(store, { kind: 'confirm', title, message, confirmLabel, onConfirm: replace });
}

const NEW_STEP: Recording = { history: 'new' };
/** For changes without a document: nothing enters the history. */
const VIEW_ONLY: Recording = { history: 'none' };

const view = (change: EditorChange): ActionResult => ({ change, record: VIEW_ONLY });
const tell = (text: string): ActionResult => view({ notice: { text, tone: 'info' } });

const hasSelection = (s: EditorState) => s.interaction.selection.nodes.size + s.interaction.selection.edges.size > 0;
const hasNodeSelection = (s: EditorState) => s.interaction.selection.nodes.size > 0;

/** The one selected node, when it is a container with something inside: "lay out inside" works on it. */
export function selectedContainer(state: EditorState): string | undefined {
  const { nodes } = state.interaction.selection;
  if (nodes.size !== 1) return undefined;
  const [id] = nodes;
  const doc = state.document.present;
  const node = indexOf(doc).node(id!);
  return node && isContainerKind(node.kind) && doc.nodes.some((n) => n.parent === node.id) ? node.id : undefined;
}

/** Selected nodes whose container is not selected too (moving a container moves its contents). */
function topSelected(state: EditorState): string[] {
  const index = indexOf(state.document.present);
  const ids = state.interaction.selection.nodes;
  return [...ids].filter((id) => {
    const node = index.node(id);
    for (let p = node && index.parentOf(node); p; p = index.parentOf(p)) if (ids.has(p.id)) return false;
    return !!node;
  });
}

/** The selection after an edit that created `ids`: the new nodes and connections. */
function selectionOf(doc: TopologyDocument, ids: readonly string[]): Selection {
  const nodeIds = new Set(doc.nodes.map((n) => n.id as string));
  return { nodes: new Set(ids.filter((id) => nodeIds.has(id))), edges: new Set(ids.filter((id) => !nodeIds.has(id))) };
}

/** Resizes the one selected container by its right and bottom edges; a run of presses is one undo step. */
function resizeBy(dw: number, dh: number) {
  return (state: EditorState): ActionResult | null => {
    const [id] = state.interaction.selection.nodes;
    const doc = state.document.present;
    const node = id === undefined ? undefined : indexOf(doc).node(id);
    if (!node || !isContainerKind(node.kind)) return null;
    const size = node.size ?? sizeOf(node);
    const next = resizeContainer(doc, node.id, { width: size.width + dw, height: size.height + dh });
    return next === doc ? null : { change: { document: next }, record: { history: 'merge', mergeKey: `resize:${node.id}` } };
  };
}

const oneContainerSelected = (s: EditorState) => {
  if (s.interaction.selection.nodes.size !== 1) return false;
  const [id] = s.interaction.selection.nodes;
  const node = indexOf(s.document.present).node(id!);
  return !!node && isContainerKind(node.kind);
};

/** Moves the selection; a run of nudges is one undo step. */
function nudge(dx: number, dy: number) {
  return (state: EditorState): ActionResult | null => {
    const doc = state.document.present;
    const index = indexOf(doc);
    const moves = topSelected(state).map((id) => {
      const p = index.node(id)!.position ?? { x: 0, y: 0 };
      return { id, position: { x: p.x + dx, y: p.y + dy } };
    });
    return moves.length ? { change: { document: moveNodes(doc, moves) }, record: { history: 'merge', mergeKey: 'nudge' } } : null;
  };
}

function askReach(state: EditorState): ActionResult {
  const { nodes } = state.interaction.selection;
  const index = indexOf(state.document.present);
  const [a, b] = [...nodes].map((id) => index.node(id));
  if (nodes.size !== 2 || !(canAskReach(a, b) || canAskReach(b, a))) {
    return tell('Select two networks (VPC, subnet, instance or on-premises network) to ask whether one reaches the other.');
  }
  const [from, to] = canAskReach(a, b) ? [a!, b!] : [b!, a!];
  const { view: reach, highlight } = runReach(state.document.present, from.id, to.id);
  return view({ interaction: { reach, highlight } });
}

const routeTablesOf = (props: { routeTables?: unknown } | undefined) => (Array.isArray(props?.routeTables) ? props.routeTables.length : 0);

/** True when some VPC or transit gateway has no route table: "make routes explicit" has something to write. */
function hasImplicitRouting(state: EditorState): boolean {
  return state.document.present.nodes.some((n) => (n.kind === 'vpc' || n.kind === 'transit-gateway') && routeTablesOf(n.props) === 0);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Writes the route tables that reach what the drawing reached, as one undo step. */
function makeExplicit(state: EditorState): ActionResult {
  const { document, added } = makeRoutesExplicit(state.document.present);
  if (added.vpcTables + added.tgwTables === 0) return tell('Every VPC and transit gateway already has route tables.');
  const text = `Routes made explicit: ${plural(added.vpcTables, 'VPC route table')}, ${plural(added.tgwTables, 'transit gateway route table')}, ${plural(added.routes, 'route')}. Undo takes them away.`;
  return { change: { document, notice: { text, tone: 'info' } }, record: NEW_STEP };
}

/** Escape: the innermost thing in progress is let go, one per press; at last the selection. */
function cancel(state: EditorState, { store, effects }: ActionContext): ActionResult | null {
  if (cancelInteraction(store)) return null;
  const { interaction, chrome } = state;
  if (interaction.pending) return view({ interaction: { pending: null } });
  if (chrome.dialog) return view({ chrome: { dialog: null } });
  if (interaction.highlight || interaction.reach) return view({ interaction: { highlight: null, reach: null } });
  if (interaction.connectMode === 'flow') return view({ interaction: { connectMode: 'infer' } });
  if (effects.leaveField()) return null;
  return view({ interaction: { selection: { nodes: new Set(), edges: new Set() } } });
}

export const ACTIONS: readonly EditorAction[] = [
  {
    name: 'new',
    label: 'New diagram',
    group: 'File',
    shortcuts: ['Alt+N'],
    perform: (state, { store }) => {
      const replace: ActionResult = { change: { document: emptyDocument() }, record: { history: 'replace' } };
      if (state.document.present.nodes.length === 0) return replace;
      return view({
        chrome: {
          dialog: {
            kind: 'confirm',
            title: 'Start a new diagram?',
            message: 'The current diagram will be discarded. Save it first if you want to keep it.',
            confirmLabel: 'Discard and start new',
            onConfirm: () => commit(store, replace.change, replace.record),
          },
        },
      });
    },
  },
  {
    name: 'compare-with',
    label: 'Compare with…',
    group: 'File',
    perform: (_state, { effects }) => {
      effects.chooseCompareFile();
      return null;
    },
  },
  {
    name: 'end-compare',
    label: 'End the comparison',
    group: 'File',
    enabled: (s) => s.interaction.compare !== null,
    perform: () => view({ interaction: { compare: null } }),
  },
  {
    name: 'open',
    label: 'Open file…',
    group: 'File',
    shortcuts: ['Mod+O'],
    perform: (_state, { effects }) => {
      effects.openFile();
      return null;
    },
  },
  {
    name: 'save',
    label: 'Save as JSON',
    group: 'File',
    shortcuts: ['Mod+S'],
    perform: (state, { effects }) => {
      effects.saveFile(state.document.present);
      return null;
    },
  },
  { name: 'export-image', label: 'Export (PNG, SVG, draw.io)…', group: 'File', shortcuts: ['Shift+Mod+E'], perform: () => view({ chrome: { dialog: { kind: 'export' } } }) },
  {
    name: 'share-link',
    label: 'Copy share link',
    group: 'File',
    perform: (_state, { effects }) => {
      effects.copyShareLink();
      return null;
    },
  },
  {
    name: 'undo',
    label: 'Undo',
    group: 'Edit',
    shortcuts: ['Mod+Z'],
    inFields: true,
    enabled: (s) => s.document.past.length > 0,
    perform: (_state, { store }) => {
      undo(store);
      return null;
    },
  },
  {
    name: 'redo',
    label: 'Redo',
    group: 'Edit',
    shortcuts: ['Shift+Mod+Z', 'Mod+Y'],
    inFields: true,
    enabled: (s) => s.document.future.length > 0,
    perform: (_state, { store }) => {
      redo(store);
      return null;
    },
  },
  {
    name: 'delete',
    label: 'Delete',
    group: 'Edit',
    shortcuts: ['Delete', 'Backspace'],
    enabled: hasSelection,
    perform: (state) => {
      const { selection } = state.interaction;
      return { change: { document: deleteElements(state.document.present, [...selection.nodes, ...selection.edges]) }, record: NEW_STEP };
    },
  },
  {
    name: 'copy',
    label: 'Copy',
    group: 'Edit',
    shortcuts: ['Mod+C'],
    enabled: hasNodeSelection,
    perform: (state) => view({ interaction: { clipboard: { fragment: copyFragment(state.document.present, state.interaction.selection.nodes), pastes: 0 } } }),
  },
  {
    name: 'cut',
    label: 'Cut',
    group: 'Edit',
    shortcuts: ['Mod+X'],
    enabled: hasNodeSelection,
    perform: (state) => {
      const doc = state.document.present;
      const { selection } = state.interaction;
      return {
        change: { document: deleteElements(doc, [...selection.nodes, ...selection.edges]), interaction: { clipboard: { fragment: copyFragment(doc, selection.nodes), pastes: -1 } } },
        record: NEW_STEP,
      };
    },
  },
  {
    name: 'paste',
    label: 'Paste',
    group: 'Edit',
    shortcuts: ['Mod+V'],
    nativePaste: true,
    perform: (state) => {
      const { clipboard } = state.interaction;
      if (!clipboard) return null;
      const pastes = clipboard.pastes + 1;
      const { doc, ids } = pasteFragment(state.document.present, clipboard.fragment, { x: 32 * pastes, y: 32 * pastes });
      return { change: { document: doc, interaction: { selection: selectionOf(doc, ids), clipboard: { ...clipboard, pastes } } }, record: NEW_STEP };
    },
  },
  {
    name: 'duplicate',
    label: 'Duplicate',
    group: 'Edit',
    shortcuts: ['Mod+D'],
    enabled: hasNodeSelection,
    perform: (state) => {
      const { doc, ids } = duplicate(state.document.present, state.interaction.selection.nodes);
      return { change: { document: doc, interaction: { selection: selectionOf(doc, ids) } }, record: NEW_STEP };
    },
  },
  {
    name: 'auto-layout',
    label: 'Auto-layout the whole diagram',
    group: 'Layout',
    shortcuts: ['Shift+Alt+L'],
    enabled: (s) => !s.interaction.layoutBusy && s.document.present.nodes.length > 0,
    perform: (_state, { effects }) => {
      effects.autoLayout({ kind: 'all' });
      return null;
    },
  },
  {
    name: 'layout-selection',
    label: 'Lay out the selection',
    group: 'Layout',
    shortcuts: ['Alt+L'],
    enabled: (s) => !s.interaction.layoutBusy && hasNodeSelection(s),
    perform: (state, { effects }) => {
      const ids = topSelected(state);
      if (ids.length === 0) return tell('Select the nodes to lay out first.');
      effects.autoLayout({ kind: 'selection', ids });
      return null;
    },
  },
  {
    name: 'layout-inside',
    label: 'Lay out inside the selected container',
    group: 'Layout',
    shortcuts: ['Shift+Alt+I'],
    enabled: (s) => !s.interaction.layoutBusy && selectedContainer(s) !== undefined,
    perform: (state, { effects }) => {
      const id = selectedContainer(state);
      if (id === undefined) return tell('Select one region, VPC, subnet or on-premises network with something inside it.');
      effects.autoLayout({ kind: 'container', id });
      return null;
    },
  },
  {
    name: 'make-routes-explicit',
    label: 'Make routes explicit',
    group: 'Edit',
    enabled: hasImplicitRouting,
    perform: makeExplicit,
  },
  { name: 'nudge-up', label: 'Nudge up', group: 'Edit', shortcuts: ['ArrowUp'], unlisted: true, enabled: hasNodeSelection, perform: nudge(0, -1) },
  { name: 'nudge-down', label: 'Nudge down', group: 'Edit', shortcuts: ['ArrowDown'], unlisted: true, enabled: hasNodeSelection, perform: nudge(0, 1) },
  { name: 'nudge-left', label: 'Nudge left', group: 'Edit', shortcuts: ['ArrowLeft'], unlisted: true, enabled: hasNodeSelection, perform: nudge(-1, 0) },
  { name: 'nudge-right', label: 'Nudge right', group: 'Edit', shortcuts: ['ArrowRight'], unlisted: true, enabled: hasNodeSelection, perform: nudge(1, 0) },
  { name: 'nudge-up-more', label: 'Nudge up by 10', group: 'Edit', shortcuts: ['Shift+ArrowUp'], unlisted: true, enabled: hasNodeSelection, perform: nudge(0, -10) },
  { name: 'nudge-down-more', label: 'Nudge down by 10', group: 'Edit', shortcuts: ['Shift+ArrowDown'], unlisted: true, enabled: hasNodeSelection, perform: nudge(0, 10) },
  { name: 'nudge-left-more', label: 'Nudge left by 10', group: 'Edit', shortcuts: ['Shift+ArrowLeft'], unlisted: true, enabled: hasNodeSelection, perform: nudge(-10, 0) },
  { name: 'nudge-right-more', label: 'Nudge right by 10', group: 'Edit', shortcuts: ['Shift+ArrowRight'], unlisted: true, enabled: hasNodeSelection, perform: nudge(10, 0) },
  { name: 'widen', label: 'Widen the container', group: 'Edit', shortcuts: ['Alt+ArrowRight'], unlisted: true, enabled: oneContainerSelected, perform: resizeBy(20, 0) },
  { name: 'narrow', label: 'Narrow the container', group: 'Edit', shortcuts: ['Alt+ArrowLeft'], unlisted: true, enabled: oneContainerSelected, perform: resizeBy(-20, 0) },
  { name: 'heighten', label: 'Make the container taller', group: 'Edit', shortcuts: ['Alt+ArrowDown'], unlisted: true, enabled: oneContainerSelected, perform: resizeBy(0, 20) },
  { name: 'shorten', label: 'Make the container shorter', group: 'Edit', shortcuts: ['Alt+ArrowUp'], unlisted: true, enabled: oneContainerSelected, perform: resizeBy(0, -20) },
  {
    name: 'select-all',
    label: 'Select all',
    group: 'Selection',
    shortcuts: ['Mod+A'],
    perform: (state) => {
      const doc = state.document.present;
      return view({ interaction: { selection: { nodes: new Set(doc.nodes.map((n) => n.id)), edges: new Set(doc.connections.map((c) => c.id)) } } });
    },
  },
  { name: 'cancel', label: 'Cancel drag / clear selection', group: 'Selection', shortcuts: ['Escape'], inFields: true, perform: cancel },
  { name: 'reach', label: 'Can A reach B? (two networks selected)', group: 'Selection', shortcuts: ['R'], perform: askReach },
  {
    name: 'connect-to',
    label: 'Connect the selected node to…',
    group: 'Selection',
    shortcuts: ['C'],
    enabled: (s) => s.interaction.selection.nodes.size === 1,
    perform: (state) => view({ chrome: { dialog: { kind: 'connect-to', source: [...state.interaction.selection.nodes][0]! } } }),
  },
  {
    name: 'find',
    label: 'Find a node…',
    group: 'Selection',
    shortcuts: ['Mod+F'],
    enabled: (s) => s.document.present.nodes.length > 0,
    perform: () => view({ chrome: { dialog: { kind: 'find' } } }),
  },
  {
    name: 'flow-mode',
    label: 'Draw flows (intent) on or off',
    group: 'Selection',
    shortcuts: ['F'],
    perform: (state) => view({ interaction: { connectMode: state.interaction.connectMode === 'flow' ? 'infer' : 'flow' } }),
  },
  {
    name: 'fit-view',
    label: 'Fit view',
    group: 'View',
    shortcuts: ['Shift+1'],
    perform: (_state, { effects }) => {
      effects.fitView();
      return null;
    },
  },
  {
    name: 'zoom-in',
    label: 'Zoom in',
    group: 'View',
    shortcuts: ['+', '='],
    perform: (_state, { effects }) => {
      effects.zoomIn();
      return null;
    },
  },
  {
    name: 'zoom-out',
    label: 'Zoom out',
    group: 'View',
    shortcuts: ['-'],
    perform: (_state, { effects }) => {
      effects.zoomOut();
      return null;
    },
  },
  { name: 'toggle-findings', label: 'Show or hide findings', group: 'View', shortcuts: ['Shift+F'], perform: (state) => view({ chrome: { findingsOpen: !state.chrome.findingsOpen } }) },
  { name: 'toggle-minimap', label: 'Show or hide the overview map', group: 'View', shortcuts: ['Shift+M'], perform: (state) => view({ chrome: { minimapOpen: !state.chrome.minimapOpen } }) },
  {
    name: 'toggle-theme',
    label: 'Light or dark theme',
    group: 'View',
    shortcuts: ['Shift+T'],
    perform: (state) => view({ chrome: { theme: state.chrome.theme === 'dark' ? 'light' : 'dark' } }),
  },
  { name: 'help', label: 'Keyboard shortcuts', group: 'Help', shortcuts: ['?'], inFields: false, perform: () => view({ chrome: { dialog: { kind: 'help' } } }) },
  // Routing (document version 2). Route table edits themselves are made in the inspector, one undo step each.
  {
    name: 'toggle-segmentation',
    label: 'Segmentation view (attachments coloured by route table) on or off',
    group: 'View',
    shortcuts: ['S'],
    perform: (state) => view({ chrome: { segmentation: !state.chrome.segmentation } }),
  },
];

export const actionByName = (name: string): EditorAction => {
  const action = ACTIONS.find((a) => a.name === name);
  if (!action) throw new Error(`no action ${name}`);
  return action;
};

/** Runs an action: what it returns is committed to the store as it says. */
export function runAction(action: EditorAction | string, ctx: ActionContext): void {
  const { perform } = typeof action === 'string' ? actionByName(action) : action;
  const result = perform(ctx.store.getState(), ctx);
  if (result) commit(ctx.store, result.change, result.record);
}

/** Rows the help dialog shows for unlisted actions. */
export const SUMMARY_ROWS: ReadonlyArray<{ group: ActionGroup; label: string; keys: string[] }> = [
  { group: 'Edit', label: 'Nudge the selection 1 px (10 px with Shift)', keys: ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'] },
  { group: 'Edit', label: 'Resize the selected container by 20 px', keys: ['Alt+ArrowRight', 'Alt+ArrowLeft', 'Alt+ArrowDown', 'Alt+ArrowUp'] },
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
