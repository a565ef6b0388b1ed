import { describe, expect, it } from 'vitest';
import type { TopologyDocument } from '../document/types';
import { absoluteRect, LEAF_SIZE } from '../edit/geometry';
import { buildDocument, link, node, subnet, vpc } from '../testing/build';
import { allElements, parseXml, textOf, type XmlElement } from '../testing/xml-tree';
import { EDGE_LOOKS } from './export-palette';
import { exportSvg, PICTURE_MARGIN, planPicture } from './svg-export';

const HOSTILE = `<img src=x onerror=alert(1)> & "quotes" 'apos' ]]>`;

function peeredPair(extra: Partial<Record<'nameA' | 'edgeName', string>> = {}): TopologyDocument {
  return buildDocument(
    [
      vpc('vpc-a', ['10.0.0.0/16'], { name: extra.nameA ?? 'payments', position: { x: 0, y: 0 }, size: { width: 400, height: 260 } }),
      subnet('subnet-a', 'vpc-a', '10.0.1.0/24', { name: 'payments-app', position: { x: 40, y: 60 }, size: { width: 240, height: 150 } }),
      node('i-a', 'instance', 'subnet-a', undefined, { name: 'pay-1', position: { x: 64, y: 50 } }),
      node('igw-a', 'internet-gateway', 'vpc-a', undefined, { name: 'igw', position: { x: -56, y: 100 } }),
      vpc('vpc-b', ['10.1.0.0/16'], { name: 'ledger', position: { x: 600, y: 0 }, size: { width: 400, height: 260 } }),
      node('dxgw', 'dx-gateway', undefined, undefined, { name: 'dxgw', position: { x: 450, y: 400 } }),
      node('vgw-b', 'vpn-gateway', 'vpc-b', undefined, { name: 'vgw', position: { x: 144, y: 236 } }),
    ],
    [
      { ...link('pcx-ab', 'vpc-peering', 'vpc-a', 'vpc-b'), ...(extra.edgeName ? { name: extra.edgeName } : {}) },
      link('assoc', 'dxgw-association', 'dxgw', 'vgw-b', { allowedPrefixes: ['10.1.0.0/16', '10.9.0.0/16'] }),
      link('flow-1', 'flow', 'i-a', 'vpc-b'),
    ],
  );
}

const byClass = (root: XmlElement, name: string) => allElements(root).filter((e) => (e.attributes.class ?? '').split(' ').includes(name));

describe('exportSvg', () => {
  it('draws every node and connection as SVG shapes, with no foreignObject', () => {
    const doc = peeredPair();
    const svg = exportSvg(doc)!.svg;
    const root = parseXml(svg);
    expect(root.name).toBe('svg');
    expect(svg).not.toContain('foreignObject');
    expect(byClass(root, 'vc-node').map((e) => e.attributes['data-id']).sort()).toEqual(doc.nodes.map((n) => n.id).sort());
    const edges = byClass(root, 'vc-edges')[0]!.children;
    expect(edges.map((e) => e.attributes['data-id'])).toEqual(doc.connections.map((c) => c.id));
    expect(edges.every((e) => e.name === 'path' && /^M[-\d.]+ [-\d.]+( [LQ][-\d. ]+)+$/.test(e.attributes.d ?? ''))).toBe(true);
    expect(allElements(root).map((e) => e.name).filter((n) => !['svg', 'title', 'defs', 'marker', 'path', 'rect', 'g', 'text', 'tspan', 'use', 'symbol'].includes(n))).toEqual([]);
  });

  it('styles each line as the canvas does: colour, width and dashes by kind, arrows on flows', () => {
    const root = parseXml(exportSvg(peeredPair())!.svg);
    for (const path of byClass(root, 'vc-edges')[0]!.children) {
      const kind = (path.attributes.class ?? '').replace('vc-edge vc-edge-', '') as keyof typeof EDGE_LOOKS;
      const look = EDGE_LOOKS[kind];
      expect(path.attributes.stroke).toBe(look.stroke);
      expect(path.attributes['stroke-width']).toBe(String(look.width));
      expect(path.attributes['stroke-dasharray']).toBe(look.dash);
      expect(path.attributes['marker-end'] !== undefined).toBe(look.arrow);
    }
  });

  it('frames the diagram with a margin, from the document alone', () => {
    const doc = peeredPair();
    const picture = exportSvg(doc)!;
    const plan = planPicture(doc)!;
    const bounds = plan.scene.bounds!;
    expect(picture.width).toBe(Math.ceil(bounds.x + bounds.width) - Math.floor(bounds.x) + 2 * PICTURE_MARGIN);
    // The gateway on vpc-a's border sticks out to the left of every box.
    expect(bounds.x).toBeLessThanOrEqual(-56);
    const root = parseXml(picture.svg);
    expect(root.attributes.viewBox).toBe(`${plan.frame.x} ${plan.frame.y} ${plan.frame.width} ${plan.frame.height}`);
    expect(root.attributes.width).toBe(String(picture.width));
    const doubled = parseXml(exportSvg(doc, { scale: 2 })!.svg);
    expect(doubled.attributes.width).toBe(String(picture.width * 2));
    expect(doubled.attributes.viewBox).toBe(root.attributes.viewBox);
  });

  it('is undefined for an empty diagram', () => {
    expect(exportSvg(buildDocument([]))).toBeUndefined();
  });

  it('writes hostile names as text: the file parses and holds no element made from them', () => {
    const doc = peeredPair({ nameA: HOSTILE, edgeName: '<b onmouseover=alert(4)>peer</b>' });
    const root = parseXml(exportSvg(doc, { title: { name: HOSTILE, date: 'today' } })!.svg);
    expect(allElements(root).some((e) => ['img', 'b', 'script'].includes(e.name))).toBe(false);
    const text = textOf(root).replace(/\s+/g, '');
    expect(text).toContain(HOSTILE.replace(/\s+/g, ''));
    expect(text).toContain('<bonmouseover=alert(4)>peer</b>');
  });

  it('survives control characters and lone surrogates in names (they used to break the export)', () => {
    const nasty = `bell\u0007 nul\u0000 esc\u001b lone\uD800 low\uDC00 ok🚀`;
    // The parser refuses such names now; the exporter still must not break on a document built in memory.
    const parsed = peeredPair({ nameA: 'a', edgeName: 'e' });
    const doc = {
      ...parsed,
      nodes: parsed.nodes.map((n) => (n.id === 'vpc-a' ? { ...n, name: nasty } : n)),
      connections: parsed.connections.map((c) => (c.id === 'pcx-ab' ? { ...c, name: nasty } : c)),
    };
    const svg = exportSvg(doc, { title: { name: nasty, date: nasty } })!.svg;
    const root = parseXml(svg);
    expect(textOf(root)).toContain('ok🚀');
    expect(textOf(root)).toContain('bell\uFFFD');
  });

  it('never shortens a name: a long one wraps onto more lines, every character kept', () => {
    const long = 'prod-private-subnet-for-the-payments-ledger-in-availability-zone-c';
    const doc = buildDocument([node('i-long', 'instance', undefined, undefined, { name: long, position: { x: 0, y: 0 } })]);
    const root = parseXml(exportSvg(doc)!.svg);
    const leaf = byClass(root, 'vc-leaf')[0]!;
    const texts = leaf.children.filter((e) => e.name === 'text');
    expect(texts.length).toBeGreaterThan(2);
    expect(texts.map(textOf).join('')).toContain(long);
    expect(leaf.children.find((e) => e.name === 'title')?.text).toBe(`${long} · Instance`);
    expect(textOf(root)).not.toContain('…');
    // The picture grows below the node to hold the lines.
    expect(planPicture(doc)!.scene.bounds!.height).toBeGreaterThan(LEAF_SIZE.height);
  });

  it('captions lines with their names, VIF types and allowed prefixes', () => {
    const doc = buildDocument(
      [
        node('dx', 'dx-connection', undefined, undefined, { position: { x: 0, y: 0 } }),
        node('dxgw', 'dx-gateway', undefined, undefined, { position: { x: 400, y: 0 } }),
        node('tgw', 'transit-gateway', undefined, undefined, { position: { x: 800, y: 0 } }),
      ],
      [link('vif-1', 'vif', 'dx', 'dxgw', { type: 'transit' }), link('assoc', 'dxgw-association', 'dxgw', 'tgw', { allowedPrefixes: ['10.0.0.0/16'] })],
    );
    const captions = byClass(parseXml(exportSvg(doc)!.svg), 'vc-caption');
    expect(captions.map((g) => g.children.filter((e) => e.name === 'text').map(textOf).join(' '))).toEqual(['transit VIF', 'allowed 10.0.0.0/16']);
    // The whole caption is also the group's tooltip.
    expect(captions.map((g) => g.children.find((e) => e.name === 'title')?.text)).toEqual(['transit VIF', 'allowed 10.0.0.0/16']);
  });

  it('adds a title block with the date and finding counts, and a legend of the kinds used', () => {
    const doc = peeredPair();
    const plain = exportSvg(doc)!;
    const full = exportSvg(doc, { title: { name: 'Peered pair', date: '5 December 2026', summary: { errors: 2, warnings: 1, infos: 0 } }, legend: true })!;
    expect(full.height).toBeGreaterThan(plain.height);
    const root = parseXml(full.svg);
    expect(textOf(byClass(root, 'vc-title')[0]!)).toBe('Peered pair5 December 2026 · 2 errors · 1 warning · 0 notes');
    const legend = byClass(root, 'vc-legend')[0]!;
    expect(legend.children.filter((e) => e.name === 'text').map(textOf)).toEqual(['Legend', EDGE_LOOKS['vpc-peering'].label, EDGE_LOOKS['dxgw-association'].label, EDGE_LOOKS.flow.label]);
  });

  it('puts each icon in once as a symbol and draws every node with it', () => {
    const doc = peeredPair();
    const icon = (colour: string) => `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><title>t</title><defs><linearGradient id="g"/></defs><path fill="url(#g)" stroke="${colour}" d="M0 0h48v48H0z"/></svg>`;
    const icons = { vpc: icon('#111'), subnet: icon('#222'), instance: icon('#333'), 'internet-gateway': icon('#444'), 'dx-gateway': icon('#555'), 'vpn-gateway': icon('#666') };
    const root = parseXml(exportSvg(doc, { icons })!.svg);
    const symbols = allElements(root).filter((e) => e.name === 'symbol');
    expect(symbols.map((s) => s.attributes.id).sort()).toEqual(Object.keys(icons).map((k) => `vc-icon-${k}`).sort());
    const uses = allElements(root).filter((e) => e.name === 'use');
    expect(uses).toHaveLength(doc.nodes.length);
    // Ids inside an icon are made unique to it, and its references follow.
    const gradients = allElements(root).filter((e) => e.name === 'linearGradient').map((e) => e.attributes.id);
    expect(new Set(gradients).size).toBe(Object.keys(icons).length);
    expect(allElements(root).some((e) => e.attributes.fill === 'url(#vc-icon-vpc-g)')).toBe(true);
    expect(allElements(root).some((e) => e.name === 'title' && e.text === 't')).toBe(false);
  });

  it("follows the document's saved route (view data) while its ends stay, and goes straight once one has moved", () => {
    const doc = peeredPair();
    const points = [{ x: 400, y: 130 }, { x: 500, y: 130 }, { x: 500, y: 300 }, { x: 600, y: 300 }];
    const route = { points, sourceRect: absoluteRect(doc, 'vpc-a')!, targetRect: absoluteRect(doc, 'vpc-b')! };
    const saved = { ...doc, connections: doc.connections.map((c) => (c.id === 'pcx-ab' ? { ...c, route } : c)) };
    const routed = planPicture(saved)!.scene.edges.find((e) => e.connection.id === 'pcx-ab')!;
    expect(routed.routed).toBe(true);
    expect(routed.points).toEqual(points);
    expect(exportSvg(saved)!.svg).toContain('M400 130');
    const moved = { ...saved, nodes: saved.nodes.map((n) => (n.id === 'vpc-b' ? { ...n, position: { x: n.position!.x + 40, y: n.position!.y } } : n)) };
    const straight = planPicture(moved)!.scene.edges.find((e) => e.connection.id === 'pcx-ab')!;
    expect(straight.routed).toBe(false);
    expect(straight.points).toHaveLength(2);
  });

  it('draws finding badges where asked', () => {
    const doc = peeredPair();
    const badges = new Map([
      ['vpc-a', { severity: 'error' as const, count: 2 }],
      ['pcx-ab', { severity: 'warning' as const, count: 120 }],
    ]);
    const found = byClass(parseXml(exportSvg(doc, { badges })!.svg), 'vc-badge').map(textOf).sort();
    expect(found).toEqual(['2', '99+']);
  });
});
