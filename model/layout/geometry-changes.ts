/**
 * A layout's outcome as a small set of geometry changes (new positions and container sizes by node
 * id), applied to the document the editor holds. Passing changes rather than a whole new document
 * keeps every untouched node object as it was, so caches keyed by node objects (validation, the
 * canvas's flow nodes) stay valid, and it keeps the message from the layout worker small.
 */
import type { Position, Size, TopologyDocument, TopologyNode } from '../document/types';
import type { LayoutResult } from './types';

/** Where a laid-out node goes: its position (relative to its parent) and, for containers, its size. */
export interface NodeGeometry {
  position: Position;
  size?: Size;
}

/** Geometry changes by node id. */
export type GeometryChanges = ReadonlyMap<string, NodeGeometry>;

/** The changes a layout decided: one entry per node in `result.laidOut`. */
export function geometryChanges(result: Pick<LayoutResult, 'document' | 'laidOut'>): Map<string, NodeGeometry> {
  const changes = new Map<string, NodeGeometry>();
  for (const node of result.document.nodes) {
    if (!result.laidOut.has(node.id) || !node.position) continue;
    changes.set(node.id, { position: node.position, ...(node.size ? { size: node.size } : {}) });
  }
  return changes;
}

/**
 * `doc` with every change applied. The input is not modified; a node whose position and size the
 * changes leave as they were keeps its object, and when nothing changes at all `doc` itself is
 * returned, so `applyGeometry(doc, changes) === doc` says the layout moved nothing.
 */
export function applyGeometry(doc: TopologyDocument, changes: GeometryChanges): TopologyDocument {
  if (changes.size === 0) return doc;
  let touched = false;
  const nodes = doc.nodes.map((node): TopologyNode => {
    const target = changes.get(node.id);
    if (!target || sameGeometry(node, target)) return node;
    touched = true;
    return { ...node, position: target.position, ...(target.size ? { size: target.size } : {}) };
  });
  return touched ? { ...doc, nodes } : doc;
}

function sameGeometry(node: TopologyNode, target: NodeGeometry): boolean {
  const samePosition = node.position?.x === target.position.x && node.position.y === target.position.y;
  const sameSize = !target.size || (node.size?.width === target.size.width && node.size.height === target.size.height);
  return samePosition && sameSize;
}
