/**
 * The diagram as drawn at the outline level (a zoom at which a node is a few pixels wide): every
 * VPC as one shape with its insides (subnets, instances, gateways on its border) as a flat
 * picture, as map tools draw a town as one shape at country scale. A network of thousands of nodes
 * is mostly the insides of its VPCs, so the canvas then hands React Flow a tenth of the nodes:
 * what makes opening, panning and dragging a whole large network cheap. A connection from inside a
 * VPC is drawn from the VPC's shape, along its laid-out route where it has one, with the real end's
 * rectangle relative to the VPC so that the route is still recognised as the end's; a connection
 * between two things inside the same VPC is not drawn at that zoom.
 */
import type { TopologyDocument, TopologyNode } from '../document/types';
import { absolutePosition, isContainerKind, nodesById, sizeOf, type Rect } from './geometry';
import { visitParentsFirst } from './parents-first';

/** Something inside a VPC, drawn as part of the VPC's picture: its rectangle relative to the VPC. */
export interface InteriorItem {
  node: TopologyNode;
  rect: Rect;
}

/** A node inside the shape it is drawn as: its rectangle relative to that shape, and whether it is a container. */
export interface EndOffset extends Rect {
  container: boolean;
}

export interface OutlineView {
  /** The node each node is drawn as: itself, or the VPC it lies in. */
  readonly drawnAs: ReadonlyMap<string, string>;
  /** Each VPC's insides, each container before what it holds (the order to paint them in). */
  readonly interiors: ReadonlyMap<string, readonly InteriorItem[]>;
  /** Where each node drawn as another lies in it: what a connection from it is drawn from. */
  readonly offsets: ReadonlyMap<string, EndOffset>;
  /** The nodes drawn as themselves, each container before what it holds. */
  readonly shapes: readonly TopologyNode[];
}

/** Nodes whose insides are drawn as a picture of theirs at the outline level. */
const FOLDS = (node: TopologyNode): boolean => node.kind === 'vpc';

const views = new WeakMap<TopologyDocument, OutlineView>();

/** The outline view of a document, built once per document. */
export function outlineView(doc: TopologyDocument): OutlineView {
  let view = views.get(doc);
  if (view) return view;
  const drawnAs = new Map<string, string>();
  const interiors = new Map<string, InteriorItem[]>();
  const offsets = new Map<string, EndOffset>();
  const shapes: TopologyNode[] = [];
  visitParentsFirst(doc.nodes, nodesById(doc), (node, parent) => {
    const folded = parent !== undefined && (FOLDS(parent) || drawnAs.get(parent.id) !== parent.id);
    const as = folded ? drawnAs.get(parent.id)! : node.id;
    drawnAs.set(node.id, as);
    if (!folded) {
      shapes.push(node);
      return;
    }
    const at = absolutePosition(doc, node.id);
    const origin = absolutePosition(doc, as);
    const offset = { x: at.x - origin.x, y: at.y - origin.y, ...sizeOf(node), container: isContainerKind(node.kind) };
    offsets.set(node.id, offset);
    const list = interiors.get(as);
    if (list) list.push({ node, rect: offset });
    else interiors.set(as, [{ node, rect: offset }]);
  });
  view = { drawnAs, interiors, offsets, shapes };
  views.set(doc, view);
  return view;
}

/** Where a connection's end is drawn from: the node it is drawn as, and the end's place in it when that is not the end itself. */
export interface OutlineEnd {
  as: string;
  offset?: EndOffset;
}

export function outlineEnd(view: OutlineView, id: string): OutlineEnd {
  const as = view.drawnAs.get(id) ?? id;
  const offset = as === id ? undefined : view.offsets.get(id);
  return offset ? { as, offset } : { as };
}
