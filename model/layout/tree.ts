/**
 * The containment tree the layout works on: one `Box` per node (plus a virtual root), children in
 * a deterministic order, and the way each container arranges its children.
 */
import type { Position, Size, TopologyDocument, TopologyNode } from '../document/types';
import { NODE_KIND_LIST, nodeKindSpec, type NodeKind } from '../kinds/node-kinds';
import { containerHeader, isContainerKind, isEdgeMounted } from '../edit/geometry';
import { DEFAULT_LEAF_SIZE, HEADER } from './constants';

/**
 * How a box places its children:
 * - `leaf`: no children;
 * - `grid`: rows and columns (subnets, on-premises sites, anything unusual);
 * - `vpc`: one column per availability zone, public subnets above private ones, VPC-level resources
 *   below, gateways on the edge;
 * - `elk`: ELK's layered layout (the whole diagram, and each top-level region).
 */
export type Strategy = 'leaf' | 'grid' | 'vpc' | 'elk';

/** The side of a box an edge leaves by. ELK lays out left to right, so edges use west and east only. */
export type Side = 'W' | 'E';

/** Where a child sits in its parent's grid: the lanes beside and above it are kept free for edges. */
export interface Cell {
  colLeft: number;
  colRight: number;
  /** Free width left of the column (the gap to the previous column, or the parent's left padding). */
  leftRoom: number;
  /** Gap to the next column. */
  gap: number;
  lastCol: boolean;
  /** A horizontal line in the free gap just above the child's row, across the whole parent. */
  laneAbove: number;
}

/** One node of the layout tree; positions are relative to the parent, as the document stores them. */
export interface Box {
  /** The node's id; '' for the virtual root. */
  readonly id: string;
  /** Undefined for the virtual root. */
  readonly node?: TopologyNode;
  readonly kind?: NodeKind;
  readonly parent?: Box;
  readonly children: Box[];
  readonly strategy: Strategy;
  /** Gateways attached to a VPC sit on its top (IGW, EIGW) or left (VGW) edge. */
  readonly mount?: 'top' | 'left';
  readonly depth: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** How far things mounted on the edges stick out to the left and above the box. */
  ext: { left: number; top: number };
  /** Grid cells of the children, for routing edges out of the box. */
  cells: Map<string, Cell>;
}

/** The width and height a box takes among its siblings: with the gateways mounted on its left and top edges. */
export const footprintWidth = (b: Box): number => b.width + b.ext.left;
export const footprintHeight = (b: Box): number => b.height + b.ext.top;

/**
 * The height of a laid-out container's title bar when the box is `width` wide: taller than
 * `HEADER` when its name or details wrap (model/edit/geometry.ts, `containerHeader`). Callers pass
 * the narrowest width the box may end with, so the title never reaches the children.
 */
export function headerOf(box: Box, width: number): number {
  return box.node && isContainerKind(box.node.kind) ? containerHeader(box.node, width) : HEADER;
}

const KIND_INDEX = new Map<NodeKind, number>(NODE_KIND_LIST.map((kind, i) => [kind, i]));

/** Code-unit order: the same on every machine and locale. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The order children are placed in: by kind (registry order), then name, then id. */
export function compareNodes(a: TopologyNode, b: TopologyNode): number {
  return (
    (KIND_INDEX.get(a.kind) ?? 0) - (KIND_INDEX.get(b.kind) ?? 0) ||
    compareText(a.name ?? '', b.name ?? '') ||
    compareText(a.id, b.id)
  );
}

/** The layout tree of a document, with lookups by id. */
export interface LayoutTree {
  root: Box;
  byId: Map<string, Box>;
}

function validSize(size: Size | undefined): Size | undefined {
  if (!size) return undefined;
  const ok = (v: number) => Number.isFinite(v) && v > 0;
  return ok(size.width) && ok(size.height) ? { width: size.width, height: size.height } : undefined;
}

/**
 * Builds the tree. A node whose parent does not exist hangs from the root. Leaves take their
 * measured size or the default.
 */
export function buildTree(doc: TopologyDocument, sizes?: ReadonlyMap<string, Size>): LayoutTree {
  const nodesById = new Map<string, TopologyNode>(doc.nodes.map((n) => [n.id, n]));
  const childNodes = new Map<string, TopologyNode[]>();
  // The parser refuses cycles; nodes of a cycle in a hand-built document are never reached from the root and stay as they are.
  const parentIdOf = (node: TopologyNode): string => (node.parent !== undefined && nodesById.has(node.parent) ? node.parent : '');
  for (const node of doc.nodes) {
    const parentId = parentIdOf(node);
    const list = childNodes.get(parentId);
    if (list) list.push(node);
    else childNodes.set(parentId, [node]);
  }
  for (const list of childNodes.values()) list.sort(compareNodes);

  const byId = new Map<string, Box>();
  const make = (node: TopologyNode | undefined, parent: Box | undefined, depth: number): Box => {
    const id = node?.id ?? '';
    const kids = childNodes.get(id);
    let strategy: Strategy;
    if (!node) strategy = 'elk';
    else if (node.kind === 'region' && parent?.id === '') strategy = 'elk';
    else if (node.kind === 'vpc') strategy = 'vpc';
    else if (isContainerKind(node.kind) || kids !== undefined) strategy = 'grid';
    else strategy = 'leaf';
    const size = strategy === 'leaf' ? (validSize(sizes?.get(id)) ?? DEFAULT_LEAF_SIZE) : { width: 0, height: 0 };
    let mount: Box['mount'];
    if (node && parent?.node && isEdgeMounted(node, parent.node)) mount = nodeKindSpec(node.kind).attachment?.side;
    const box: Box = {
      id,
      node,
      kind: node?.kind,
      parent,
      children: [],
      strategy,
      mount,
      depth,
      x: 0,
      y: 0,
      width: size.width,
      height: size.height,
      ext: { left: 0, top: 0 },
      cells: new Map(),
    };
    byId.set(id, box);
    parent?.children.push(box);
    return box;
  };
  const root = make(undefined, undefined, 0);
  // Depth first with an explicit stack (containment may be thousands deep): children are pushed in
  // reverse so that boxes are made, and `byId` filled, in the order a recursive walk would.
  const pending: Array<{ node: TopologyNode; parent: Box }> = [];
  const pushKids = (box: Box): void => {
    const kids = childNodes.get(box.id) ?? [];
    for (let i = kids.length - 1; i >= 0; i--) pending.push({ node: kids[i]!, parent: box });
  };
  pushKids(root);
  for (let next = pending.pop(); next; next = pending.pop()) pushKids(make(next.node, next.parent, next.parent.depth + 1));
  return { root, byId };
}

/** True when `a` is `b` or contains it. */
export function containsBox(a: Box, b: Box): boolean {
  for (let p: Box | undefined = b; p; p = p.parent) if (p === a) return true;
  return false;
}

/** The lowest box containing both (one of them when it contains the other). */
export function lowestCommonBox(a: Box, b: Box): Box {
  let x: Box = a;
  let y: Box = b;
  while (x.depth > y.depth) x = x.parent!;
  while (y.depth > x.depth) y = y.parent!;
  while (x !== y) {
    x = x.parent!;
    y = y.parent!;
  }
  return x;
}

/** The child of `ancestor` on the way down to `box` (the box itself when it is a child). */
export function childToward(ancestor: Box, box: Box): Box | undefined {
  let b: Box | undefined = box;
  while (b && b.parent !== ancestor) b = b.parent;
  return b;
}

/** A box's top-left corner in canvas coordinates. */
export function absoluteOf(box: Box): Position {
  let x = 0;
  let y = 0;
  for (let b: Box | undefined = box; b; b = b.parent) {
    x += b.x;
    y += b.y;
  }
  return { x, y };
}
