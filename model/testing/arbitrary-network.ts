/**
 * A fast-check generator of small, well-formed hybrid networks for properties about routing:
 * unlike `arbitraryDocument` (anything the parser takes), every VPC and site here has its own
 * block (no overlaps), a public subnet only where an internet gateway is, and every connection
 * is one AWS would create: peerings, transit gateway attachments and peerings, BGP and static
 * VPNs to VGWs and transit gateways, Direct Connect (transit VIFs to a DX gateway associated with
 * a transit gateway, private VIFs to a VGW), NAT gateways, IPv6 with egress-only gateways,
 * gateway endpoints, flows. So that what changes across a property is the routing, not the mistakes.
 */
import fc from 'fast-check';
import type { TopologyDocument } from '../document/types';
import { buildDocument, link, node, onPrem, subnet, vpc } from './build';

type Raw = Record<string, unknown>;

/** What one generated VPC has. */
interface VpcShape {
  igw: boolean;
  publicSubnet: boolean;
  nat: 'none' | 'public' | 'private';
  vgw: boolean;
  ipv6: boolean;
  eigw: boolean;
  endpoint: boolean;
  subnets: number;
}

const vpcShape: fc.Arbitrary<VpcShape> = fc.record({
  igw: fc.boolean(),
  publicSubnet: fc.boolean(),
  nat: fc.constantFrom('none', 'public', 'private'),
  vgw: fc.boolean(),
  ipv6: fc.boolean(),
  eigw: fc.boolean(),
  endpoint: fc.boolean(),
  subnets: fc.integer({ min: 0, max: 2 }),
});

/** A connection to add: its kind, two picks among the candidates, and a flag. */
const edge = fc.tuple(fc.integer({ min: 0, max: 9 }), fc.nat(30), fc.nat(30), fc.boolean());

/** Small hybrid networks without mistakes (see the module comment). */
export const arbitraryNetwork: fc.Arbitrary<TopologyDocument> = fc
  .record({
    vpcs: fc.array(vpcShape, { minLength: 2, maxLength: 5 }),
    sites: fc.integer({ min: 1, max: 3 }),
    tgws: fc.integer({ min: 0, max: 3 }),
    edges: fc.array(edge, { maxLength: 14 }),
    flows: fc.array(fc.tuple(fc.nat(30), fc.nat(30), fc.boolean()), { maxLength: 4 }),
  })
  .map(({ vpcs, sites, tgws, edges, flows }) => {
    const nodes: Raw[] = [node('net', 'internet'), node('dxgw', 'dx-gateway', undefined, { asn: 64900 })];
    const links: Raw[] = [];
    const vpcIds: string[] = [];
    const vgwIds: string[] = [];
    const subnetIds: string[] = [];
    vpcs.forEach((shape, i) => {
      const v = `v${i}`;
      vpcIds.push(v);
      nodes.push(vpc(v, [`10.${i}.0.0/16`], shape.ipv6 ? { props: { ipv6Cidrs: [`2600:1f18:0:${i}00::/56`] } } : {}));
      const v6 = (n: number) => (shape.ipv6 ? { ipv6Cidr: `2600:1f18:0:${i}0${n}::/64` } : {});
      const publicSubnet = shape.igw && shape.publicSubnet;
      if (publicSubnet) nodes.push(subnet(`${v}-pub`, v, `10.${i}.0.0/24`, { props: { public: true, az: 'az-a', ...v6(0) } }));
      for (let s = 1; s <= shape.subnets; s++) {
        nodes.push(subnet(`${v}-app${s}`, v, `10.${i}.${s}.0/24`, { props: { az: s === 1 ? 'az-a' : 'az-b', ...v6(s) } }));
        subnetIds.push(`${v}-app${s}`);
      }
      if (publicSubnet) subnetIds.push(`${v}-pub`);
      if (shape.igw) nodes.push(node(`${v}-igw`, 'internet-gateway', v));
      if (shape.eigw && shape.ipv6) nodes.push(node(`${v}-eigw`, 'egress-only-internet-gateway', v));
      if (shape.vgw) {
        nodes.push(node(`${v}-vgw`, 'vpn-gateway', v));
        vgwIds.push(`${v}-vgw`);
      }
      if (shape.nat === 'public' && publicSubnet) nodes.push(node(`${v}-nat`, 'nat-gateway', `${v}-pub`));
      if (shape.nat === 'private' && shape.subnets > 0) nodes.push(node(`${v}-pnat`, 'nat-gateway', `${v}-app1`, { connectivity: 'private' }));
      if (shape.endpoint) nodes.push(node(`${v}-s3`, 'vpc-endpoint', v, { type: 'gateway', service: 's3' }));
    });
    const siteIds: string[] = [];
    for (let s = 0; s < sites; s++) {
      nodes.push(onPrem(`dc${s}`, [`192.168.${s}.0/24`]), node(`cgw${s}`, 'customer-gateway', `dc${s}`, { asn: 65001 + s }));
      siteIds.push(`dc${s}`);
    }
    const tgwIds = Array.from({ length: tgws }, (_, t) => `tgw${t}`);
    for (const t of tgwIds) nodes.push(node(t, 'transit-gateway', undefined, { asn: 64512 + Number(t.slice(3)) }));
    const pick = <T,>(list: readonly T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);
    const used = new Set<string>();
    /** Adds a connection unless one like it (same kind, same ends) exists: duplicates are mistakes of their own. */
    const add = (id: string, kind: string, a: string, b: string, props?: Raw) => {
      const key = [kind, ...[a, b].sort()].join(' ');
      if (a === b || used.has(key)) return false;
      used.add(key);
      links.push(link(id, kind, a, b, props));
      return true;
    };
    const dxgwAssociated = new Set<string>();
    edges.forEach(([kind, x, y, flag], e) => {
      const id = `e${e}`;
      switch (kind) {
        case 0:
        case 1:
          add(id, 'vpc-peering', pick(vpcIds, x)!, pick(vpcIds, y)!);
          break;
        case 2:
        case 3: {
          const t = pick(tgwIds, y);
          if (t) add(id, 'tgw-attachment', t, pick(vpcIds, x)!);
          break;
        }
        case 4: {
          const [t1, t2] = [pick(tgwIds, x), pick(tgwIds, y)];
          if (t1 && t2) add(id, 'tgw-peering', t1, t2);
          break;
        }
        case 5:
        case 6: {
          // A VPN from a site to a VGW (kind 5) or a transit gateway (kind 6), BGP or static.
          const site = pick(siteIds, x)!;
          const aws = kind === 5 ? pick(vgwIds, y) : pick(tgwIds, y);
          if (!aws || used.has(`vpn ${site} ${aws}`)) break;
          used.add(`vpn ${site} ${aws}`);
          nodes.push(node(`${id}-vpn`, 'vpn-connection', undefined, { routing: flag ? 'bgp' : 'static' }));
          links.push(link(`${id}-c`, 'vpn-link', `${id}-vpn`, `cgw${site.slice(2)}`), link(`${id}-a`, 'vpn-link', `${id}-vpn`, aws));
          break;
        }
        case 7: {
          // Direct Connect: a transit VIF to the DX gateway, or a private VIF straight to a VGW.
          const site = pick(siteIds, x)!;
          const vgw = flag ? pick(vgwIds, y) : undefined;
          nodes.push(node(`${id}-dx`, 'dx-connection'));
          links.push(link(`${id}-l`, 'dx-link', `${id}-dx`, `cgw${site.slice(2)}`));
          links.push(link(`${id}-v`, 'vif', `${id}-dx`, vgw ?? 'dxgw', { type: vgw ? 'private' : 'transit' }));
          break;
        }
        default: {
          // One DX gateway association to a transit gateway, advertising every VPC and site block (allowed prefixes are what the sites learn).
          const t = pick(tgwIds, y);
          if (t && dxgwAssociated.size === 0 && !dxgwAssociated.has(t)) {
            dxgwAssociated.add(t);
            links.push(link(id, 'dxgw-association', 'dxgw', t, { allowedPrefixes: ['10.0.0.0/8', '192.168.0.0/16'] }));
          }
        }
      }
    });
    const ends = [...vpcIds, ...siteIds, ...subnetIds];
    flows.forEach(([a, b, toInternet], f) => {
      const from = pick(ends, a)!;
      const to = toInternet ? 'net' : pick(ends, b)!;
      if (from !== to) links.push(link(`flow${f}`, 'flow', from, to, { bidirectional: false }));
    });
    return buildDocument(nodes, links);
  });
