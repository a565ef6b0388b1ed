import { describe, expect, it } from 'vitest';
import { outlineView } from '../../../model/edit/outline-view';
import { buildDocument, link, node, region, subnet, vpc } from '../../../model/testing/build';
import { revealOrder } from './reveal-order';

const at = (x: number, y: number) => ({ position: { x, y } });

// Three VPCs and, listed last, the transit gateway they all attach to; an internet gateway on one.
const doc = buildDocument(
  [
    region('r', 'us-east-1', at(0, 0)),
    vpc('a', ['10.0.0.0/16'], { parent: 'r', ...at(0, 50) }),
    vpc('b', ['10.1.0.0/16'], { parent: 'r', ...at(500, 50) }),
    vpc('c', ['10.2.0.0/16'], { parent: 'r', ...at(1000, 50) }),
    subnet('s', 'a', '10.0.1.0/24', at(20, 60)),
    node('i', 'instance', 's', undefined, at(10, 50)),
    node('igw', 'internet-gateway', 'c', undefined, at(0, 100)),
    node('tgw', 'transit-gateway', 'r', undefined, at(1500, 50)),
  ],
  [link('ta', 'tgw-attachment', 'tgw', 'a'), link('tb', 'tgw-attachment', 'tgw', 'b'), link('tc', 'tgw-attachment', 'tgw', 'c'), link('f', 'flow', 'i', 'tgw')],
);

const ids = (nodes: readonly { id: string }[]) => nodes.map((n) => n.id);

describe('the order a large network is drawn in', () => {
  it('draws a hub before the shapes it connects, so that each slice brings its own lines', () => {
    const order = ids(revealOrder(doc, null));
    expect(order.slice(0, 2)).toEqual(['r', 'tgw']);
    // Then the VPCs by their lines (a has the attachment and, from inside, no line of its own), in the document's order.
    expect(order.slice(2, 5)).toEqual(['a', 'b', 'c']);
  });

  it('puts every node after its parent', () => {
    const order = ids(revealOrder(doc, null));
    for (const n of doc.nodes) if (n.parent) expect(order.indexOf(n.id)).toBeGreaterThan(order.indexOf(n.parent));
    expect([...order].sort()).toEqual(ids(doc.nodes).sort());
  });

  it('at the outline level, draws only the shapes and counts a line from inside a VPC as the VPC’s', () => {
    const order = ids(revealOrder(doc, outlineView(doc)));
    // a: its attachment and the instance's flow; b and c: one line each.
    expect(order).toEqual(['r', 'tgw', 'a', 'b', 'c']);
  });

  it('is worked out once per document and view', () => {
    expect(revealOrder(doc, null)).toBe(revealOrder(doc, null));
    const outline = outlineView(doc);
    expect(revealOrder(doc, outline)).toBe(revealOrder(doc, outline));
    expect(revealOrder(doc, outline)).not.toBe(revealOrder(doc, null));
  });
});
