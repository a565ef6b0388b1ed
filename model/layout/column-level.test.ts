import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../document/parse';
import type { Size, TopologyDocument } from '../document/types';
import { arbitraryDocument } from '../testing/arbitrary-document';
import { link } from '../testing/build';
import { COLUMNS_FROM_NODES, TARGET_ASPECT } from './constants';
import { expectRoutesTouchTheirEnds, expectSpokesRightOfHubInReadingOrder, expectWellFormed, rectOf } from './expect-layout';
import { layoutDocument } from './layout-document';
import { createNodeElk } from './node-elk';
import { childrenOutsideParents, edgesThroughBoxes, sharedRuns, siblingOverlaps } from './quality';
import { sampleOfSize } from './sample-networks';
import { hubAndSpokes } from './test-networks';
import type { ElkRunner, LayoutResult } from './types';

/** ELK must not be called: the column placer arranges every level. */
const noElk: ElkRunner = {
  layout: () => {
    throw new Error('ELK was called');
  },
};
const byColumns = (doc: TopologyDocument, sizes?: ReadonlyMap<string, Size>) => layoutDocument(doc, { elk: noElk, placer: 'columns', sizes });

/** Pairs of connections drawn on top of each other that share no end: one line hiding another. */
function hiddenLines(doc: TopologyDocument, result: LayoutResult): Array<[string, string]> {
  const ends = new Map<string, string[]>(doc.connections.map((c) => [c.id, [c.source, c.target]]));
  return sharedRuns(result.routes).filter(([a, b]) => !ends.get(a)!.some((end) => ends.get(b)!.includes(end)));
}

describe('placeColumns: levels arranged without ELK', () => {
  it('stacks a hub’s spokes in columns in the reading order, the hub level with their middle, and draws its attachments as one comb', async () => {
    // Peerings between spokes far apart in the order, so that lines run between columns.
    const peerings = Array.from({ length: 20 }, (_, i) => link(`pcx-${i}`, 'vpc-peering', `spoke-${String(i).padStart(2, '0')}`, `spoke-${String(99 - i).padStart(2, '0')}`));
    const doc = hubAndSpokes(100, peerings);
    const result = await byColumns(doc);
    expectWellFormed(result);
    expectRoutesTouchTheirEnds(doc, result);
    expect(result.routes.size).toBe(120);
    const columns = expectSpokesRightOfHubInReadingOrder(doc, result, 'tgw');
    const tgw = rectOf(result, 'tgw');
    const first = [...columns.values()][0]!;
    const middle = (Math.min(...first.map((s) => s.rect.y)) + Math.max(...first.map((s) => s.rect.y + s.rect.height))) / 2;
    expect(Math.abs(tgw.y + tgw.height / 2 - middle)).toBeLessThan(tgw.height);
    // Every attachment leaves the hub on one track; no peering runs on top of another line.
    const firstBends = new Set(doc.connections.filter((c) => c.kind === 'tgw-attachment').map((c) => result.routes.get(c.id)!.points[1]!.x));
    expect(firstBends.size).toBe(1);
    expect(hiddenLines(doc, result)).toEqual([]);
  });

  for (const size of [50, 200]) {
    it(`lays out a generated ${size}-node network cleanly, deterministically, with no line hidden under another`, async () => {
      const doc = sampleOfSize(size);
      const a = await byColumns(doc);
      expectWellFormed(a);
      expectRoutesTouchTheirEnds(doc, a);
      expect(a.routes.size).toBe(doc.connections.length);
      expect(hiddenLines(doc, a)).toEqual([]);
      const b = await byColumns({ ...doc, nodes: [...doc.nodes].reverse(), connections: [...doc.connections].reverse() });
      expect(JSON.stringify(b.document.nodes.map((n) => [n.id, n.position, n.size]).sort())).toBe(JSON.stringify(a.document.nodes.map((n) => [n.id, n.position, n.size]).sort()));
      const aspect = a.bounds.width / a.bounds.height;
      expect(aspect).toBeGreaterThan(0.8);
      expect(aspect).toBeLessThan(2.5);
    });
  }

  const here = fileURLToPath(new URL('.', import.meta.url));
  const examples = join(here, '../../examples');
  const files = existsSync(examples) ? readdirSync(examples).filter((f) => f.endsWith('.json')).sort() : [];
  for (const file of files) {
    it(`lays out examples/${file} cleanly`, async () => {
      const doc = parseDocument(readFileSync(join(examples, file), 'utf8'));
      const result = await byColumns(doc);
      expectWellFormed(result);
      expectRoutesTouchTheirEnds(doc, result);
      expect(hiddenLines(doc, result)).toEqual([]);
    });
  }

  it('wraps a hub’s many spokes into a diagram about as wide as TARGET_ASPECT, counting their lines as one comb per gap', async () => {
    // As an imported account: every VPC attached to one transit gateway. Counted as one line
    // each in every gap they pass, the spokes made the estimate so wide that 600 of them came out
    // 0.5 as wide as tall.
    for (const spokes of [300, 600]) {
      const { bounds } = await byColumns(hubAndSpokes(spokes));
      const aspect = bounds.width / bounds.height;
      expect(aspect, `${spokes} spokes: ${Math.round(bounds.width)} × ${Math.round(bounds.height)}`).toBeGreaterThan(TARGET_ASPECT / 1.25);
      expect(aspect).toBeLessThan(TARGET_ASPECT * 1.25);
    }
  });

  it('stacks regions at the top level when side by side they would make the diagram too wide', async () => {
    // Six regions of about 300 VPCs: with the regions' own column height at the top level, each
    // region was one column tall and they stood in a row, 2.1 as wide as tall.
    const { bounds, document } = await byColumns(sampleOfSize(2_000));
    const aspect = bounds.width / bounds.height;
    expect(aspect, `${Math.round(bounds.width)} × ${Math.round(bounds.height)}`).toBeGreaterThan(TARGET_ASPECT / 1.25);
    expect(aspect).toBeLessThan(TARGET_ASPECT * 1.25);
    const regionXs = new Set(document.nodes.filter((n) => n.kind === 'region').map((n) => n.position!.x));
    expect(regionXs.size, 'regions in fewer columns than there are regions').toBeLessThan(document.nodes.filter((n) => n.kind === 'region').length);
  });

  it('lays out any valid document without overlaps, honouring measured sizes', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryDocument({ maxNodes: 16, maxConnections: 8 }), fc.integer({ min: 60, max: 220 }), async (doc, measured) => {
        const sizes = new Map<string, Size>();
        doc.nodes.forEach((n, i) => {
          if (i % 2 === 0) sizes.set(n.id, { width: measured, height: Math.round(measured * 0.7) });
        });
        const result = await byColumns(doc, sizes);
        expect(siblingOverlaps(result.document, sizes)).toEqual([]);
        expect(childrenOutsideParents(result.document, sizes)).toEqual([]);
        expect(edgesThroughBoxes(result.document, result.routes, sizes)).toEqual([]);
      }),
      { numRuns: 60, seed: 20261206 },
    );
  });
});

describe('layoutDocument: who arranges the levels', () => {
  it(`leaves documents of ${COLUMNS_FROM_NODES} nodes or more to the column placer, never loading ELK`, async () => {
    const doc = sampleOfSize(COLUMNS_FROM_NODES);
    expect(doc.nodes.length).toBeGreaterThanOrEqual(COLUMNS_FROM_NODES);
    const result = await layoutDocument(doc, { elk: noElk });
    expectWellFormed(result);
    expect(result.routes.size).toBe(doc.connections.length);
  });

  it('gives smaller documents to ELK, and either to whichever `placer` names', async () => {
    const small = sampleOfSize(50);
    await expect(layoutDocument(small, { elk: noElk })).rejects.toThrow('ELK was called');
    let calls = 0;
    const elk = createNodeElk();
    const counting: ElkRunner = { layout: (graph) => (calls++, elk.layout(graph)) };
    await layoutDocument(small, { elk: counting, placer: 'elk' });
    expect(calls).toBeGreaterThan(0);
    await expect(layoutDocument(small, { elk: noElk, placer: 'columns' })).resolves.toBeDefined();
  });
});
