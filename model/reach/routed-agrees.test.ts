/**
 * The walk keeps version 1's semantics where nothing is explicitly routed: on generated hybrid
 * documents without route tables, the walk (forced) and version 1's search agree pair by pair on
 * `reachable`. This is what lets "Make routes explicit" preserve the reachability matrix.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tryParseCidr } from '../cidr/cidr';
import type { TopologyDocument, TopologyNode } from '../document/types';
import { indexOf } from '../graph/topology-index';
import { arbitraryDocument } from '../testing/arbitrary-document';
import { buildDocument, link, node, onPrem, subnet, vpc } from '../testing/build';
import { networkOverlap } from './explain';
import { graphOf } from './graph';
import { reach, REACH_FROM_KINDS } from './reach';
import { routedReach, type RoutedEnd } from './routed-reach';

type Raw = Record<string, unknown>;

/** Hybrid topologies as `reach-properties.test.ts` draws them: VPCs with gateways, sites, hubs, links of every kind. */
const arbitraryHybrid: fc.Arbitrary<TopologyDocument> = fc
  .record({
    vpcs: fc.integer({ min: 2, max: 5 }),
    sites: fc.integer({ min: 1, max: 3 }),
    tgws: fc.integer({ min: 0, max: 2 }),
    cidrs: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 8, maxLength: 8 }),
    vgws: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
    igws: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
    nats: fc.array(fc.constantFrom('none', 'public', 'private'), { minLength: 5, maxLength: 5 }),
    asns: fc.array(fc.constantFrom(65001, 65002, 65003), { minLength: 3, maxLength: 3 }),
    edges: fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }), fc.boolean()), { maxLength: 14 }),
  })
  .map(({ vpcs, sites, tgws, cidrs, vgws, igws, nats, asns, edges }) => {
    const nodes: Raw[] = [node('net', 'internet'), node('dxgw', 'dx-gateway')];
    const vpcIds: string[] = [];
    const vgwIds: string[] = [];
    for (let i = 0; i < vpcs; i++) {
      // Few distinct blocks, so that overlaps happen.
      const block = `10.${cidrs[i]!}.0.0/16`;
      nodes.push(vpc(`v${i}`, [block]), subnet(`v${i}-pub`, `v${i}`, `10.${cidrs[i]!}.1.0/24`, { props: { public: true } }), subnet(`v${i}-app`, `v${i}`, `10.${cidrs[i]!}.2.0/24`));
      vpcIds.push(`v${i}`);
      if (vgws[i]) {
        nodes.push(node(`vgw${i}`, 'vpn-gateway', `v${i}`));
        vgwIds.push(`vgw${i}`);
      }
      if (igws[i]) nodes.push(node(`igw${i}`, 'internet-gateway', `v${i}`));
      if (nats[i] !== 'none') nodes.push(node(`nat${i}`, 'nat-gateway', nats[i] === 'public' ? `v${i}-pub` : `v${i}-app`));
    }
    const siteIds: string[] = [];
    for (let s = 0; s < sites; s++) {
      nodes.push(onPrem(`dc${s}`, [`10.${cidrs[5 + s]!}.0.0/16`]), node(`cgw${s}`, 'customer-gateway', `dc${s}`, { asn: asns[s] }));
      siteIds.push(`dc${s}`);
    }
    const tgwIds = Array.from({ length: tgws }, (_, t) => `tgw${t}`);
    for (const t of tgwIds) nodes.push(node(t, 'transit-gateway'));
    const links: Raw[] = [];
    const pick = <T,>(list: readonly T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);
    edges.forEach(([kind, x, y, flag], e) => {
      const id = `e${e}`;
      const a = pick(vpcIds, x)!;
      const b = pick(vpcIds, y)!;
      switch (kind) {
        case 0:
        case 1:
          if (a !== b) links.push(link(id, 'vpc-peering', a, b));
          break;
        case 2:
        case 3: {
          const t = pick(tgwIds, y);
          if (t) links.push(link(id, 'tgw-attachment', t, a));
          break;
        }
        case 4: {
          const [t1, t2] = [pick(tgwIds, x), pick(tgwIds, y)];
          if (t1 && t2 && t1 !== t2) links.push(link(id, 'tgw-peering', t1, t2));
          break;
        }
        case 5:
        case 6: {
          // A VPN from a site to a VGW or a transit gateway.
          const site = pick(siteIds, x)!;
          const aws = kind === 5 ? pick(vgwIds, y) : pick(tgwIds, y);
          if (!aws) break;
          nodes.push(node(`${id}-vpn`, 'vpn-connection', undefined, { routing: flag ? 'bgp' : 'static' }));
          links.push(link(`${id}-c`, 'vpn-link', `cgw${site.slice(2)}`, `${id}-vpn`), link(`${id}-a`, 'vpn-link', `${id}-vpn`, aws));
          break;
        }
        case 7: {
          // A DX connection with a VIF to the DX gateway, a VGW, or the internet.
          const site = pick(siteIds, x)!;
          const target = y % 3 === 0 ? 'dxgw' : y % 3 === 1 ? pick(vgwIds, y) : 'net';
          if (!target) break;
          nodes.push(node(`${id}-dx`, 'dx-connection'));
          links.push(link(`${id}-l`, 'dx-link', `cgw${site.slice(2)}`, `${id}-dx`));
          links.push(link(`${id}-v`, 'vif', `${id}-dx`, target, { type: target === 'net' ? 'public' : y % 2 ? 'private' : 'transit', siteLink: flag }));
          break;
        }
        default: {
          const target = y % 2 ? pick(vgwIds, y) : pick(tgwIds, y);
          if (target) links.push(link(id, 'dxgw-association', 'dxgw', target));
        }
      }
    });
    return buildDocument(nodes, links);
  });

/** The document with every route table removed: implicitly routed throughout. */
function implicit(doc: TopologyDocument): TopologyDocument {
  const nodes = doc.nodes.map((n) => (n.props && 'routeTables' in n.props ? { ...n, props: { ...n.props, routeTables: [] } } : n)) as TopologyDocument['nodes'];
  return { ...doc, nodes };
}

/** Whether the target has a block the walk could aim at: its subnet's, or its network's. */
function hasBlock(index: ReturnType<typeof indexOf>, node: TopologyNode, network: TopologyNode): boolean {
  const subnet = index.selfOrAncestorOfKind(node, 'subnet');
  if (subnet) {
    const props = index.props(subnet);
    return tryParseCidr(props.cidr, 4) !== undefined || tryParseCidr(props.ipv6Cidr, 6) !== undefined;
  }
  return index.ipv4Blocks(network).length + index.ipv6Blocks(network).length > 0;
}

/** Every pair of a document: the walk, forced, against version 1's answer. */
function agreePairByPair(generated: TopologyDocument): void {
        const doc = implicit(generated);
        const index = indexOf(doc);
        const g = graphOf(index);
        const endOf = (id: string): RoutedEnd | undefined => {
          const node = index.node(id)!;
          if (node.kind === 'internet') return { node, network: undefined, vertex: g.internet };
          const network = node.kind === 'on-premises' ? node : index.vpcOf(node);
          return network && { node, network, vertex: g.byNode.get(network.id) };
        };
        const ends = doc.nodes.filter((n) => REACH_FROM_KINDS.has(n.kind)).map((n) => n.id);
        const targets = [...ends, ...doc.nodes.filter((n) => n.kind === 'internet').map((n) => n.id)];
        for (const a of ends) {
          for (const b of targets) {
            const from = endOf(a);
            const to = endOf(b);
            if (!from || !to || from.network === to.network || from.vertex === undefined) continue;
            if (to.network && networkOverlap(g, from.network!, to.network)) continue;
            // Version 2 reaches blocks: a target without one is never reached (routing.md, "Forwarding").
            if (to.network && !hasBlock(index, to.node, to.network)) continue;
            expect({ a, b, reachable: routedReach(g, from, to).reachable }).toEqual({ a, b, reachable: reach(doc, a, b).reachable });
          }
        }
}

describe('the walk agrees with version 1 where nothing is explicitly routed', () => {
  it('on hybrid topologies: same reachable for every pair (property)', () => {
    fc.assert(fc.property(arbitraryHybrid, agreePairByPair), { numRuns: 150 });
  });

  it('on any generated document: same reachable for every pair (property)', () => {
    fc.assert(fc.property(arbitraryDocument({ maxNodes: 16, maxConnections: 14, unknownFields: false }), agreePairByPair), { numRuns: 150 });
  });
});
