/**
 * Resizing a container by its right and bottom edges (its top-left corner stays, so its contents
 * stay where they are on the canvas). It never shrinks past its kind's minimum or its children
 * plus padding; gateways on its edge follow the edge they sit on; containers around it grow.
 */
import type { Size, TopologyDocument, TopologyNode } from '../document/types';
import { nodeKindSpec } from '../kinds/node-kinds';
import { CONTAINER_PADDING, isContainerKind, isEdgeMounted, nearestSide, placeOnSide, sizeOf } from './geometry';
import { growContainers, withNodes } from './grow';

/** The smallest size container `id` may take: its kind's minimum, and room for its children. */
export function minimumSize(doc: TopologyDocument, id: string): Size | undefined {
  const container = doc.nodes.find((n) => n.id === id);
  if (!container || !isContainerKind(container.kind)) return undefined;
  const min = nodeKindSpec(container.kind).container!.minSize;
  let width = min.width;
  let height = min.height;
  for (const child of doc.nodes) {
    if (child.parent !== id || isEdgeMounted(child, container)) continue;
    const p = child.position ?? { x: 0, y: 0 };
    const s = sizeOf(child);
    width = Math.max(width, p.x + s.width + CONTAINER_PADDING);
    height = Math.max(height, p.y + s.height + CONTAINER_PADDING);
  }
  return { width, height };
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
    changed.set(child.id, { ...child, position: placeOnSide(nearestSide(old, child.position), size, child.position) });
  }
  return growContainers(withNodes(doc, changed), [id]);
}
