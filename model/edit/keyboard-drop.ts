/**
 * Where a node added from the keyboard goes: into the selected container, or the nearest
 * container above it that may hold the kind (an internet gateway added while a subnet is selected
 * goes to the subnet's VPC), at the first free spot below the container's title bar, growing the
 * container when it is full. Whether AWS allows it is `canPlace`'s answer, as for a pointer drop.
 */
import { canPlace } from '../connect';
import type { TopologyDocument, TopologyNode } from '../document/types';
import { NODE_KINDS, type NodeKind } from '../kinds/node-kinds';
import { addNode } from './commands';
import { REFUSED_PLACEMENT, type DropResult } from './drop-session';
import { nearestFreeSpot } from './free-spot';
import { absolutePosition, CONTAINER_PADDING, containerHeader, defaultSize, isContainerKind, nodesById, sizeOf } from './geometry';

/**
 * Adds a node of `kind` into the container chosen from `selectedId` (see above); undefined when
 * nothing selected can hold it (the caller then drops it in the middle of the view).
 */
export function keyboardDrop(doc: TopologyDocument, kind: NodeKind, selectedId: string | undefined): DropResult | undefined {
  const byId = nodesById(doc);
  const allowed = NODE_KINDS[kind].parents as readonly NodeKind[];
  let container: TopologyNode | undefined;
  for (let n = selectedId === undefined ? undefined : byId.get(selectedId); n; n = n.parent === undefined ? undefined : byId.get(n.parent)) {
    if (isContainerKind(n.kind) && allowed.includes(n.kind)) {
      container = n;
      break;
    }
  }
  if (!container) return undefined;
  const answer = canPlace(doc, kind, container.id);
  if (!answer.ok) return { doc, created: [], refusals: [answer.reason ?? REFUSED_PLACEMENT] };
  const inner = { x: CONTAINER_PADDING, y: containerHeader(container) };
  const children = doc.nodes.filter((n) => n.parent === container.id && n.position).map((n) => ({ ...n.position!, ...sizeOf(n) }));
  const spot = nearestFreeSpot(inner, defaultSize(kind), children, inner);
  const base = absolutePosition(doc, container.id);
  const { doc: next, ids } = addNode(doc, { kind, parentId: container.id, at: { x: base.x + spot.x, y: base.y + spot.y } });
  return { doc: next, created: ids, refusals: [] };
}
