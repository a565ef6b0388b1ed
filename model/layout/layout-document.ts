/**
 * Auto-layout of a topology document: `layoutDocument(doc, { elk, sizes?, scope? })`.
 *
 * The layout is computed per level, deepest first:
 * 1. subnets, on-premises sites and other simple containers arrange their children in a grid;
 * 2. each VPC arranges its subnets in availability-zone columns (public above private), its other
 *    resources below them, and its gateways on its edge (boxes.ts);
 * 3. ELK arranges each top-level region, with those VPCs as fixed boxes, in columns that read left
 *    to right: hybrid connections, hubs, then the VPCs wrapped into several columns;
 * 4. ELK arranges the whole diagram the same way: on-premises sites and the internet, hybrid
 *    connections, Direct Connect gateways and other hubs, then regions and VPCs.
 * Edges inside a VPC or site leave it through the lanes its grid keeps free (routes.ts); ELK
 * routes them from there, and the pieces are joined into one polyline per connection.
 *
 * Deterministic: children are sorted (kind, name, id), connections by id, and ELK is run with a
 * fixed seed on graphs built in that order.
 */
import type { Connection, ConnectionId, NodeId, Position, TopologyDocument, TopologyNode } from '../document/types';
import { defaultSize } from '../edit/geometry';
import { COLUMNS_FROM_NODES, ICON_CENTER_Y, LAYER_SPACING, LEAF_GAP, NODE_SPACING, PADDING, SUBNET_GAP, TARGET_ASPECT } from './constants';
import { arrangeSubtree } from './boxes';
import { estimateColumnLevel, placeColumns } from './column-level';
import { chooseColumnHeights, estimateLevel, layoutLevel, planPartitions, roleOf, type LevelEdge, type LevelEstimate, type LevelSketch, type LevelEnd, type LevelOutcome, type Piece } from './elk-level';
import { maxOf, minOf } from './extremes';
import { internalRoute, LaneSlots, simplify } from './routes';
import { absoluteOf, buildTree, childToward, compareNodes, compareText, containsBox, footprintHeight, footprintWidth, headerOf, lowestCommonBox, type Box, type LayoutTree } from './tree';
import type { EdgeRoute, LayoutRequest, LayoutResult, LayoutScope } from './types';

/** The end leaving east (a fixed port keeps its side; the edge is then left to ELK). */
const eastward = (end: LevelEnd): LevelEnd => (end.type === 'node' ? { ...end, side: 'E' } : end);

/** A connection to route, oriented the way the layout reads it (left to right). */
interface Plan {
  connection: Connection;
  from: Box;
  to: Box;
  /** True when `from` is the connection's target, so the route is reversed at the end. */
  reversed: boolean;
  lca: Box;
}

/**
 * Lays out a document (see the module comment and `LayoutScope`). Returns a new document; the
 * input is not changed.
 */
export async function layoutDocument(doc: TopologyDocument, request: LayoutRequest): Promise<LayoutResult> {
  const scope: LayoutScope = request.scope ?? { kind: 'all' };
  const tree = buildTree(doc, request.sizes);
  readStoredGeometry(tree);
  const run = new LayoutRun(tree, doc, request);
  if (scope.kind === 'all') await run.layoutAll();
  else if (scope.kind === 'container') await run.layoutContainer(scope.id);
  else await run.layoutSelection(scope.ids);
  return run.result();
}

/** Fixed parts keep what the document says (missing positions are 0, missing sizes the editor's defaults). */
function readStoredGeometry(tree: LayoutTree): void {
  for (const box of tree.byId.values()) {
    const node = box.node;
    if (!node) continue;
    box.x = finiteOr(node.position?.x, 0);
    box.y = finiteOr(node.position?.y, 0);
    if (box.strategy !== 'leaf') {
      const size = node.size ?? defaultSize(node.kind);
      box.width = finiteOr(size.width, defaultSize(node.kind).width);
      box.height = finiteOr(size.height, defaultSize(node.kind).height);
    }
  }
  for (const box of tree.byId.values()) {
    const mounted = box.children.filter((c) => c.mount);
    box.ext = {
      left: maxOf(mounted, (c) => -c.x, 0),
      top: maxOf(mounted, (c) => -c.y, 0),
    };
  }
}

function finiteOr(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) ? value : fallback;
}

class LayoutRun {
  private readonly plans: Plan[] = [];
  private readonly lanes = new LaneSlots();
  private readonly pieces = new Map<string, Piece[]>();
  private readonly laidOut = new Set<Box>();
  /** Outcomes of top-level regions, for the edges that leave them. */
  private readonly regionOutcomes = new Map<Box, LevelOutcome>();
  /** The column (ELK partition) of each child of each level laid out. */
  private readonly partitions = new Map<Box, Map<Box, number>>();
  /** Whether the levels go to the column placer rather than to ELK (`LayoutRequest.placer`). */
  private readonly byColumns: boolean;
  /** How a level's size is estimated when choosing the column height: as the placer in use lays it out. */
  private readonly estimate: LevelEstimate;

  constructor(
    private readonly tree: LayoutTree,
    private readonly doc: TopologyDocument,
    private readonly request: LayoutRequest,
  ) {
    this.byColumns = request.placer ? request.placer === 'columns' : doc.nodes.length >= COLUMNS_FROM_NODES;
    this.estimate = this.byColumns ? estimateColumnLevel : estimateLevel;
    const connections = [...doc.connections].sort((a, b) => compareText(a.id, b.id));
    for (const connection of connections) {
      const source = tree.byId.get(connection.source);
      const target = tree.byId.get(connection.target);
      if (!source || !target || source === target || !source.node || !target.node) continue;
      this.plans.push({ connection, from: source, to: target, reversed: false, lca: lowestCommonBox(source, target) });
    }
  }

  /** The whole document. */
  async layoutAll(): Promise<void> {
    const root = this.tree.root;
    arrangeSubtree(root);
    const regions = root.children.filter((c) => c.strategy === 'elk');
    const orders = new Map<Box, Box[]>();
    for (const level of [...regions, root]) orders.set(level, this.readingOrder(level, level.children));
    this.orient(orders);
    const sketches = this.sketches(orders);
    const { inner: columnHeight, top: topColumnHeight } = chooseColumnHeights(root, sketches, TARGET_ASPECT, { estimate: this.estimate, stackRegions: this.byColumns });
    // Columns are fixed before any region is laid out, so that a region knows on which side each
    // edge leaving it continues: the top level's columns use the regions' estimated heights.
    const estimated = new Map<Box, number>();
    for (const region of regions) {
      this.partitions.set(region, planPartitions(orders.get(region)!, columnHeight));
      const sketch = sketches.get(region)!;
      estimated.set(region, this.estimate(sketch.ordered, columnHeight, (b) => ({ width: footprintWidth(b), height: footprintHeight(b) }), sketch.links).height);
    }
    this.partitions.set(root, planPartitions(orders.get(root)!, topColumnHeight, (b) => estimated.get(b) ?? footprintHeight(b)));
    for (const region of regions) {
      const edges = this.levelEdges(region, (plan) => containsBox(region, plan.lca) || plan.lca === root);
      const outcome = await this.placeLevel(region, orders.get(region)!, this.partitions.get(region)!, edges, this.lanes, true);
      this.regionOutcomes.set(region, outcome);
      this.collect(region, outcome, (plan) => containsBox(region, plan.lca));
    }
    const rootOutcome = await this.placeLevel(root, orders.get(root)!, this.partitions.get(root)!, this.levelEdges(root, () => true), this.lanes, false);
    this.collect(root, rootOutcome, () => true);
    for (const box of this.tree.byId.values()) if (box.node) this.laidOut.add(box);
  }

  /**
   * One level, by ELK or, in a large document, by the layout's own column placer
   * (`placeColumns`: there ELK's cold start in the browser costs seconds, and its crossing
   * minimisation is off anyway, `SWEEP_LIMIT`).
   */
  private placeLevel(...args: Parameters<typeof placeColumns>): Promise<LevelOutcome> {
    return this.byColumns ? Promise.resolve(placeColumns(...args)) : layoutLevel(this.request.elk, ...args);
  }

  /** Lays out one level on its own (a region, or a group of selected nodes), with the edges `accept` takes. */
  private async layoutOneLevel(level: Box, items: readonly Box[], accept: (plan: Plan) => boolean, isRegion: boolean): Promise<LevelOutcome> {
    const ordered = this.readingOrder(level, items);
    const orders = new Map([[level, ordered]]);
    this.orient(orders);
    const columnHeight = chooseColumnHeights(level, this.sketches(orders), TARGET_ASPECT, { estimate: this.estimate }).top;
    this.partitions.set(level, planPartitions(ordered, columnHeight));
    return this.placeLevel(level, ordered, this.partitions.get(level)!, this.levelEdges(level, accept), this.lanes, isRegion);
  }

  /** Only the inside of one container. */
  async layoutContainer(id: string): Promise<void> {
    const box = this.tree.byId.get(id);
    if (!box || !box.node) throw new Error(`no node has id "${id}"`);
    if (box.strategy === 'leaf') return;
    arrangeSubtree(box);
    if (box.strategy === 'elk') {
      const accept = (plan: Plan) => containsBox(box, plan.lca);
      this.collect(box, await this.layoutOneLevel(box, box.children, accept, true), accept);
    } else {
      this.collectInternal((plan) => containsBox(box, plan.lca));
    }
    this.markSubtree(box);
    this.growAncestors(box);
  }

  /** The selected nodes, placed as a block in their parent; everything else stays. */
  async layoutSelection(ids: readonly string[]): Promise<void> {
    const chosen = new Set<Box>();
    for (const id of ids) {
      const box = this.tree.byId.get(id);
      if (box?.node) chosen.add(box);
    }
    // A node inside another selected node moves with it.
    const members = [...chosen].filter((b) => ![...chosen].some((other) => other !== b && containsBox(other, b)));
    members.sort((a, b) => compareNodes(a.node!, b.node!));
    const groups = new Map<Box, Box[]>();
    for (const member of members) {
      const parent = member.parent!;
      const list = groups.get(parent);
      if (list) list.push(member);
      else groups.set(parent, [member]);
    }
    const inside = (plan: Plan) => members.some((m) => m !== plan.lca && containsBox(m, plan.lca));
    for (const member of members) {
      arrangeSubtree(member);
      if (member.strategy === 'elk') {
        const accept = (plan: Plan) => containsBox(member, plan.lca);
        this.collect(member, await this.layoutOneLevel(member, member.children, accept, true), accept);
      }
      this.markSubtree(member);
    }
    this.collectInternal((plan) => inside(plan) && plan.lca.strategy !== 'elk');
    for (const [parent, group] of groups) await this.placeGroup(parent, group);
  }

  private async placeGroup(parent: Box, group: Box[]): Promise<void> {
    const stored = group.filter((b) => b.node?.position !== undefined);
    const anchor =
      stored.length > 0
        ? { x: minOf(stored, (b) => finiteOr(b.node!.position!.x, 0) - b.ext.left), y: minOf(stored, (b) => finiteOr(b.node!.position!.y, 0) - b.ext.top) }
        : undefined;
    const mounted = group.filter((b) => b.mount);
    for (const g of mounted) this.snapToEdge(g, parent);
    const loose = group.filter((b) => !b.mount);
    if (loose.length === 0) return;

    let outcome: LevelOutcome | undefined;
    let accept: (plan: Plan) => boolean = () => false;
    if (parent.strategy === 'elk') {
      // Arrange the group like a level of its own; edges between group members are routed too.
      const inGroup = (box: Box) => loose.some((m) => containsBox(m, box));
      const plain = (end: Box) => childToward(parent, end)!.strategy !== 'elk';
      accept = (plan) => plan.lca === parent && inGroup(plan.from) && inGroup(plan.to) && plain(plan.from) && plain(plan.to);
      outcome = await this.layoutOneLevel(parent, loose, accept, false);
    } else {
      const gap = parent.strategy === 'vpc' ? SUBNET_GAP : LEAF_GAP;
      const cols = Math.ceil(Math.sqrt(loose.length));
      const colW: number[] = [];
      const rowH: number[] = [];
      loose.forEach((b, i) => {
        const c = i % cols;
        const r = Math.floor(i / cols);
        colW[c] = Math.max(colW[c] ?? 0, footprintWidth(b));
        rowH[r] = Math.max(rowH[r] ?? 0, footprintHeight(b));
      });
      const offsets = (sizes: number[]) => sizes.map((_, i) => sizes.slice(0, i).reduce((a, s) => a + s + gap, 0));
      const colX = offsets(colW);
      const rowY = offsets(rowH);
      loose.forEach((b, i) => {
        b.x = colX[i % cols]! + b.ext.left;
        b.y = rowY[Math.floor(i / cols)]! + b.ext.top;
      });
    }
    // The block's own origin is its top-left corner.
    const minX = minOf(loose, (b) => b.x - b.ext.left);
    const minY = minOf(loose, (b) => b.y - b.ext.top);
    const blockWidth = maxOf(loose, (b) => b.x + b.width) - minX;
    const blockHeight = maxOf(loose, (b) => b.y + b.height) - minY;

    const fixed = parent.children.filter((c) => !group.includes(c));
    const rect = (b: Box) => ({ x: b.x - b.ext.left, y: b.y - b.ext.top, width: footprintWidth(b), height: footprintHeight(b) });
    const fixedRects = fixed.map(rect);
    const margin = parent.strategy === 'elk' ? NODE_SPACING : LEAF_GAP;
    const fits = (x: number, y: number) =>
      fixedRects.every(
        (r) => x + blockWidth + margin <= r.x || r.x + r.width + margin <= x || y + blockHeight + margin <= r.y || r.y + r.height + margin <= y,
      );
    let origin: Position;
    if (anchor && fits(anchor.x, anchor.y)) origin = anchor;
    else if (fixedRects.length === 0) origin = parent === this.tree.root ? { x: 0, y: 0 } : { x: PADDING + parent.ext.left, y: headerOf(parent, parent.width) + PADDING };
    else {
      origin = {
        x: minOf(fixedRects, (r) => r.x),
        y: maxOf(fixedRects, (r) => r.y + r.height) + (parent === this.tree.root ? LAYER_SPACING : margin),
      };
    }
    const dx = origin.x - minX;
    const dy = origin.y - minY;
    for (const b of loose) {
      b.x += dx;
      b.y += dy;
    }
    if (outcome) {
      for (const piece of outcome.sections.values()) piece.points = piece.points.map((p) => ({ x: p.x + dx, y: p.y + dy }));
      this.collect(parent, outcome, accept);
    }
    this.growAncestors(loose[0]!);
  }

  /** Keeps a gateway on its VPC's edge: the top edge keeps its x, the left edge its y. */
  private snapToEdge(box: Box, parent: Box): void {
    if (box.mount === 'top') {
      box.x = Math.min(Math.max(box.x, 0), Math.max(0, parent.width - box.width));
      box.y = -Math.min(box.height / 2, ICON_CENTER_Y);
    } else {
      box.x = -box.width / 2;
      const header = headerOf(parent, parent.width);
      box.y = Math.min(Math.max(box.y, header), Math.max(header, parent.height - box.height));
    }
    this.laidOut.add(box);
  }

  /** Containers above `box` grow (never shrink) to hold their children. */
  private growAncestors(box: Box): void {
    for (let p = box.parent; p && p.node; p = p.parent) {
      const kids = p.children.filter((c) => !c.mount);
      const right = maxOf(kids, (c) => c.x + c.width, 0) + PADDING;
      const bottom = maxOf(kids, (c) => c.y + c.height, 0) + PADDING;
      if (right > p.width || bottom > p.height) {
        p.width = Math.max(p.width, right);
        p.height = Math.max(p.height, bottom);
        this.laidOut.add(p);
      }
    }
  }

  private markSubtree(box: Box): void {
    // Pre-order with an explicit stack (containment may be thousands deep), children in order.
    const stack = [box];
    for (let b = stack.pop(); b; b = stack.pop()) {
      if (b.node) this.laidOut.add(b);
      for (let i = b.children.length - 1; i >= 0; i--) stack.push(b.children[i]!);
    }
  }

  /** The levels with the pairs of their children that edges join, for estimating their sizes. */
  private sketches(orders: ReadonlyMap<Box, readonly Box[]>): Map<Box, LevelSketch> {
    const out = new Map<Box, LevelSketch>();
    for (const [level, ordered] of orders) {
      const links: Array<readonly [Box | undefined, Box | undefined]> = [];
      for (const plan of this.plans) {
        const a = containsBox(level, plan.from) ? childToward(level, plan.from) : undefined;
        const b = containsBox(level, plan.to) ? childToward(level, plan.to) : undefined;
        if ((a || b) && a !== b) links.push([a, b]);
      }
      out.set(level, { ordered, links });
    }
    return out;
  }

  /**
   * The order a level's children are given to ELK: by role (sites, hybrid, hubs, networks), then
   * networks attached to the same hub together, then kind, name and id.
   */
  private readingOrder(level: Box, items: readonly Box[]): Box[] {
    const hubs = items.filter((b) => roleOf(b) === 2).sort((a, b) => compareNodes(a.node!, b.node!));
    const hubIndex = new Map(hubs.map((h, i) => [h, i]));
    const affinity = new Map<Box, number>();
    for (const plan of this.plans) {
      const a = childToward(level, plan.from);
      const b = childToward(level, plan.to);
      if (!a || !b || a === b) continue;
      for (const [x, y] of [[a, b], [b, a]] as const) {
        const hub = hubIndex.get(y);
        if (hub !== undefined && roleOf(x) === 3) affinity.set(x, Math.min(affinity.get(x) ?? Infinity, hub));
      }
    }
    return [...items].sort(
      (a, b) =>
        roleOf(a) - roleOf(b) ||
        (affinity.get(a) ?? Infinity) - (affinity.get(b) ?? Infinity) ||
        compareNodes(a.node!, b.node!),
    );
  }

  /**
   * Orients each connection whose ends meet at one of `orders`' levels: the end whose box comes
   * first in the level's reading order is where the edge starts, so ELK reads it left to right.
   */
  private orient(orders: ReadonlyMap<Box, Box[]>): void {
    for (const plan of this.plans) {
      const order = orders.get(plan.lca);
      if (!order) continue;
      const source = this.tree.byId.get(plan.connection.source)!;
      const target = this.tree.byId.get(plan.connection.target)!;
      const rs = order.indexOf(childToward(plan.lca, source)!);
      const rt = order.indexOf(childToward(plan.lca, target)!);
      const reversed = rs >= 0 && rt >= 0 && rt < rs;
      plan.from = reversed ? target : source;
      plan.to = reversed ? source : target;
      plan.reversed = reversed;
    }
  }

  /**
   * The edges ELK sees at `level`: connections meeting there, and (for a region) those leaving it,
   * which end on the region's border: east when the other end is further right or in the same
   * column of the top level, west otherwise.
   */
  private levelEdges(level: Box, accept: (plan: Plan) => boolean): LevelEdge[] {
    const edges: LevelEdge[] = [];
    const partitions = this.partitions.get(level);
    const root = this.tree.root;
    for (const plan of this.plans) {
      if (!accept(plan)) continue;
      const key = plan.connection.id;
      if (plan.lca === level) {
        const from = this.levelEnd(level, plan.from, key);
        const to = this.levelEnd(level, plan.to, key);
        if (!from || !to) continue;
        const pa = partitions?.get(childToward(level, plan.from)!);
        const pb = partitions?.get(childToward(level, plan.to)!);
        if (pa !== undefined && pa === pb) {
          edges.push({ key, from: eastward(from), to: eastward(to), column: pa });
        } else edges.push({ key, from, to });
      } else if (level.strategy === 'elk' && level.node && !containsBox(level, plan.lca)) {
        // The connection leaves this region: it continues from the region's border at the top level.
        const fromInside = containsBox(level, plan.from);
        const toInside = containsBox(level, plan.to);
        if (fromInside === toInside) continue;
        const outside = childToward(root, fromInside ? plan.to : plan.from);
        const rootPartitions = this.partitions.get(root);
        const sameColumn = outside !== undefined && rootPartitions !== undefined && rootPartitions.get(outside) === rootPartitions.get(level);
        if (fromInside) {
          const from = this.levelEnd(level, plan.from, key);
          if (from) edges.push({ key, from, to: { type: 'external', side: 'E' } });
        } else {
          const to = this.levelEnd(level, plan.to, key);
          if (!to) continue;
          if (sameColumn) edges.push({ key, from: { type: 'external', side: 'E' }, to: eastward(to) });
          else edges.push({ key, from: { type: 'external', side: 'W' }, to });
        }
      }
    }
    return edges;
  }

  private levelEnd(level: Box, end: Box, key: string): LevelEnd | undefined {
    if (end === level) return undefined;
    const rep = childToward(level, end);
    if (!rep) return undefined;
    if (rep.strategy === 'elk' && rep !== end) {
      // A region laid out before: the edge starts where it crossed the region's border.
      const crossing = this.regionOutcomes.get(rep)?.external.get(key);
      return crossing ? { type: 'port', rep, point: crossing.point, side: crossing.side } : undefined;
    }
    return { type: 'node', end, rep };
  }

  /** Turns a level's outcome into route pieces for the plans `accept` takes. */
  private collect(level: Box, outcome: LevelOutcome, accept: (plan: Plan) => boolean): void {
    this.collectInternal((plan) => accept(plan) && containsBox(level, plan.lca));
    for (const plan of this.plans) {
      if (plan.lca !== level || !accept(plan)) continue;
      const key = plan.connection.id;
      const section = outcome.sections.get(key);
      const head = this.endPieces(level, plan.from, outcome.fromPieces, key, 'from');
      const tail = this.endPieces(level, plan.to, outcome.toPieces, key, 'to');
      if (!section || !head || !tail) continue;
      this.pieces.set(key, [...head, section, ...tail]);
      this.orientation.set(key, plan.reversed);
    }
  }

  /** The pieces between an end and the level's edge: inside its box, and across its region when it lies in one. */
  private endPieces(level: Box, end: Box, own: ReadonlyMap<string, Piece>, key: string, which: 'from' | 'to'): Piece[] | undefined {
    const rep = childToward(level, end)!;
    const region = rep.strategy === 'elk' && rep !== end ? this.regionOutcomes.get(rep) : undefined;
    if (!region) {
      const piece = own.get(key);
      return piece ? [piece] : [];
    }
    const crossing = region.sections.get(key);
    if (!crossing) return undefined;
    const inner = (which === 'from' ? region.fromPieces : region.toPieces).get(key);
    const innerList = inner ? [inner] : [];
    return which === 'from' ? [...innerList, crossing] : [crossing, ...innerList];
  }

  private readonly orientation = new Map<string, boolean>();

  /** Routes of connections whose ends meet inside a grid or a VPC. */
  private collectInternal(accept: (plan: Plan) => boolean): void {
    for (const plan of this.plans) {
      if (plan.lca.strategy === 'elk' || !accept(plan) || this.pieces.has(plan.connection.id)) continue;
      const source = this.tree.byId.get(plan.connection.source)!;
      const target = this.tree.byId.get(plan.connection.target)!;
      this.pieces.set(plan.connection.id, [{ frame: plan.lca, points: internalRoute(source, target, plan.lca, this.lanes) }]);
      this.orientation.set(plan.connection.id, false);
    }
  }

  /** The new document and the routes in canvas coordinates. */
  result(): LayoutResult {
    const routes = new Map<ConnectionId, EdgeRoute>();
    for (const plan of this.plans) {
      const key = plan.connection.id;
      const list = this.pieces.get(key);
      if (!list) continue;
      const points: Position[] = [];
      for (const piece of list) {
        const origin = absoluteOf(piece.frame);
        for (const p of piece.points) points.push({ x: p.x + origin.x, y: p.y + origin.y });
      }
      const route = simplify(points);
      if (this.orientation.get(key)) route.reverse();
      if (route.length >= 2) routes.set(plan.connection.id, { points: route });
    }
    const nodes: TopologyNode[] = this.doc.nodes.map((node) => {
      const box = this.tree.byId.get(node.id);
      if (!box || !this.laidOut.has(box)) return node;
      const next: TopologyNode = { ...node, position: { ...node.position, x: box.x, y: box.y } };
      if (box.strategy !== 'leaf') next.size = { ...node.size, width: box.width, height: box.height };
      return next;
    });
    const tops = this.tree.root.children;
    const left = minOf(tops, (b) => b.x - b.ext.left, 0);
    const top = minOf(tops, (b) => b.y - b.ext.top, 0);
    const right = maxOf(tops, (b) => b.x + b.width, 0);
    const bottom = maxOf(tops, (b) => b.y + b.height, 0);
    return {
      document: { ...this.doc, nodes },
      routes,
      laidOut: new Set([...this.laidOut].map((b) => b.id as NodeId)),
      bounds: tops.length ? { x: left, y: top, width: right - left, height: bottom - top } : { x: 0, y: 0, width: 0, height: 0 },
    };
  }
}
