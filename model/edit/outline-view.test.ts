import { describe, expect, it } from 'vitest';
import { buildDocument, link, node, region, subnet, vpc } from '../testing/build';
import { outlineEnd, outlineView } from './outline-view';

const at = (x: number, y: number) => ({ position: { x, y } });

const doc = buildDocument(
  [
    region('r', 'us-east-1', at(0, 0)),
    vpc('v', ['10.0.0.0/16'], { parent: 'r', ...at(100, 50) }),
    node('igw', 'internet-gateway', 'v', undefined, at(-28, 200)),
    subnet('s', 'v', '10.0.1.0/24', at(20, 60)),
    node('i', 'instance', 's', undefined, at(10, 50)),
    node('tgw', 'transit-gateway', 'r', undefined, at(900, 50)),
    node('site', 'on-premises', undefined, { cidrs: ['192.168.0.0/16'] }, at(-600, 0)),
    node('cgw', 'customer-gateway', 'site', { asn: 65000, ip: '203.0.113.1' }, at(20, 60)),
  ],
  [link('att', 'tgw-attachment', 'tgw', 'v'), link('f', 'flow', 'i', 'cgw')],
);

describe('outlineView', () => {
  it('draws everything inside a VPC as the VPC, and nothing else as anything but itself', () => {
    const view = outlineView(doc);
    expect(Object.fromEntries(view.drawnAs)).toEqual({ r: 'r', v: 'v', igw: 'v', s: 'v', i: 'v', tgw: 'tgw', site: 'site', cgw: 'cgw' });
  });

  it("gives a VPC's insides relative to the VPC, each container before what it holds", () => {
    const items = outlineView(doc).interiors.get('v')!;
    const ids: string[] = items.map((item) => item.node.id);
    expect(ids.indexOf('s')).toBeLessThan(ids.indexOf('i'));
    const byId = new Map(items.map((item) => [item.node.id as string, item.rect]));
    expect(byId.get('s')).toMatchObject({ x: 20, y: 60 });
    // The instance is placed in the subnet: its place in the VPC adds the subnet's.
    expect(byId.get('i')).toMatchObject({ x: 30, y: 110 });
    // A gateway on the VPC's border sticks out to the left.
    expect(byId.get('igw')).toMatchObject({ x: -28, y: 200 });
    expect(outlineView(doc).interiors.has('r')).toBe(false);
  });

  it('says where a connection end inside a VPC is, relative to the VPC it is drawn from', () => {
    const view = outlineView(doc);
    expect(outlineEnd(view, 'tgw')).toEqual({ as: 'tgw' });
    expect(outlineEnd(view, 'i')).toMatchObject({ as: 'v', offset: { x: 30, y: 110, container: false } });
    expect(outlineEnd(view, 's')).toMatchObject({ as: 'v', offset: { x: 20, y: 60, container: true } });
  });

  it('is built once per document', () => {
    expect(outlineView(doc)).toBe(outlineView(doc));
  });
});
