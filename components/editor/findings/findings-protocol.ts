/** Messages between the editor and its validation worker (findings-worker.ts). Plain data only: they are structured-cloned. */
import type { Finding } from '../../../model';

export interface FindingsRequestMessage {
  id: number;
  /** The document as JSON (store/document-json.ts): a string is copied to the worker, an object would be cloned on the page's thread. */
  json: string;
}

export type FindingsResponseMessage = { id: number; ok: true; findings: Finding[] } | { id: number; ok: false; error: string };
