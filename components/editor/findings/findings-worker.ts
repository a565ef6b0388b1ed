/// <reference lib="webworker" />
/**
 * Validation off the main thread: `validate(doc)` for the large documents the editor would
 * otherwise validate during a render (hundreds of milliseconds at thousands of nodes).
 */
import type { TopologyDocument } from '../../../model';
import { validate } from '../../../model/validate';
import type { FindingsRequestMessage, FindingsResponseMessage } from './findings-protocol';

declare const self: DedicatedWorkerGlobalScope;

self.addEventListener('message', (event: MessageEvent<FindingsRequestMessage>) => {
  const { id, json } = event.data;
  let answer: FindingsResponseMessage;
  try {
    answer = { id, ok: true, findings: validate(JSON.parse(json) as TopologyDocument) };
  } catch (error) {
    answer = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(answer);
});
