/**
 * The order in which a large network is drawn in slices (use-reveal.ts). A line is drawn once both
 * its ends are, so a hub drawn after the shapes it connects brings all its lines into one slice: a
 * transit gateway listed after its 1,000 VPCs made one frame of 200–270 ms. Within a depth the
 * nodes with the most lines therefore come first, and each slice then brings about as many lines
 * as it has shapes. Parents still come before their children (a slice never draws a node whose
 * parent is not drawn).
 */
import type { TopologyDocument, TopologyNode } from '../../../model';
import { depthOf } from '../../../model/edit/geometry';
import type { OutlineView } from '../../../model/edit/outline-view';
import { parentFirst } from './to-flow';

const orders = new WeakMap<TopologyDocument, WeakMap<object, TopologyNode[]>>();
const FULL = {};

/**
 * The shapes drawn (at the outline level, those not folded into a VPC's picture), parents first,
 * then by how many drawn lines meet them (most first), then in the document's order.
 */
export function revealOrder(doc: TopologyDocument, outline: OutlineView | null): TopologyNode[] {
  const key = outline ?? FULL;
  let byView = orders.get(doc);
  let order = byView?.get(key);
  if (order) return order;
  const drawnAs = (id: string) => outline?.drawnAs.get(id) ?? id;
  const lines = new Map<string, number>();
  for (const connection of doc.connections) {
    const source = drawnAs(connection.source);
    const target = drawnAs(connection.target);
    // Both ends in one shape: not drawn (to-flow.ts).
    if (source === target) continue;
    lines.set(source, (lines.get(source) ?? 0) + 1);
    lines.set(target, (lines.get(target) ?? 0) + 1);
  }
  const shapes = outline ? parentFirst(doc).filter((n) => outline.drawnAs.get(n.id) === n.id) : parentFirst(doc);
  order = shapes
    .map((node, i) => ({ node, i, depth: depthOf(doc, node.id), lines: lines.get(node.id) ?? 0 }))
    .sort((a, b) => a.depth - b.depth || b.lines - a.lines || a.i - b.i)
    .map((e) => e.node);
  if (!byView) orders.set(doc, (byView = new WeakMap()));
  byView.set(key, order);
  return order;
}
