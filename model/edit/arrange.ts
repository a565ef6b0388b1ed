/**
 * A simple deterministic arrangement: children in rows inside their container, containers sized
 * to fit. Used for documents opened without positions and by the toolbar's "Arrange" until a
 * real automatic layout (ELK) takes its place.
 */
import type { Position, Size, TopologyDocument, TopologyNode } from '../document/types';
import {
  CONTAINER_PADDING,
  containerHeader,
  LEAF_ICON_CENTER_Y,
  LEAF_SIZE,
  leafSize,
  defaultSize,
  isContainerKind,
  isEdgeMounted,
  placeOnSide,
} from './geometry';

const GAP = 28;
const TOP_GAP = 96;
const TOP_ROW_WIDTH = 2600;

/**
 * Sums of extreme coordinates (a child at x = 1e308) overflow to Infinity, which JSON cannot carry
 * and the parser refuses: the result would save as a file that cannot be opened again.
 */
const finite = (value: number) => (Number.isFinite(value) ? value : value > 0 ? Number.MAX_VALUE : -Number.MAX_VALUE);

export interface ArrangeOptions {
  /** Re-arrange every node, not only those without a position (and shrink containers to fit). */
  all?: boolean;
}

/** True when some node has no position, or some container no size. */
export function needsArrangement(doc: TopologyDocument): boolean {
  return doc.nodes.some((n) => !n.position || (isContainerKind(n.kind) && !n.size));
}

/** Gives positions (and container sizes) to nodes that lack them, or to every node with `all`. */
export function arrange(doc: TopologyDocument, options: ArrangeOptions = {}): TopologyDocument {
  if (!options.all && !needsArrangement(doc)) return doc;
  const byId = new Map<string, TopologyNode>(doc.nodes.map((n) => [n.id, n]));
  const children = new Map<string | undefined, TopologyNode[]>();
  for (const node of doc.nodes) {
    const key = node.parent !== undefined && byId.has(node.parent) ? node.parent : undefined;
    const list = children.get(key);
    if (list) list.push(node);
    else children.set(key, [node]);
  }
  const out = new Map<string, TopologyNode>();
  const current = (n: TopologyNode) => out.get(n.id) ?? n;

  /** The size each container got, set before its parent is laid out. */
  const containerSizes = new Map<string, Size>();
  const layout = (parentId: string | undefined): Size | undefined => {
    const parent = parentId === undefined ? undefined : byId.get(parentId);
    const kids = children.get(parentId) ?? [];
    const sizes = new Map<string, Size>();
    for (const kid of kids) sizes.set(kid.id, isContainerKind(kid.kind) ? (containerSizes.get(kid.id) ?? defaultSize(kid.kind)) : leafSize(kid));
    const edge = kids.filter((k) => isEdgeMounted(k, parent));
    const inner = kids.filter((k) => !isEdgeMounted(k, parent));
    const toPlace = inner.filter((k) => options.all || !k.position);
    const placed = inner.filter((k) => !toPlace.includes(k));

    // The title bar at the narrowest width the container may end up with: a wider box only makes it lower.
    const top = parent ? containerHeader(parent, !options.all && parent.size ? parent.size.width : Math.min(240, defaultSize(parent.kind).width)) : 0;
    // Gateways on the left edge hang half inside: keep the rest clear of their labels.
    const left = parent ? CONTAINER_PADDING + (edge.length ? LEAF_SIZE.width / 2 : 0) : 0;
    const gap = parent ? GAP : TOP_GAP;
    let startY = top;
    for (const k of placed) startY = Math.max(startY, k.position!.y + sizes.get(k.id)!.height + gap);
    const area = toPlace.reduce((sum, k) => sum + (sizes.get(k.id)!.width + gap) * (sizes.get(k.id)!.height + gap), 0);
    const rowWidth = parent ? Math.max(defaultSize(parent.kind).width - 2 * CONTAINER_PADDING, Math.sqrt(area) * 1.6) : TOP_ROW_WIDTH;

    // Containers first (they are big), then the rest, each group in document order.
    const ordered = [...toPlace.filter((k) => isContainerKind(k.kind)), ...toPlace.filter((k) => !isContainerKind(k.kind))];
    let x = left;
    let y = startY;
    let rowHeight = 0;
    let previousWasContainer: boolean | undefined;
    for (const kid of ordered) {
      const size = sizes.get(kid.id)!;
      const container = isContainerKind(kid.kind);
      const newGroup = previousWasContainer === true && !container;
      if (x > left && (x + size.width > left + rowWidth || newGroup)) {
        x = left;
        y += rowHeight + gap;
        rowHeight = 0;
      }
      out.set(kid.id, { ...current(kid), position: { x: finite(x), y: finite(y) } });
      x += size.width + gap;
      rowHeight = Math.max(rowHeight, size.height);
      previousWasContainer = container;
    }

    if (!parent) return undefined;
    let width = 0;
    let height = 0;
    for (const kid of inner) {
      const p = current(kid).position!;
      const s = sizes.get(kid.id)!;
      width = Math.max(width, p.x + s.width + CONTAINER_PADDING);
      height = Math.max(height, p.y + s.height + CONTAINER_PADDING);
    }
    const base = options.all || !parent.size ? defaultSize(parent.kind) : parent.size;
    const minimum = inner.length > 0 && (options.all || !parent.size) ? { width: 240, height: 140 } : base;
    const size: Size = {
      width: finite(Math.max(inner.length ? width : base.width, minimum.width, edge.length ? LEAF_SIZE.width * 2 : 0)),
      height: finite(Math.max(inner.length ? height : base.height, minimum.height, top + edge.length * (LEAF_SIZE.height + 8), top + CONTAINER_PADDING)),
    };
    if (!parent.size || options.all || size.width > parent.size.width || size.height > parent.size.height) {
      const finalSize = parent.size && !options.all ? { width: Math.max(size.width, parent.size.width), height: Math.max(size.height, parent.size.height) } : size;
      out.set(parent.id, { ...current(parent), size: finalSize });
    }
    const finalSize = current(parent).size ?? size;
    edge.forEach((kid, i) => {
      if (!options.all && kid.position) return;
      const wanted: Position = { x: 0, y: top + i * (LEAF_SIZE.height + 8) - (top - LEAF_ICON_CENTER_Y) };
      out.set(kid.id, { ...current(kid), position: placeOnSide('left', finalSize, wanted, top) });
    });
    return finalSize;
  };

  // Containers reached from the top through containers, children before parents (the reverse of a
  // pre-order that visits children last to first); no recursion, as containment may be thousands deep.
  const preorder: string[] = [];
  const stack = (children.get(undefined) ?? []).filter((n) => isContainerKind(n.kind));
  for (let next = stack.pop(); next; next = stack.pop()) {
    preorder.push(next.id);
    for (const kid of children.get(next.id) ?? []) if (isContainerKind(kid.kind)) stack.push(kid);
  }
  for (let i = preorder.length - 1; i >= 0; i--) containerSizes.set(preorder[i]!, layout(preorder[i])!);
  layout(undefined);
  return { ...doc, nodes: doc.nodes.map((n) => out.get(n.id) ?? n) };
}
