import { describe, expect, it } from 'vitest';
import { parseDocument } from '../document/parse';
import { serializeDocument } from '../document/serialize';
import type { TopologyDocument } from '../document/types';
import { buildDocument, node, region, subnet, vpc } from '../testing/build';
import { arrange, needsArrangement } from './arrange';
import { absoluteRect, isContainerKind, isEdgeMounted } from './geometry';

const unpositioned = () =>
  buildDocument([
    region('r', 'us-east-1'),
    vpc('a', ['10.0.0.0/16'], { parent: 'r' }),
    subnet('a1', 'a', '10.0.0.0/24'),
    subnet('a2', 'a', '10.0.1.0/24'),
    node('i1', 'instance', 'a1'),
    node('i2', 'instance', 'a1'),
    node('igw', 'internet-gateway', 'a'),
    vpc('b', ['10.1.0.0/16'], { parent: 'r' }),
    node('tgw', 'transit-gateway', 'r'),
    node('net', 'internet'),
  ]);

const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function checkNested(doc: TopologyDocument) {
  const byId = new Map(doc.nodes.map((n) => [n.id as string, n]));
  for (const n of doc.nodes) {
    expect(n.position, n.id).toBeDefined();
    if (isContainerKind(n.kind)) expect(n.size, n.id).toBeDefined();
    const parent = n.parent ? byId.get(n.parent) : undefined;
    if (!parent || isEdgeMounted(n, parent)) continue;
    const r = absoluteRect(doc, n.id)!;
    const p = absoluteRect(doc, parent.id)!;
    expect(r.x >= p.x && r.y >= p.y && r.x + r.width <= p.x + p.width && r.y + r.height <= p.y + p.height, `${n.id} inside ${parent.id}`).toBe(true);
  }
  // Siblings never overlap.
  for (const a of doc.nodes) {
    for (const b of doc.nodes) {
      if (a.id >= b.id || a.parent !== b.parent) continue;
      const pa = a.parent ? byId.get(a.parent) : undefined;
      if (isEdgeMounted(a, pa) || isEdgeMounted(b, pa)) continue;
      expect(overlap(absoluteRect(doc, a.id)!, absoluteRect(doc, b.id)!), `${a.id} / ${b.id}`).toBe(false);
    }
  }
}

describe('arrange', () => {
  it('places every node of a document without positions, children inside parents, siblings apart', () => {
    const doc = arrange(unpositioned());
    expect(needsArrangement(doc)).toBe(false);
    checkNested(doc);
  });
  it('leaves a fully positioned document alone', () => {
    const doc = arrange(unpositioned());
    expect(arrange(doc)).toBe(doc);
  });
  it('re-arranges everything on request, still nested', () => {
    const doc = arrange(unpositioned());
    const moved = { ...doc, nodes: doc.nodes.map((n) => (n.id === 'i1' ? { ...n, position: { x: 5000, y: 5000 } } : n)) };
    checkNested(arrange(moved, { all: true }));
  });
});

describe('arrange with extreme coordinates', () => {
  it('never produces a size JSON cannot carry: what it returns saves and opens again', () => {
    const doc = buildDocument([
      region('r', 'us-east-1'),
      vpc('v', ['10.0.0.0/16'], { parent: 'r', position: { x: 1.79e308, y: 0 }, size: { width: 1e306, height: 300 } }),
    ]);
    const arranged = arrange(doc);
    const r = arranged.nodes.find((n) => n.id === 'r')!;
    expect(Number.isFinite(r.size!.width)).toBe(true);
    expect(parseDocument(serializeDocument(arranged))).toEqual(arranged);
  });
});
