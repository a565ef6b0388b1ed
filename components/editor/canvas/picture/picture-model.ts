/**
 * The outline level of a large network as one picture (outline-picture.tsx): every shape the
 * outline level draws (a VPC with its insides, a region, a gateway outside a VPC) at its place on
 * the canvas, and every line between two of them, in paint order. React Flow then holds only the
 * few nodes the pointer is on or that are selected (use-picture.ts), so that opening, importing,
 * panning and dragging a whole network of thousands of nodes never costs React Flow's work per
 * node, which grows with every node it holds.
 *
 * Built by a cache, as the flow elements are (to-flow.ts): an edit, a selection or a drag step
 * makes new objects only for the shapes and lines it changed, and the memoised parts of the
 * picture skip the rest.
 */
import type { XYPosition } from '@xyflow/react';
import type { Connection, Position, TopologyDocument, TopologyNode } from '../../../../model';
import { absolutePosition, isContainerKind, nodesById, sizeOf, type Rect } from '../../../../model/edit/geometry';
import { outlineEnd, type EndOffset, type InteriorItem, type OutlineView } from '../../../../model/edit/outline-view';
import type { Mark } from '../../../diagram/diagram-types';
import { edgeClassName } from '../edges/edge-class';
import { edgeEnds, endBoxIn, type EndBox } from '../edges/floating';
import { liveRoute, roundedPath } from '../edges/routed';
import { savedRoute } from '../to-flow';

export interface PictureShape extends Rect {
  id: string;
  node: TopologyNode;
  container: boolean;
  /** A VPC's insides, relative to its corner. */
  interior: readonly InteriorItem[] | undefined;
  selected: boolean;
  mark: Mark;
}

export interface PictureLine {
  id: string;
  connection: Connection;
  /** The shapes it is drawn between (its ends, or the VPCs they are inside). */
  from: string;
  to: string;
  /** The polyline it is drawn along, for hit-testing. */
  points: readonly Position[];
  /** The same as an SVG path, corners rounded as the canvas rounds them. */
  d: string;
  className: string;
}

export interface Picture {
  readonly shapes: readonly PictureShape[];
  readonly lines: readonly PictureLine[];
  readonly shapeById: ReadonlyMap<string, PictureShape>;
  /** The shapes that other shapes lie in (regions, on-premises networks). */
  readonly holders: ReadonlySet<string>;
}

export interface PictureFacts {
  selectedNodes: ReadonlySet<string>;
  selectedEdges: ReadonlySet<string>;
  /** Marks of nodes (paths, blocks, the drop target, comparisons). */
  marks: ReadonlyMap<string, Mark>;
  /** Marks of lines. */
  edgeMarks: ReadonlyMap<string, Mark>;
  segments: ReadonlyMap<string, string>;
  /** Parent-relative positions of nodes being dragged. */
  dragged: ReadonlyMap<string, XYPosition> | null;
}

const sameBox = (a: EndBox, b: EndBox) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height && a.leaf === b.leaf;

interface LineEntry {
  line: PictureLine;
  source: EndBox;
  target: EndBox;
}

export class PictureCache {
  private shapes = new Map<string, PictureShape>();
  private lines = new Map<string, LineEntry>();

  build(doc: TopologyDocument, outline: OutlineView, facts: PictureFacts): Picture {
    const byId = nodesById(doc);
    const shapes: PictureShape[] = [];
    const shapeById = new Map<string, PictureShape>();
    const nextShapes = new Map<string, PictureShape>();
    for (const node of outline.shapes) {
      const at = cornerOf(doc, byId, node, facts.dragged);
      const { width, height } = sizeOf(node);
      const interior = outline.interiors.get(node.id);
      const selected = facts.selectedNodes.has(node.id);
      const mark = facts.marks.get(node.id);
      const old = this.shapes.get(node.id);
      const shape =
        old && old.node === node && old.x === at.x && old.y === at.y && old.width === width && old.height === height && old.interior === interior && old.selected === selected && old.mark === mark
          ? old
          : { id: node.id, node, x: at.x, y: at.y, width, height, container: isContainerKind(node.kind), interior, selected, mark };
      shapes.push(shape);
      shapeById.set(node.id, shape);
      nextShapes.set(node.id, shape);
    }
    this.shapes = nextShapes;
    const holders = new Set<string>();
    for (const shape of shapes) if (shape.node.parent !== undefined && shapeById.has(shape.node.parent)) holders.add(shape.node.parent);

    const lines: PictureLine[] = [];
    const nextLines = new Map<string, LineEntry>();
    for (const connection of doc.connections) {
      const from = outlineEnd(outline, connection.source);
      const to = outlineEnd(outline, connection.target);
      // Both ends inside one VPC: a line within a shape a few pixels wide, not drawn at this level.
      if (from.as === to.as) continue;
      const a = shapeById.get(from.as);
      const b = shapeById.get(to.as);
      if (!a || !b) continue;
      const source = endBoxOf(a, from.offset);
      const target = endBoxOf(b, to.offset);
      const className = edgeClassName(connection, {
        segment: facts.segments.get(connection.id),
        mark: facts.edgeMarks.get(connection.id),
        selected: facts.selectedEdges.has(connection.id),
      });
      const old = this.lines.get(connection.id);
      let entry: LineEntry;
      if (old && old.line.connection === connection && old.line.className === className && sameBox(old.source, source) && sameBox(old.target, target)) entry = old;
      else {
        const route = liveRoute(savedRoute(connection), source, target);
        let points: readonly Position[];
        if (route) points = route;
        else {
          const { sx, sy, tx, ty } = edgeEnds(source, target);
          points = [
            { x: sx, y: sy },
            { x: tx, y: ty },
          ];
        }
        entry = { source, target, line: { id: connection.id, connection, from: a.id, to: b.id, points, d: route ? roundedPath(route) : `M ${points[0]!.x},${points[0]!.y} L ${points[1]!.x},${points[1]!.y}`, className } };
      }
      nextLines.set(connection.id, entry);
      lines.push(entry.line);
    }
    this.lines = nextLines;
    return { shapes, lines, shapeById, holders };
  }
}

/** A node's corner on the canvas, moved by the drag under way of it or of a container around it. */
function cornerOf(doc: TopologyDocument, byId: ReadonlyMap<string, TopologyNode>, node: TopologyNode, dragged: ReadonlyMap<string, XYPosition> | null): XYPosition {
  const at = absolutePosition(doc, node.id);
  if (!dragged || dragged.size === 0) return at;
  let { x, y } = at;
  // Bounded: a hand-built document may hold a cycle of parents.
  let steps = byId.size;
  for (let cur: TopologyNode | undefined = node; cur && steps-- > 0; cur = cur.parent === undefined ? undefined : byId.get(cur.parent)) {
    const moved = dragged.get(cur.id);
    if (!moved) continue;
    const from = cur.position ?? { x: 0, y: 0 };
    x += moved.x - from.x;
    y += moved.y - from.y;
  }
  return { x, y };
}

/** Where a line ends: the shape, or the real end's rectangle inside it (as the canvas's edges do). */
const endBoxOf = (shape: PictureShape, offset: EndOffset | undefined): EndBox =>
  endBoxIn({ x: shape.x, y: shape.y, width: shape.width, height: shape.height, leaf: !shape.container }, offset);
