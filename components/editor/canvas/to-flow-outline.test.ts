import { describe, expect, it } from 'vitest';
import { outlineView } from '../../../model/edit/outline-view';
import { buildDocument, link, node, region, subnet, vpc } from '../../../model/testing/build';
import { FlowEdgeCache, FlowNodeCache, type ViewFacts } from './to-flow';

const at = (x: number, y: number) => ({ position: { x, y } });

const doc = buildDocument(
  [
    region('r', 'us-east-1', at(0, 0)),
    vpc('v', ['10.0.0.0/16'], { parent: 'r', ...at(100, 50) }),
    subnet('s', 'v', '10.0.1.0/24', at(20, 60)),
    node('i', 'instance', 's', undefined, at(10, 50)),
    node('nat', 'nat-gateway', 's', undefined, at(150, 50)),
    node('tgw', 'transit-gateway', 'r', undefined, at(900, 50)),
  ],
  [link('att', 'tgw-attachment', 'tgw', 'v'), link('inside', 'flow', 'i', 'nat'), link('out', 'flow', 'i', 'tgw')],
);

const facts = (outline: boolean): ViewFacts => ({
  selectedNodes: new Set(),
  selectedEdges: new Set(),
  badges: new Map([
    ['v', { severity: 'error', count: 1 }],
    ['att', { severity: 'warning', count: 1 }],
  ]),
  marks: new Map(),
  dragged: null,
  outline: outline ? outlineView(doc) : null,
});

describe('flow elements at the outline level', () => {
  it('draws a VPC with its insides as one node carrying the picture of them, and no badges', () => {
    const nodes = new FlowNodeCache().build(doc, facts(true));
    expect(nodes.map((n) => n.id)).toEqual(['r', 'v', 'tgw']);
    const v = nodes.find((n) => n.id === 'v')!;
    expect(v.data.interior?.map((item) => item.node.id)).toEqual(['s', 'i', 'nat']);
    expect(v.data.badge).toBeUndefined();
    // Every node carries its handles' places, at every level.
    expect(v.handles?.map((h) => h.id)).toEqual(['t', 's']);
  });

  it('draws a line from inside a VPC from the VPC, with the real end placed in it, and drops lines within one VPC', () => {
    const edges = new FlowEdgeCache().build(doc, facts(true));
    expect(edges.map((e) => e.id)).toEqual(['att', 'out']);
    const out = edges.find((e) => e.id === 'out')!;
    expect([out.source, out.target]).toEqual(['v', 'tgw']);
    expect(out.data?.sourceOffset).toMatchObject({ x: 30, y: 110, container: false });
    expect(out.data?.targetOffset).toBeUndefined();
    expect(edges.find((e) => e.id === 'att')!.data?.badge).toBeUndefined();
  });

  it('draws every node and line as itself, with its badge, at the other levels', () => {
    const nodes = new FlowNodeCache().build(doc, facts(false));
    const edges = new FlowEdgeCache().build(doc, facts(false));
    expect(nodes).toHaveLength(doc.nodes.length);
    expect(edges).toHaveLength(doc.connections.length);
    expect(nodes.find((n) => n.id === 'v')!.data.badge).toEqual({ severity: 'error', count: 1 });
    expect(edges.find((e) => e.id === 'out')!.source).toBe('i');
  });
});
