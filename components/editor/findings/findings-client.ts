/**
 * The editor's side of the validation worker: one worker, created on first use (creating it at
 * module load would break prerendering, where there is no `Worker`), validating one document at
 * a time. While it works, only the newest document asked for waits: an edit supersedes the
 * document before it, whose findings would never be shown as current, so a burst of edits on a
 * large diagram costs one validation after the one running, not one per edit.
 */
import type { Finding, TopologyDocument } from '../../../model';
import { documentJson } from '../store/document-json';
import type { FindingsRequestMessage, FindingsResponseMessage } from './findings-protocol';

/** Far longer than validating the largest document the editor opens takes (about 1 s for 10,000 VPCs): the worker is stuck. */
const TIMEOUT_MS = 30_000;

interface Request {
  doc: TopologyDocument;
  resolve(findings: Finding[] | undefined): void;
  reject(error: Error): void;
}

let worker: Worker | undefined;
let nextId = 1;
let running: (Request & { id: number; timer: ReturnType<typeof setTimeout> }) | undefined;
let waiting: Request | undefined;

/** Rejects the running and the waiting request and ends the worker; the next request starts a fresh one. */
function failAll(error: Error): void {
  if (running) {
    clearTimeout(running.timer);
    running.reject(error);
  }
  waiting?.reject(error);
  running = undefined;
  waiting = undefined;
  worker?.terminate();
  worker = undefined;
}

function validationWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./findings-worker.ts', import.meta.url), { type: 'module', name: 'vpc-canvas-findings' });
  worker.addEventListener('message', (event: MessageEvent<FindingsResponseMessage>) => {
    const message = event.data;
    if (!running || message.id !== running.id) return;
    const done = running;
    running = undefined;
    clearTimeout(done.timer);
    if (message.ok) done.resolve(message.findings);
    else done.reject(new Error(`validation failed in the worker: ${message.error}`));
    startWaiting();
  });
  worker.addEventListener('error', (event) => failAll(new Error(event.message || 'the validation worker stopped')));
  worker.addEventListener('messageerror', () => failAll(new Error('the validation worker sent findings that could not be read')));
  return worker;
}

function startWaiting(): void {
  if (running || !waiting) return;
  const request = waiting;
  waiting = undefined;
  const id = nextId++;
  const timer = setTimeout(() => failAll(new Error(`no answer from the validation worker in ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
  running = { ...request, id, timer };
  try {
    const message: FindingsRequestMessage = { id, json: documentJson(request.doc) };
    validationWorker().postMessage(message);
  } catch (error) {
    // A document that cannot be written as JSON, or a browser that refuses the worker.
    failAll(error instanceof Error ? error : new Error(String(error)));
  }
}

/**
 * `validate(doc)` in the worker; callers ask once per document object. Resolves with the
 * findings, or with `undefined` when a newer document was asked for before the worker started on
 * this one (superseded); rejects when the worker fails or does not answer.
 */
export function validateInWorker(doc: TopologyDocument): Promise<Finding[] | undefined> {
  return new Promise((resolve, reject) => {
    waiting?.resolve(undefined);
    waiting = { doc, resolve, reject };
    // In a task of its own: the document's text (tens of milliseconds for thousands of nodes) is
    // then not made in the same task as the render that asked, which draws the same document.
    setTimeout(startWaiting, 0);
  });
}
