/**
 * Drawing a connection along the route the auto-layout gave it: only while both of its ends are
 * where they were laid out, as rounded orthogonal polylines.
 */
import type { Position } from '../../../../model';
import type { Rect } from '../../../../model/edit/geometry';
import type { LaidOutRoute } from '../../../diagram/diagram-types';
import type { EndBox } from './floating';

const SLACK = 0.5;
const CORNER = 8;

function sameRect(end: EndBox, rect: Rect): boolean {
  const { x, y, width, height } = end;
  return Math.abs(x - rect.x) <= SLACK && Math.abs(y - rect.y) <= SLACK && Math.abs(width - rect.width) <= SLACK && Math.abs(height - rect.height) <= SLACK;
}

/** The route, when both ends are still where the layout put them. */
export function liveRoute(route: LaidOutRoute | undefined, source: EndBox, target: EndBox): readonly Position[] | undefined {
  if (!route || !sameRect(source, route.source) || !sameRect(target, route.target)) return undefined;
  return route.points;
}

/** An SVG path through the points, with the corners rounded (never by more than half a segment). */
export function roundedPath(points: readonly Position[]): string {
  const [first, ...rest] = points;
  if (!first) return '';
  let d = `M ${first.x},${first.y}`;
  for (let i = 0; i < rest.length; i++) {
    const corner = rest[i]!;
    const prev = points[i]!;
    const next = rest[i + 1];
    if (!next) {
      d += ` L ${corner.x},${corner.y}`;
      break;
    }
    const inLength = Math.hypot(corner.x - prev.x, corner.y - prev.y);
    const outLength = Math.hypot(next.x - corner.x, next.y - corner.y);
    const r = Math.min(CORNER, inLength / 2, outLength / 2);
    if (r < 0.5) {
      d += ` L ${corner.x},${corner.y}`;
      continue;
    }
    const before = { x: corner.x - ((corner.x - prev.x) / inLength) * r, y: corner.y - ((corner.y - prev.y) / inLength) * r };
    const after = { x: corner.x + ((next.x - corner.x) / outLength) * r, y: corner.y + ((next.y - corner.y) / outLength) * r };
    d += ` L ${before.x},${before.y} Q ${corner.x},${corner.y} ${after.x},${after.y}`;
  }
  return d;
}

/** The point halfway along the polyline, where the label goes: the exporter's, so the canvas and the pictures agree. */
export { halfway as midpoint } from '../../../../model/export/path-data';
