/**
 * Routes inside the boxes this module arranges itself: from a node out to its container's west or
 * east border, and between two nodes of the same container. A route only runs through the free
 * lanes the grids keep between columns and rows, so it never crosses a box other than the
 * containers it leaves.
 */
import type { Position } from '../document/types';
import { HEADER, ICON_CENTER_Y, PADDING } from './constants';
import type { Box, Side } from './tree';

/** Small offsets that keep edges sharing a lane apart (a lane is at least 20 px wide). */
const LANE_OFFSETS = [0, -4, 4, -8, 8];

/** Hands out lane offsets in a fixed order, so that the same input gives the same routes. */
export class LaneSlots {
  private readonly used = new Map<string, number>();

  /** The offset for the next edge in the lane named by `key`. */
  next(key: string): number {
    const n = this.used.get(key) ?? 0;
    this.used.set(key, n + 1);
    return LANE_OFFSETS[n % LANE_OFFSETS.length]!;
  }
}

/** Where an edge meets a node, in the parent's coordinates: the icon's centre for leaves, the title bar for containers. */
function attachPoint(box: Box, side: Side): Position {
  const x = side === 'W' ? box.x : box.x + box.width;
  const y = box.strategy === 'leaf' ? box.y + Math.min(ICON_CENTER_Y, box.height / 2) : box.y + HEADER / 2;
  return { x, y };
}

/**
 * The route from `end` out to the `side` border of `container` (an ancestor of `end`), in the
 * container's coordinates: sideways into the lane beside the end's column, up into the lane above
 * its row, then straight out; repeated at every level. Nodes on a VPC's edge start from their own
 * side, which is already on the border.
 */
export function escapeRoute(end: Box, container: Box, side: Side, lanes: LaneSlots): Position[] {
  let points: Position[] = [attachPoint(end, side)];
  let child = end;
  for (let guard = 0; guard < 10_000; guard++) {
    const parent = child.parent;
    if (!parent) break;
    const cell = parent.cells.get(child.id);
    if (cell) {
      const last = points[points.length - 1]!;
      const laneX =
        side === 'W'
          ? cell.colLeft - cell.leftRoom / 2
          : cell.colRight + (cell.lastCol ? Math.min(cell.gap, parent.width - cell.colRight) : cell.gap) / 2;
      const x = laneX + lanes.next(`${parent.id}|x|${laneX}`);
      const y = cell.laneAbove + lanes.next(`${parent.id}|y|${cell.laneAbove}`);
      points.push({ x, y: last.y }, { x, y }, { x: side === 'W' ? 0 : parent.width, y });
    }
    // A node on the parent's edge has no cell: it already touches the border.
    if (parent === container) break;
    points = points.map((p) => ({ x: p.x + parent.x, y: p.y + parent.y }));
    child = parent;
  }
  return simplify(points);
}

/**
 * The route between two nodes whose lowest common container is `container` (a grid or a VPC):
 * both leave towards the east and meet in the container's right padding, which nothing else uses.
 * When one end is the container itself, the route ends on its east border.
 */
export function internalRoute(from: Box, to: Box, container: Box, lanes: LaneSlots): Position[] {
  if (from === container) return simplify([...escapeRoute(to, container, 'E', lanes)].reverse());
  if (to === container) return escapeRoute(from, container, 'E', lanes);
  const joinX = container.width - PADDING / 2;
  const a = escapeRoute(from, container, 'E', lanes);
  const b = escapeRoute(to, container, 'E', lanes);
  a[a.length - 1] = { x: joinX, y: a[a.length - 1]!.y };
  b[b.length - 1] = { x: joinX, y: b[b.length - 1]!.y };
  return simplify([...a, ...b.reverse()]);
}

const same = (a: number, b: number) => Math.abs(a - b) < 1e-6;

/** Drops repeated points and the middle point of three on one horizontal or vertical line. */
export function simplify(points: readonly Position[]): Position[] {
  const out: Position[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && same(last.x, p.x) && same(last.y, p.y)) continue;
    const prev = out[out.length - 2];
    if (prev && last && ((same(prev.x, last.x) && same(last.x, p.x)) || (same(prev.y, last.y) && same(last.y, p.y)))) {
      // Only drop the middle point when it lies between its neighbours (no doubling back).
      const between =
        (Math.min(prev.x, p.x) - 1e-6 <= last.x && last.x <= Math.max(prev.x, p.x) + 1e-6) &&
        (Math.min(prev.y, p.y) - 1e-6 <= last.y && last.y <= Math.max(prev.y, p.y) + 1e-6);
      if (between) out.pop();
    }
    out.push({ x: p.x, y: p.y });
  }
  return out;
}
