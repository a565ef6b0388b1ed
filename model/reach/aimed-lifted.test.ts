/**
 * An aimed lifted search keeps only the states that could still reach its target: its candidate
 * paths must be the very halves, in the very order, that the unaimed search finds, including where
 * the fewest hops through no end domain undercount (a DX connection never joins two VIFs) and the
 * bound has to grow, or the unaimed search has to answer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TopologyDocument } from '../document/types';
import { indexOf } from '../graph/topology-index';
import { arbitraryDocument } from '../testing/arbitrary-document';
import { arbitraryHybridTopology } from '../testing/arbitrary-hybrid-topology';
import { arbitraryNetwork } from '../testing/arbitrary-network';
import { matrixContextsOf } from '../testing/reach-contexts';
import { buildDocument, link, node, vpc } from '../testing/build';
import { AimedLiftedSearches } from './aimed-lifted';
import { graphOf, type Half } from './graph';
import { DomainSearch } from './search';

type Raw = Record<string, unknown>;

const describePaths = (paths: readonly (readonly Half[])[]) => paths.map((p) => p.map((h) => `${h.from}>${h.to}:${h.edge.elements.join('+')}`).join(' ')).join(' | ');

/** Every ordered pair of vertices, in every context, asked of one batch as a matrix would (and again, for its memo of the last answer). */
function agreesOnEveryPair(doc: TopologyDocument): number {
  const g = graphOf(indexOf(doc));
  const aimed = new AimedLiftedSearches(g);
  const n = g.domains.length;
  let found = 0;
  for (let a = 0; a < n; a++) {
    for (const ctx of matrixContextsOf(g, a)) {
      for (let b = 0; b < n; b++) {
        if (a === b) continue;
        const expected = describePaths(new DomainSearch(g, a, ctx, 'lifted').shortestPaths(b));
        for (let round = 0; round < 2; round++) {
          const actual = describePaths(aimed.shortestPaths(a, ctx, b));
          if (actual !== expected) expect(`${a} → ${b}: ${actual}`).toBe(`${a} → ${b}: ${expected}`);
        }
        if (expected !== '') found++;
      }
    }
  }
  return found;
}

/**
 * Two VPCs on VGWs joined by private VIFs of one DX connection (four hops through no end domain,
 * but VIF to VIF is never a path), and by transit gateways at the ends of a chain of `peerings`
 * peered VPCs: the candidate paths are `peerings` + 4 hops long.
 */
function detour(peerings: number): TopologyDocument {
  const nodes: Raw[] = [
    vpc('a', ['10.0.0.0/16']), vpc('b', ['10.1.0.0/16']), node('ga', 'vpn-gateway', 'a'), node('gb', 'vpn-gateway', 'b'),
    node('dc', 'dx-connection'), node('t1', 'transit-gateway'), node('t2', 'transit-gateway'),
  ];
  const links: Raw[] = [
    link('via', 'vif', 'dc', 'ga', { type: 'private' }), link('vib', 'vif', 'dc', 'gb', { type: 'private' }),
    link('a1', 'tgw-attachment', 't1', 'a'), link('b2', 'tgw-attachment', 't2', 'b'),
  ];
  for (let k = 0; k <= peerings; k++) nodes.push(vpc(`x${k}`, [`10.${10 + k}.0.0/16`]));
  links.push(link('tx1', 'tgw-attachment', 't1', 'x0'), link('tx2', 'tgw-attachment', 't2', `x${peerings}`));
  for (let k = 0; k < peerings; k++) links.push(link(`p${k}`, 'vpc-peering', `x${k}`, `x${k + 1}`));
  return buildDocument(nodes, links);
}

describe('AimedLiftedSearches', () => {
  it('finds the unaimed candidate paths when the fewest hops undercount, raising its bound or leaving it to the unaimed search', () => {
    for (const peerings of [0, 1, 2, 3, 5]) {
      const doc = detour(peerings);
      const g = graphOf(indexOf(doc));
      const [a, b] = [g.byNode.get('a')!, g.byNode.get('b')!];
      const ctx = matrixContextsOf(g, a)[0]!;
      const paths = new AimedLiftedSearches(g).shortestPaths(a, ctx, b);
      expect(paths.map((p) => p.length)).toEqual(paths.map(() => peerings + 4));
      expect(paths.length).toBeGreaterThan(0);
      agreesOnEveryPair(doc);
    }
  });

  it('answers as the unaimed search on generated hybrid topologies', () => {
    let found = 0;
    fc.assert(fc.property(arbitraryHybridTopology, (doc) => void (found += agreesOnEveryPair(doc))), { numRuns: 120 });
    // Not vacuous: candidate paths were found and compared.
    expect(found).toBeGreaterThan(100);
  });

  it('answers as the unaimed search on generated networks', () => {
    fc.assert(fc.property(arbitraryNetwork, (doc) => void agreesOnEveryPair(doc)), { numRuns: 80 });
  });

  it('answers as the unaimed search on arbitrary documents', () => {
    fc.assert(fc.property(arbitraryDocument({ maxNodes: 30, maxConnections: 30, unknownFields: false }), (doc) => void agreesOnEveryPair(doc)), { numRuns: 80 });
  });
});
