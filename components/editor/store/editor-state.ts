/**
 * The editor's state: one history of documents (the source of truth) and the view state around
 * it (selection, highlights, dialogs), which never enters the history.
 */
import type { ConnectOption, ElementId, Finding, Position, TopologyDocument } from '../../../model';
import type { History } from '../../../model/edit/history';
import type { Rect } from '../../../model/edit/geometry';
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
  at: { x: number; y: number };
}

/** The last reachability question and its answer. */
export interface ReachView {
  from: string;
  to: string;
  reachable: boolean;
  path: ElementId[];
  blockedBy: Array<Pick<Finding, 'rule' | 'message' | 'subjects'>>;
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

/**
 * A connection's route from the last auto-layout, with where its two ends were then (canvas
 * coordinates). The route is drawn only while both ends are still there: a move, an undo or a
 * resize makes it stale, and the edge is drawn straight again.
 */
export interface LaidOutRoute {
  points: readonly Position[];
  source: Rect;
  target: Rect;
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
}

/** The share link just made, or why the diagram is too large for one. */
export interface ShareDialog {
  kind: 'share';
  share: ShareOutcome;
}

export type Dialog = { kind: 'help' } | ConfirmDialog | ExportDialog | MessageDialog | ShareDialog | null;
export type Theme = 'light' | 'dark';
/** `conflict`: another tab saved first, so this tab's changes are not saved over them. */
export type SaveStatus = 'loading' | 'saving' | 'saved' | 'error' | 'conflict' | 'off';

export interface EditorState {
  history: History<TopologyDocument>;
  selection: Selection;
  highlight: Highlight | null;
  /** `flow`: lines drawn on the canvas are intent flows, not resources. */
  connectMode: 'infer' | 'flow';
  notice: Notice | null;
  pending: PendingConnection | null;
  reach: ReachView | null;
  dialog: Dialog;
  theme: Theme;
  saveStatus: SaveStatus;
  findingsOpen: boolean;
  /** Bumped to ask the canvas to fit the view (a new document was opened). */
  fitRequest: number;
  /** The container a drag would drop into, marked on the canvas. */
  dropMark: { id: string; ok: boolean } | null;
  /** Nodes and connections to frame, when a finding is clicked. */
  frameRequest: { ids: string[]; seq: number } | null;
  /** A new layout is gliding into place (nodes animate with CSS; edges wait). */
  gliding: boolean;
  /** Routes of the connections the last auto-layout placed, by connection id. */
  routes: ReadonlyMap<string, LaidOutRoute>;
  /** An auto-layout is running in the worker. */
  layoutBusy: boolean;
}
