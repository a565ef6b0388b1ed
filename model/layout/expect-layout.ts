/**
 * Checks of a laid-out document shared by the layout's tests: the properties every layout must
 * have, with the offending ids in the failure message.
 */
import { expect } from 'vitest';
import type { Size, TopologyDocument } from '../document/types';
import { childrenOutsideParents, diagonalSegments, edgesThroughBoxes, nodeRects, siblingOverlaps, type Rect } from './quality';
import type { LayoutResult } from './types';

/** Every property the brief asks of a layout, with the offending ids in the failure message. */
export function expectWellFormed(result: LayoutResult, sizes?: ReadonlyMap<string, Size>): void {
  const doc = result.document;
  expect(siblingOverlaps(doc, sizes), 'overlapping siblings').toEqual([]);
  expect(childrenOutsideParents(doc, sizes), 'children outside their parent').toEqual([]);
  expect(edgesThroughBoxes(doc, result.routes, sizes), 'edges through unrelated boxes').toEqual([]);
  const diagonal = [...result.routes].filter(([, route]) => diagonalSegments(route) > 0).map(([id]) => id);
  expect(diagonal, 'routes with diagonal segments').toEqual([]);
}

/** True when the point lies on the rectangle's border (within half a pixel). */
function onBorder(p: { x: number; y: number }, r: Rect): boolean {
  const e = 0.5;
  const withinX = p.x >= r.x - e && p.x <= r.x + r.width + e;
  const withinY = p.y >= r.y - e && p.y <= r.y + r.height + e;
  const onVertical = (Math.abs(p.x - r.x) <= e || Math.abs(p.x - r.x - r.width) <= e) && withinY;
  const onHorizontal = (Math.abs(p.y - r.y) <= e || Math.abs(p.y - r.y - r.height) <= e) && withinX;
  return onVertical || onHorizontal;
}

export function expectRoutesTouchTheirEnds(doc: TopologyDocument, result: LayoutResult): void {
  const rects = nodeRects(result.document);
  for (const connection of doc.connections) {
    const route = result.routes.get(connection.id);
    if (!route) continue;
    const first = route.points[0]!;
    const last = route.points[route.points.length - 1]!;
    expect(onBorder(first, rects.get(connection.source)!), `${connection.id} starts on ${connection.source}`).toBe(true);
    expect(onBorder(last, rects.get(connection.target)!), `${connection.id} ends on ${connection.target}`).toBe(true);
  }
}

export const rectOf = (result: LayoutResult, id: string): Rect => nodeRects(result.document).get(id)!;
export const right = (r: Rect) => r.x + r.width;

/**
 * The VPCs of a hub-and-spokes network (`hubAndSpokes`) lie right of the hub, in more than two
 * columns, each column in the reading order (by name). Returns the columns by their x.
 */
export function expectSpokesRightOfHubInReadingOrder(doc: TopologyDocument, result: LayoutResult, hub: string): Map<number, Array<{ id: string; rect: Rect }>> {
  const spokes = doc.nodes.filter((n) => n.kind === 'vpc').map((n) => ({ id: n.id as string, rect: rectOf(result, n.id) }));
  const columns = new Map<number, typeof spokes>();
  for (const spoke of spokes) columns.set(spoke.rect.x, [...(columns.get(spoke.rect.x) ?? []), spoke]);
  expect(columns.size).toBeGreaterThan(2);
  for (const column of columns.values()) {
    const byY = [...column].sort((a, b) => a.rect.y - b.rect.y).map((s) => s.id);
    expect(byY).toEqual(column.map((s) => s.id).sort());
  }
  const hubRect = rectOf(result, hub);
  for (const spoke of spokes) expect(right(hubRect)).toBeLessThan(spoke.rect.x);
  return columns;
}
