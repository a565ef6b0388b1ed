/**
 * Property tests: on random hybrid topologies, `reach` agrees with an exhaustive search over every
 * simple path under the same transit policies, is symmetric between networks, and always explains
 * a refusal.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TopologyDocument, TopologyNode } from '../document/types';
import { indexOf } from '../graph/topology-index';
import { buildDocument, link, node, onPrem, subnet, vpc } from '../testing/build';
import { networkOverlap } from './explain';
import { graphOf, type DomainGraph, type Half } from './graph';
import { ALLOWED, TRANSIT_POLICIES, type SearchContext } from './policies';
import { reach } from './reach';

type Raw = Record<string, unknown>;

const arbitraryTopology: fc.Arbitrary<TopologyDocument> = fc
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

/** Is there a simple path from `source` to `target` that every policy allows? Exhaustive, for small graphs. */
function anySimpleAllowedPath(g: DomainGraph, source: number, target: number, ctx: SearchContext): boolean {
  const onPath = new Set<number>([source]);
  const dfs = (v: number, arrival: Half | undefined): boolean => {
    if (v === target) return true;
    const here = g.domains[v]!;
    for (const half of here.halves) {
      if (onPath.has(half.to) || half.edge.blocker) continue;
      if (TRANSIT_POLICIES[here.kind].transit(arrival, half, ctx) !== ALLOWED) continue;
      onPath.add(half.to);
      const found = dfs(half.to, half);
      onPath.delete(half.to);
      if (found) return true;
    }
    return false;
  };
  return dfs(source, undefined);
}

describe('reach on random topologies', () => {
  it('agrees with an exhaustive search over simple paths, is symmetric, and explains every refusal', () => {
    fc.assert(
      fc.property(arbitraryTopology, (doc) => {
        const index = indexOf(doc);
        const g = graphOf(index);
        const networks = [...index.nodesOfKind('vpc'), ...index.nodesOfKind('on-premises')] as TopologyNode[];
        for (const a of networks) {
          for (const b of networks) {
            if (a === b) continue;
            const result = reach(doc, a.id, b.id);
            const ctx: SearchContext = { towardInternet: false, originKind: a.kind === 'vpc' ? 'vpc' : 'on-premises', network: a };
            const expected = !networkOverlap(g, a, b) && anySimpleAllowedPath(g, g.byNode.get(a.id)!, g.byNode.get(b.id)!, ctx);
            expect(result.reachable, `${a.id} → ${b.id}`).toBe(expected);
            expect(reach(doc, b.id, a.id).reachable, `${b.id} → ${a.id}`).toBe(result.reachable);
            if (result.reachable) {
              expect(result.path[0]).toBe(a.id);
              expect(result.path[result.path.length - 1]).toBe(b.id);
              for (const id of result.path) expect(index.node(id) ?? index.connection(id)).toBeDefined();
            } else {
              const rules = result.blockedBy.map((x) => x.rule);
              expect(rules.length).toBeGreaterThan(0);
              expect(new Set(rules).size).toBe(rules.length);
              if (rules.includes('flow-no-path')) expect(rules).toEqual(['flow-no-path']);
              for (const blocker of result.blockedBy) expect(blocker.message.length).toBeGreaterThan(10);
            }
          }
          // Toward the internet, per subnet.
          const origins: Array<[string, SearchContext]> =
            a.kind === 'vpc'
              ? index.childrenOfKind(a.id, 'subnet').map((s) => [s.id, { towardInternet: true, originKind: 'vpc', network: a, subnet: s, originSubnet: index.props(s).public ? 'public' : 'private' }])
              : [[a.id, { towardInternet: true, originKind: 'on-premises', network: a }]];
          for (const [from, ctx] of origins) {
            const internet = reach(doc, from, 'net');
            expect(internet.reachable, `${from} → internet`).toBe(anySimpleAllowedPath(g, g.byNode.get(a.id)!, g.internet!, ctx));
            if (!internet.reachable) expect(internet.blockedBy.length).toBeGreaterThan(0);
            else expect(internet.path[internet.path.length - 1]).toBe('net');
          }
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
