/**
 * Auto-layout in the editor: the layout runs in a worker, the result glides into place, and the
 * history gets one step (or none, when the layout finishes opening a document).
 */
import type { TopologyDocument } from '../../../model';
import { withConnectionRoutes } from '../../../model/edit/connector-routes';
import { carryFindings } from '../../../model/validate';
import { applyGeometry, type LayoutScope } from '../../../model/layout';
import { claimLayout, commit, currentDocument, notify, setGliding, setLayoutBusy, type EditorStore } from '../store/operations';
import { nextTask } from '../next-task';
import { glideInto } from './animate-layout';
import { layoutInWorker } from './layout-client';

export interface AutoLayoutOptions {
  /**
   * How the layout enters the history (see store/operations.ts): `new`, an undo step (the
   * default); `none`, no step of its own, when it finishes opening a document. A layout that
   * finishes opening a document also says nothing when it moves nothing.
   */
  history?: 'new' | 'none';
  /** Fit the view to the diagram afterwards. */
  fit?: boolean;
}

/** Marks for `npm run bench:layout`, which watches the main thread while the worker computes. */
function mark(name: 'vc-layout-start' | 'vc-layout-computed' | 'vc-layout-end'): void {
  if (name === 'vc-layout-start') for (const old of ['vc-layout-start', 'vc-layout-computed', 'vc-layout-end']) performance.clearMarks(old);
  performance.mark(name);
}

/**
 * Lays out the document, or the part `scope` names. A newer layout supersedes one still running
 * (opening another document, say), whose answer is then dropped. When the user edits the document
 * while the worker computes, the answer is dropped too rather than undoing the edit.
 */
export async function autoLayout(store: EditorStore, scope: LayoutScope, options: AutoLayoutOptions = {}): Promise<void> {
  const { history = 'new', fit = scope.kind === 'all' } = options;
  const asked = history === 'new';
  const before = currentDocument(store);
  if (before.nodes.length === 0) return;
  // The latest layout asked for, per editor: an answer to an older one is dropped.
  const { superseded } = claimLayout(store);
  // The layout that opens a document places it before anything is drawn.
  setLayoutBusy(store, true, !asked);
  mark('vc-layout-start');
  try {
    // The worker is handed the document's text in a task of its own: writing it is tens of
    // milliseconds on thousands of nodes, and the task that opens a document is long already.
    await nextTask();
    if (superseded()) return;
    const answer = await layoutInWorker(before, scope);
    mark('vc-layout-computed');
    // Apply in a task of its own, after the browser has had a frame: receiving the answer stays a
    // short task, and the heavy part (React Flow redrawing every moved node) starts on a fresh frame.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    if (superseded()) return;
    if (currentDocument(store) !== before) {
      if (asked) notify(store, 'The diagram changed while it was being laid out; nothing was moved. Run the layout again.');
      return;
    }
    // The routes are saved in the document (view data), stamped with their ends' rectangles.
    const moved = applyGeometry(before, new Map(answer.changes));
    const after = withConnectionRoutes(moved, new Map(answer.routes));
    if (moved === before) {
      if (after !== before) commit(store, { document: after }, { history });
      if (asked) notify(store, 'Already laid out: nothing moved.');
      return;
    }
    // Only positions and sizes changed: the findings stay, and validating thousands of nodes again
    // would be a long task on the page just as the laid-out diagram is drawn.
    carryFindings(before, after);
    const apply = () => {
      if (superseded() || currentDocument(store) !== before) return;
      // One store update: the document with its saved routes, and the fit, drawn in one render.
      const fitRequest = store.getState().interaction.fitRequest + (fit ? 1 : 0);
      commit(store, { document: after, interaction: { fitRequest, placing: false } }, { history });
    };
    // A document being opened has no place to glide from (its nodes were all at the origin): it is
    // drawn once, where the layout puts it, without animating every node's transform.
    if (asked) await glideInto(store, apply);
    else {
      // A task of its own for the drawing: working out the moved document above is already tens
      // of milliseconds on thousands of nodes.
      await nextTask();
      apply();
    }
  } catch (error) {
    if (!superseded()) notify(store, `The layout failed: ${error instanceof Error ? error.message : String(error)}`, 'error');
  } finally {
    if (!superseded()) {
      setLayoutBusy(store, false);
      setGliding(store, false);
      mark('vc-layout-end');
    }
  }
}

/** True when no node has a position: a generated document, to be laid out in full. */
export const hasNoPositions = (doc: TopologyDocument) => doc.nodes.length > 0 && doc.nodes.every((n) => n.position === undefined);
