/**
 * Measures of a laid-out document, shared by the tests and the benchmark: overlapping siblings,
 * children outside their parent, edges through boxes they do not belong to, and edge crossings.
 * They read only the document and the routes, never the layout's internals, so they judge what
 * the editor will draw.
 */
import type { Position, Size, TopologyDocument, TopologyNode } from '../document/types';
import { isContainerKind, isEdgeMounted } from '../edit/geometry';
import { visitParentsFirst } from '../edit/parents-first';
import { DEFAULT_LEAF_SIZE, ICON_CENTER_Y } from './constants';
import type { EdgeRoute } from './types';

/** A rectangle in canvas coordinates. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Tolerance for rounding in ELK's coordinates. */
const EPS = 0.5;

/** Each node's rectangle in canvas coordinates: containers by their size, leaves by measured or default size. */
export function nodeRects(doc: TopologyDocument, sizes?: ReadonlyMap<string, Size>): Map<string, Rect> {
  const byId = new Map<string, TopologyNode>(doc.nodes.map((n) => [n.id, n]));
  const out = new Map<string, Rect>();
  visitParentsFirst(doc.nodes, byId, (node, parent) => {
    const origin = parent ? out.get(parent.id)! : { x: 0, y: 0 };
    const size = isContainerKind(node.kind) ? (node.size ?? { width: 0, height: 0 }) : (sizes?.get(node.id) ?? DEFAULT_LEAF_SIZE);
    out.set(node.id, { x: origin.x + (node.position?.x ?? 0), y: origin.y + (node.position?.y ?? 0), width: size.width, height: size.height });
  });
  return out;
}

const overlap = (a: Rect, b: Rect) =>
  a.x + a.width > b.x + EPS && b.x + b.width > a.x + EPS && a.y + a.height > b.y + EPS && b.y + b.height > a.y + EPS;

function childrenByParent(doc: TopologyDocument): Map<string, TopologyNode[]> {
  const out = new Map<string, TopologyNode[]>();
  for (const node of doc.nodes) {
    const key = node.parent ?? '';
    const list = out.get(key);
    if (list) list.push(node);
    else out.set(key, [node]);
  }
  return out;
}

/** Pairs of nodes with the same parent whose boxes overlap (gateways on a VPC's edge included). */
export function siblingOverlaps(doc: TopologyDocument, sizes?: ReadonlyMap<string, Size>): Array<[string, string]> {
  const rects = nodeRects(doc, sizes);
  const byId = new Map<string, TopologyNode>(doc.nodes.map((n) => [n.id, n]));
  const found: Array<[string, string]> = [];
  // A VPC's boxes include the gateways sticking out of its edges: a neighbour must keep clear of them too.
  const mounted = new Map<string, Rect[]>();
  for (const node of doc.nodes) {
    const parent = node.parent !== undefined ? byId.get(node.parent) : undefined;
    if (!parent || !isEdgeMounted(node, parent)) continue;
    const list = mounted.get(parent.id);
    if (list) list.push(rects.get(node.id)!);
    else mounted.set(parent.id, [rects.get(node.id)!]);
  }
  const footprint = (node: TopologyNode): Rect[] => [rects.get(node.id)!, ...(mounted.get(node.id) ?? [])];
  for (const siblings of childrenByParent(doc).values()) {
    for (let i = 0; i < siblings.length; i++) {
      for (let j = i + 1; j < siblings.length; j++) {
        const a = siblings[i]!;
        const b = siblings[j]!;
        const parent = a.parent !== undefined ? byId.get(a.parent) : undefined;
        const mountedA = isEdgeMounted(a, parent);
        const mountedB = isEdgeMounted(b, parent);
        const ra = mountedA ? [rects.get(a.id)!] : footprint(a);
        const rb = mountedB ? [rects.get(b.id)!] : footprint(b);
        if (ra.some((x) => rb.some((y) => overlap(x, y)))) found.push([a.id, b.id]);
      }
    }
  }
  return found;
}

/**
 * Nodes not drawn inside their parent. A gateway on a VPC's edge counts as inside when its icon's
 * centre lies on the VPC's border.
 */
export function childrenOutsideParents(doc: TopologyDocument, sizes?: ReadonlyMap<string, Size>): string[] {
  const rects = nodeRects(doc, sizes);
  const byId = new Map<string, TopologyNode>(doc.nodes.map((n) => [n.id, n]));
  const out: string[] = [];
  for (const node of doc.nodes) {
    const parent = node.parent !== undefined ? byId.get(node.parent) : undefined;
    if (!parent) continue;
    const r = rects.get(node.id)!;
    const p = rects.get(parent.id)!;
    if (isEdgeMounted(node, parent)) {
      const cx = r.x + r.width / 2;
      // Where the editor snaps it (model/edit/geometry.ts): the icon centre, 24 px from the top whatever the measured height.
      const cy = r.y + ICON_CENTER_Y;
      const onVertical = (Math.abs(cx - p.x) <= EPS || Math.abs(cx - p.x - p.width) <= EPS) && cy >= p.y - EPS && cy <= p.y + p.height + EPS;
      const onHorizontal = (Math.abs(cy - p.y) <= EPS || Math.abs(cy - p.y - p.height) <= EPS) && cx >= p.x - EPS && cx <= p.x + p.width + EPS;
      if (!onVertical && !onHorizontal) out.push(node.id);
      continue;
    }
    const inside = r.x >= p.x - EPS && r.y >= p.y - EPS && r.x + r.width <= p.x + p.width + EPS && r.y + r.height <= p.y + p.height + EPS;
    if (!inside) out.push(node.id);
  }
  return out;
}

/** True when the segment enters the rectangle's interior. */
export function segmentEntersRect(a: Position, b: Position, r: Rect): boolean {
  const x1 = r.x + EPS;
  const y1 = r.y + EPS;
  const x2 = r.x + r.width - EPS;
  const y2 = r.y + r.height - EPS;
  if (x2 <= x1 || y2 <= y1) return false;
  // Liang–Barsky clipping against the shrunk rectangle.
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const clip = (p: number, q: number): boolean => {
    if (p === 0) return q > 0;
    const t = q / p;
    if (p < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
    return true;
  };
  return clip(-dx, a.x - x1) && clip(dx, x2 - a.x) && clip(-dy, a.y - y1) && clip(dy, y2 - a.y) && t1 > t0;
}

/**
 * Routed connections that pass through a node that is neither one of their ends nor a container of
 * an end.
 */
export function edgesThroughBoxes(
  doc: TopologyDocument,
  routes: ReadonlyMap<string, EdgeRoute>,
  sizes?: ReadonlyMap<string, Size>,
): Array<{ connection: string; node: string }> {
  const rects = nodeRects(doc, sizes);
  const byId = new Map<string, TopologyNode>(doc.nodes.map((n) => [n.id, n]));
  const lineage = (id: string): Set<string> => {
    const out = new Set<string>();
    for (let n = byId.get(id), guard = 0; n && guard < 10_000; n = n.parent !== undefined ? byId.get(n.parent) : undefined, guard++) out.add(n.id);
    return out;
  };
  const found: Array<{ connection: string; node: string }> = [];
  for (const connection of doc.connections) {
    const route = routes.get(connection.id);
    if (!route) continue;
    const related = new Set([...lineage(connection.source), ...lineage(connection.target)]);
    for (const node of doc.nodes) {
      if (related.has(node.id)) continue;
      const r = rects.get(node.id)!;
      for (let i = 0; i + 1 < route.points.length; i++) {
        if (segmentEntersRect(route.points[i]!, route.points[i + 1]!, r)) {
          found.push({ connection: connection.id, node: node.id });
          break;
        }
      }
    }
  }
  return found;
}

/** Segments of a route that are neither horizontal nor vertical. */
export function diagonalSegments(route: EdgeRoute): number {
  let n = 0;
  for (let i = 0; i + 1 < route.points.length; i++) {
    const a = route.points[i]!;
    const b = route.points[i + 1]!;
    if (Math.abs(a.x - b.x) > EPS && Math.abs(a.y - b.y) > EPS) n++;
  }
  return n;
}

interface Segment {
  route: number;
  a: Position;
  b: Position;
}

const cross = (o: Position, a: Position, b: Position) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);

/** True when the two segments cross at a point inside both (touching ends and collinear overlaps do not count). */
export function segmentsCross(p1: Position, p2: Position, q1: Position, q2: Position): boolean {
  const d1 = cross(q1, q2, p1);
  const d2 = cross(q1, q2, p2);
  const d3 = cross(p1, p2, q1);
  const d4 = cross(p1, p2, q2);
  const tol = 1e-9;
  return ((d1 > tol && d2 < -tol) || (d1 < -tol && d2 > tol)) && ((d3 > tol && d4 < -tol) || (d3 < -tol && d4 > tol));
}

/**
 * How many times two different routes cross. Segments are bucketed by a coarse grid so that large
 * diagrams are not compared pair by pair.
 */
export function countCrossings(routes: Iterable<EdgeRoute>): number {
  const segments: Segment[] = [];
  let index = 0;
  for (const route of routes) {
    for (let i = 0; i + 1 < route.points.length; i++) segments.push({ route: index, a: route.points[i]!, b: route.points[i + 1]! });
    index++;
  }
  const CELL = 200;
  const buckets = new Map<string, number[]>();
  segments.forEach((s, i) => {
    const x0 = Math.floor(Math.min(s.a.x, s.b.x) / CELL);
    const x1 = Math.floor(Math.max(s.a.x, s.b.x) / CELL);
    const y0 = Math.floor(Math.min(s.a.y, s.b.y) / CELL);
    const y1 = Math.floor(Math.max(s.a.y, s.b.y) / CELL);
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        const key = `${x},${y}`;
        const list = buckets.get(key);
        if (list) list.push(i);
        else buckets.set(key, [i]);
      }
    }
  });
  const counted = new Set<string>();
  let crossings = 0;
  for (const list of buckets.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = segments[list[i]!]!;
        const b = segments[list[j]!]!;
        if (a.route === b.route) continue;
        const key = list[i]! < list[j]! ? `${list[i]}:${list[j]}` : `${list[j]}:${list[i]}`;
        if (counted.has(key)) continue;
        if (segmentsCross(a.a, a.b, b.a, b.b)) {
          counted.add(key);
          crossings++;
        }
      }
    }
  }
  return crossings;
}

/**
 * Pairs of connections whose routes run on top of each other for a stretch (collinear segments
 * overlapping by more than half a pixel): where lines share a comb, or where one hides another.
 */
export function sharedRuns(routes: ReadonlyMap<string, EdgeRoute>): Array<[string, string]> {
  const runs: Array<{ id: string; fixed: number; lo: number; hi: number; vertical: boolean }> = [];
  for (const [id, route] of routes) {
    for (let i = 0; i + 1 < route.points.length; i++) {
      const a = route.points[i]!;
      const b = route.points[i + 1]!;
      const vertical = Math.abs(a.x - b.x) <= EPS;
      if (!vertical && Math.abs(a.y - b.y) > EPS) continue;
      const [p, q] = vertical ? [a.y, b.y] : [a.x, b.x];
      runs.push({ id, fixed: vertical ? a.x : a.y, lo: Math.min(p, q), hi: Math.max(p, q), vertical });
    }
  }
  // Sorted by line, then by start: only runs on one line whose intervals meet are compared.
  runs.sort((r, s) => Number(r.vertical) - Number(s.vertical) || r.fixed - s.fixed || r.lo - s.lo);
  const pairs = new Map<string, [string, string]>();
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i]!;
    for (let j = i + 1; j < runs.length; j++) {
      const s = runs[j]!;
      if (s.vertical !== r.vertical || s.fixed - r.fixed > EPS) break;
      if (s.lo >= r.hi - EPS) continue;
      if (s.id === r.id || Math.min(r.hi, s.hi) - s.lo <= EPS) continue;
      const pair: [string, string] = r.id < s.id ? [r.id, s.id] : [s.id, r.id];
      pairs.set(pair.join('\u0000'), pair);
    }
  }
  return [...pairs.values()];
}
