import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../document/parse';
import type { Size, TopologyDocument } from '../document/types';
import { arbitraryDocument } from '../testing/arbitrary-document';
import { buildDocument, link, node, onPrem, subnet, vpc } from '../testing/build';
import { ICON_CENTER_Y } from './constants';
import { layoutDocument } from './layout-document';
import { createNodeElk } from './node-elk';
import { expectRoutesTouchTheirEnds, expectSpokesRightOfHubInReadingOrder, expectWellFormed, rectOf, right } from './expect-layout';
import { childrenOutsideParents, edgesThroughBoxes, nodeRects, siblingOverlaps } from './quality';
import { sampleOfSize } from './sample-networks';
import { hubAndSpokes, hybridSite, threeTierVpc } from './test-networks';
import type { LayoutResult } from './types';

const elk = createNodeElk();

describe('layoutDocument: a three-tier VPC', () => {
  it('puts each AZ in a column, public above private, lower addresses higher up', async () => {
    const result = await layoutDocument(threeTierVpc(), { elk });
    expectWellFormed(result);
    const r = (id: string) => rectOf(result, id);
    // One column per AZ, 1a left of 1c.
    for (const id of ['app-a', 'db-a']) expect(r(id).x).toBe(r('web-a').x);
    for (const id of ['app-b', 'db-b']) expect(r(id).x).toBe(r('web-b').x);
    expect(right(r('web-a'))).toBeLessThan(r('web-b').x);
    // Public above private in each AZ, then by address.
    expect(r('web-a').y + r('web-a').height).toBeLessThan(r('app-a').y);
    expect(r('app-a').y + r('app-a').height).toBeLessThan(r('db-a').y);
    expect(r('web-b').y + r('web-b').height).toBeLessThan(r('app-b').y);
    // Rows line up across AZs.
    expect(r('web-a').y).toBe(r('web-b').y);
    expect(r('db-a').y).toBe(r('db-b').y);
    // The load balancer sits under the subnets.
    expect(r('lb').y).toBeGreaterThan(r('db-a').y + r('db-a').height);
  });

  it('puts the internet gateway on the VPC top edge and routes flows inside the VPC', async () => {
    const doc = threeTierVpc();
    const result = await layoutDocument(doc, { elk });
    const igw = rectOf(result, 'igw');
    const prod = rectOf(result, 'prod');
    expect(igw.y + ICON_CENTER_Y).toBeCloseTo(prod.y);
    expect(igw.x).toBeGreaterThanOrEqual(prod.x);
    expect(right(igw)).toBeLessThanOrEqual(right(prod));
    expect(result.routes.get('flow-web-app' as never)).toBeDefined();
    expectRoutesTouchTheirEnds(doc, result);
  });

  it('gives the same layout for the same document, whatever the order of its nodes', async () => {
    const doc = threeTierVpc();
    const reversed: TopologyDocument = { ...doc, nodes: [...doc.nodes].reverse(), connections: [...doc.connections].reverse() };
    const a = await layoutDocument(doc, { elk });
    const b = await layoutDocument(doc, { elk });
    const c = await layoutDocument(reversed, { elk });
    expect(JSON.stringify(b.document)).toBe(JSON.stringify(a.document));
    expect([...b.routes]).toEqual([...a.routes]);
    const positions = (r: LayoutResult) => Object.fromEntries(r.document.nodes.map((n) => [n.id, [n.position, n.size]]));
    expect(positions(c)).toEqual(positions(a));
  });

  it('leaves the input document untouched and keeps unknown fields', async () => {
    const doc = threeTierVpc();
    const withExtra = { ...doc, nodes: doc.nodes.map((n) => (n.id === 'prod' ? { ...n, 'x-color': '#123456' } : n)) } as TopologyDocument;
    const before = JSON.stringify(withExtra);
    const result = await layoutDocument(withExtra, { elk });
    expect(JSON.stringify(withExtra)).toBe(before);
    expect((result.document.nodes.find((n) => n.id === 'prod') as unknown as Record<string, unknown>)['x-color']).toBe('#123456');
    expect(result.document.connections).toEqual(withExtra.connections);
  });
});

describe('layoutDocument: a transit gateway with spokes', () => {
  it('puts the hub left of its spokes, wraps the spokes into columns and routes every attachment', async () => {
    const doc = hubAndSpokes(16);
    const result = await layoutDocument(doc, { elk });
    expectWellFormed(result);
    expectRoutesTouchTheirEnds(doc, result);
    const tgw = rectOf(result, 'tgw');
    const spokes = doc.nodes.filter((n) => n.kind === 'vpc').map((n) => rectOf(result, n.id));
    for (const spoke of spokes) expect(right(tgw)).toBeLessThan(spoke.x);
    expect(new Set(spokes.map((s) => s.x)).size).toBeGreaterThan(1);
    const tokyo = rectOf(result, 'tokyo');
    expect(tokyo.width / tokyo.height).toBeGreaterThan(0.6);
    expect(tokyo.width / tokyo.height).toBeLessThan(3);
    expect(result.routes.size).toBe(16);
  });

  it('lays out a hub with a hundred spokes in columns that keep the reading order, cleanly', async () => {
    // Peerings between spokes far apart in the order, so that edges cross columns.
    const peerings = Array.from({ length: 20 }, (_, i) => link(`pcx-${i}`, 'vpc-peering', `spoke-${String(i).padStart(2, '0')}`, `spoke-${String(99 - i).padStart(2, '0')}`));
    const withPeerings = hubAndSpokes(100, peerings);
    const strategies: string[] = [];
    const watching = {
      layout: (graph: Parameters<typeof elk.layout>[0]) => {
        const level = graph.children?.[0]?.id === 'level' ? graph.children[0] : graph;
        strategies.push(level.layoutOptions?.['elk.layered.crossingMinimization.strategy'] ?? 'LAYER_SWEEP');
        return elk.layout(graph);
      },
    };
    const result = await layoutDocument(withPeerings, { elk: watching });
    expectWellFormed(result);
    expectRoutesTouchTheirEnds(withPeerings, result);
    expect(result.routes.size).toBe(120);
    // The region is too large to sweep: ELK keeps each column in the reading order (by name).
    expect(strategies[0]).toBe('INTERACTIVE');
    expectSpokesRightOfHubInReadingOrder(withPeerings, result, 'tgw');
  });

  it('runs the attachments of a hub to far columns on a bus above the boxes, not through ELK, when there are many (an imported account)', async () => {
    const doc = hubAndSpokes(400);
    const given: number[] = [];
    const counting = {
      layout: (graph: Parameters<typeof elk.layout>[0]) => {
        const level = graph.children?.[0]?.id === 'level' ? graph.children[0] : graph;
        given.push(level.edges?.length ?? 0);
        return elk.layout(graph);
      },
    };
    // 1,202 nodes: ELK is asked for by name (a document this large would go to the column placer).
    const result = await layoutDocument(doc, { elk: counting, placer: 'elk' });
    expectWellFormed(result);
    expectRoutesTouchTheirEnds(doc, result);
    expect(result.routes.size).toBe(400);
    // ELK was given only the attachments to the column next to the hub.
    expect(given[0]).toBeGreaterThan(0);
    expect(given[0]).toBeLessThan(200);
    const top = Math.min(...doc.nodes.filter((n) => n.kind === 'vpc').map((n) => rectOf(result, n.id).y));
    const onBus = [...result.routes.values()].filter((route) => Math.min(...route.points.map((p) => p.y)) < top);
    expect(onBus.length).toBe(400 - given[0]!);
  }, 60_000);
});

describe('layoutDocument: a hybrid site', () => {
  // The column placer (large documents) reads the same way as ELK.
  it.each(['elk', 'columns'] as const)('reads left to right: site, hybrid connections, hubs, VPCs, with the VGW on the VPC left edge (%s)', async (placer) => {
    const doc = hybridSite();
    const result = await layoutDocument(doc, { elk, placer });
    expectWellFormed(result);
    expectRoutesTouchTheirEnds(doc, result);
    const r = (id: string) => rectOf(result, id);
    for (const id of ['tokyo', 'dxgw', 'dx', 'vpn', 'tgw', 'prod', 'dev', 'vgw']) expect(right(r('hq')), id).toBeLessThan(r(id).x);
    expect(right(r('dxgw'))).toBeLessThan(r('tokyo').x);
    expect(right(r('dx'))).toBeLessThan(r('tgw').x);
    expect(right(r('vpn'))).toBeLessThan(r('tgw').x);
    expect(right(r('tgw'))).toBeLessThan(r('dev').x);
    const vgw = r('vgw');
    expect(vgw.x + vgw.width / 2).toBeCloseTo(r('prod').x);
    expect(result.routes.size).toBe(doc.connections.length);
  });
});

describe('layoutDocument: files and generated networks', () => {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const fixtures = join(here, '../fixtures/v1');
  const files = readdirSync(fixtures).filter((f) => f.endsWith('.json')).sort().map((f) => join(fixtures, f));
  const examples = join(here, '../../examples');
  if (existsSync(examples)) for (const f of readdirSync(examples).sort()) if (f.endsWith('.json')) files.push(join(examples, f));

  for (const file of files) {
    it(`lays out ${file.replace(/.*\/(model|examples)\//, '$1/')} cleanly`, async () => {
      const doc = parseDocument(readFileSync(file, 'utf8'));
      const result = await layoutDocument(doc, { elk });
      expectWellFormed(result);
      expectRoutesTouchTheirEnds(doc, result);
      const rects = nodeRects(result.document);
      const sites = doc.nodes.filter((n) => n.kind === 'on-premises').map((n) => rects.get(n.id)!);
      const aws = doc.nodes.filter((n) => n.kind === 'region' || n.kind === 'vpc' || n.kind === 'transit-gateway').map((n) => rects.get(n.id)!);
      for (const site of sites) for (const box of aws) expect(right(site)).toBeLessThan(box.x);
    });
  }

  for (const size of [50, 200]) {
    it(`lays out a generated ${size}-node network cleanly, deterministically and not too wide`, async () => {
      const doc = sampleOfSize(size);
      const a = await layoutDocument(doc, { elk });
      expectWellFormed(a);
      expectRoutesTouchTheirEnds(doc, a);
      const b = await layoutDocument(doc, { elk });
      expect(JSON.stringify(b.document)).toBe(JSON.stringify(a.document));
      expect([...b.routes]).toEqual([...a.routes]);
      const aspect = a.bounds.width / a.bounds.height;
      expect(aspect).toBeGreaterThan(0.8);
      expect(aspect).toBeLessThan(2.5);
      expect(a.routes.size).toBe(doc.connections.length);
    });
  }

  it('lays out any valid document without overlaps, honouring measured sizes', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryDocument({ maxNodes: 16, maxConnections: 8 }), fc.integer({ min: 60, max: 220 }), async (doc, measured) => {
        const sizes = new Map<string, Size>();
        doc.nodes.forEach((n, i) => {
          if (i % 2 === 0) sizes.set(n.id, { width: measured, height: Math.round(measured * 0.7) });
        });
        const result = await layoutDocument(doc, { elk, sizes });
        expect(siblingOverlaps(result.document, sizes)).toEqual([]);
        expect(childrenOutsideParents(result.document, sizes)).toEqual([]);
        expect(edgesThroughBoxes(result.document, result.routes, sizes)).toEqual([]);
        const again = await layoutDocument(doc, { elk, sizes });
        expect(JSON.stringify(again.document)).toBe(JSON.stringify(result.document));
      }),
      { numRuns: 40, seed: 20261124 },
    );
  });
});

describe('layoutDocument: scopes', () => {
  it('lays out only the inside of one container', async () => {
    const full = await layoutDocument(hybridSite(), { elk });
    // Move a subnet somewhere odd, then tidy only its VPC.
    const messy: TopologyDocument = {
      ...full.document,
      nodes: full.document.nodes.map((n) => (n.id === 'prod-a' ? { ...n, position: { x: 300, y: 5 } } : n)),
    };
    const result = await layoutDocument(messy, { elk, scope: { kind: 'container', id: 'prod' } });
    const find = (doc: TopologyDocument, id: string) => doc.nodes.find((n) => n.id === id)!;
    expect(find(result.document, 'prod-a').position).toEqual(find(full.document, 'prod-a').position);
    expect(find(result.document, 'prod').position).toEqual(find(messy, 'prod').position);
    for (const id of ['hq', 'cgw', 'tgw', 'dev', 'dev-a', 'tokyo']) expect(find(result.document, id)).toEqual(find(messy, id));
    expect([...result.laidOut].sort()).toEqual(['prod', 'prod-a', 'vgw']);
    expect(childrenOutsideParents(result.document)).toEqual([]);
  });

  it('places selected new nodes as a block beside the fixed ones and grows their parent', async () => {
    const full = await layoutDocument(hubAndSpokes(4), { elk });
    type Raw = Record<string, unknown>;
    const doc = buildDocument(
      [
        ...(full.document.nodes as unknown as Raw[]),
        vpc('new-1', ['10.50.0.0/16'], { parent: 'tokyo' }),
        subnet('new-1-a', 'new-1', '10.50.0.0/24', { props: { az: 'ap-northeast-1a' } }),
        vpc('new-2', ['10.51.0.0/16'], { parent: 'tokyo' }),
      ],
      [...(full.document.connections as unknown as Raw[]), link('att-new-1', 'tgw-attachment', 'tgw', 'new-1')],
    );
    const result = await layoutDocument(doc, { elk, scope: { kind: 'selection', ids: ['new-1', 'new-2'] } });
    const find = (id: string) => result.document.nodes.find((n) => n.id === id)!;
    for (const n of full.document.nodes) {
      if (n.id !== 'tokyo') expect(find(n.id)).toEqual(n);
    }
    expect(siblingOverlaps(result.document)).toEqual([]);
    expect(childrenOutsideParents(result.document)).toEqual([]);
    expect(result.laidOut.has('new-1' as never) && result.laidOut.has('new-1-a' as never) && result.laidOut.has('new-2' as never)).toBe(true);
    const tokyo = find('tokyo');
    const before = full.document.nodes.find((n) => n.id === 'tokyo')!;
    expect(tokyo.position).toEqual(before.position);
    expect(tokyo.size!.height).toBeGreaterThan(before.size!.height);
    // The attachment reaches outside the selection: it is left to the editor.
    expect(result.routes.has('att-new-1' as never)).toBe(false);
  });

  it('lays out the inside of a region, keeping the region where it is', async () => {
    const full = await layoutDocument(hybridSite(), { elk });
    const moved: TopologyDocument = {
      ...full.document,
      nodes: full.document.nodes.map((n) => (n.id === 'tokyo' ? { ...n, position: { x: 900, y: 40 } } : n.id === 'dev' ? { ...n, position: { x: 0, y: 0 } } : n)),
    };
    const result = await layoutDocument(moved, { elk, scope: { kind: 'container', id: 'tokyo' } });
    const find = (id: string) => result.document.nodes.find((n) => n.id === id)!;
    expect(find('tokyo').position).toEqual({ x: 900, y: 40 });
    const rects = nodeRects(result.document);
    expect(right(rects.get('tgw')!)).toBeLessThan(rects.get('dev')!.x);
    expect(right(rects.get('dx')!)).toBeLessThan(rects.get('tgw')!.x);
    expect(find('hq')).toEqual(moved.nodes.find((n) => n.id === 'hq'));
    expect(siblingOverlaps(result.document)).toEqual([]);
    expect(childrenOutsideParents(result.document)).toEqual([]);
    // Connections inside the region are routed; those leaving it are left to the editor.
    expect(result.routes.has('att-dev' as never)).toBe(true);
    expect(result.routes.has('vpn-cgw' as never)).toBe(false);
    expect(edgesThroughBoxes(result.document, result.routes)).toEqual([]);
  });

  it('places a selected top-level node below the diagram when its old spot is taken', async () => {
    const full = await layoutDocument(hybridSite(), { elk });
    const tokyo = full.document.nodes.find((n) => n.id === 'tokyo')!;
    type Raw = Record<string, unknown>;
    const doc = buildDocument([
      ...(full.document.nodes as unknown as Raw[]),
      { ...onPrem('branch', ['192.0.2.0/24']), position: { x: tokyo.position!.x + 10, y: tokyo.position!.y + 10 } },
      node('branch-cgw', 'customer-gateway', 'branch'),
    ]);
    const result = await layoutDocument(doc, { elk, scope: { kind: 'selection', ids: ['branch', 'branch-cgw'] } });
    const branch = result.document.nodes.find((n) => n.id === 'branch')!;
    expect(branch.position!.y).toBeGreaterThan(tokyo.position!.y + tokyo.size!.height);
    expect(siblingOverlaps(result.document)).toEqual([]);
    expect(childrenOutsideParents(result.document)).toEqual([]);
    expect([...result.laidOut].sort()).toEqual(['branch', 'branch-cgw']);
  });

  it('refuses a container that does not exist', async () => {
    await expect(layoutDocument(threeTierVpc(), { elk, scope: { kind: 'container', id: 'nope' } })).rejects.toThrow(/nope/);
  });
});
