/// <reference lib="webworker" />
/**
 * The auto-layout, off the main thread. The whole of `layoutDocument` runs here, not only ELK: the
 * layout's own work between ELK calls (VPC grids, routes, joining) takes tens of milliseconds on
 * large diagrams, which would show as long tasks on the page. Inside this worker, ELK itself runs
 * in-thread through elkjs's `FakeWorker` (elk-api with a worker factory), so nothing nests.
 *
 * ELK (1.5 MB of script) is loaded on its first call, or when the editor says a small document is
 * open (`WarmMessage`), not with the worker: large documents are placed without it
 * (`COLUMNS_FROM_NODES`), and one opened at page load then does not wait for it. (Measured: loading
 * it on a timer 3 s after the start slowed the drawing of a 5,000-node document opened with the
 * page, on this 2-core machine.)
 */
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { TopologyDocument } from '../../../model';
import { grownLeafSizes } from '../../../model/edit/geometry';
import { savedRoutes } from '../../../model/edit/connector-routes';
import { applyGeometry, geometryChanges, layoutDocument, type ElkRunner } from '../../../model/layout';
import { answerToJson, type LayoutRequestMessage, type LayoutResponseMessage, type WarmMessage } from './layout-protocol';

declare const self: DedicatedWorkerGlobalScope;

let loaded: Promise<ElkRunner> | undefined;

function loadElk(): Promise<ElkRunner> {
  loaded ??= Promise.all([import('elkjs/lib/elk-api'), import('elkjs/lib/elk-worker.min.js')]).then(([api, inThread]) => {
    // Loading elk-worker inside a worker also makes it take over `self.onmessage` (it expects to be
    // the worker's whole script). This worker speaks its own protocol, so take it back.
    self.onmessage = null;
    const InThreadElkWorker = inThread.Worker ?? (inThread as unknown as { default: typeof inThread }).default.Worker;
    return new api.default({ workerFactory: () => new InThreadElkWorker() as unknown as Worker });
  });
  return loaded;
}

const elk: ElkRunner = { layout: async (graph: ElkNode) => (await loadElk()).layout(graph) };

self.addEventListener('message', (event: MessageEvent<LayoutRequestMessage | WarmMessage>) => {
  if ('warm' in event.data) return void loadElk();
  const { id, json, scope } = event.data;
  const doc = JSON.parse(json) as TopologyDocument;
  // Leaves grow to fit their names (model/edit/geometry.ts): the layout places them at that size.
  layoutDocument(doc, { elk, scope, sizes: grownLeafSizes(doc) }).then(
    (result) => {
      const changes = [...geometryChanges(result)];
      // The routes as the document saves them, stamped with their ends' rectangles where the layout puts them.
      const placed = applyGeometry(doc, new Map(changes));
      const routes = savedRoutes(placed, [...result.routes].map(([connection, route]) => [connection, route.points] as const));
      const answer: LayoutResponseMessage = { id, ok: true, json: answerToJson({ changes, routes: [...routes] }) };
      self.postMessage(answer);
    },
    (error: unknown) => {
      const answer: LayoutResponseMessage = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
      self.postMessage(answer);
    },
  );
});
