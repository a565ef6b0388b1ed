import { describe, expect, it } from 'vitest';
import type { Position } from '../document/types';
import { absoluteRect } from '../edit/geometry';
import { buildDocument, link, node, subnet, vpc } from '../testing/build';
import { allElements, parseXml, type XmlElement } from '../testing/xml-tree';
import { exportDrawio } from './drawio-export';

const HOSTILE = `<img src=x onerror=alert(1)> & "q"`;

const doc = buildDocument(
  [
    { id: 'region-1', kind: 'region', name: 'Tokyo', props: { code: 'ap-northeast-1' }, position: { x: 0, y: 0 }, size: { width: 1200, height: 700 } },
    vpc('vpc-a', ['10.0.0.0/16'], { name: HOSTILE, parent: 'region-1', position: { x: 40, y: 60 }, size: { width: 440, height: 300 } }),
    subnet('subnet-a', 'vpc-a', '10.0.1.0/24', { name: 'public-a', position: { x: 40, y: 60 }, size: { width: 240, height: 150 }, props: { public: true, cidr: '10.0.1.0/24' } }),
    node('nat-a', 'nat-gateway', 'subnet-a', undefined, { position: { x: 20, y: 50 } }),
    node('igw-a', 'internet-gateway', 'vpc-a', undefined, { position: { x: -56, y: 100 } }),
    vpc('vpc-b', ['10.1.0.0/16'], { parent: 'region-1', position: { x: 600, y: 60 }, size: { width: 440, height: 300 } }),
    node('tgw', 'transit-gateway', 'region-1', undefined, { position: { x: 520, y: 500 } }),
    node('lb', 'load-balancer', 'vpc-b', { type: 'nlb' }, { position: { x: 40, y: 60 } }),
    { id: '1', kind: 'internet', name: 'internet', position: { x: 1300, y: 0 } },
  ],
  [
    link('att-a', 'tgw-attachment', 'tgw', 'vpc-a'),
    link('att-b', 'tgw-attachment', 'tgw', 'vpc-b'),
    { ...link('flow-1', 'flow', 'nat-a', '1', { bidirectional: false }), name: '<b>egress</b>' },
  ],
);

const cells = (root: XmlElement) => allElements(root).filter((e) => e.name === 'mxCell');

describe('exportDrawio', () => {
  const xml = exportDrawio(doc);
  const root = parseXml(xml);
  const all = cells(root);
  const vertices = all.filter((c) => c.attributes.vertex === '1');
  const edges = all.filter((c) => c.attributes.edge === '1');
  const cell = (id: string) => all.find((c) => c.attributes.id === id)!;

  it('is an uncompressed mxfile with one diagram and a graph model', () => {
    expect(root.name).toBe('mxfile');
    const diagram = root.children[0]!;
    expect(diagram.name).toBe('diagram');
    expect(diagram.children[0]!.name).toBe('mxGraphModel');
  });

  it('has one vertex per node and one edge per connection, with the document ids', () => {
    expect(vertices.map((c) => c.attributes.id).sort()).toEqual(doc.nodes.map((n) => n.id).sort());
    expect(edges.map((c) => [c.attributes.id, c.attributes.source, c.attributes.target])).toEqual(doc.connections.map((c) => [c.id, c.source, c.target]));
    expect(new Set(all.map((c) => c.attributes.id)).size).toBe(all.length);
  });

  it('keeps the root and layer ids clear of document ids', () => {
    const [rootCell, layer] = all;
    expect(rootCell!.attributes.parent).toBeUndefined();
    expect(layer!.attributes.parent).toBe(rootCell!.attributes.id);
    expect(layer!.attributes.id).not.toBe('1');
    expect(cell('1').attributes.parent).toBe(layer!.attributes.id);
  });

  it('makes containers draw.io containers, with children pointing at them and positioned relative to them', () => {
    const layer = all[1]!.attributes.id;
    for (const n of doc.nodes) {
      const c = cell(n.id);
      expect(c.attributes.parent).toBe(n.parent ?? layer);
      if (['region', 'vpc', 'subnet'].includes(n.kind)) {
        expect(c.attributes.style).toContain('container=1');
        const geometry = c.children.find((e) => e.name === 'mxGeometry')!;
        expect([Number(geometry.attributes.x), Number(geometry.attributes.y)]).toEqual([n.position!.x, n.position!.y]);
        expect([Number(geometry.attributes.width), Number(geometry.attributes.height)]).toEqual([n.size!.width, n.size!.height]);
      }
    }
    // Parents come before their children.
    const order = all.map((c) => c.attributes.id);
    for (const n of doc.nodes) if (n.parent) expect(order.indexOf(n.parent)).toBeLessThan(order.indexOf(n.id));
  });

  it("uses draw.io's AWS 2021+ shapes", () => {
    expect(cell('region-1').attributes.style).toContain('grIcon=mxgraph.aws4.group_region');
    expect(cell('vpc-a').attributes.style).toContain('shape=mxgraph.aws4.group;');
    expect(cell('vpc-a').attributes.style).toContain('grIcon=mxgraph.aws4.group_vpc2');
    expect(cell('subnet-a').attributes.style).toContain('strokeColor=#7AA116');
    expect(cell('tgw').attributes.style).toContain('shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.transit_gateway');
    expect(cell('nat-a').attributes.style).toContain('shape=mxgraph.aws4.nat_gateway');
    expect(cell('lb').attributes.style).toContain('shape=mxgraph.aws4.network_load_balancer');
    expect(cell('igw-a').attributes.style).toContain('labelBackgroundColor=');
    for (const v of vertices) expect(v.attributes.style).toMatch(/shape=mxgraph\.aws4\./);
  });

  it('styles lines by kind: dashes in pixels, arrows on flows in their direction', () => {
    expect(cell('att-a').attributes.style).toContain('strokeColor=#e7157b');
    expect(cell('att-a').attributes.style).toContain('endArrow=none');
    expect(cell('flow-1').attributes.style).toContain('dashPattern=6 5;fixDash=1');
    expect(cell('flow-1').attributes.style).toContain('endArrow=block');
    expect(cell('flow-1').attributes.style).toContain('startArrow=none');
  });

  it('escapes names for the HTML labels and for XML: a reader sees them as text', () => {
    // After XML decoding the label is HTML in which the name is escaped once more.
    expect(cell('vpc-a').attributes.value).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;');
    // The name first, then the kind label with the address blocks, as on the canvas.
    expect(cell('vpc-a').attributes.value).toMatch(/^<b>[^<]*onerror[^<]*<\/b><br>VPC · 10\./);
    expect(cell('flow-1').attributes.value).toBe('&lt;b&gt;egress&lt;/b&gt;');
    expect(xml).not.toContain('<img');
  });

  /** The document with `points` saved as the route of att-a, made while its ends were where they are. */
  const withRoute = (points: Position[]) => {
    const route = { points, sourceRect: absoluteRect(doc, 'tgw')!, targetRect: absoluteRect(doc, 'vpc-a')! };
    return { ...doc, connections: doc.connections.map((c) => (c.id === 'att-a' ? { ...c, route } : c)) };
  };

  it("bends lines along the document's saved route (view data), in absolute coordinates", () => {
    const points = [{ x: 560, y: 500 }, { x: 560, y: 400 }, { x: 300, y: 400 }, { x: 300, y: 360 }];
    const routed = cells(parseXml(exportDrawio(withRoute(points)))).find((c) => c.attributes.id === 'att-a')!;
    const mxPoints = allElements(routed).filter((e) => e.name === 'mxPoint').map((p) => ({ x: Number(p.attributes.x), y: Number(p.attributes.y) }));
    expect(mxPoints).toEqual(points.slice(1, -1));
    // The ends are pinned where the route meets the cells: the top of the hub's icon, the bottom of vpc-a.
    expect(routed.attributes.style).toContain('exitX=0.167;exitY=0;exitDx=0;exitDy=0;exitPerimeter=0;');
    expect(routed.attributes.style).toContain('entryX=0.591;entryY=1;');
  });

  it('turns a route end that does not touch its cell into a bend point', () => {
    const points = [{ x: 520, y: 524 }, { x: 300, y: 524 }, { x: 300, y: 360 }];
    const routed = cells(parseXml(exportDrawio(withRoute(points)))).find((c) => c.attributes.id === 'att-a')!;
    const mxPoints = allElements(routed).filter((e) => e.name === 'mxPoint').map((p) => ({ x: Number(p.attributes.x), y: Number(p.attributes.y) }));
    expect(mxPoints).toEqual(points.slice(0, -1));
    expect(routed.attributes.style).not.toContain('exitX');
    expect(routed.attributes.style).toContain('entryY=1;');
  });

  it('survives control characters and lone surrogates in names', () => {
    // The parser refuses such names now; the exporter still must not break on a document built in memory.
    const parsed = buildDocument([node('x', 'instance', undefined, undefined, { name: 'clean', position: { x: 0, y: 0 } })]);
    const nasty = { ...parsed, nodes: parsed.nodes.map((n) => ({ ...n, name: 'a\u0001b\uD800c' })) };
    const value = cells(parseXml(exportDrawio(nasty))).find((c) => c.attributes.id === 'x')!.attributes.value;
    expect(value).toContain('a\uFFFDb\uFFFDc');
  });
});
