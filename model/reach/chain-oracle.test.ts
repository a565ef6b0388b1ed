/**
 * The chain oracle replays `anyChain` from one sweep per end: for every ordered pair of vertices
 * it must return the very halves `anyChain` returns, and the very relay a `flow-no-path` message
 * names on that chain, on generated documents of every shape.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TopologyDocument } from '../document/types';
import { indexOf } from '../graph/topology-index';
import { arbitraryDocument } from '../testing/arbitrary-document';
import { arbitraryHybridTopology } from '../testing/arbitrary-hybrid-topology';
import { arbitraryNetwork } from '../testing/arbitrary-network';
import { buildDocument, link, node, vpc } from '../testing/build';
import { ChainOracle } from './chain-oracle';
import { relayOnChain } from './chain-relay';
import { graphOf, type DomainGraph, type Half } from './graph';
import type { SearchContext } from './policies';
import { anyChain } from './search';

type Raw = Record<string, unknown>;

const describeChain = (chain: readonly Half[] | undefined) => (chain ? chain.map((h) => `${h.from}>${h.to}:${h.edge.elements.join('+')}`).join(' ') : 'none');

/** The context of a question between two networks from the domain `v`, as `reach` makes it. */
function pairContext(g: DomainGraph, v: number): SearchContext {
  const network = g.domains[v]!.node;
  return { towardInternet: false, originKind: network.kind === 'vpc' ? 'vpc' : 'on-premises', network };
}

/**
 * Every ordered pair, asked twice (the oracle sweeps an end only after a few questions, so both
 * its ways are covered): its chain, and the relay on it, which the oracle finds without making the chain.
 */
function agreesOnEveryPair(doc: TopologyDocument): void {
  const g = graphOf(indexOf(doc));
  const oracle = new ChainOracle(g);
  const relays = new ChainOracle(g);
  const n = g.domains.length;
  for (let round = 0; round < 2; round++) {
    for (let a = 0; a < n; a++) {
      for (let b = 0; b < n; b++) {
        const expected = anyChain(g, a, b);
        const actual = oracle.chain(a, b);
        const same = expected === undefined ? actual === undefined : actual !== undefined && actual.length === expected.length && actual.every((h, k) => h === expected[k]);
        if (!same) expect(`${a} → ${b}: ${describeChain(actual)}`).toBe(`${a} → ${b}: ${describeChain(expected)}`);
        const ctx = pairContext(g, a);
        const relay = relays.relay(a, b, ctx);
        const expectedRelay = expected ? relayOnChain(g, expected, ctx) : -1;
        if (relay !== expectedRelay) expect(`${a} → ${b} over ${describeChain(expected)}: relay ${relay}`).toBe(`${a} → ${b} over ${describeChain(expected)}: relay ${expectedRelay}`);
      }
    }
  }
  // As a matrix asks, b → a right after a → b, in several rounds: nothing asked before may change an answer.
  const pairs = new ChainOracle(g);
  for (let round = 0; round < 3; round++) {
    for (let a = 0; a < n; a++) {
      for (let b = a + 1; b < n; b++) {
        for (const [x, y] of [[a, b], [b, a]] as const) {
          const chain = anyChain(g, x, y);
          const ctx = pairContext(g, x);
          const expectedRelay = chain ? relayOnChain(g, chain, ctx) : -1;
          const relay = pairs.relay(x, y, ctx);
          if (relay !== expectedRelay) expect(`${x} → ${y} after its reverse, over ${describeChain(chain)}: relay ${relay}`).toBe(`${x} → ${y} after its reverse, over ${describeChain(chain)}: relay ${expectedRelay}`);
        }
      }
    }
  }
}

/**
 * Larger random networks than the shared generators make: up to 40 VPCs on up to four transit
 * gateways, peerings, internet gateways on some, so that the two sides of `anyChain` grow levels
 * of very different sizes and ties between shortest chains abound.
 */
const wideNetwork: fc.Arbitrary<TopologyDocument> = fc
  .record({
    vpcs: fc.array(fc.record({ igw: fc.boolean(), hub: fc.integer({ min: -1, max: 3 }) }), { minLength: 2, maxLength: 40 }),
    peerings: fc.array(fc.tuple(fc.nat(39), fc.nat(39)), { maxLength: 30 }),
    hubPeerings: fc.array(fc.tuple(fc.nat(3), fc.nat(3)), { maxLength: 3 }),
  })
  .map(({ vpcs, peerings, hubPeerings }) => {
    const nodes: Raw[] = [node('net', 'internet'), ...[0, 1, 2, 3].map((t) => node(`tgw${t}`, 'transit-gateway'))];
    const links: Raw[] = [];
    vpcs.forEach(({ igw, hub }, i) => {
      nodes.push(vpc(`v${i}`, [`10.${i}.0.0/16`]));
      if (igw) nodes.push(node(`igw${i}`, 'internet-gateway', `v${i}`));
      if (hub >= 0) links.push(link(`att${i}`, 'tgw-attachment', `tgw${hub}`, `v${i}`));
    });
    peerings.forEach(([x, y], k) => {
      const [a, b] = [x % vpcs.length, y % vpcs.length];
      if (a !== b) links.push(link(`pcx${k}`, 'vpc-peering', `v${a}`, `v${b}`));
    });
    hubPeerings.forEach(([x, y], k) => {
      if (x !== y) links.push(link(`tp${k}`, 'tgw-peering', `tgw${x}`, `tgw${y}`));
    });
    return buildDocument(nodes, links);
  });

/**
 * Three regions of 24 VPCs, each region on its own transit gateway, a third of them with an
 * internet gateway, a few peerings: regions are joined only through the internet, and a hub has
 * more halves than the oracle walks again each time (it keeps a hub's answers per sweep).
 */
function regions(): TopologyDocument {
  const nodes: Raw[] = [node('net', 'internet')];
  const links: Raw[] = [];
  for (let r = 0; r < 3; r++) {
    nodes.push(node(`tgw${r}`, 'transit-gateway'));
    for (let k = 0; k < 24; k++) {
      const i = r * 24 + k;
      nodes.push(vpc(`v${i}`, [`10.${i}.0.0/16`]));
      if ((i * 7) % 3 === 0) nodes.push(node(`igw${i}`, 'internet-gateway', `v${i}`));
      if (k % 5 !== 4) links.push(link(`att${i}`, 'tgw-attachment', `tgw${r}`, `v${i}`));
      if (k % 6 === 5) links.push(link(`pcx${i}`, 'vpc-peering', `v${i}`, `v${i - 3}`));
    }
  }
  return buildDocument(nodes, links);
}

describe('ChainOracle', () => {
  it('answers as anyChain between regions joined only through the internet, with hubs of many attachments', () => {
    agreesOnEveryPair(regions());
  });

  it('answers as anyChain on generated hybrid topologies', () => {
    fc.assert(fc.property(arbitraryHybridTopology, agreesOnEveryPair), { numRuns: 150 });
  });

  it('answers as anyChain on generated networks', () => {
    fc.assert(fc.property(arbitraryNetwork, agreesOnEveryPair), { numRuns: 100 });
  });

  it('answers as anyChain on wide networks with hubs, peerings and the internet', () => {
    fc.assert(fc.property(wideNetwork, agreesOnEveryPair), { numRuns: 60 });
  });

  it('answers as anyChain on arbitrary documents', () => {
    fc.assert(fc.property(arbitraryDocument({ maxNodes: 30, maxConnections: 30, unknownFields: false }), agreesOnEveryPair), { numRuns: 100 });
  });
});
