/**
 * What "Compare with…" draws over the canvas, from `diffDocuments(other, current)`: elements of
 * the current document that are new (added) or differ (changed), and the nodes of the other
 * document that are gone, as ghosts where they were drawn there.
 */
import type { TopologyDocument } from '../../../model';
import type { DocumentDiff } from '../../../model/diff/diff-documents';
import { absolutePosition, nodesById, sizeOf } from '../../../model/edit/geometry';
import type { Mark } from '../diagram-types';

/** The compare marks, by id in the current document. */
export function compareMarks(diff: DocumentDiff): Map<string, Mark> {
  const marks = new Map<string, Mark>();
  for (const part of [diff.nodes, diff.connections]) {
    for (const added of part.added) marks.set(added.id, 'added');
    for (const changed of part.changed) marks.set(changed.after, 'changed');
  }
  return marks;
}

/** A removed node, drawn where it was in the other document (canvas coordinates). */
export interface Ghost {
  id: string;
  kind: string;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The removed nodes of `other`, outermost first so that a removed VPC is drawn under its removed subnets. */
export function ghostsOf(other: TopologyDocument, diff: DocumentDiff): Ghost[] {
  const byId = nodesById(other);
  const depth = (id: string) => {
    let d = 0;
    for (let n = byId.get(id); n?.parent !== undefined; n = byId.get(n.parent)) d++;
    return d;
  };
  return diff.nodes.removed
    .map((ref) => byId.get(ref.id))
    .filter((n) => n !== undefined)
    .sort((a, b) => depth(a.id) - depth(b.id))
    .map((node) => ({ id: node.id, kind: node.kind, label: `${node.name?.trim() || node.id}`, ...absolutePosition(other, node.id), ...sizeOf(node) }));
}
