/**
 * Where a node dropped at a point goes, and whether it may. The innermost container under the
 * pointer is the starting point; when the node's kind cannot live in it (a transit gateway over a
 * VPC), its nearest ancestor that can is taken, or the top level. Whether AWS allows the result
 * (a second virtual private gateway in a VPC) is then `canPlace`'s answer: the drop never picks
 * another container to get around a rule.
 */
import { canPlace, type PlaceAnswer } from '../connect';
import type { NodeId, Position, TopologyDocument, TopologyNode } from '../document/types';
import { NODE_KINDS, type NodeKind } from '../kinds/node-kinds';
import { containerAt, descendantsOf, mountsOnEdge, nodesById } from './geometry';

/** How far outside a VPC's border a gateway may be dropped and still count as on its edge. */
const EDGE_DROP_MARGIN = 32;

export interface DropTarget {
  /** The container the node would go into; undefined for the top level. */
  parentId: NodeId | undefined;
  answer: PlaceAnswer;
}

/**
 * The container a node of `kind` dropped at `point` (canvas coordinates) would go into, without
 * judging it (cheap enough for every pointer move). With `nodeId`, an existing node is being
 * moved: it and its contents are never their own target.
 */
export function dropParent(doc: TopologyDocument, kind: NodeKind, point: Position, nodeId?: string): NodeId | undefined {
  const excluded = nodeId === undefined ? undefined : descendantsOf(doc, [nodeId]).add(nodeId as NodeId);
  const byId = nodesById(doc);
  const under = containerAt(
    doc,
    point,
    excluded ? (id) => excluded.has(id) : undefined,
    (container) => (mountsOnEdge(kind, container.kind) ? EDGE_DROP_MARGIN : 0),
  );
  const allowed = NODE_KINDS[kind].parents as readonly NodeKind[];
  let target: TopologyNode | undefined;
  for (let c = under; c; c = c.parent === undefined ? undefined : byId.get(c.parent)) {
    if (allowed.includes(c.kind)) {
      target = c;
      break;
    }
  }
  // Nothing suitable under the pointer: the top level, unless the kind needs a parent, in which
  // case the container under the pointer (or the top level) is asked so that the refusal says why.
  return target?.id ?? (NODE_KINDS[kind].parentRequired ? under?.id : undefined);
}

/** Where a node dropped at `point` goes (see `dropParent`), and `canPlace`'s answer about it. */
export function dropTarget(doc: TopologyDocument, kind: NodeKind, point: Position, nodeId?: string): DropTarget {
  const parentId = dropParent(doc, kind, point, nodeId);
  return { parentId, answer: canPlace(doc, kind, parentId, nodeId) };
}
