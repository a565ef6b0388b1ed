/**
 * Containers grow to hold their children: after a node is added or moved, every container on its
 * way up is widened (and, when a child went past its top or left side, moved and widened) so
 * that its children sit inside with some padding. Containers never shrink by themselves.
 */
import type { Position, TopologyDocument, TopologyNode } from '../document/types';
import {
  CONTAINER_PADDING,
  containerHeader,
  depthOf,
  isContainerKind,
  isEdgeMounted,
  nearestSide,
  placeOnSide,
  sizeOf,
} from './geometry';

/** The document with `updates` replacing the nodes of the same id (other nodes keep their identity). */
export function withNodes(doc: TopologyDocument, updates: ReadonlyMap<string, TopologyNode>): TopologyDocument {
  if (updates.size === 0) return doc;
  return { ...doc, nodes: doc.nodes.map((n) => updates.get(n.id) ?? n) };
}

/**
 * Grows the containers that hold any of `touched` (and their ancestors) around their children,
 * below their title bars (taller for a long name: `containerHeader`). Edge-mounted gateways are
 * left out of the bounds and follow the edge they sit on.
 */
export function growContainers(doc: TopologyDocument, touched: Iterable<string>): TopologyDocument {
  const byId = new Map<string, TopologyNode>(doc.nodes.map((n) => [n.id, n]));
  const candidates = new Set<string>();
  for (const id of touched) {
    for (let p = byId.get(id)?.parent, guard = 0; p !== undefined && guard < 10_000; p = byId.get(p)?.parent, guard++) {
      if (candidates.has(p)) break;
      candidates.add(p);
    }
  }
  if (candidates.size === 0) return doc;

  const children = new Map<string, string[]>();
  for (const node of doc.nodes) {
    if (node.parent === undefined || !candidates.has(node.parent)) continue;
    const list = children.get(node.parent);
    if (list) list.push(node.id);
    else children.set(node.parent, [node.id]);
  }

  const work = new Map<string, TopologyNode>();
  const current = (id: string) => work.get(id) ?? byId.get(id)!;
  const ordered = [...candidates].filter((id) => byId.has(id)).sort((a, b) => depthOf(doc, b) - depthOf(doc, a));

  for (const containerId of ordered) {
    const container = current(containerId);
    if (!isContainerKind(container.kind)) continue;
    const kids = (children.get(containerId) ?? []).map(current);
    const inner = kids.filter((k) => !isEdgeMounted(k, container));
    if (inner.length === 0) continue;
    const size = sizeOf(container);
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const kid of inner) {
      const p = kid.position ?? { x: 0, y: 0 };
      const s = sizeOf(kid);
      minX = Math.min(minX, p.x);
      minY = Math.min(minY, p.y);
      maxX = Math.max(maxX, p.x + s.width);
      maxY = Math.max(maxY, p.y + s.height);
    }
    const dx = Math.max(0, CONTAINER_PADDING - minX);
    const width = Math.max(size.width + dx, maxX + dx + CONTAINER_PADDING);
    // The title bar at the new width: a wider box may need fewer lines for its title.
    const header = containerHeader(container, width);
    const dy = Math.max(0, header - minY);
    const height = Math.max(size.height + dy, maxY + dy + CONTAINER_PADDING);
    if (dx === 0 && dy === 0 && width === size.width && height === size.height) continue;

    const position: Position = container.position ?? { x: 0, y: 0 };
    const newSize = { width, height };
    work.set(containerId, { ...container, position: { x: position.x - dx, y: position.y - dy }, size: newSize });
    for (const kid of kids) {
      const p = kid.position ?? { x: 0, y: 0 };
      const shifted = { x: p.x + dx, y: p.y + dy };
      const moved = isEdgeMounted(kid, container) ? placeOnSide(nearestSide(size, p), newSize, shifted, header) : shifted;
      if (moved.x !== p.x || moved.y !== p.y) work.set(kid.id, { ...kid, position: moved });
    }
  }
  return withNodes(doc, work);
}
