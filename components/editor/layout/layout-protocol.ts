/** Messages between the editor and its layout worker (layout-worker.ts). Plain data only: they are structured-cloned. */
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

export type LayoutResponseMessage = ({ id: number; ok: true } & LayoutAnswer) | { id: number; ok: false; error: string };
