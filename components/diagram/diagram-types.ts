/** What a diagram draws besides the document itself (marks on elements), and a saved route as an edge draws it. */
import type { Position } from '../../model';
import type { Rect } from '../../model/edit/geometry';

/**
 * How a node or edge is marked: on a reachability path, blocking it, as a drop target, or, while
 * comparing with another document, as added or changed there.
 */
export type Mark = 'path' | 'block' | 'drop-ok' | 'drop-bad' | 'added' | 'changed' | undefined;

/**
 * A connection's saved route (`connection.route`, from the layout or the connector router), with
 * where its two ends were then (canvas coordinates). It is drawn only while both ends are still
 * there: an end moved since makes it stale, and the edge is drawn straight again.
 */
export interface LaidOutRoute {
  points: readonly Position[];
  source: Rect;
  target: Rect;
}
