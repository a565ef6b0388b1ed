/**
 * Edges run straight between the shapes they join: from the border of one to the border of the
 * other, along the line between their centres. A leaf's shape is its icon, not its label.
 */
import type { InternalNode } from '@xyflow/react';
import { LEAF_ICON_CENTER_Y } from '../../../../model/edit/geometry';
import type { EndOffset } from '../../../../model/edit/outline-view';
import { borderPoint, type Shape as Box } from '../../../../model/export/path-data';

// The exporter's geometry, so that lines on the canvas and in pictures meet the same border points.
export { borderPoint };

const ICON_HALF = 24;

/** Where an edge's end is: the rectangle of the node it is drawn from, and whether it is a leaf. */
export interface EndBox {
  x: number;
  y: number;
  width: number;
  height: number;
  leaf: boolean;
}

/**
 * The end box of a drawn node, or, at the outline level, of the end inside it (`offset`: its
 * rectangle relative to the node; see model/edit/outline-view.ts).
 */
export function endBox(node: InternalNode, offset?: EndOffset): EndBox {
  const { x, y } = node.internals.positionAbsolute;
  return endBoxIn({ x, y, width: node.measured.width ?? node.width ?? 0, height: node.measured.height ?? node.height ?? 0, leaf: node.type === 'leaf' }, offset);
}

/** The same for a shape drawn at `shape` (the outline picture's, which are not React Flow nodes). */
export function endBoxIn(shape: EndBox, offset?: EndOffset): EndBox {
  if (!offset) return shape;
  return { x: shape.x + offset.x, y: shape.y + offset.y, width: offset.width, height: offset.height, leaf: !offset.container };
}

/** The box an edge attaches to: the icon of a leaf node, the whole box of a container. */
export function shapeOf(end: EndBox): Box {
  const { x, y, width, height } = end;
  if (end.leaf) return { cx: x + width / 2, cy: y + LEAF_ICON_CENTER_Y, hw: ICON_HALF, hh: ICON_HALF };
  return { cx: x + width / 2, cy: y + height / 2, hw: width / 2, hh: height / 2 };
}

/** The two ends of an edge between two nodes. */
export function edgeEnds(source: EndBox, target: EndBox) {
  const a = shapeOf(source);
  const b = shapeOf(target);
  const start = borderPoint(a, b.cx, b.cy);
  const end = borderPoint(b, a.cx, a.cy);
  return { sx: start.x, sy: start.y, tx: end.x, ty: end.y };
}
