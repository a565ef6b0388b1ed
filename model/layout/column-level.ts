/**
 * A level placed and routed here, without ELK, for large documents: the columns `planPartitions`
 * chose, each box stacked in reading order and the column centred on the tallest one, and
 * orthogonal edges on tracks of their own.
 *
 * Why not ELK there: in the browser, the first layout of a page loads ELK (1.5 MB of script) and
 * runs it cold. Measured on a 2,000-node sample, that is 3–4 s in the layout worker against about
 * 0.2 s for the layout's own work, while at those sizes ELK keeps the reading order anyway
 * (`SWEEP_LIMIT`) and what it still does is this: stack the columns and route between them.
 *
 * Routing:
 * - an edge whose ends face the same gap between two columns runs down a track in that gap;
 * - any other edge runs up its gap into a lane above the boxes, along it, and down the other
 *   end's gap (as the bus in elk-level.ts does for the long edges of a region);
 * - edges meeting the same end (a hub's spokes, a gateway's connections) share their tracks and
 *   lane, and are drawn as one comb; tracks and lanes of different combs never overlap: each gap
 *   and the lane area are as wide as the combs that pass through them need.
 */
import type { Position } from '../document/types';
import { NODE_KINDS } from '../kinds/node-kinds';
import { LAYER_SPACING, NODE_SPACING, PADDING } from './constants';
import { emptyOutcome, keepEndPieces, resolveEnd, sketchColumns, type LevelEdge, type LevelEstimate, type LevelEnd, type LevelOutcome, type ResolvedEnd } from './elk-level';
import { maxOf } from './extremes';
import { simplify, type LaneSlots } from './routes';
import { footprintHeight, footprintWidth, headerOf, type Box, type Side } from './tree';

/** Between two tracks, and between two lanes (ELK's edge-to-edge spacing). */
const TRACK_SPACING = 12;
/** Between a box and the nearest track or lane (ELK's edge-to-node spacing). */
const CLEARANCE = 20;

/** One end of an edge at this level: on a child (`ResolvedEnd`), or on the level's own border. */
type End = (ResolvedEnd & { external?: undefined }) | { external: Side; side: Side };

/** An interval of a track or lane, and whose comb it belongs to. */
interface Span {
  key: string;
  lo: number;
  hi: number;
}

/** A comb's part in one gap: its span, and the heights of its stubs to the column west of the gap and to the one east of it. */
interface TrackSpan extends Span {
  west: number[];
  east: number[];
}

const byStart = (a: Span, b: Span) => a.lo - b.lo || b.hi - a.hi || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Spans of one comb joined into one. */
function joinSpans<S extends Span>(spans: readonly S[], merge: (into: S, from: S) => void): S[] {
  const joined = new Map<string, S>();
  for (const s of spans) {
    const j = joined.get(s.key);
    if (j) {
      j.lo = Math.min(j.lo, s.lo);
      j.hi = Math.max(j.hi, s.hi);
      merge(j, s);
    } else joined.set(s.key, { ...s });
  }
  return [...joined.values()].sort(byStart);
}

/**
 * Gives each comb a lane so that combs whose spans overlap (or come closer than `TRACK_SPACING`)
 * never share one. Returns the lane of each comb and how many there are. (Tried: the longest spans
 * highest, so that nested combs run below; a hub's comb descends into every gap it passes, and
 * that crossed more lines on the generated samples, 3,524 against 3,118 at 2,000 nodes.)
 */
function assignLanes(spans: readonly Span[]): { slot: Map<string, number>; count: number } {
  const ends: number[] = [];
  const slot = new Map<string, number>();
  for (const span of joinSpans(spans, () => {})) {
    let i = ends.findIndex((end) => end + TRACK_SPACING <= span.lo);
    if (i < 0) i = ends.push(0) - 1;
    ends[i] = span.hi;
    slot.set(span.key, i);
  }
  return { slot, count: ends.length };
}

/**
 * Gives each comb of a gap a track (tracks are numbered west to east): combs whose spans overlap
 * never share one, and where a comb's stub west meets another's stub east at the same height (boxes
 * level with each other across the gap) the first comb's track lies west of the second's, or the
 * two stubs would run on top of each other. Combs are placed west-leaning first, in an order that
 * honours those constraints (a cycle of them is broken at the first comb left), each on the
 * westmost track free over its span, east of every comb it must follow and of every overlapping
 * comb that leans further west.
 */
function assignTracks(spans: readonly TrackSpan[]): { slot: Map<string, number>; count: number } {
  const combs = joinSpans(spans, (into, from) => {
    into.west.push(...from.west);
    into.east.push(...from.east);
  });
  const near = (a: number, b: number) => Math.abs(a - b) < 0.5;
  const before = new Map<TrackSpan, TrackSpan[]>(combs.map((c) => [c, []]));
  const waiting = new Map<TrackSpan, number>(combs.map((c) => [c, 0]));
  // Stubs east (into the column east of the gap) by height, to find the combs a west stub faces.
  const eastAt = new Map<number, TrackSpan[]>();
  for (const c of combs) for (const y of c.east) eastAt.set(Math.round(y), [...(eastAt.get(Math.round(y)) ?? []), c]);
  for (const a of combs) {
    const facing = new Set<TrackSpan>();
    for (const y of a.west) for (const b of eastAt.get(Math.round(y)) ?? []) if (b !== a && b.east.some((e) => near(e, y))) facing.add(b);
    for (const b of facing) {
      before.get(a)!.push(b);
      waiting.set(b, waiting.get(b)! + 1);
    }
  }
  // West-leaning combs (stubs into the column west of the gap) take the western tracks and
  // east-leaning ones the eastern: a stub then reaches its own track without crossing the others.
  const lean = (c: TrackSpan) => (c.east.length - c.west.length) / Math.max(1, c.east.length + c.west.length);
  const order = [...combs].sort((a, b) => lean(a) - lean(b) || byStart(a, b));
  const overlaps = (a: Span, b: Span) => !(a.hi + TRACK_SPACING <= b.lo || b.hi + TRACK_SPACING <= a.lo);
  const tracks: Span[][] = [];
  const slot = new Map<string, number>();
  const placed: TrackSpan[] = [];
  const done = new Set<TrackSpan>();
  const minTrack = new Map<TrackSpan, number>();
  while (placed.length < combs.length) {
    // The first comb in that order with nothing left to wait for (or, in a cycle, the first one left).
    const next = order.find((c) => !done.has(c) && waiting.get(c) === 0) ?? order.find((c) => !done.has(c))!;
    let i = minTrack.get(next) ?? 0;
    for (const p of placed) if (lean(p) < lean(next) && overlaps(p, next)) i = Math.max(i, slot.get(p.key)! + 1);
    while (i < tracks.length && !tracks[i]!.every((t) => !overlaps(t, next))) i++;
    if (i === tracks.length) tracks.push([]);
    tracks[i]!.push(next);
    slot.set(next.key, i);
    placed.push(next);
    done.add(next);
    for (const b of before.get(next)!) {
      waiting.set(b, waiting.get(b)! - 1);
      minTrack.set(b, Math.max(minTrack.get(b) ?? 0, i + 1));
    }
  }
  return { slot, count: tracks.length };
}

/** Width of a gap holding `tracks` tracks; `least` when it needs less. */
const gapWidth = (tracks: number, least: number) => (tracks === 0 ? least : Math.max(least, 2 * CLEARANCE + (tracks - 1) * TRACK_SPACING));

/**
 * The size of a level `placeColumns` would make for a column height (a `LevelEstimate`): edges
 * meeting the same box share one comb, which takes one track in each gap it touches and one lane
 * above the boxes, so a gap is as wide as the combs touching it, not as the edges passing it (ELK's room per edge counted a transit gateway's thousand spokes in
 * every gap, and the import of 1,000 VPCs came out two and a half times as tall as wide).
 * The tracks are an upper bound: `placeColumns` also lets combs whose spans do not overlap share one.
 */
export const estimateColumnLevel: LevelEstimate = (ordered, columnHeight, size, links) => {
  const { columnOf, n, widths, heights } = sketchColumns(ordered, columnHeight, size);
  const degree = new Map<Box, number>();
  for (const link of links) for (const end of link) if (end) degree.set(end, (degree.get(end) ?? 0) + 1);
  // Gap g lies west of column g, as in `placeColumns`; the comb of an edge is its busier end's
  // (a border end is its edge's alone, a number).
  const combsIn: Array<Set<Box | number>> = Array.from({ length: n + 1 }, () => new Set());
  /** Per comb through the lanes: the westmost and eastmost gap it rises from. */
  const laneSpans = new Map<Box | number, { lo: number; hi: number }>();
  links.forEach(([a, b], i) => {
    const key = a && (!b || degree.get(a)! >= degree.get(b)!) ? a : (b ?? i);
    const ca = a ? columnOf.get(a) : undefined;
    const cb = b ? columnOf.get(b) : undefined;
    // The west end leaves its box eastward, the east end enters its box from the west.
    const [west, east] = ca !== undefined && cb !== undefined && cb < ca ? [cb, ca] : [ca, cb];
    const ga = west === undefined ? 0 : west + 1;
    const gb = east === undefined ? n : east;
    if (ga === gb && (west === undefined || east === undefined)) return;
    if (west !== undefined) combsIn[ga]!.add(key);
    if (east !== undefined) combsIn[gb]!.add(key);
    if (ga === gb) return;
    const span = laneSpans.get(key);
    if (span) [span.lo, span.hi] = [Math.min(span.lo, ga, gb), Math.max(span.hi, ga, gb)];
    else laneSpans.set(key, { lo: Math.min(ga, gb), hi: Math.max(ga, gb) });
  });
  // Combs share a lane where their spans do not overlap: as many lanes as spans over the busiest gap.
  const over = new Array<number>(n + 2).fill(0);
  for (const { lo, hi } of laneSpans.values()) {
    over[lo]!++;
    over[hi + 1]!--;
  }
  let lanes = 0;
  for (let g = 0, open = 0; g <= n; g++) lanes = Math.max(lanes, (open += over[g]!));
  const width = widths.reduce((sum, w) => sum + w, 0) + combsIn.reduce((sum, combs, g) => sum + gapWidth(combs.size, g === 0 || g === n ? 0 : LAYER_SPACING), 0);
  const laneArea = lanes === 0 ? 0 : 2 * CLEARANCE + (lanes - 1) * TRACK_SPACING;
  return { width, height: maxOf(heights, (h) => h, 0) + laneArea };
};

/**
 * Lays out one level without ELK: sets the children's positions (relative to the level) and, for a
 * region, its size; returns the routes like `layoutLevel`. `ordered` are the children in reading
 * order, `partitions` their columns.
 */
export function placeColumns(
  level: Box,
  ordered: readonly Box[],
  partitions: ReadonlyMap<Box, number>,
  edges: readonly LevelEdge[],
  lanes: LaneSlots,
  isRegion: boolean,
): LevelOutcome {
  const outcome = emptyOutcome();
  const resolve = (end: LevelEnd, defaultSide: Side): End => (end.type === 'external' ? { external: end.side, side: end.side } : resolveEnd(end, defaultSide, lanes));
  const items = edges.map((edge) => {
    const a = resolve(edge.from, 'E');
    const b = resolve(edge.to, 'W');
    keepEndPieces(outcome, edge.key, a.external ? undefined : a.piece, b.external ? undefined : b.piece);
    return { edge, a, b };
  });

  // Columns, and each box's place in its own: stacked in reading order, centred on the tallest.
  const values = [...new Set(ordered.map((b) => partitions.get(b) ?? 3))].sort((x, y) => x - y);
  const indexOf = new Map(values.map((v, i) => [v, i]));
  const n = values.length;
  const columnOf = (box: Box) => indexOf.get(partitions.get(box) ?? 3)!;
  const members: Box[][] = values.map(() => []);
  for (const box of ordered) members[columnOf(box)]!.push(box);
  const heights = members.map((list) => list.reduce((sum, b) => sum + footprintHeight(b), 0) + NODE_SPACING * Math.max(0, list.length - 1));
  const tallest = maxOf(heights, (h) => h, 0);
  const localY = new Map<Box, number>();
  members.forEach((list, c) => {
    let y = (tallest - heights[c]!) / 2;
    for (const box of list) {
      localY.set(box, y);
      y += footprintHeight(box) + NODE_SPACING;
    }
  });

  // Where each end meets its gap (gap g lies west of column g; gap n east of the last), its height
  // in the stack, and which comb each edge is in: that of its busier end.
  const gapOf = (end: End) => (end.external ? (end.external === 'W' ? 0 : n) : columnOf(end.rep) + (end.side === 'E' ? 1 : 0));
  const yOf = (end: ResolvedEnd) => localY.get(end.rep)! + end.rep.ext.top + end.border.y;
  // Each edge crossing the level's border has an end of its own there: lines sharing a border point would hide each other outside.
  const endKey = (end: End, edge: LevelEdge) => (end.external ? `level|${end.external}|${edge.key}` : `${end.rep.id}|${end.side}|${end.border.x}|${end.border.y}`);
  const degree = new Map<string, number>();
  for (const { edge, a, b } of items) for (const end of [a, b]) degree.set(endKey(end, edge), (degree.get(endKey(end, edge)) ?? 0) + 1);
  /** Above every box: where a vertical that turns into the lane area starts, for sharing tracks. */
  const LANE = -1;
  const trackSpans: TrackSpan[][] = Array.from({ length: n + 1 }, () => []);
  /** Edges through the lane area, with the ends they rise from: a gap, or the level's border. */
  const laneEdges: Array<{ key: string; ends: Array<{ gap: number; external?: Side }> }> = [];
  const routed = items.map(({ edge, a, b }) => {
    const ka = endKey(a, edge);
    const kb = endKey(b, edge);
    const key = (degree.get(ka) ?? 0) >= (degree.get(kb) ?? 0) ? ka : kb;
    const ga = gapOf(a);
    const gb = gapOf(b);
    const straight = ga === gb && (a.external !== undefined || b.external !== undefined);
    const direct = ga === gb && !straight;
    if (direct) {
      const [ya, yb] = [yOf(a as ResolvedEnd), yOf(b as ResolvedEnd)];
      const stubs: TrackSpan = { key, lo: Math.min(ya, yb), hi: Math.max(ya, yb), west: [], east: [] };
      for (const [end, y] of [[a, ya], [b, yb]] as const) (end.side === 'E' ? stubs.west : stubs.east).push(y);
      trackSpans[ga]!.push(stubs);
    } else if (!straight) {
      for (const [end, gap] of [[a, ga], [b, gb]] as const) {
        if (end.external) continue;
        const y = yOf(end);
        trackSpans[gap]!.push({ key, lo: LANE, hi: y, west: end.side === 'E' ? [y] : [], east: end.side === 'W' ? [y] : [] });
      }
      laneEdges.push({ key, ends: [{ gap: ga, external: a.external }, { gap: gb, external: b.external }] });
    }
    return { edge, a, b, key, ga, gb, straight, direct };
  });
  const tracks = trackSpans.map(assignTracks);

  // Across: the gaps as wide as their tracks need, the columns as wide as their widest box.
  const left = isRegion ? PADDING : 0;
  const gapX: number[] = [];
  const columnX: number[] = [];
  let x = left;
  for (let g = 0; g <= n; g++) {
    gapX.push(x);
    x += gapWidth(tracks[g]!.count, g === 0 || g === n ? 0 : LAYER_SPACING);
    if (g < n) {
      columnX.push(x);
      x += maxOf(members[g]!, footprintWidth, 0);
    }
  }
  const right = x;
  const trackX = (gap: number, key: string) => {
    const { slot, count } = tracks[gap]!;
    const width = gapWidth(count, gap === 0 || gap === n ? 0 : LAYER_SPACING);
    return gapX[gap]! + (width - (count - 1) * TRACK_SPACING) / 2 + slot.get(key)! * TRACK_SPACING;
  };
  const borderX = (side: Side) => (side === 'W' ? 0 : level.width);

  // Down: the title, the lanes, then the boxes.
  const lanesOf = assignLanes(
    laneEdges.map(({ key, ends }) => {
      const xs = ends.map(({ gap, external }) => (external ? (external === 'W' ? 0 : right + PADDING) : trackX(gap, key)));
      return { key, lo: Math.min(...xs), hi: Math.max(...xs) };
    }),
  );
  const min = NODE_KINDS.region.container.minSize;
  // The region's width is not known yet: the title bar at the narrowest the region may be is the tallest it can be.
  const top = isRegion ? headerOf(level, min.width) + PADDING : 0;
  const laneArea = lanesOf.count === 0 ? 0 : 2 * CLEARANCE + (lanesOf.count - 1) * TRACK_SPACING;
  const stackTop = top + laneArea;
  const laneY = (key: string) => top + CLEARANCE + lanesOf.slot.get(key)! * TRACK_SPACING;

  for (const box of ordered) {
    box.x = columnX[columnOf(box)]! + box.ext.left;
    box.y = stackTop + localY.get(box)! + box.ext.top;
  }
  if (isRegion) {
    level.width = Math.max(min.width, right + PADDING);
    level.height = Math.max(min.height, stackTop + tallest + PADDING);
  }

  const pointOf = (end: ResolvedEnd): Position => ({ x: end.rep.x + end.border.x, y: end.rep.y + end.border.y });
  for (const { edge, a, b, key, ga, gb, straight, direct } of routed) {
    let points: Position[];
    if (straight) {
      const inner = a.external ? pointOf(b as ResolvedEnd) : pointOf(a as ResolvedEnd);
      const outer = { x: borderX((a.external ?? b.external)!), y: inner.y };
      points = a.external ? [outer, inner] : [inner, outer];
    } else if (direct) {
      const pa = pointOf(a as ResolvedEnd);
      const pb = pointOf(b as ResolvedEnd);
      const tx = trackX(ga, key);
      points = [pa, { x: tx, y: pa.y }, { x: tx, y: pb.y }, pb];
    } else {
      const y = laneY(key);
      const via = (end: End, gap: number): Position[] => {
        if (end.external) return [{ x: borderX(end.external), y }];
        const p = pointOf(end);
        const tx = trackX(gap, key);
        return [p, { x: tx, y: p.y }, { x: tx, y }];
      };
      points = [...via(a, ga), ...via(b, gb).reverse()];
    }
    for (const [end, at] of [[a, points[0]!], [b, points[points.length - 1]!]] as const) {
      if (end.external) outcome.external.set(edge.key, { point: at, side: end.external });
    }
    outcome.sections.set(edge.key, { frame: level, points: simplify(points) });
  }
  return outcome;
}
