/**
 * The levels ELK arranges: the whole diagram and each top-level region. Their children are boxes
 * this module has already arranged inside (VPCs, sites) or leaves, so ELK sees a small graph of
 * fixed-size nodes with fixed ports, and routes the edges between them orthogonally.
 *
 * Columns are planned here (`planPartitions`) and given to ELK as layers (interactive layering):
 * on-premises sites and the internet first, then hybrid connections (Direct Connect, VPN), then
 * hubs (Direct Connect gateways, transit gateways), then the networks (VPCs, regions), wrapped
 * into as many columns as keep the diagram near `TARGET_ASPECT`.
 */
import type { ElkExtendedEdge, ElkNode, ElkPort } from 'elkjs/lib/elk-api';
import type { Position } from '../document/types';
import { NODE_KINDS, nodeKindSpec, type LayoutRole } from '../kinds/node-kinds';
import { HEADER, ICON_CENTER_Y, LAYER_SPACING, NODE_SPACING, PADDING } from './constants';
import { maxOf, minOf } from './extremes';
import { escapeRoute, LaneSlots, simplify } from './routes';
import { footprintHeight, footprintWidth, headerOf, type Box, type Side } from './tree';
import type { ElkRunner } from './types';

/** Role of a node in the left-to-right reading order: its first column. */
export type Role = 0 | 1 | 2 | 3;

/** The registry's layout roles in reading order. */
const ROLE_COLUMN: Record<LayoutRole, Role> = { site: 0, hybrid: 1, hub: 2, network: 3 };

/** Sites 0, hybrid connections 1, hubs 2, networks (VPCs, regions, and the root) 3. */
export function roleOf(box: Box): Role {
  return box.kind ? ROLE_COLUMN[nodeKindSpec(box.kind).layoutRole] : 3;
}

/** How an edge meets a level. */
export type LevelEnd =
  /** `end` is `rep` or lies inside it; `rep` is a child of the level. `side` overrides east for `from`, west for `to`. */
  | { type: 'node'; end: Box; rep: Box; side?: Side }
  /** A port already fixed on `rep` (a region laid out before the level), in `rep`'s coordinates. */
  | { type: 'port'; rep: Box; point: Position; side: Side }
  /** The level's own border (for a region: the edge continues outside it). */
  | { type: 'external'; side: Side };

/** One edge of a level, oriented the way ELK should read it (left to right). */
export interface LevelEdge {
  key: string;
  from: LevelEnd;
  to: LevelEnd;
  /**
   * Set when both ends are in the same column (partition). ELK would push one end into a column
   * of its own; instead such an edge is kept from ELK and runs down the free gap east of the column.
   */
  column?: number;
}

/** A route piece in the coordinates of `frame`, oriented like its edge. */
export interface Piece {
  frame: Box;
  points: Position[];
}

/** What a level's layout gives back, per edge key. */
export interface LevelOutcome {
  /** Inside the `from` end's box, from the end to the box's border (absent for leaves and fixed ports). */
  fromPieces: Map<string, Piece>;
  /** ELK's route at this level. */
  sections: Map<string, Piece>;
  /** Inside the `to` end's box, from the border to the end. */
  toPieces: Map<string, Piece>;
  /** Where each edge crosses the level's own border, in the level's coordinates. */
  external: Map<string, { point: Position; side: Side }>;
}

/** Packs heights in order into columns no taller than `limit` (one box may exceed it alone); returns each one's column. */
function pack(heights: readonly number[], limit: number): number[] {
  const columns: number[] = [];
  let column = 0;
  let height = 0;
  for (const h of heights) {
    if (height > 0 && height + h > limit) {
      column++;
      height = 0;
    }
    height += h + NODE_SPACING;
    columns.push(column);
  }
  return columns;
}

/**
 * Partitions of a level's children: roles 0–2 one column each, networks packed in order into
 * columns no taller than `columnHeight` (or the tallest network), then evened out so that the
 * last column is not left nearly empty.
 */
export function planPartitions(ordered: readonly Box[], columnHeight: number, heightOf: (b: Box) => number = footprintHeight): Map<Box, number> {
  const out = new Map<Box, number>();
  const networks = ordered.filter((b) => roleOf(b) === 3);
  const heights = networks.map(heightOf);
  const tallest = maxOf(heights, (v) => v, 0);
  let columns = pack(heights, Math.max(columnHeight, tallest));
  const count = columns.length > 0 ? columns[columns.length - 1]! + 1 : 0;
  if (count > 1) {
    // The lowest limit that still fits in as many columns.
    const total = heights.reduce((sum, h) => sum + h + NODE_SPACING, 0);
    const step = Math.max(1, minOf(heights, (v) => v) / 4);
    for (let limit = Math.max(tallest, total / count - NODE_SPACING); limit <= Math.max(columnHeight, tallest); limit += step) {
      const even = pack(heights, limit);
      if (even[even.length - 1]! + 1 <= count) {
        columns = even;
        break;
      }
    }
  }
  networks.forEach((box, i) => out.set(box, 3 + columns[i]!));
  for (const box of ordered) {
    const role = roleOf(box);
    if (role < 3) out.set(box, role);
  }
  return out;
}

/** The columns `planPartitions` would make of a level: each box's, how many, and each one's width and stacked height. */
export function sketchColumns(
  ordered: readonly Box[],
  columnHeight: number,
  size: (b: Box) => { width: number; height: number },
): { columnOf: Map<Box, number>; n: number; widths: number[]; heights: number[] } {
  const partitions = planPartitions(ordered, columnHeight, (b) => size(b).height);
  const values = [...new Set(partitions.values())].sort((a, b) => a - b);
  const columnOf = new Map([...partitions].map(([box, p]) => [box, values.indexOf(p)]));
  const n = values.length;
  const widths = new Array<number>(n).fill(0);
  const heights = new Array<number>(n).fill(-NODE_SPACING);
  for (const box of ordered) {
    const c = columnOf.get(box)!;
    const s = size(box);
    widths[c] = Math.max(widths[c]!, s.width);
    heights[c]! += s.height + NODE_SPACING;
  }
  return { columnOf, n, widths, heights };
}

/**
 * A level's size for a column height: `estimateLevel` for ELK, `estimateColumnLevel`
 * (column-level.ts) for the column placer. `links` are the pairs of boxes joined by an edge
 * (undefined: the level's own border, west for the first of the pair, east for the second).
 */
export type LevelEstimate = (
  ordered: readonly Box[],
  columnHeight: number,
  size: (b: Box) => { width: number; height: number },
  links: ReadonlyArray<readonly [Box | undefined, Box | undefined]>,
) => { width: number; height: number };

/** Room ELK gives each edge running through a gap between columns, or past the boxes of a column. */
const EDGE_ROOM_IN_GAP = 12;
const EDGE_ROOM_IN_COLUMN = 24;

/**
 * The size of a level laid out in the columns `planPartitions` would make: boxes, the gaps between
 * columns, and the room ELK adds for the edges that run through each gap and past each column.
 */
export const estimateLevel: LevelEstimate = (ordered, columnHeight, size, links) => {
  const { columnOf, n, widths, heights } = sketchColumns(ordered, columnHeight, size);
  const gapEdges = new Array<number>(Math.max(0, n - 1)).fill(0);
  const passing = new Array<number>(n).fill(0);
  for (const [a, b] of links) {
    const ca = a ? (columnOf.get(a) ?? -1) : -1;
    const cb = b ? (columnOf.get(b) ?? n) : n;
    const lo = Math.min(ca, cb);
    const hi = Math.max(ca, cb);
    for (let g = Math.max(0, lo); g < Math.min(hi, n - 1); g++) gapEdges[g]!++;
    for (let c = lo + 1; c < hi && c < n; c++) if (c >= 0) passing[c]!++;
  }
  const width = widths.reduce((sum, w) => sum + w, 0) + gapEdges.reduce((sum, e) => sum + LAYER_SPACING + EDGE_ROOM_IN_GAP * e, 0);
  const height = maxOf(heights.keys(), (c) => heights[c]! + EDGE_ROOM_IN_COLUMN * passing[c]!, 0);
  return { width, height };
};

/** A level to estimate: its children in reading order and the pairs of them joined by edges. */
export interface LevelSketch {
  ordered: readonly Box[];
  links: ReadonlyArray<readonly [Box | undefined, Box | undefined]>;
}

/** The column heights `chooseColumnHeights` picks: inside the regions, and at the top level that holds them. */
export interface ColumnHeights {
  inner: number;
  top: number;
}

/** Above this many networks at the top level, its column height is the regions' own (searching it apart would cost more than it gains). */
const TOP_SEARCH_LIMIT = 100;

/**
 * The column heights that bring the whole diagram closest to `targetAspect`, found by estimating
 * the diagram's size (`estimate`) for a range of heights: the regions first, then the top level
 * holding them. `levels` lists the regions before the top level `root`. With `stackRegions`
 * (the column placer's levels), the top level has a height of its own, so that regions may stack:
 * with one height for both, a region is about as tall as a column and the regions stood side by
 * side however many they were (six regions of 2,000 nodes came out 2.1 as wide as tall). ELK's top
 * level keeps the regions' height: stacked there, ELK ran lines from the sites through the regions.
 */
export function chooseColumnHeights(
  root: Box,
  levels: ReadonlyMap<Box, LevelSketch>,
  targetAspect: number,
  { estimate = estimateLevel, stackRegions = false }: { estimate?: LevelEstimate; stackRegions?: boolean } = {},
): ColumnHeights {
  const heights: number[] = [];
  for (const { ordered } of levels.values()) {
    for (const box of ordered) if (roleOf(box) === 3 && box.strategy !== 'elk') heights.push(footprintHeight(box));
  }
  if (heights.length === 0) return { inner: 0, top: 0 };
  const low = maxOf(heights, (v) => v);
  const high = heights.reduce((a, b) => a + b + NODE_SPACING, 0);
  const top = levels.get(root);
  const topNetworks = top ? top.ordered.filter((b) => roleOf(b) === 3) : [];
  const searchTop = stackRegions && levels.size > 1 && topNetworks.length <= TOP_SEARCH_LIMIT;
  // The coarse pass's neighbours are a third apart from a thousand VPCs up: a fine pass follows
  // between the best's neighbours.
  const steps = 24;
  const range = (from: number, to: number) => Array.from({ length: steps + 1 }, (_, i) => from * Math.pow(to / from, i / steps));
  const factor = Math.pow(high / low, 1 / steps);
  let best: ColumnHeights = { inner: low, top: low };
  let bestScore = Infinity;
  for (const pass of [0, 1]) {
    const inners = pass === 0 ? range(low, high) : range(Math.max(low, best.inner / factor), Math.min(high, best.inner * factor));
    for (const inner of inners) {
      const regionSizes = new Map<Box, { width: number; height: number }>();
      const size = (b: Box) => regionSizes.get(b) ?? { width: footprintWidth(b), height: footprintHeight(b) };
      for (const [level, sketch] of levels) {
        if (level === root) continue;
        const estimated = estimate(sketch.ordered, inner, size, sketch.links);
        regionSizes.set(level, { width: estimated.width + 2 * PADDING, height: estimated.height + headerOf(level, estimated.width + 2 * PADDING) + 2 * PADDING });
      }
      const topHeights = topNetworks.map((b) => size(b).height);
      const tops = searchTop && topHeights.length > 1 ? [inner, ...range(maxOf(topHeights, (v) => v), topHeights.reduce((a, b) => a + b + NODE_SPACING, 0))] : [inner];
      for (const height of tops) {
        const whole = top ? estimate(top.ordered, height, size, top.links) : { width: 0, height: 0 };
        if (whole.width <= 0 || whole.height <= 0) continue;
        const score = Math.abs(Math.log(whole.width / whole.height / targetAspect));
        if (score < bestScore - 1e-9) [best, bestScore] = [{ inner, top: height }, score];
      }
    }
  }
  return best;
}

const BASE_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'ORTHOGONAL',
  // Columns are planned here (`planPartitions`), so ELK is told them through its interactive
  // layering (a layer per column, from the x given to each box) rather than through partitions:
  // ELK enforces partitions with an edge from every box of a column to every box of the next,
  // and laying those out was most of the time of a region of a few hundred VPCs (measured: about
  // 3 s of CPU for 172 boxes, 1.1 s with the columns given as layers, the same columns out).
  'elk.layered.layering.strategy': 'INTERACTIVE',
  // Disconnected parts stay in their partitions' columns instead of being packed aside.
  'elk.separateConnectedComponents': 'false',
  'elk.spacing.nodeNode': String(NODE_SPACING),
  'elk.layered.spacing.nodeNodeBetweenLayers': String(LAYER_SPACING),
  'elk.spacing.edgeNode': '20',
  'elk.layered.spacing.edgeNodeBetweenLayers': '20',
  'elk.spacing.edgeEdge': '12',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '12',
  // Brandes–Köpf straightens long edges by spreading a column's nodes far apart; the simple
  // placement keeps hub-and-spoke columns compact, which matters more here.
  'elk.layered.nodePlacement.strategy': 'SIMPLE',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.randomSeed': '1',
};

/**
 * Above this much work, ELK keeps the order given within each column (the reading order: spokes
 * of one hub together) instead of sweeping the columns to reduce crossings. The work is the boxes
 * plus the columns each edge crosses (ELK puts a dummy box in every column an edge runs through),
 * which the sweeps go over again and again: measured on a region of 172 VPCs and 250 edges (work
 * about 750), they were 1.7 s of ELK's 2.1 s of CPU, and on the 14 boxes and 196 edges (work about
 * 1,000) of the top level of a 5,000-node sample most of its 1.2 s; levels of networks up to
 * 1,000 nodes stay under 150 and keep the sweeps. On a level this large the reading order already
 * keeps each hub's spokes together.
 */
export const SWEEP_LIMIT = 300;

/**
 * Above this many columns crossed by edges that skip a column, a region's long edges run on a bus
 * drawn here instead of through ELK. ELK carries an edge across every column it passes as a chain
 * of dummy nodes and routes every gap orthogonally: a transit gateway with 1,000 VPC attachments in
 * ten columns (a typical imported account) made 4,500 dummies and 30 s of ELK, against 1.8 s for
 * the same boxes without those edges.
 */
export const BUS_LIMIT = 400;

/** Whether a region's edges that skip columns are many enough to go on the bus (`BUS_LIMIT`). */
function busLevel(ordered: readonly Box[], partitions: ReadonlyMap<Box, number>, edges: readonly LevelEdge[]): boolean {
  const inLevel = new Set(ordered);
  let skipped = 0;
  for (const edge of edges) {
    if (edge.from.type === 'external' || edge.to.type === 'external') continue;
    if (!inLevel.has(edge.from.rep) || !inLevel.has(edge.to.rep)) continue;
    const gap = Math.abs((partitions.get(edge.from.rep) ?? 3) - (partitions.get(edge.to.rep) ?? 3));
    if (gap >= 2) skipped += gap - 1;
  }
  return skipped > BUS_LIMIT;
}

/**
 * The bus: from the west end, out beside its column, up into the lane between the region's title
 * and its boxes, along it to the target's column, and down beside that column into the east end.
 * The lanes run 10 px from the boxes, inside ELK's own 20 px edge spacing, so they cross neither
 * boxes nor ELK's edges; each source gets its own lane offsets, so two hubs' buses stay apart, and
 * the spokes of one hub share their segments like a drawn bus.
 */
function routeOnBus(
  level: Box,
  ordered: readonly Box[],
  partitions: ReadonlyMap<Box, number>,
  onBus: ReadonlyArray<{ edge: LevelEdge; west: Resolved; east: Resolved; reversed: boolean }>,
  lanes: LaneSlots,
  outcome: LevelOutcome,
): void {
  if (onBus.length === 0) return;
  const columns = new Map<number, Box[]>();
  for (const box of ordered) {
    const column = partitions.get(box) ?? 3;
    const list = columns.get(column);
    if (list) list.push(box);
    else columns.set(column, [box]);
  }
  const top = minOf(ordered, (m) => m.y - m.ext.top);
  // One offset per source in each lane: the lane's next slot the first time a source uses it.
  const slot = new Map<string, number>();
  const offset = (lane: string, source: string) => {
    const key = `${lane}#${source}`;
    let value = slot.get(key);
    if (value === undefined) slot.set(key, (value = lanes.next(lane)));
    return value;
  };
  for (const { edge, west, east, reversed } of onBus) {
    const fromColumn = partitions.get(west.rep!) ?? 3;
    const toColumn = partitions.get(east.rep!) ?? 3;
    const source = `${west.rep!.id}|${west.port}`;
    const outX = maxOf(columns.get(fromColumn)!, (m) => m.x + m.width) + 10 + offset(`${level.id}|bus-out|${fromColumn}`, source);
    const laneY = top - 10 + offset(`${level.id}|bus-top`, source);
    const inX = minOf(columns.get(toColumn)!, (m) => m.x - m.ext.left) - 10 + offset(`${level.id}|bus-in|${toColumn}`, source);
    const pa = { x: west.rep!.x + west.border!.x, y: west.rep!.y + west.border!.y };
    const pb = { x: east.rep!.x + east.border!.x, y: east.rep!.y + east.border!.y };
    const points = simplify([pa, { x: outX, y: pa.y }, { x: outX, y: laneY }, { x: inX, y: laneY }, { x: inX, y: pb.y }, pb]);
    outcome.sections.set(edge.key, { frame: level, points: reversed ? points.reverse() : points });
  }
}

/** x given to a box of column `c` for ELK's interactive layering: columns wider apart than any box. */
const columnX = (column: number, span: number) => column * span;

interface PortSpec {
  id: string;
  x: number;
  y: number;
  side: Side;
}

const elkSide = (side: Side) => (side === 'W' ? 'WEST' : 'EAST');

/** An end of a level's edge on one of its children: the piece inside the child (from the end to its border), and where it meets the border, in the child's coordinates. */
export interface ResolvedEnd {
  side: Side;
  rep: Box;
  border: Position;
  piece?: Piece;
}

/** An end resolved to an ELK port (a gate's, without `rep`, for the level's own border). */
type Resolved = { port: string; side: Side } & Partial<ResolvedEnd>;

/**
 * Where an edge meets the child `end` lies in, and the route inside that child: leaves at the
 * icon's centre height, containers in their title bar or along the lanes of their grid
 * (`escapeRoute`), mounted gateways from their own side, fixed ports where they are.
 */
export function resolveEnd(end: Exclude<LevelEnd, { type: 'external' }>, defaultSide: Side, lanes: LaneSlots): ResolvedEnd {
  if (end.type === 'port') return { rep: end.rep, border: end.point, side: end.side };
  const { end: node, rep } = end;
  const side = end.side ?? defaultSide;
  if (rep === node && rep.strategy === 'leaf') {
    return { rep, border: { x: side === 'W' ? 0 : rep.width, y: Math.min(rep.height / 2, ICON_CENTER_Y) }, side };
  }
  let s: Side = node.mount && node.parent === rep ? 'W' : side;
  const route = (sd: Side): Position[] => (rep === node ? [{ x: sd === 'W' ? 0 : rep.width, y: HEADER / 2 }] : escapeRoute(node, rep, sd, lanes));
  let points = route(s);
  if (s === 'W' && !node.mount) {
    // Leaving west must not run into a gateway mounted on the left edge.
    const y = points[points.length - 1]!.y;
    const blocked = rep.children.some((c) => c.mount === 'left' && y >= c.y - 2 && y <= c.y + c.height + 2);
    if (blocked) {
      s = 'E';
      points = route(s);
    }
  }
  const last = points[points.length - 1]!;
  if (s === 'W' && last.x > -rep.ext.left) points = [...points, { x: -rep.ext.left, y: last.y }];
  return { piece: { frame: rep, points }, rep, border: points[points.length - 1]!, side: s };
}

/** A level's outcome before anything is laid out. */
export const emptyOutcome = (): LevelOutcome => ({ fromPieces: new Map(), sections: new Map(), toPieces: new Map(), external: new Map() });

/** Keeps the pieces of an edge inside its two ends' boxes (`to`'s turned to run from the border to the end). */
export function keepEndPieces(outcome: LevelOutcome, key: string, from: Piece | undefined, to: Piece | undefined): void {
  if (from) outcome.fromPieces.set(key, from);
  if (to) outcome.toPieces.set(key, { frame: to.frame, points: [...to.points].reverse() });
}

function sectionPoints(edge: ElkExtendedEdge | undefined): Position[] | undefined {
  const section = edge?.sections?.[0];
  if (!section) return undefined;
  return [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map((p) => ({ x: p.x, y: p.y }));
}

/**
 * Lays out one level: sets the children's positions (relative to the level) and, for a region,
 * its size. `ordered` are the children in reading order, `partitions` their columns.
 */
export async function layoutLevel(
  elk: ElkRunner,
  level: Box,
  ordered: readonly Box[],
  partitions: ReadonlyMap<Box, number>,
  edges: readonly LevelEdge[],
  lanes: LaneSlots,
  isRegion: boolean,
): Promise<LevelOutcome> {
  const outcome = emptyOutcome();
  const nodeIds = new Map<Box, string>();
  ordered.forEach((box, i) => nodeIds.set(box, `n${i}`));
  const ports = new Map<Box, PortSpec[]>();
  const portByKey = new Map<string, PortSpec>();
  // ELK mishandles a region's own ports together with partitions (it throws on some graphs), so an
  // edge leaving the region starts from a "gate": an invisible node in an extra first or last column.
  const gatePorts: Record<Side, ElkPort[]> = { W: [], E: [] };
  let portCount = 0;

  const portOn = (rep: Box, x: number, y: number, side: Side): string => {
    const key = `${nodeIds.get(rep)}|${side}|${x}|${y}`;
    let port = portByKey.get(key);
    if (!port) {
      port = { id: `p${portCount++}`, x, y, side };
      portByKey.set(key, port);
      const list = ports.get(rep);
      if (list) list.push(port);
      else ports.set(rep, [port]);
    }
    return port.id;
  };

  /** The ELK port of one end (a gate's port for the level's own border). */
  const resolve = (end: LevelEnd, defaultSide: Side): Resolved => {
    if (end.type === 'external') {
      const id = `x${portCount++}`;
      // The gate on the west faces east, and the other way round.
      gatePorts[end.side].push({ id, width: 0, height: 0, layoutOptions: { 'elk.port.side': elkSide(end.side === 'W' ? 'E' : 'W') } });
      return { port: id, side: end.side };
    }
    const found = resolveEnd(end, defaultSide, lanes);
    return { ...found, port: portOn(found.rep, found.border.x + found.rep.ext.left, found.border.y + found.rep.ext.top, found.side) };
  };

  const elkEdges: ElkExtendedEdge[] = [];
  const edgeKeys = new Map<string, LevelEdge>();
  const byHand: Array<{ edge: LevelEdge; a: Resolved; b: Resolved; column: number }> = [];
  const onBus: Array<{ edge: LevelEdge; west: Resolved; east: Resolved; reversed: boolean }> = [];
  const bus = isRegion && busLevel(ordered, partitions, edges);
  edges.forEach((edge, i) => {
    const a = resolve(edge.from, 'E');
    const b = resolve(edge.to, 'W');
    keepEndPieces(outcome, edge.key, a.piece, b.piece);
    if (edge.column !== undefined && a.side === b.side && a.rep && b.rep) {
      byHand.push({ edge, a, b, column: edge.column });
      return;
    }
    if (bus && a.rep && b.rep) {
      const gap = (partitions.get(b.rep) ?? 3) - (partitions.get(a.rep) ?? 3);
      if (gap >= 2 && a.side === 'E' && b.side === 'W') return void onBus.push({ edge, west: a, east: b, reversed: false });
      if (gap <= -2 && a.side === 'W' && b.side === 'E') return void onBus.push({ edge, west: b, east: a, reversed: true });
    }
    const id = `e${i}`;
    edgeKeys.set(id, edge);
    elkEdges.push({ id, sources: [a.port], targets: [b.port] });
  });

  // Column 0 is the west gate's; the children's columns move one up. Each box's x names its column
  // (interactive layering), its y its place in the column, stacked in reading order: when ELK does
  // not sweep, it keeps that order and places the edges passing a column where a straight line
  // between their ends would, so the y are the column's real stacking, not mere ranks.
  const span = 2 * maxOf(ordered, (b) => footprintWidth(b), 1) + 2;
  const stacked = new Map<number, number>();
  const columnY = new Map<Box, number>();
  for (const box of ordered) {
    const column = partitions.get(box) ?? 3;
    const y = stacked.get(column) ?? 0;
    columnY.set(box, y);
    stacked.set(column, y + footprintHeight(box) + NODE_SPACING);
  }
  const middle = maxOf(stacked.values(), (v) => v, 0) / 2;
  const children: ElkNode[] = ordered.map((box) => {
    const list = ports.get(box) ?? [];
    return {
      id: nodeIds.get(box)!,
      x: columnX((partitions.get(box) ?? 3) + 1, span),
      y: columnY.get(box)!,
      width: footprintWidth(box),
      height: footprintHeight(box),
      layoutOptions: { 'elk.portConstraints': 'FIXED_POS' },
      ports: list.map((p) => ({ id: p.id, x: p.x, y: p.y, width: 0, height: 0, layoutOptions: { 'elk.port.side': elkSide(p.side) } })),
    };
  });
  const lastPartition = maxOf(partitions.values(), (v) => v, 3) + 2;
  const gate = (side: Side): ElkNode => ({
    id: `gate-${side}`,
    x: columnX(side === 'W' ? 0 : lastPartition, span),
    y: middle,
    width: 1,
    height: 1,
    layoutOptions: {
      'elk.portConstraints': 'FIXED_SIDE',
      'elk.nodeSize.constraints': '[PORTS]',
      'elk.spacing.portPort': '12',
    },
    ports: gatePorts[side],
  });
  if (gatePorts.W.length > 0) children.unshift(gate('W'));
  if (gatePorts.E.length > 0) children.push(gate('E'));

  const columns = [...new Set(children.map((c) => c.x!))].sort((a, b) => a - b);
  const columnOfPort = new Map<string, number>();
  for (const c of children) for (const port of c.ports ?? []) columnOfPort.set(port.id, columns.indexOf(c.x!));
  const crossed = elkEdges.reduce((sum, e) => sum + Math.abs(columnOfPort.get(e.sources[0]!)! - columnOfPort.get(e.targets[0]!)!), 0);
  const options: Record<string, string> =
    ordered.length + crossed > SWEEP_LIMIT ? { ...BASE_OPTIONS, 'elk.layered.crossingMinimization.strategy': 'INTERACTIVE' } : BASE_OPTIONS;
  let graph: ElkNode;
  let read: (out: ElkNode) => ElkNode | undefined;
  if (isRegion) {
    const min = NODE_KINDS.region.container.minSize;
    // ELK chooses the width: the title bar at the narrowest the region may be never reaches the children.
    const header = headerOf(level, min.width);
    const region: ElkNode = {
      id: 'level',
      layoutOptions: {
        ...options,
        'elk.padding': `[top=${header + PADDING},left=${PADDING},bottom=${PADDING},right=${PADDING}]`,
        'elk.nodeSize.constraints': '[MINIMUM_SIZE]',
        'elk.nodeSize.minimum': `(${min.width}, ${min.height})`,
      },
      children,
      edges: elkEdges,
    };
    // The region is laid out as a child of a fixed wrapper so that ELK computes its size (with a minimum).
    graph = { id: 'wrapper', layoutOptions: { 'elk.algorithm': 'fixed' }, children: [region] };
    read = (out) => out.children?.[0];
  } else {
    graph = { id: 'level', layoutOptions: { ...options, 'elk.padding': '[top=0,left=0,bottom=0,right=0]' }, children, edges: elkEdges };
    read = (out) => out;
  }

  const result = read(await elk.layout(graph));
  if (!result) throw new Error('ELK returned no layout');
  const placed = new Map((result.children ?? []).map((c) => [c.id, c]));
  for (const box of ordered) {
    const c = placed.get(nodeIds.get(box)!);
    box.x = (c?.x ?? 0) + box.ext.left;
    box.y = (c?.y ?? 0) + box.ext.top;
  }
  if (isRegion) {
    level.width = result.width ?? NODE_KINDS.region.container.minSize.width;
    level.height = result.height ?? NODE_KINDS.region.container.minSize.height;
  }
  // Edges within one column run down the gap beside it, clear of ELK's own edges (kept 20 px from boxes).
  for (const { edge, a, b, column } of byHand) {
    const members = ordered.filter((box) => partitions.get(box) === column);
    const east = a.side === 'E';
    const edgeX = east ? maxOf(members, (m) => m.x + m.width) : minOf(members, (m) => m.x - m.ext.left);
    const laneX = edgeX + (east ? 10 : -10) + lanes.next(`${level.id}|column|${column}|${a.side}`);
    const pa = { x: a.rep!.x + a.border!.x, y: a.rep!.y + a.border!.y };
    const pb = { x: b.rep!.x + b.border!.x, y: b.rep!.y + b.border!.y };
    outcome.sections.set(edge.key, { frame: level, points: simplify([pa, { x: laneX, y: pa.y }, { x: laneX, y: pb.y }, pb]) });
  }
  routeOnBus(level, ordered, partitions, onBus, lanes, outcome);
  // From a gate, an edge runs straight on to the region's border.
  const borderX = (side: Side) => (side === 'W' ? 0 : level.width);
  for (const e of result.edges ?? []) {
    const edge = edgeKeys.get(e.id);
    let points = sectionPoints(e as ElkExtendedEdge);
    if (!edge || !points) continue;
    if (edge.from.type === 'external') {
      const border = { x: borderX(edge.from.side), y: points[0]!.y };
      points = [border, ...points];
      outcome.external.set(edge.key, { point: border, side: edge.from.side });
    }
    if (edge.to.type === 'external') {
      const border = { x: borderX(edge.to.side), y: points[points.length - 1]!.y };
      points = [...points, border];
      outcome.external.set(edge.key, { point: border, side: edge.to.side });
    }
    outcome.sections.set(edge.key, { frame: level, points: simplify(points) });
  }
  return outcome;
}
