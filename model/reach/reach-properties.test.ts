/**
 * Property tests: on random hybrid topologies, `reach` agrees with an exhaustive search over every
 * simple path under the same transit policies, is symmetric between networks, and always explains
 * a refusal.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Connection, TopologyNode } from '../document/types';
import { indexOf } from '../graph/topology-index';
import { arbitraryHybridTopology as arbitraryTopology } from '../testing/arbitrary-hybrid-topology';
import { tryParseCidr } from '../cidr/cidr';
import { allowedPrefixesBlocker } from './allowed-prefixes';
import { sitesBehindDxgw } from '../graph/propagated-routes';
import { networkOverlap } from './explain';
import { graphOf, type DomainGraph, type Half } from './graph';
import { ALLOWED, TRANSIT_POLICIES, type SearchContext } from './policies';
import { reach } from './reach';

/**
 * Is there a simple path from `source` to `target` that every policy allows, through DX gateway
 * associations that advertise the VPC end to the site end (`learned`)? Exhaustive, for small graphs.
 */
function anySimpleAllowedPath(g: DomainGraph, source: number, target: number, ctx: SearchContext, learned?: (association: Connection) => boolean): boolean {
  const onPath = new Set<number>([source]);
  const dfs = (v: number, arrival: Half | undefined): boolean => {
    if (v === target) return true;
    const here = g.domains[v]!;
    for (const half of here.halves) {
      if (onPath.has(half.to) || half.edge.blocker) continue;
      if (TRANSIT_POLICIES[here.kind].transit(arrival, half, ctx) !== ALLOWED) continue;
      const association = half.edge.kind === 'dxgw-association' ? g.index.connection(half.edge.elements[0]!) : undefined;
      if (association && learned && !learned(association)) continue;
      onPath.add(half.to);
      const found = dfs(half.to, half);
      onPath.delete(half.to);
      if (found) return true;
    }
    return false;
  };
  return dfs(source, undefined);
}

/** From a site toward the internet: whether an association advertises the default route. */
function learnsDefaultRoute(g: DomainGraph): (association: Connection) => boolean {
  const everything = tryParseCidr('0.0.0.0/0', 4)!;
  return (association) => allowedPrefixesBlocker(g.index, association, [everything], g.domains[g.internet!]!.node) === undefined;
}

/**
 * Between a VPC and a site: whether an association advertises the VPC's blocks (routing.md's
 * correction). Between two sites: whether a site whose virtual interface ends on the association's
 * DX gateway learns the other's blocks through it (any association when neither is behind it).
 */
function learnedBetween(g: DomainGraph, a: TopologyNode, b: TopologyNode): ((association: Connection) => boolean) | undefined {
  if (a.kind === 'on-premises' && b.kind === 'on-premises') {
    return (association) => {
      const dxgw = [g.index.node(association.source), g.index.node(association.target)].find((n) => n?.kind === 'dx-gateway')!;
      const behind = sitesBehindDxgw(g.index, dxgw).map((s) => s.id);
      const nears = [a, b].filter((s) => behind.includes(s.id));
      return nears.length === 0 || nears.some((near) => allowedPrefixesBlocker(g.index, association, g.index.ipv4Blocks(near === a ? b : a), near === a ? b : a) === undefined);
    };
  }
  const vpcEnd = a.kind === 'vpc' && b.kind === 'on-premises' ? a : b.kind === 'vpc' && a.kind === 'on-premises' ? b : undefined;
  if (!vpcEnd) return undefined;
  return (association) => allowedPrefixesBlocker(g.index, association, g.index.ipv4Blocks(vpcEnd), vpcEnd) === undefined;
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
            const expected = !networkOverlap(g, a, b) && anySimpleAllowedPath(g, g.byNode.get(a.id)!, g.byNode.get(b.id)!, ctx, learnedBetween(g, a, b));
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
            expect(internet.reachable, `${from} → internet`).toBe(anySimpleAllowedPath(g, g.byNode.get(a.id)!, g.internet!, ctx, a.kind === 'on-premises' ? learnsDefaultRoute(g) : undefined));
            if (!internet.reachable) expect(internet.blockedBy.length).toBeGreaterThan(0);
            else expect(internet.path[internet.path.length - 1]).toBe('net');
          }
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
