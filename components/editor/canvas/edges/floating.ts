/**
 * Edges run straight between the shapes they join: from the border of one to the border of the
 * other, along the line between their centres. A leaf's shape is its icon, not its label.
 */
import type { InternalNode } from '@xyflow/react';
import { LEAF_ICON_CENTER_Y } from '../../../../model/edit/geometry';

interface Box {
  cx: number;
  cy: number;
  hw: number;
  hh: number;
}

const ICON_HALF = 24;

/** The box an edge attaches to: the icon of a leaf node, the whole box of a container. */
export function shapeOf(node: InternalNode): Box {
  const { x, y } = node.internals.positionAbsolute;
  const width = node.measured.width ?? node.width ?? 0;
  const height = node.measured.height ?? node.height ?? 0;
  if (node.type === 'leaf') return { cx: x + width / 2, cy: y + LEAF_ICON_CENTER_Y, hw: ICON_HALF, hh: ICON_HALF };
  return { cx: x + width / 2, cy: y + height / 2, hw: width / 2, hh: height / 2 };
}

/** Where the ray from the box's centre towards (tx, ty) leaves the box. */
export function borderPoint(box: Box, tx: number, ty: number): { x: number; y: number } {
  const dx = tx - box.cx;
  const dy = ty - box.cy;
  if (dx === 0 && dy === 0) return { x: box.cx, y: box.cy };
  const scale = 1 / Math.max(Math.abs(dx) / box.hw, Math.abs(dy) / box.hh);
  // The other end lies inside this box (a node and its own container): start from the centre.
  if (scale >= 1) return { x: box.cx, y: box.cy };
  return { x: box.cx + dx * scale, y: box.cy + dy * scale };
}

/** The two ends of an edge between two nodes. */
export function edgeEnds(source: InternalNode, target: InternalNode) {
  const a = shapeOf(source);
  const b = shapeOf(target);
  const start = borderPoint(a, b.cx, b.cy);
  const end = borderPoint(b, a.cx, a.cy);
  return { sx: start.x, sy: start.y, tx: end.x, ty: end.y };
}
