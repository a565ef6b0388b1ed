/**
 * Where things are on the canvas, in document terms: default sizes, absolute rectangles, the
 * container under a point, and the gateways drawn on a VPC's edge. The editor renders nodes at
 * exactly these sizes, so the edit commands can keep containers around their children without
 * asking the browser.
 */
import type { Connection, NodeId, Position, Size, TopologyDocument, TopologyNode } from '../document/types';
import { nodeKindSpec, type NodeKind } from '../kinds/node-kinds';
import { layoutContainerTitle, MIN_HEADER, type ContainerTitle } from '../text/container-title';
import { containerDetails, containerKindLabel, displayName, leafSubtitle } from './node-labels';
import { wrapText } from '../text/text-metrics';
import { visitParentsFirst } from './parents-first';

/** A rectangle in canvas coordinates (absolute unless said otherwise). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Height of a container's title bar when its name and details fit one line each, and the least it
 * ever is; a longer title makes it taller (`containerHeader`). Children are kept below it.
 */
export const CONTAINER_HEADER = MIN_HEADER;
/** Space kept between a container's border and its children. */
export const CONTAINER_PADDING = 20;
/** Size of a non-container node whose name fits one line (icon with its labels under it). */
export const LEAF_SIZE: Size = { width: 112, height: 84 };
/** Vertical centre of a leaf node's icon, measured from the node's top. */
export const LEAF_ICON_CENTER_Y = 24;

/** True for kinds drawn as a box that holds other nodes. */
export function isContainerKind(kind: NodeKind): boolean {
  return nodeKindSpec(kind).container !== undefined;
}

/** The size a new node of this kind gets. */
export function defaultSize(kind: NodeKind): Size {
  return nodeKindSpec(kind).container?.defaultSize ?? LEAF_SIZE;
}

/**
 * How a leaf's labels are set on the canvas (editor.css, `.vc-leaf-name` and `.vc-leaf-sub`): the
 * name 12 px bold with a 1.2 line height in the box's width less 2 px on each side, the subtitle
 * 11 px with 1.25 in the box's whole width. The estimate errs wide (text-metrics.ts), so a box is
 * never shorter than its labels.
 */
const LEAF_NAME = { font: { size: 12, bold: true }, lineHeight: 14.4, width: LEAF_SIZE.width - 4 } as const;
const LEAF_SUB = { font: { size: 11 }, lineHeight: 13.75, width: LEAF_SIZE.width } as const;
/** A leaf's height less its name's lines and its subtitle's lines after the first: padding, icon, gap, one line of subtitle, slack. */
const LEAF_HEIGHT_BESIDES_NAME = 63;

const leafSizes = new WeakMap<TopologyNode, Size>();
/**
 * Sizes by labels, for the nodes a move or a layout replaced (a new object, the same labels):
 * wrapping is most of a size's cost, and a layout replaces every node of a document.
 */
const labelSizes = new Map<string, Size>();

/**
 * A leaf's size: 112 × 84, taller when its name or its subtitle needs more than one line, so that
 * both show whole under the icon (labels are wrapped, never cut). The width stays, so icons and
 * the lines attached to them stay where they were.
 */
export function leafSize(node: TopologyNode): Size {
  let size = leafSizes.get(node);
  if (size) return size;
  const name = displayName(node);
  const subtitle = leafSubtitle(node);
  const labels = `${name}\u0000${subtitle}`;
  size = labelSizes.get(labels);
  if (!size) {
    const nameLines = wrapText(name, LEAF_NAME.width, LEAF_NAME.font).length;
    const extraSubLines = Math.max(0, wrapText(subtitle, LEAF_SUB.width, LEAF_SUB.font).length - 1);
    const height = Math.max(LEAF_SIZE.height, Math.ceil(LEAF_HEIGHT_BESIDES_NAME + nameLines * LEAF_NAME.lineHeight + extraSubLines * LEAF_SUB.lineHeight));
    size = height === LEAF_SIZE.height ? LEAF_SIZE : { width: LEAF_SIZE.width, height };
    // Bounded: renaming node after node for a whole day must not grow it without end.
    if (labelSizes.size >= 100_000) labelSizes.clear();
    labelSizes.set(labels, size);
  }
  leafSizes.set(node, size);
  return size;
}

/** A node's drawn size: its stored size for containers, the leaf size for its name otherwise. */
export function sizeOf(node: TopologyNode): Size {
  if (!isContainerKind(node.kind)) return leafSize(node);
  return node.size ?? defaultSize(node.kind);
}

const titles = new WeakMap<TopologyNode, ContainerTitle>();

/**
 * A container's title (name and details, wrapped) as the canvas and the exports set it, in a box
 * `width` wide (its drawn width unless given): see model/text/container-title.ts.
 */
export function containerTitle(node: TopologyNode, width?: number): ContainerTitle {
  const own = width === undefined || width === sizeOf(node).width;
  const cached = own ? titles.get(node) : undefined;
  if (cached) return cached;
  const title = layoutContainerTitle(displayName(node), containerKindLabel(node), containerDetails(node), width ?? sizeOf(node).width);
  if (own) titles.set(node, title);
  return title;
}

/**
 * The height of a container's title bar, in a box `width` wide (its drawn width unless given):
 * 40, taller when its name or details wrap. Children are kept below it. `CONTAINER_HEADER` for a
 * node that is not a container.
 */
export function containerHeader(node: TopologyNode, width?: number): number {
  return isContainerKind(node.kind) ? containerTitle(node, width).height : CONTAINER_HEADER;
}

/** The sizes of the leaves taller than the default (for `layoutDocument`'s `sizes`). */
export function grownLeafSizes(doc: TopologyDocument): Map<string, Size> {
  const sizes = new Map<string, Size>();
  for (const node of doc.nodes) {
    if (isContainerKind(node.kind)) continue;
    const size = leafSize(node);
    if (size !== LEAF_SIZE) sizes.set(node.id, size);
  }
  return sizes;
}

/**
 * True when the node is attached to its parent (a gateway to its VPC, see the registry's
 * `attachment`) and so drawn straddling the parent's border, as AWS diagrams do.
 */
export function isEdgeMounted(node: TopologyNode, parent: TopologyNode | undefined): boolean {
  return mountsOnEdge(node.kind, parent?.kind);
}

/** True when a node of `kind` dropped into a parent of `parentKind` sits on the parent's edge. */
export function mountsOnEdge(kind: NodeKind, parentKind: NodeKind | undefined): boolean {
  return parentKind !== undefined && (nodeKindSpec(kind).attachment?.to.includes(parentKind) ?? false);
}

export type Side = 'left' | 'right' | 'top' | 'bottom';

/** The side of the parent nearest to the icon centre of a child at `position` (parent-relative). */
export function nearestSide(parent: Size, position: Position): Side {
  const cx = position.x + LEAF_SIZE.width / 2;
  const cy = position.y + LEAF_ICON_CENTER_Y;
  const distances: Array<[Side, number]> = [
    ['left', Math.abs(cx)],
    ['right', Math.abs(parent.width - cx)],
    ['top', Math.abs(cy)],
    ['bottom', Math.abs(parent.height - cy)],
  ];
  distances.sort((a, b) => a[1] - b[1]);
  return distances[0]![0];
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), Math.max(min, max));

/**
 * The parent-relative position that puts the child's icon centre on `side` of the parent; on the
 * left and right sides, not higher than the bottom of the parent's title bar (`header` high).
 */
export function placeOnSide(side: Side, parent: Size, position: Position, header = CONTAINER_HEADER): Position {
  const halfWidth = LEAF_SIZE.width / 2;
  switch (side) {
    case 'left':
      return { x: -halfWidth, y: clamp(position.y, header - LEAF_ICON_CENTER_Y, parent.height - LEAF_ICON_CENTER_Y) };
    case 'right':
      return { x: parent.width - halfWidth, y: clamp(position.y, header - LEAF_ICON_CENTER_Y, parent.height - LEAF_ICON_CENTER_Y) };
    case 'top':
      return { x: clamp(position.x, -halfWidth, parent.width - halfWidth), y: -LEAF_ICON_CENTER_Y };
    case 'bottom':
      return { x: clamp(position.x, -halfWidth, parent.width - halfWidth), y: parent.height - LEAF_ICON_CENTER_Y };
  }
}

/** Snaps a child onto the nearest edge of its parent (whose title bar is `header` high). */
export function snapToEdge(parent: Size, position: Position, header = CONTAINER_HEADER): Position {
  return placeOnSide(nearestSide(parent, position), parent, position, header);
}

interface Geometry {
  byId: Map<string, TopologyNode>;
  absolute: Map<string, Position>;
  depth: Map<string, number>;
  /** Containers in document order. */
  containers: TopologyNode[];
  /** Each container's children, in document order. */
  children: Map<string, TopologyNode[]>;
}

const geometries = new WeakMap<TopologyDocument, Geometry>();

function geometryOf(doc: TopologyDocument): Geometry {
  let geometry = geometries.get(doc);
  if (geometry) return geometry;
  const byId = new Map<string, TopologyNode>(doc.nodes.map((n) => [n.id, n]));
  const absolute = new Map<string, Position>();
  const depth = new Map<string, number>();
  visitParentsFirst(doc.nodes, byId, (node, parent) => {
    const own = node.position ?? { x: 0, y: 0 };
    const base = parent && absolute.get(parent.id)!;
    absolute.set(node.id, base ? { x: base.x + own.x, y: base.y + own.y } : own);
    depth.set(node.id, parent ? depth.get(parent.id)! + 1 : 0);
  });
  const children = new Map<string, TopologyNode[]>();
  for (const node of doc.nodes) {
    if (node.parent === undefined) continue;
    const list = children.get(node.parent);
    if (list) list.push(node);
    else children.set(node.parent, [node]);
  }
  geometry = { byId, absolute, depth, containers: doc.nodes.filter((n) => isContainerKind(n.kind)), children };
  geometries.set(doc, geometry);
  return geometry;
}

/**
 * The document's nodes by id, built once per document (the canvas asks on every drag frame, so
 * rebuilding a map each time would be work proportional to the diagram for every pointer move).
 */
export function nodesById(doc: TopologyDocument): ReadonlyMap<string, TopologyNode> {
  return geometryOf(doc).byId;
}

/** A node's top-left corner in canvas coordinates. */
export function absolutePosition(doc: TopologyDocument, id: string): Position {
  return geometryOf(doc).absolute.get(id) ?? { x: 0, y: 0 };
}

/** A node's rectangle in canvas coordinates. */
export function absoluteRect(doc: TopologyDocument, id: string): Rect | undefined {
  const geometry = geometryOf(doc);
  const node = geometry.byId.get(id);
  if (!node) return undefined;
  const position = geometry.absolute.get(id)!;
  return { ...position, ...sizeOf(node) };
}

/** A connection's two end nodes and their rectangles in canvas coordinates; undefined when an end is missing. */
export function connectionEnds(
  doc: TopologyDocument,
  connection: Connection,
): { source: TopologyNode; target: TopologyNode; sourceRect: Rect; targetRect: Rect } | undefined {
  const byId = geometryOf(doc).byId;
  const source = byId.get(connection.source);
  const target = byId.get(connection.target);
  const sourceRect = absoluteRect(doc, connection.source);
  const targetRect = absoluteRect(doc, connection.target);
  return source && target && sourceRect && targetRect ? { source, target, sourceRect, targetRect } : undefined;
}

/** How many containers a node is nested in. */
export function depthOf(doc: TopologyDocument, id: string): number {
  return geometryOf(doc).depth.get(id) ?? 0;
}

/**
 * The innermost container whose box holds `point`, skipping those `exclude` rejects (the nodes
 * being dragged and their descendants). Among equally deep boxes the one drawn last wins.
 * `margin` widens a container's box (a gateway dropped on a VPC's border counts as inside).
 */
export function containerAt(
  doc: TopologyDocument,
  point: Position,
  exclude?: (id: NodeId) => boolean,
  margin?: (container: TopologyNode) => number,
): TopologyNode | undefined {
  const geometry = geometryOf(doc);
  let best: TopologyNode | undefined;
  let bestDepth = -1;
  for (const container of geometry.containers) {
    if (exclude?.(container.id)) continue;
    const at = geometry.absolute.get(container.id)!;
    const size = sizeOf(container);
    const m = margin?.(container) ?? 0;
    if (point.x < at.x - m || point.x > at.x + size.width + m || point.y < at.y - m || point.y > at.y + size.height + m) continue;
    const d = geometry.depth.get(container.id) ?? 0;
    if (d >= bestDepth) {
      best = container;
      bestDepth = d;
    }
  }
  return best;
}

/** Ids of every node inside `id`, at any depth (not `id` itself). */
export function descendantsOf(doc: TopologyDocument, ids: Iterable<string>): Set<NodeId> {
  const { children } = geometryOf(doc);
  const found = new Set<NodeId>();
  const stack = [...ids];
  while (stack.length > 0) {
    const id = stack.pop()!;
    for (const child of children.get(id) ?? []) {
      if (found.has(child.id)) continue;
      found.add(child.id);
      stack.push(child.id);
    }
  }
  return found;
}
