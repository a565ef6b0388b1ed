/**
 * The editor's side of the layout worker: one worker, created on first use (creating it at module
 * load would break prerendering, where there is no `Worker`), and a promise per request.
 */
import type { TopologyDocument } from '../../../model';
import type { LayoutScope } from '../../../model/layout';
import { COLUMNS_FROM_NODES } from '../../../model/layout/constants';
import { answerFromJson, type LayoutAnswer, type LayoutRequestMessage, type LayoutResponseMessage, type WarmMessage } from './layout-protocol';
import { documentJson } from '../store/document-json';

/** Longer than the largest diagram the canvas can draw takes (about 3 s for 1,000 nodes here): the worker is stuck. */
const TIMEOUT_MS = 60_000;

let worker: Worker | undefined;
/** Whether the worker was asked to load ELK (`warmLayoutFor`). */
let warmed = false;
let nextId = 1;
const waiting = new Map<number, { resolve(answer: LayoutAnswer): void; reject(error: Error): void; timer: ReturnType<typeof setTimeout> }>();

/** Rejects every waiting request and ends the worker; the next request starts a fresh one. */
function failAll(error: Error): void {
  for (const { reject, timer } of waiting.values()) {
    clearTimeout(timer);
    reject(error);
  }
  waiting.clear();
  worker?.terminate();
  worker = undefined;
  warmed = false;
}

function layoutWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module', name: 'vpc-canvas-layout' });
  worker.addEventListener('message', (event: MessageEvent<LayoutResponseMessage>) => {
    const message = event.data;
    const pending = waiting.get(message.id);
    if (!pending) return;
    waiting.delete(message.id);
    clearTimeout(pending.timer);
    if (!message.ok) return pending.reject(new Error(message.error));
    try {
      pending.resolve(answerFromJson(message.json));
    } catch (error) {
      pending.reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
  worker.addEventListener('error', (event) => failAll(new Error(event.message || 'the layout worker stopped')));
  worker.addEventListener('messageerror', () => failAll(new Error('the layout worker sent an answer that could not be read')));
  return worker;
}

/**
 * Starts the worker ahead of the first layout: loading its script takes a few hundred
 * milliseconds, which a document opened later then does not wait for (ELK itself is loaded on
 * demand, `warmLayoutFor`).
 */
export function startLayoutWorker(): void {
  if (typeof Worker !== 'undefined') layoutWorker();
}

/**
 * Has the worker load ELK now when a document of `nodes` nodes is open and ELK would lay it out
 * (under `COLUMNS_FROM_NODES`): its first Auto-layout then does not wait for ELK to load. Large
 * documents never need it.
 */
export function warmLayoutFor(nodes: number): void {
  if (warmed || nodes >= COLUMNS_FROM_NODES || typeof Worker === 'undefined') return;
  warmed = true;
  const message: WarmMessage = { warm: true };
  layoutWorker().postMessage(message);
}

/** Lays out `doc` (or the part `scope` names) in the worker. */
export function layoutInWorker(doc: TopologyDocument, scope: LayoutScope): Promise<LayoutAnswer> {
  const id = nextId++;
  const request: LayoutRequestMessage = { id, json: documentJson(doc), scope };
  return new Promise<LayoutAnswer>((resolve, reject) => {
    const timer = setTimeout(() => failAll(new Error(`no answer from the layout worker in ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
    waiting.set(id, { resolve, reject, timer });
    layoutWorker().postMessage(request);
  });
}
