/** Messages between the editor and its validation worker (findings-worker.ts). Plain data only: they are structured-cloned. */
import type { Finding, TopologyDocument } from '../../../model';

export interface FindingsRequestMessage {
  id: number;
  doc: TopologyDocument;
}

export type FindingsResponseMessage = { id: number; ok: true; findings: Finding[] } | { id: number; ok: false; error: string };
