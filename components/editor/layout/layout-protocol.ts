/** Messages between the editor and its layout worker (layout-worker.ts). Plain data only: they are structured-cloned (the documents and answers as JSON text). */
import type { ConnectionRoute } from '../../../model';
import type { LayoutScope, NodeGeometry } from '../../../model/layout';

export interface LayoutRequestMessage {
  id: number;
  /** The document as JSON (store/document-json.ts): a string is copied to the worker, an object would be cloned on the page's thread. */
  json: string;
  scope: LayoutScope;
}

/** Load ELK now, ahead of the first layout that needs it (a small document is open). */
export interface WarmMessage {
  warm: true;
}

/**
 * A layout's outcome: the geometry of the laid-out nodes, and the routes of the laid-out
 * connections as the document saves them (undefined: drawn straight).
 */
export interface LayoutAnswer {
  changes: Array<[string, NodeGeometry]>;
  routes: Array<[string, ConnectionRoute | undefined]>;
}

/**
 * An answer travels as JSON text (`answerToJson`), as documents do (store/document-json.ts): the
 * geometry of thousands of nodes is many small objects, which a structured clone copies more
 * slowly than `JSON.parse` reads the same data as text (measured on documents: 30 ms to clone a
 * 1,000-VPC import in Node, against 9 ms to write it and 8 ms to parse it).
 */
export type LayoutResponseMessage = { id: number; ok: true; json: string } | { id: number; ok: false; error: string };

/** The answer as the worker sends it: a route drawn straight (undefined) is written as null. */
export function answerToJson(answer: LayoutAnswer): string {
  return JSON.stringify({ changes: answer.changes, routes: answer.routes.map(([id, route]) => [id, route ?? null]) });
}

/** The answer as the editor reads it. */
export function answerFromJson(json: string): LayoutAnswer {
  const wire = JSON.parse(json) as { changes: LayoutAnswer['changes']; routes: Array<[string, ConnectionRoute | null]> };
  return { changes: wire.changes, routes: wire.routes.map(([id, route]) => [id, route ?? undefined]) };
}
