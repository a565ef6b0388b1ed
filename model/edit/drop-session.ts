/**
 * A drag that ends in a drop, judged without a framework (xyflow's `XYDrag` split: the React
 * hooks only translate pointer events and hand the result to the store). One session serves both
 * ways a node is dropped: a new node dragged from the palette and nodes already on the canvas.
 * While the pointer moves, `over` says where the drop would go and whether AWS allows it (one
 * `canPlace` question per container, asked once); `drop` makes the new document, or says why not.
 */
import { canPlace, type PlaceAnswer } from '../connect';
import type { NodeId, Position, Size, TopologyDocument, TopologyNode } from '../document/types';
import type { NodeKind } from '../kinds/node-kinds';
import { addNode, moveNodes, reparentNode, type NodeMove } from './commands';
import { dropParent, type DropTarget } from './drop-target';
import { defaultSize, nodesById } from './geometry';

/** What is being dragged: a new node of a kind (from the palette), or nodes already drawn. */
export type DropSubject = { kind: NodeKind } | { nodeIds: readonly string[] };

/** Said when `canPlace` refuses without a reason of its own. */
export const REFUSED_PLACEMENT = 'AWS does not allow this placement.';

/** Where a drop at a point would go, as the canvas shows it while the pointer moves. */
export interface DropVerdict extends DropTarget {
  /** False when the dragged node would stay in the container it is in: nothing to mark or refuse. */
  changesParent: boolean;
  /** The container to mark on the canvas (green when allowed, red when refused); null for none. */
  mark: { id: NodeId; ok: boolean } | null;
  /** Why the drop would be refused, to show next to the pointer. */
  refusal?: string;
}

/** A dragged node where the drag left it. */
export interface DraggedNode {
  id: string;
  /** Its position relative to its container, as the canvas moved it. */
  position: Position;
  /** Its top-left corner in canvas coordinates. */
  absolute: Position;
  /** Its drawn size, when the canvas measured it (the centre of a node in a group drag decides where it lands). */
  size?: Size;
}

/** The outcome of a drop: the new document (unchanged when nothing moved), the ids it created, and refusals. */
export interface DropResult {
  doc: TopologyDocument;
  /** Nodes the drop created (a palette drop); select them. */
  created: string[];
  /** Why nodes stayed where they were, first refusal first; empty when everything landed. */
  refusals: string[];
}

/** A drag in progress over one document. */
export interface DropSession {
  readonly doc: TopologyDocument;
  /**
   * Where the dragged node would land if dropped at `point` (canvas coordinates). For nodes
   * already drawn, only a drag of a single node is judged while moving (a group keeps its
   * containers until the drop); for a group, this is undefined.
   */
  over(point: Position): DropVerdict | undefined;
  /**
   * Drops a new node centred on `point`. Refused (with `canPlace`'s reason) when AWS does not
   * allow it there; the document is then unchanged.
   */
  dropNew(point: Position): DropResult;
  /**
   * Drops nodes already drawn. A single node lands where the pointer is; in a group drag each
   * node lands where its centre is. Nodes inside another dragged node move with it and keep
   * their place. A node whose new container is refused snaps back.
   */
  dropMoved(dragged: readonly DraggedNode[], pointer: Position): DropResult;
}

/**
 * Starts judging a drag of `subject` over `doc`. The document is fixed for the session: start a
 * new one when the document changes during the drag (a layout finishing, say).
 */
export function startDropSession(doc: TopologyDocument, subject: DropSubject): DropSession {
  const byId = nodesById(doc);
  const moving = 'nodeIds' in subject ? subject.nodeIds.map((id) => byId.get(id)).filter((n): n is TopologyNode => n !== undefined) : [];
  const single = 'kind' in subject ? { kind: subject.kind, node: undefined } : moving.length === 1 ? { kind: moving[0]!.kind, node: moving[0]! } : undefined;
  const answers = new Map<string, PlaceAnswer>();

  /** `dropTarget` for the single dragged node, with `canPlace`'s answer cached per container (cheap enough for every pointer move). */
  const judge = (point: Position): DropTarget | undefined => {
    if (!single) return undefined;
    const parentId = dropParent(doc, single.kind, point, single.node?.id);
    const key = parentId ?? '';
    let answer = answers.get(key);
    if (!answer) {
      answer = canPlace(doc, single.kind, parentId, single.node?.id);
      answers.set(key, answer);
    }
    return { parentId, answer };
  };

  return {
    doc,
    over(point) {
      const target = judge(point);
      if (!target) return undefined;
      const changesParent = single?.node === undefined || target.parentId !== single.node.parent;
      const refused = changesParent && !target.answer.ok;
      return {
        ...target,
        changesParent,
        mark: changesParent && target.parentId !== undefined ? { id: target.parentId, ok: target.answer.ok } : null,
        ...(refused ? { refusal: target.answer.reason ?? REFUSED_PLACEMENT } : {}),
      };
    },
    dropNew(point) {
      if (!('kind' in subject)) throw new Error('dropNew: this session drags nodes already drawn; use dropMoved');
      const { parentId, answer } = judge(point)!;
      if (!answer.ok) return { doc, created: [], refusals: [answer.reason ?? REFUSED_PLACEMENT] };
      const size = defaultSize(subject.kind);
      const at = { x: point.x - size.width / 2, y: point.y - size.height / 2 };
      const { doc: next, ids } = addNode(doc, { kind: subject.kind, ...(parentId !== undefined ? { parentId } : {}), at });
      return { doc: next, created: ids, refusals: [] };
    },
    dropMoved(dragged, pointer) {
      if ('kind' in subject) throw new Error('dropMoved: this session drags a new node; use dropNew');
      const ids = new Set(dragged.map((d) => d.id));
      const insideDragged = (node: TopologyNode) => {
        for (let p = node.parent === undefined ? undefined : byId.get(node.parent); p; p = p.parent === undefined ? undefined : byId.get(p.parent)) {
          if (ids.has(p.id)) return true;
        }
        return false;
      };
      let next = doc;
      const moves: NodeMove[] = [];
      const refusals: string[] = [];
      for (const d of dragged) {
        const node = byId.get(d.id);
        if (!node || insideDragged(node)) continue;
        const probe = dragged.length === 1 ? pointer : { x: d.absolute.x + (d.size?.width ?? 0) / 2, y: d.absolute.y + (d.size?.height ?? 0) / 2 };
        // Judged against the document as earlier nodes of the group left it.
        const parentId = dropParent(next, node.kind, probe, node.id);
        if (parentId === node.parent) {
          moves.push({ id: node.id, position: d.position });
          continue;
        }
        const answer = canPlace(next, node.kind, parentId, node.id);
        if (answer.ok) next = reparentNode(next, node.id, parentId, d.absolute);
        else refusals.push(answer.reason ?? REFUSED_PLACEMENT);
      }
      return { doc: moveNodes(next, moves), created: [], refusals };
    },
  };
}
