/**
 * The editor's side of the layout worker: one worker, created on first use (creating it at module
 * load would break prerendering, where there is no `Worker`), and a promise per request.
 */
import type { TopologyDocument } from '../../../model';
import type { LayoutScope } from '../../../model/layout';
import type { LayoutAnswer, LayoutRequestMessage, LayoutResponseMessage } from './layout-protocol';

let worker: Worker | undefined;
let nextId = 1;
const waiting = new Map<number, { resolve(answer: LayoutAnswer): void; reject(error: Error): void }>();

function failAll(error: Error): void {
  for (const { reject } of waiting.values()) reject(error);
  waiting.clear();
  worker?.terminate();
  worker = undefined;
}

function layoutWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module', name: 'vpc-canvas-layout' });
  worker.addEventListener('message', (event: MessageEvent<LayoutResponseMessage>) => {
    const message = event.data;
    const pending = waiting.get(message.id);
    if (!pending) return;
    waiting.delete(message.id);
    if (message.ok) pending.resolve({ changes: message.changes, routes: message.routes });
    else pending.reject(new Error(message.error));
  });
  worker.addEventListener('error', (event) => failAll(new Error(event.message || 'the layout worker stopped')));
  return worker;
}

/** Lays out `doc` (or the part `scope` names) in the worker. */
export function layoutInWorker(doc: TopologyDocument, scope: LayoutScope): Promise<LayoutAnswer> {
  const id = nextId++;
  const request: LayoutRequestMessage = { id, doc, scope };
  return new Promise<LayoutAnswer>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    layoutWorker().postMessage(request);
  });
}
