/**
 * Resizing a container by its right and bottom edges (its top-left corner stays, so its contents
 * stay where they are on the canvas). It never shrinks past its kind's minimum or its children
 * plus padding; gateways on its edge follow the edge they sit on; containers around it grow.
 */
import type { Size, TopologyDocument, TopologyNode } from '../document/types';
import { nodeKindSpec } from '../kinds/node-kinds';
import { CONTAINER_PADDING, containerHeader, isContainerKind, isEdgeMounted, nearestSide, placeOnSide, sizeOf } from './geometry';
import { growContainers, withNodes } from './grow';

/** How far past the children's right side the search for a title that fits may widen a box. */
const TITLE_SEARCH = 4096;

/**
 * The narrowest width from `from` on at which the container's title bar ends above `top` (its
 * highest child): a narrower box wraps its title onto more lines, which would reach the children.
 * The title bar only gets lower as the box widens, so a binary search finds it.
 */
function narrowestWidthForTitle(container: TopologyNode, from: number, top: number): number {
  if (containerHeader(container, from) <= top) return from;
  let lo = from;
  let hi = from + TITLE_SEARCH;
  // A title that cannot clear the children at any width (a child in the title bar already): ask no more than where it stops shrinking.
  const floor = containerHeader(container, hi);
  const fits = (w: number) => containerHeader(container, w) <= Math.max(top, floor);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * The smallest size container `id` may take: its kind's minimum, room for its children, and room
 * for its title above them (a narrower box wraps its title onto more lines).
 */
export function minimumSize(doc: TopologyDocument, id: string): Size | undefined {
  const container = doc.nodes.find((n) => n.id === id);
  if (!container || !isContainerKind(container.kind)) return undefined;
  const min = nodeKindSpec(container.kind).container!.minSize;
  let width = min.width;
  let height = min.height;
  let top = Infinity;
  for (const child of doc.nodes) {
    if (child.parent !== id || isEdgeMounted(child, container)) continue;
    const p = child.position ?? { x: 0, y: 0 };
    const s = sizeOf(child);
    width = Math.max(width, p.x + s.width + CONTAINER_PADDING);
    height = Math.max(height, p.y + s.height + CONTAINER_PADDING);
    top = Math.min(top, p.y);
  }
  if (top < Infinity) width = narrowestWidthForTitle(container, width, top);
  return { width, height: Math.max(height, containerHeader(container, width) + CONTAINER_PADDING) };
}

/**
 * Container `id` at `wanted` size, clamped to `minimumSize`; the document unchanged for a node
 * that is not a container or a size that changes nothing.
 */
export function resizeContainer(doc: TopologyDocument, id: string, wanted: Size): TopologyDocument {
  const container = doc.nodes.find((n) => n.id === id);
  const min = minimumSize(doc, id);
  if (!container || !min) return doc;
  const size = { width: Math.round(Math.max(min.width, wanted.width)), height: Math.round(Math.max(min.height, wanted.height)) };
  const old = sizeOf(container);
  if (size.width === old.width && size.height === old.height) return doc;
  const changed = new Map<string, TopologyNode>([[id, { ...container, size }]]);
  for (const child of doc.nodes) {
    if (child.parent !== id || !child.position || !isEdgeMounted(child, container)) continue;
    changed.set(child.id, { ...child, position: placeOnSide(nearestSide(old, child.position), size, child.position, containerHeader(container, size.width)) });
  }
  return growContainers(withNodes(doc, changed), [id]);
}
