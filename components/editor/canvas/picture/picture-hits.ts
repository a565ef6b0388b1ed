/**
 * What is under the pointer in the outline picture (picture-model.ts), which the browser cannot
 * tell: the picture is one SVG the pointer passes through. A scan of every shape or line is a few
 * tens of microseconds at 5,000 of them, well within a pointer event.
 */
import type { Position } from '../../../../model';
import type { Rect } from '../../../../model/edit/geometry';
import type { Picture, PictureLine, PictureShape } from './picture-model';

const inside = (p: Position, r: Rect) => p.x >= r.x && p.x <= r.x + r.width && p.y >= r.y && p.y <= r.y + r.height;

/** The shape drawn on top at `p`: the last in paint order that holds it (a VPC over its region). */
export function shapeAt(picture: Picture, p: Position): PictureShape | undefined {
  const { shapes } = picture;
  for (let i = shapes.length - 1; i >= 0; i--) if (inside(p, shapes[i]!)) return shapes[i];
  return undefined;
}

function distanceToSegment(p: Position, a: Position, b: Position): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** The line nearest to `p`, if one passes within `tolerance` (canvas units). */
export function lineNear(picture: Picture, p: Position, tolerance: number): PictureLine | undefined {
  let best: PictureLine | undefined;
  let bestDistance = tolerance;
  for (const line of picture.lines) {
    const { points } = line;
    for (let i = 1; i < points.length; i++) {
      const d = distanceToSegment(p, points[i - 1]!, points[i]!);
      if (d <= bestDistance) {
        bestDistance = d;
        best = line;
      }
    }
  }
  return best;
}

/** The shapes wholly inside `rect`, as React Flow's selection box takes nodes (`SelectionMode.Full`). */
export function shapesInside(picture: Picture, rect: Rect): string[] {
  return picture.shapes.filter((s) => s.x >= rect.x && s.y >= rect.y && s.x + s.width <= rect.x + rect.width && s.y + s.height <= rect.y + rect.height).map((s) => s.id);
}

/**
 * What a press at `p` picks: a shape that holds no other shape (a VPC, a gateway) when the point
 * is on it, even with lines passing close (at the fit view of a large network a VPC is a few
 * pixels wide and lines run beside it); else a line within `tolerance`; else the container
 * around the point (a region). The containers are where lines run, so a line near the pointer
 * wins over them.
 */
export function pickAt(picture: Picture, p: Position, tolerance: number): { shape?: PictureShape; line?: PictureLine } {
  const shape = shapeAt(picture, p);
  if (shape && !picture.holders.has(shape.id)) return { shape };
  const line = lineNear(picture, p, tolerance);
  if (line) return { line };
  return shape ? { shape } : {};
}
