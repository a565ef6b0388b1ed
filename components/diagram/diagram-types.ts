/** What a diagram draws besides the document itself: marks on elements and routes from the last auto-layout. */
import type { Position } from '../../model';
import type { Rect } from '../../model/edit/geometry';

/**
 * How a node or edge is marked: on a reachability path, blocking it, as a drop target, or, while
 * comparing with another document, as added or changed there.
 */
export type Mark = 'path' | 'block' | 'drop-ok' | 'drop-bad' | 'added' | 'changed' | undefined;

/**
 * A connection's route from the last auto-layout, with where its two ends were then (canvas
 * coordinates). The route is drawn only while both ends are still there: a move, an undo or a
 * resize makes it stale, and the edge is drawn straight again.
 */
export interface LaidOutRoute {
  points: readonly Position[];
  source: Rect;
  target: Rect;
}
