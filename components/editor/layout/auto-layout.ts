/**
 * Auto-layout in the editor: the layout runs in a worker, the result glides into place, and the
 * history gets one step (or none, when the layout finishes opening a document).
 */
import type { Position, TopologyDocument } from '../../../model';
import { applyGeometry, changesNothing, type LayoutScope } from '../../../model/layout';
import { nodeRects } from '../../../model/layout/quality';
import type { LaidOutRoute } from '../store/editor-state';
import { commitDocument, currentDocument, notify, settleOpenedDocument, type EditorStore } from '../store/editor-store';
import { glideInto } from './animate-layout';
import { layoutInWorker } from './layout-client';

export interface AutoLayoutOptions {
  /** Record the layout as an undo step (false: it finishes opening a document). */
  record?: boolean;
  /** Fit the view to the diagram afterwards. */
  fit?: boolean;
}

function routeTable(doc: TopologyDocument, routes: ReadonlyArray<[string, Position[]]>): Map<string, LaidOutRoute> {
  const rects = nodeRects(doc);
  const connections = new Map(doc.connections.map((c) => [c.id as string, c]));
  const table = new Map<string, LaidOutRoute>();
  for (const [id, points] of routes) {
    const connection = connections.get(id);
    const source = connection && rects.get(connection.source);
    const target = connection && rects.get(connection.target);
    if (source && target && points.length >= 2) table.set(id, { points, source, target });
  }
  return table;
}

/**
 * Lays out the document, or the part `scope` names. Nothing happens while another layout runs;
 * when the document changes while the worker computes, the result is dropped rather than undoing
 * the user's edit.
 */
export async function autoLayout(store: EditorStore, scope: LayoutScope, options: AutoLayoutOptions = {}): Promise<void> {
  const { record = true, fit = scope.kind === 'all' } = options;
  if (store.getState().layoutBusy) return;
  const before = currentDocument(store);
  if (before.nodes.length === 0) return;
  store.setState({ layoutBusy: true });
  // Marks for `npm run bench:layout`, which measures the main thread while the worker computes.
  performance.mark('vc-layout-start');
  try {
    const answer = await layoutInWorker(before, scope);
    performance.mark('vc-layout-computed');
    // Apply in a task of its own, after the browser has had a frame: receiving the answer stays a
    // short task, and the heavy part (React Flow redrawing every moved node) starts on a fresh frame.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    if (currentDocument(store) !== before) {
      notify(store, 'The diagram changed while it was being laid out; nothing was moved. Run the layout again.');
      return;
    }
    const changes = new Map(answer.changes);
    if (changesNothing(before, changes)) {
      store.setState({ routes: routeTable(before, answer.routes) });
      if (record) notify(store, 'Already laid out: nothing moved.');
      return;
    }
    const after = applyGeometry(before, changes);
    const routes = routeTable(after, answer.routes);
    await glideInto(store, () => {
      if (currentDocument(store) !== before) return;
      if (record) commitDocument(store, after);
      else settleOpenedDocument(store, after);
      store.setState((s) => ({ routes, ...(fit ? { fitRequest: s.fitRequest + 1 } : {}) }));
    });
  } catch (error) {
    notify(store, `The layout failed: ${error instanceof Error ? error.message : String(error)}`, 'error');
  } finally {
    store.setState({ layoutBusy: false, gliding: false });
    performance.mark('vc-layout-end');
  }
}

/** True when no node has a position: a generated document, to be laid out in full. */
export const hasNoPositions = (doc: TopologyDocument) => doc.nodes.length > 0 && doc.nodes.every((n) => n.position === undefined);
