import { describe, expect, it } from 'vitest';
import { outlineView } from '../../../../model/edit/outline-view';
import { buildDocument, link, node, region, subnet, vpc } from '../../../../model/testing/build';
import { FlowNodeCache } from '../to-flow';
import { lineNear, pickAt, shapeAt, shapesInside } from './picture-hits';
import { PictureCache, type PictureFacts } from './picture-model';

const at = (x: number, y: number) => ({ position: { x, y } });

const doc = buildDocument(
  [
    region('r', 'us-east-1', { ...at(0, 0), size: { width: 2000, height: 1000 } }),
    vpc('v', ['10.0.0.0/16'], { parent: 'r', ...at(100, 50), size: { width: 400, height: 300 } }),
    subnet('s', 'v', '10.0.1.0/24', { ...at(20, 60), size: { width: 300, height: 200 } }),
    node('i', 'instance', 's', undefined, at(10, 50)),
    node('nat', 'nat-gateway', 's', undefined, at(150, 50)),
    node('tgw', 'transit-gateway', 'r', undefined, at(900, 50)),
  ],
  [link('att', 'tgw-attachment', 'tgw', 'v'), link('inside', 'flow', 'i', 'nat'), link('out', 'flow', 'i', 'tgw')],
);
const outline = outlineView(doc);

const facts = (over: Partial<PictureFacts> = {}): PictureFacts => ({
  selectedNodes: new Set(),
  selectedEdges: new Set(),
  marks: new Map(),
  edgeMarks: new Map(),
  segments: new Map(),
  dragged: null,
  ...over,
});

describe('the outline picture', () => {
  it('holds the shapes the outline level draws, at their places on the canvas, parents first, and the lines between two of them', () => {
    const picture = new PictureCache().build(doc, outline, facts());
    expect(picture.shapes.map((s) => s.id)).toEqual(['r', 'v', 'tgw']);
    expect(picture.shapeById.get('v')).toMatchObject({ x: 100, y: 50, width: 400, height: 300, container: true });
    expect(picture.shapeById.get('v')!.interior?.map((item) => item.node.id)).toEqual(['s', 'i', 'nat']);
    expect(picture.shapeById.get('tgw')).toMatchObject({ x: 900, y: 50, container: false });
    // The line within the VPC is not drawn; the one from inside it starts at the VPC's shape.
    expect(picture.lines.map((l) => [l.id, l.from, l.to])).toEqual([
      ['att', 'tgw', 'v'],
      ['out', 'v', 'tgw'],
    ]);
    expect(picture.lines.find((l) => l.id === 'att')!.className).toContain('vc-edge-tgw-attachment');
    // `out` starts at the instance's icon inside the VPC (x 100 + 20 + 10), not at the VPC's border.
    const out = picture.lines.find((l) => l.id === 'out')!;
    expect(out.points[0]!.x).toBeGreaterThan(130);
    expect(out.points[0]!.x).toBeLessThan(130 + 200);
    expect(out.d.startsWith('M ')).toBe(true);
  });

  it('moves a dragged shape, and whatever is inside a dragged container, with its lines; the rest stays the same objects', () => {
    const cache = new PictureCache();
    const first = cache.build(doc, outline, facts());
    const movedVpc = cache.build(doc, outline, facts({ dragged: new Map([['v', { x: 160, y: 90 }]]) }));
    expect(movedVpc.shapeById.get('v')).toMatchObject({ x: 160, y: 90 });
    expect(movedVpc.shapeById.get('tgw')).toBe(first.shapeById.get('tgw'));
    expect(movedVpc.lines.find((l) => l.id === 'out')!.points[0]!.x).toBeCloseTo(first.lines.find((l) => l.id === 'out')!.points[0]!.x + 60);
    const movedRegion = cache.build(doc, outline, facts({ dragged: new Map([['r', { x: 10, y: -20 }]]) }));
    expect(movedRegion.shapeById.get('v')).toMatchObject({ x: 110, y: 30 });
    expect(movedRegion.shapeById.get('tgw')).toMatchObject({ x: 910, y: 30 });
  });

  it('marks selected and marked shapes and lines', () => {
    const picture = new PictureCache().build(
      doc,
      outline,
      facts({ selectedNodes: new Set(['tgw']), selectedEdges: new Set(['att']), marks: new Map([['v', 'added']]), edgeMarks: new Map([['out', 'path']]) }),
    );
    expect(picture.shapeById.get('tgw')!.selected).toBe(true);
    expect(picture.shapeById.get('v')!.mark).toBe('added');
    expect(picture.lines.find((l) => l.id === 'att')!.className).toContain('vc-edge-selected');
    expect(picture.lines.find((l) => l.id === 'out')!.className).toContain('vc-mark-path');
  });

  it('finds the shape on top under a point, the line near it, and the shapes wholly inside a box', () => {
    const picture = new PictureCache().build(doc, outline, facts());
    expect(shapeAt(picture, { x: 150, y: 100 })?.id).toBe('v');
    expect(shapeAt(picture, { x: 700, y: 600 })?.id).toBe('r');
    expect(shapeAt(picture, { x: 5000, y: 5000 })).toBeUndefined();
    const att = picture.lines.find((l) => l.id === 'att')!;
    const [a, b] = [att.points[0]!, att.points[1]!];
    const middle = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 + 3 };
    expect(lineNear(picture, middle, 5)?.id).toBe('att');
    expect(lineNear(picture, middle, 1)).toBeUndefined();
    expect(shapesInside(picture, { x: 50, y: 0, width: 1000, height: 500 }).sort()).toEqual(['tgw', 'v']);
  });

  it('picks a shape that holds none over a line close by, and a line over the region it runs in', () => {
    const picture = new PictureCache().build(doc, outline, facts());
    expect([...picture.holders]).toEqual(['r']);
    const att = picture.lines.find((l) => l.id === 'att')!;
    const [a, b] = [att.points[0]!, att.points.at(-1)!];
    // Where the line meets the VPC, a step inside it: the VPC.
    const end = [a, b].find((p) => shapeAt(picture, p)?.id !== 'tgw' && Math.abs(p.x - 500) < 2)!;
    expect(pickAt(picture, { x: end.x - 3, y: end.y }, 10)).toEqual({ shape: picture.shapeById.get('v') });
    // Halfway, in the region: the line; away from it, the region.
    expect(pickAt(picture, { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 + 2 }, 10).line?.id).toBe('att');
    expect(pickAt(picture, { x: 700, y: 900 }, 10)).toEqual({ shape: picture.shapeById.get('r') });
  });
});

describe('stand-ins for the picture', () => {
  it('are the live nodes only, invisible, with only the target taking the pointer and no insides', () => {
    const nodes = new FlowNodeCache().build(doc, {
      selectedNodes: new Set(),
      selectedEdges: new Set(),
      badges: new Map(),
      marks: new Map(),
      dragged: null,
      outline,
      shown: new Set(['r', 'v']),
      proxies: { target: 'v' },
    });
    expect(nodes.map((n) => [n.id, n.className])).toEqual([
      ['r', 'vc-container-node vc-proxy'],
      ['v', 'vc-container-node vc-proxy vc-proxy-target'],
    ]);
    expect(nodes[1]!.data.interior).toBeUndefined();
  });
});
