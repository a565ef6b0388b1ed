import { describe, expect, it } from 'vitest';
import { buildDocument, node, subnet, vpc } from '../testing/build';
import { arrangeSubtree } from './boxes';
import { ICON_CENTER_Y, PADDING } from './constants';
import { buildTree } from './tree';

describe('arrangeVpc', () => {
  it('makes one column per AZ (subnets without an AZ last), public rows above private rows, aligned across AZs', () => {
    const doc = buildDocument([
      vpc('v', ['10.0.0.0/16']),
      subnet('b-priv-2', 'v', '10.0.12.0/24', { props: { az: 'eu-west-1b' } }),
      subnet('a-pub-2', 'v', '10.0.2.0/24', { props: { az: 'eu-west-1a', public: true } }),
      subnet('b-priv-1', 'v', '10.0.11.0/24', { props: { az: 'eu-west-1b' } }),
      subnet('no-az', 'v', '10.0.99.0/24'),
      subnet('a-pub-1', 'v', '10.0.1.0/24', { props: { az: 'eu-west-1a', public: true } }),
      subnet('b-pub-1', 'v', '10.0.3.0/24', { props: { az: 'eu-west-1b', public: true } }),
      subnet('a-priv-1', 'v', '10.0.10.0/24', { props: { az: 'eu-west-1a' } }),
    ]);
    const tree = buildTree(doc);
    arrangeSubtree(tree.root);
    const box = (id: string) => tree.byId.get(id)!;
    // Columns: 1a, 1b, then the subnet without an AZ.
    expect(box('a-pub-1').x).toBe(box('a-pub-2').x);
    expect(box('a-pub-1').x).toBe(box('a-priv-1').x);
    expect(box('b-pub-1').x).toBe(box('b-priv-1').x);
    expect(box('a-pub-1').x).toBeLessThan(box('b-pub-1').x);
    expect(box('b-pub-1').x).toBeLessThan(box('no-az').x);
    // Rows: two public rows (1a has two), then private rows; lower addresses first.
    expect(box('a-pub-1').y).toBeLessThan(box('a-pub-2').y);
    expect(box('a-pub-2').y).toBeLessThan(box('a-priv-1').y);
    expect(box('b-priv-1').y).toBe(box('a-priv-1').y);
    expect(box('b-priv-1').y).toBeLessThan(box('b-priv-2').y);
    // The subnet without an AZ is private: it starts the private rows.
    expect(box('no-az').y).toBe(box('a-priv-1').y);
    // Stretched to their cell: a column has one width.
    expect(box('a-pub-1').width).toBe(box('a-priv-1').width);
  });

  it('mounts internet gateways on the top edge right of the title, and VGWs on the left edge, clear of the subnets', () => {
    const doc = buildDocument([
      vpc('v', ['10.0.0.0/16']),
      subnet('s', 'v', '10.0.0.0/24', { props: { az: 'eu-west-1a' } }),
      node('igw', 'internet-gateway', 'v'),
      node('eigw', 'egress-only-internet-gateway', 'v'),
      node('vgw', 'vpn-gateway', 'v'),
      node('lb', 'load-balancer', 'v'),
    ]);
    const tree = buildTree(doc);
    arrangeSubtree(tree.root);
    const box = (id: string) => tree.byId.get(id)!;
    const v = box('v');
    for (const id of ['igw', 'eigw']) {
      expect(box(id).y + ICON_CENTER_Y, id).toBe(0);
      expect(box(id).x + box(id).width, id).toBeLessThanOrEqual(v.width - PADDING);
      expect(box(id).x, id).toBeGreaterThanOrEqual(200);
    }
    expect(box('vgw').x + box('vgw').width / 2).toBe(0);
    expect(box('vgw').x + box('vgw').width).toBeLessThan(box('s').x);
    expect(v.ext).toEqual({ left: box('vgw').width / 2, top: ICON_CENTER_Y });
    // The gateways hang below the title bar: the subnets start below them.
    expect(box('igw').y + box('igw').height).toBeLessThan(box('s').y);
    // VPC-level resources go under the subnets.
    expect(box('lb').y).toBeGreaterThan(box('s').y + box('s').height);
    expect(box('lb').y + box('lb').height).toBeLessThanOrEqual(v.height - PADDING);
  });
});

describe('arrangeGrid', () => {
  it('puts the children of a subnet in a near-square grid under the title bar, inside the subnet', () => {
    const doc = buildDocument([
      vpc('v', ['10.0.0.0/16']),
      subnet('s', 'v', '10.0.0.0/24'),
      ...['i1', 'i2', 'i3', 'i4', 'i5'].map((id) => node(id, 'instance', 's')),
    ]);
    const tree = buildTree(doc);
    arrangeSubtree(tree.root);
    const s = tree.byId.get('s')!;
    const kids = s.children;
    expect(new Set(kids.map((k) => k.x)).size).toBe(3);
    expect(new Set(kids.map((k) => k.y)).size).toBe(2);
    for (const k of kids) {
      expect(k.y).toBeGreaterThanOrEqual(40);
      expect(k.x + k.width).toBeLessThanOrEqual(s.width - PADDING);
      expect(k.y + k.height).toBeLessThanOrEqual(s.height - PADDING);
    }
  });
});
