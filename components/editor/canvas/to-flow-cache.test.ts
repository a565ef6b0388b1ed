import { describe, expect, it } from 'vitest';
import { buildDocument, link, region, vpc } from '../../../model/testing/build';
import { FlowEdgeCache, FlowNodeCache, type ViewFacts } from './to-flow';

const doc = buildDocument(
  [region('r', 'us-east-1', { position: { x: 0, y: 0 } }), vpc('a', ['10.0.0.0/16'], { parent: 'r', position: { x: 0, y: 50 } }), vpc('b', ['10.1.0.0/16'], { parent: 'r', position: { x: 600, y: 50 } })],
  [link('p', 'vpc-peering', 'a', 'b')],
);

const facts = (extra: Partial<ViewFacts> = {}): ViewFacts => ({ selectedNodes: new Set(), selectedEdges: new Set(), badges: new Map(), marks: new Map(), dragged: null, ...extra });

describe('the lists handed to React Flow', () => {
  it('stay the same list while nothing drawn changes, so that React Flow has nothing to take in again', () => {
    const nodes = new FlowNodeCache();
    const edges = new FlowEdgeCache();
    const firstNodes = nodes.build(doc, facts());
    const firstEdges = edges.build(doc, facts());
    // A new badge map or selection set with the same contents: the render that brings it changes nothing drawn.
    expect(nodes.build(doc, facts({ badges: new Map() }))).toBe(firstNodes);
    expect(edges.build(doc, facts({ selectedNodes: new Set() }))).toBe(firstEdges);
  });

  it('are new lists as soon as one element changes, is added or goes', () => {
    const nodes = new FlowNodeCache();
    const edges = new FlowEdgeCache();
    const firstNodes = nodes.build(doc, facts());
    const firstEdges = edges.build(doc, facts());
    const selected = nodes.build(doc, facts({ selectedNodes: new Set(['a']) }));
    expect(selected).not.toBe(firstNodes);
    expect(selected.find((n) => n.id === 'a')?.selected).toBe(true);
    // Fewer nodes drawn (a reveal's earlier slice): both lists shrink.
    const shown = new Set(['r', 'a']);
    expect(nodes.build(doc, facts({ shown })).map((n) => n.id)).toEqual(['r', 'a']);
    expect(edges.build(doc, facts({ shown }))).toEqual([]);
    expect(edges.build(doc, facts())).not.toBe(firstEdges);
    expect(edges.build(doc, facts()).map((e) => e.id)).toEqual(['p']);
  });
});
