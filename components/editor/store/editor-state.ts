/**
 * The editor's state in three parts: the `document` (one history of documents, the source of
 * truth), the `interaction` on the canvas (selection, marks, drags in progress) and
 * the window `chrome` around it (dialogs, theme, save status, panels, notices). Only the document
 * enters the history; `operations.ts` is the one module that writes any of it.
 */
import type { ConnectShortcut } from '../../../model/edit/connect-shortcuts';
import type { ConnectOption, ElementId, Finding, TopologyDocument } from '../../../model';
import type { RouteHop } from '../../../model/reach/types';
import type { Fragment } from '../../../model/edit/clipboard';
import type { History } from '../../../model/edit/history';
import type { ShareOutcome } from '../share/share-outcome';

/** Selected node and connection ids. Replaced, never mutated. */
export interface Selection {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

export const EMPTY_SELECTION: Selection = { nodes: new Set(), edges: new Set() };

/** Elements marked on the canvas by a reachability answer. */
export interface Highlight {
  tone: 'path' | 'block';
  elements: ReadonlySet<string>;
}

/** A short message; with `at` (screen coordinates) it is shown next to the pointer. */
export interface Notice {
  id: number;
  text: string;
  tone: 'error' | 'info' | 'success';
  at?: { x: number; y: number };
}

/** A connection waiting for the user to pick which kind to draw. */
export interface PendingConnection {
  source: string;
  target: string;
  options: ConnectOption[];
  /** What the line may stand for when AWS never draws it directly (model/edit/connect-shortcuts.ts). */
  shortcuts?: ConnectShortcut[];
  at: { x: number; y: number };
}

/** The last reachability question and its answer. */
export interface ReachView {
  from: string;
  to: string;
  reachable: boolean;
  path: ElementId[];
  blockedBy: Array<Pick<Finding, 'rule' | 'message' | 'subjects'>>;
  /** The route used at each explicitly routed hop, when `reach` reports them. */
  routes?: RouteHop[];
  error?: string;
}

/** A question that needs an answer before something is lost. */
export interface ConfirmDialog {
  kind: 'confirm';
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm(): void;
}

/** The image export's choices (format, scale, background, badges). */
export interface ExportDialog {
  kind: 'export';
}

/** A message that needs reading before going on: why a file was refused, for example. */
export interface MessageDialog {
  kind: 'message';
  title: string;
  message: string;
  tone: 'error' | 'info';
  /** Lines listed under the message: an import report's resources and fields left out. */
  details?: readonly string[];
}

/** The share link just made, or why the diagram is too large for one. */
export interface ShareDialog {
  kind: 'share';
  share: ShareOutcome;
}

/** Connecting from the keyboard: every node the source may be joined to, and why not the others. */
export interface ConnectToDialog {
  kind: 'connect-to';
  source: string;
}

export type Dialog = { kind: 'help' } | { kind: 'find' } | ConfirmDialog | ExportDialog | MessageDialog | ShareDialog | ConnectToDialog | null;
export type Theme = 'light' | 'dark';
/** `conflict`: another tab saved first, so this tab's changes are not saved over them. */
export type SaveStatus = 'loading' | 'saving' | 'saved' | 'error' | 'conflict' | 'off';

/** The label that follows the pointer during a drag: what is dragged, and why a drop would be refused. */
export interface PointerHint {
  x: number;
  y: number;
  text?: string;
  tone: 'ok' | 'bad' | 'neutral';
  icon?: string;
  label?: string;
}

/** Nodes copied or cut, and how many times they were pasted since (each paste lands a step further). */
export interface Clipboard {
  fragment: Fragment;
  /** Pastes so far; -1 after a cut, so that the first paste lands where the nodes were. */
  pastes: number;
}

/** The canvas's state around the document: never in the history. */
export interface InteractionState {
  selection: Selection;
  highlight: Highlight | null;
  /** `flow`: lines drawn on the canvas are intent flows, not resources. */
  connectMode: 'infer' | 'flow';
  pending: PendingConnection | null;
  reach: ReachView | null;
  /** The container a drag would drop into, marked on the canvas. */
  dropMark: { id: string; ok: boolean } | null;
  pointerHint: PointerHint | null;
  clipboard: Clipboard | null;
  /** Bumped to ask the canvas to fit the view (a new document was opened). */
  fitRequest: number;
  /** Nodes and connections to frame, when a finding is clicked. */
  frameRequest: { ids: string[]; seq: number } | null;
  /** A new layout is gliding into place (nodes animate with CSS; edges wait). */
  gliding: boolean;
  /** An auto-layout is running in the worker. */
  layoutBusy: boolean;
  /**
   * The layout running is the one that opens the document (a generated or imported network): the
   * canvas draws nothing until it is in, rather than drawing thousands of nodes twice.
   */
  placing: boolean;
  /** "Compare with…": the other document, whose differences are drawn over the canvas. */
  compare: CompareView | null;
}

/** The document the one on the canvas is compared with (what is deployed, an older design). */
export interface CompareView {
  /** Where it came from, as the panel names it. */
  name: string;
  other: TopologyDocument;
}

/** The window around the canvas. */
export interface ChromeState {
  dialog: Dialog;
  theme: Theme;
  saveStatus: SaveStatus;
  findingsOpen: boolean;
  /** The overview map in the canvas's corner; hidden, the canvas is all drawing. */
  minimapOpen: boolean;
  notice: Notice | null;
  /** The segmentation view: transit gateway attachments coloured by the route table they are associated with. */
  segmentation: boolean;
}

export interface EditorState {
  /** The documents: the present one, and the undo and redo steps. */
  document: History<TopologyDocument>;
  interaction: InteractionState;
  chrome: ChromeState;
}
