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

/** `doc` with every change applied; the input is not modified, and nodes without a change keep their object. */
export function applyGeometry(doc: TopologyDocument, changes: GeometryChanges): TopologyDocument {
  if (changes.size === 0) return doc;
  let touched = false;
  const nodes = doc.nodes.map((node): TopologyNode => {
    const target = changes.get(node.id);
    if (!target) return node;
    touched = true;
    return { ...node, position: target.position, ...(target.size ? { size: target.size } : {}) };
  });
  return touched ? { ...doc, nodes } : doc;
}

/** True when applying `changes` to `doc` would change nothing. */
export function changesNothing(doc: TopologyDocument, changes: GeometryChanges): boolean {
  for (const node of doc.nodes) {
    const target = changes.get(node.id);
    if (!target) continue;
    if (node.position?.x !== target.position.x || node.position.y !== target.position.y) return false;
    if (target.size && (node.size?.width !== target.size.width || node.size.height !== target.size.height)) return false;
  }
  return true;
}
