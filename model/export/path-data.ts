/**
 * Line geometry shared by the exports: where a straight line leaves a shape, the SVG path of a
 * routed polyline with rounded corners, and the point halfway along it. The same arithmetic as the
 * canvas (components/editor/canvas/edges/floating.ts and routed.ts), on plain rectangles.
 */
import type { Position } from '../document/types';
import { num } from './xml-text';

/** A shape a line attaches to: its centre and half extents. */
export interface Shape {
  cx: number;
  cy: number;
  hw: number;
  hh: number;
}

/** Where the ray from the shape's centre towards (tx, ty) leaves it; its centre when the target lies inside it. */
export function borderPoint(shape: Shape, tx: number, ty: number): Position {
  const dx = tx - shape.cx;
  const dy = ty - shape.cy;
  if (dx === 0 && dy === 0) return { x: shape.cx, y: shape.cy };
  const scale = 1 / Math.max(Math.abs(dx) / shape.hw, Math.abs(dy) / shape.hh);
  if (scale >= 1) return { x: shape.cx, y: shape.cy };
  return { x: shape.cx + dx * scale, y: shape.cy + dy * scale };
}

/** The two ends of a straight line between two shapes, each on its own shape's border. */
export function straightLine(a: Shape, b: Shape): Position[] {
  return [borderPoint(a, b.cx, b.cy), borderPoint(b, a.cx, a.cy)];
}

const CORNER = 8;

/** SVG path data through the points, corners rounded by up to 8 px (never more than half a segment). */
export function roundedPathData(points: readonly Position[]): string {
  const [first, ...rest] = points;
  if (!first) return '';
  let d = `M${num(first.x)} ${num(first.y)}`;
  for (let i = 0; i < rest.length; i++) {
    const corner = rest[i]!;
    const prev = points[i]!;
    const next = rest[i + 1];
    const inLength = Math.hypot(corner.x - prev.x, corner.y - prev.y);
    const outLength = next ? Math.hypot(next.x - corner.x, next.y - corner.y) : 0;
    const r = next ? Math.min(CORNER, inLength / 2, outLength / 2) : 0;
    if (!next || r < 0.5) {
      d += ` L${num(corner.x)} ${num(corner.y)}`;
      continue;
    }
    const bx = corner.x - ((corner.x - prev.x) / inLength) * r;
    const by = corner.y - ((corner.y - prev.y) / inLength) * r;
    const ax = corner.x + ((next.x - corner.x) / outLength) * r;
    const ay = corner.y + ((next.y - corner.y) / outLength) * r;
    d += ` L${num(bx)} ${num(by)} Q${num(corner.x)} ${num(corner.y)} ${num(ax)} ${num(ay)}`;
  }
  return d;
}

/** The point halfway along the polyline. */
export function halfway(points: readonly Position[]): Position {
  let total = 0;
  for (let i = 1; i < points.length; i++) total += Math.hypot(points[i]!.x - points[i - 1]!.x, points[i]!.y - points[i - 1]!.y);
  let left = total / 2;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    if (length >= left && length > 0) return { x: a.x + ((b.x - a.x) * left) / length, y: a.y + ((b.y - a.y) * left) / length };
    left -= length;
  }
  return points[0] ?? { x: 0, y: 0 };
}
