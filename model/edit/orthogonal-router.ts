/**
 * An orthogonal connector router over rectangles: the shortest path with few bends from one of
 * the source's ports to one of the target's, never through an obstacle. It searches a sparse grid
 * (an orthogonal visibility graph): the lines through every obstacle's sides, widened by a margin,
 * and through every port, so that a path may hug any box but never cross one. A* over (grid point,
 * heading) states, a bend costing as much as `bendCost` pixels of length.
 *
 * Chosen over libavoid-js and ELK with fixed positions after measuring all three on the 500-node
 * diagram (docs/format-notes.md, "Routes"): the ends of one moved node route in milliseconds here,
 * with no WebAssembly to load and nothing outside this file.
 */
import type { Position } from '../document/types';
import type { Rect } from './geometry';

/** The way a port faces: a route leaves the source, and enters the target, along it. */
export type Heading = 'left' | 'right' | 'up' | 'down';

/** A point on an end's border where a route may start or end, facing out of the end. */
export interface Port {
  x: number;
  y: number;
  heading: Heading;
}

/** What to route: the two ends' ports, and the boxes to keep clear of. */
export interface RouteRequest {
  sourcePorts: readonly Port[];
  targetPorts: readonly Port[];
  /** Boxes the route may touch but not cross (the ends' own boxes belong here too). */
  obstacles: readonly Rect[];
  /** Space kept around each obstacle where there is room (the ends' ports always stay reachable). */
  margin?: number;
  /** What a bend costs, in pixels of length. */
  bendCost?: number;
  /**
   * Where the route must stay (it must hold the ports): the search is limited to it, and the
   * obstacles are clipped to it. Without it the route may go anywhere up to a frame around everything.
   */
  bounds?: Rect;
}

const DEFAULT_MARGIN = 12;
const DEFAULT_BEND_COST = 30;
/** How far outside everything the grid reaches, so a route can go round the outermost boxes. */
const FRAME = 40;

const DX = [1, -1, 0, 0];
const DY = [0, 0, 1, -1];
const HEADING_INDEX: Record<Heading, number> = { right: 0, left: 1, down: 2, up: 3 };

/** Sorted distinct values. */
function distinct(values: number[]): Float64Array {
  const sorted = Float64Array.from(values).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (n === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i]!;
  return sorted.subarray(0, n);
}

/** The index of `value` in sorted `values` (it is there: every coordinate used was put in). */
function indexIn(values: Float64Array, value: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The part of `r` inside `bounds`, or undefined when they do not overlap. */
function clip(r: Rect, bounds: Rect): Rect | undefined {
  const x1 = Math.max(r.x, bounds.x);
  const y1 = Math.max(r.y, bounds.y);
  const x2 = Math.min(r.x + r.width, bounds.x + bounds.width);
  const y2 = Math.min(r.y + r.height, bounds.y + bounds.height);
  return x2 > x1 && y2 > y1 ? { x: x1, y: y1, width: x2 - x1, height: y2 - y1 } : undefined;
}

const inside = (r: Rect, p: Position) => p.x > r.x && p.x < r.x + r.width && p.y > r.y && p.y < r.y + r.height;

/** A binary min-heap of state numbers keyed by a priority array. */
class StateHeap {
  private items: number[] = [];
  constructor(private readonly priority: Float64Array) {}
  get size(): number {
    return this.items.length;
  }
  push(state: number): void {
    const items = this.items;
    const key = this.priority[state]!;
    let i = items.length;
    items.push(state);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.priority[items[parent]!]! <= key) break;
      items[i] = items[parent]!;
      i = parent;
    }
    items[i] = state;
  }
  pop(): number {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length === 0) return top;
    const key = this.priority[last]!;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= items.length) break;
      const right = left + 1;
      const child = right < items.length && this.priority[items[right]!]! < this.priority[items[left]!]! ? right : left;
      if (this.priority[items[child]!]! >= key) break;
      items[i] = items[child]!;
      i = child;
    }
    items[i] = last;
    return top;
  }
}

/** True when some segment of the polyline runs through the inside of `box` (touching its border is fine). */
export function crossesBox(points: readonly Position[], box: Rect): boolean {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const x1 = Math.min(a.x, b.x);
    const x2 = Math.max(a.x, b.x);
    const y1 = Math.min(a.y, b.y);
    const y2 = Math.max(a.y, b.y);
    // An axis-parallel segment crosses the open box when it overlaps it on both axes (a point counts on its own axis).
    const acrossX = x1 === x2 ? x1 > box.x && x1 < box.x + box.width : x1 < box.x + box.width && x2 > box.x;
    const acrossY = y1 === y2 ? y1 > box.y && y1 < box.y + box.height : y1 < box.y + box.height && y2 > box.y;
    if (acrossX && acrossY) return true;
  }
  return false;
}

/** Drops points that repeat or lie on a straight run between their neighbours. */
export function simplifyPolyline(points: readonly Position[]): Position[] {
  const out: Position[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && last.x === p.x && last.y === p.y) continue;
    const before = out[out.length - 2];
    if (before && last && ((before.x === last.x && last.x === p.x) || (before.y === last.y && last.y === p.y))) out[out.length - 1] = p;
    else out.push(p);
  }
  return out;
}

/**
 * The route, from a source port to a target port, or undefined when every way is blocked.
 * Deterministic: ties go to the earlier port and the earlier direction.
 */
export function routeOrthogonal(request: RouteRequest): Position[] | undefined {
  const { sourcePorts, targetPorts } = request;
  if (sourcePorts.length === 0 || targetPorts.length === 0) return undefined;
  const margin = request.margin ?? DEFAULT_MARGIN;
  const bendCost = request.bendCost ?? DEFAULT_BEND_COST;
  const ports = [...sourcePorts, ...targetPorts];
  // An obstacle keeps its margin only where that leaves every port outside it.
  const bounds = request.bounds;
  const boxes: Rect[] = [];
  for (const r of request.obstacles) {
    const grown = { x: r.x - margin, y: r.y - margin, width: r.width + 2 * margin, height: r.height + 2 * margin };
    const box = ports.some((p) => inside(grown, p)) ? r : grown;
    // Clipped a little outside the bounds, so that the bounds' own edge stays inside a box that reaches past it.
    const clipped = bounds ? clip(box, { x: bounds.x - 1, y: bounds.y - 1, width: bounds.width + 2, height: bounds.height + 2 }) : box;
    if (clipped) boxes.push(clipped);
  }

  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const xsIn: number[] = [];
  const ysIn: number[] = [];
  const take = (x: number, y: number) => {
    xsIn.push(x);
    ysIn.push(y);
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  };
  for (const b of boxes) {
    // A box reaching past the bounds adds no line outside them: the search stays where obstacles are known.
    take(bounds ? Math.max(b.x, bounds.x) : b.x, bounds ? Math.max(b.y, bounds.y) : b.y);
    take(bounds ? Math.min(b.x + b.width, bounds.x + bounds.width) : b.x + b.width, bounds ? Math.min(b.y + b.height, bounds.y + bounds.height) : b.y + b.height);
  }
  for (const p of ports) {
    take(p.x, p.y);
    // A lane just outside each port, so a route can turn right after leaving it.
    take(p.x + DX[HEADING_INDEX[p.heading]]! * margin, p.y + DY[HEADING_INDEX[p.heading]]! * margin);
  }
  if (bounds) {
    take(bounds.x, bounds.y);
    take(bounds.x + bounds.width, bounds.y + bounds.height);
  } else {
    take(minX - FRAME, minY - FRAME);
    take(maxX + FRAME, maxY + FRAME);
  }
  const xs = distinct(xsIn);
  const ys = distinct(ysIn);
  const nx = xs.length;
  const ny = ys.length;
  const points = nx * ny;
  const at = (i: number, j: number) => j * nx + i;

  // Blocked points and unit segments (from a point to its +x or +y neighbour), marked per box.
  const blockedPoint = new Uint8Array(points);
  const blockedRight = new Uint8Array(points);
  const blockedDown = new Uint8Array(points);
  for (const b of boxes) {
    if (b.width <= 0 || b.height <= 0) continue;
    // The grid lines of the box's sides; -1 or the count when a side lies beyond the grid (clipped to the bounds).
    const i0 = b.x < xs[0]! ? -1 : indexIn(xs, b.x);
    const i1 = b.x + b.width > xs[nx - 1]! ? nx : indexIn(xs, b.x + b.width);
    const j0 = b.y < ys[0]! ? -1 : indexIn(ys, b.y);
    const j1 = b.y + b.height > ys[ny - 1]! ? ny : indexIn(ys, b.y + b.height);
    for (let j = Math.max(j0, 0); j <= Math.min(j1, ny - 1); j++) {
      for (let i = Math.max(i0, 0); i <= Math.min(i1, nx - 1); i++) {
        const k = at(i, j);
        const innerX = i > i0 && i < i1;
        const innerY = j > j0 && j < j1;
        if (innerX && innerY) blockedPoint[k] = 1;
        if (innerY && i < i1) blockedRight[k] = 1;
        if (innerX && j < j1) blockedDown[k] = 1;
      }
    }
  }

  const states = points * 4;
  const cost = new Float64Array(states).fill(Infinity);
  const priority = new Float64Array(states);
  const previous = new Int32Array(states).fill(-1);
  const closed = new Uint8Array(states);
  const goalHeading = new Int8Array(points).fill(-1);
  const targets = targetPorts.map((p) => ({ k: at(indexIn(xs, p.x), indexIn(ys, p.y)), x: p.x, y: p.y }));
  // A route enters a target port heading into the end: the opposite of the way the port faces.
  targetPorts.forEach((p, n) => (goalHeading[targets[n]!.k] = HEADING_INDEX[p.heading] ^ 1));
  const estimate = (k: number) => {
    const x = xs[k % nx]!;
    const y = ys[Math.floor(k / nx)]!;
    let best = Infinity;
    for (const t of targets) best = Math.min(best, Math.abs(t.x - x) + Math.abs(t.y - y));
    return best;
  };
  const heap = new StateHeap(priority);
  for (const p of sourcePorts) {
    const state = at(indexIn(xs, p.x), indexIn(ys, p.y)) * 4 + HEADING_INDEX[p.heading];
    if (cost[state] === 0) continue;
    cost[state] = 0;
    priority[state] = estimate(state >> 2);
    heap.push(state);
  }

  let goal = -1;
  while (heap.size > 0) {
    const state = heap.pop();
    if (closed[state]) continue;
    closed[state] = 1;
    const k = state >> 2;
    const heading = state & 3;
    if (goalHeading[k] === heading) {
      goal = state;
      break;
    }
    const i = k % nx;
    const j = (k - i) / nx;
    for (let d = 0; d < 4; d++) {
      if (d === (heading ^ 1)) continue; // no turning back on itself
      const ni = i + DX[d]!;
      const nj = j + DY[d]!;
      if (ni < 0 || nj < 0 || ni >= nx || nj >= ny) continue;
      const nk = at(ni, nj);
      if (blockedPoint[nk] && goalHeading[nk]! < 0) continue;
      if (d === 0 ? blockedRight[k] : d === 1 ? blockedRight[nk] : d === 2 ? blockedDown[k] : blockedDown[nk]) continue;
      const next = nk * 4 + d;
      if (closed[next]) continue;
      const step = d < 2 ? Math.abs(xs[ni]! - xs[i]!) : Math.abs(ys[nj]! - ys[j]!);
      const g = cost[state]! + step + (d === heading ? 0 : bendCost);
      if (g >= cost[next]!) continue;
      cost[next] = g;
      previous[next] = state;
      priority[next] = g + estimate(nk);
      heap.push(next);
    }
  }
  if (goal < 0) return undefined;
  const path: Position[] = [];
  for (let s = goal; s >= 0; s = previous[s]!) {
    const k = s >> 2;
    path.push({ x: xs[k % nx]!, y: ys[Math.floor(k / nx)]! });
  }
  return simplifyPolyline(path.reverse());
}
