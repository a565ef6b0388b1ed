import { describe, expect, it } from 'vitest';
import { parseDocumentValue } from '../document/parse';
import { applyGeometry, geometryChanges } from './geometry-changes';
import { layoutDocument } from './layout-document';
import { createNodeElk } from './node-elk';
import { sampleOfSize } from './sample-networks';

const doc = parseDocumentValue({
  format: 'vpc-canvas',
  version: 1,
  nodes: [
    { id: 'vpc', kind: 'vpc', props: { cidrs: ['10.0.0.0/16'] }, position: { x: 0, y: 0 }, size: { width: 400, height: 300 } },
    { id: 's1', kind: 'subnet', parent: 'vpc', props: { cidr: '10.0.0.0/24' }, position: { x: 20, y: 40 }, size: { width: 200, height: 100 } },
    { id: 'igw', kind: 'internet-gateway', parent: 'vpc', position: { x: 300, y: -24 } },
  ],
  connections: [],
});

describe('geometry changes', () => {
  const changes = new Map([
    ['vpc', { position: { x: 100, y: 50 }, size: { width: 600, height: 500 } }],
    ['s1', { position: { x: 40, y: 80 }, size: { width: 300, height: 200 } }],
  ]);

  it('applies positions and sizes and keeps untouched node objects', () => {
    const out = applyGeometry(doc, changes);
    expect(out.nodes[0]).toMatchObject({ position: { x: 100, y: 50 }, size: { width: 600, height: 500 } });
    expect(out.nodes[1]).toMatchObject({ position: { x: 40, y: 80 }, size: { width: 300, height: 200 } });
    expect(out.nodes[2]).toBe(doc.nodes[2]);
    expect(doc.nodes[0]!.position).toEqual({ x: 0, y: 0 });
    expect(out.connections).toBe(doc.connections);
  });

  it('keeps the node objects the changes leave as they were, and the document itself when nothing moves', () => {
    const applied = applyGeometry(doc, changes);
    expect(applyGeometry(applied, changes)).toBe(applied);
    const unmoved = applyGeometry(doc, new Map([['igw', { position: { x: 300, y: -24 } }], ['vpc', { position: { x: 100, y: 50 } }]]));
    expect(unmoved.nodes[2]).toBe(doc.nodes[2]);
    expect(unmoved.nodes[0]).not.toBe(doc.nodes[0]);
    expect(applyGeometry(doc, new Map([['igw', { position: { x: 300, y: -24 } }]]))).toBe(doc);
  });

  it('applying the changes of a layout gives the layout’s document', async () => {
    const sample = sampleOfSize(60);
    const result = await layoutDocument(sample, { elk: createNodeElk() });
    const applied = applyGeometry(sample, geometryChanges(result));
    expect(applied.nodes.map((n) => [n.id, n.position, n.size])).toEqual(result.document.nodes.map((n) => [n.id, n.position, n.size]));
  });
});
