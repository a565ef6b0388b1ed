/**
 * The internet named as the relay without a chain: whenever `InternetCrossing` answers, it must be
 * the relay on `anyChain`'s very chain, on generated documents of every shape; and it must answer
 * for regions joined only through the internet (else it spares nothing). Its answers are kept per
 * vertex, which holds only because never relaying after an arrival does not depend on the search
 * context: that is checked on every pair of edges of the generated documents too.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TopologyDocument } from '../document/types';
import { indexOf } from '../graph/topology-index';
import { arbitraryDocument } from '../testing/arbitrary-document';
import { arbitraryHybridTopology } from '../testing/arbitrary-hybrid-topology';
import { arbitraryNetwork } from '../testing/arbitrary-network';
import { matrixContextsOf } from '../testing/reach-contexts';
import { buildDocument, link, node, onPrem, vpc } from '../testing/build';
import { neverRelays, relayOnChain } from './chain-relay';
import { graphOf } from './graph';
import { InternetCrossing } from './internet-crossing';
import { anyChain } from './search';

type Raw = Record<string, unknown>;

/** Every ordered pair, in each context, asked of one batch; returns how many the internet was named for. */
function agreesOnEveryPair(doc: TopologyDocument): number {
  const g = graphOf(indexOf(doc));
  const crossing = InternetCrossing.of(g);
  if (!crossing) return 0;
  const n = g.domains.length;
  let named = 0;
  for (let a = 0; a < n; a++) {
    for (const ctx of matrixContextsOf(g, a)) {
      for (let b = 0; b < n; b++) {
        const relay = crossing.relay(a, b, ctx);
        if (relay < 0) continue;
        named++;
        const chain = anyChain(g, a, b);
        const expected = chain ? relayOnChain(g, chain, ctx) : -1;
        if (relay !== expected) expect(`${a} → ${b}: relay ${relay}`).toBe(`${a} → ${b}: relay ${expected}`);
      }
    }
  }
  return named;
}

/** Whether a domain never relaying traffic between two of its edges is the same in every context. */
function neverIgnoresContext(doc: TopologyDocument): void {
  const g = graphOf(indexOf(doc));
  const contexts = g.domains.filter((d) => d.kind === 'vpc' || d.kind === 'on-premises').flatMap((d) => matrixContextsOf(g, d.index));
  if (contexts.length === 0) return;
  for (const domain of g.domains) {
    for (const arrival of domain.halves) {
      for (const departure of domain.halves) {
        const verdicts = new Set(contexts.map((ctx) => neverRelays(g, domain.index, arrival.reverse, departure, ctx)));
        expect(verdicts.size).toBe(1);
      }
    }
  }
}

/**
 * Three regions of VPCs on a transit gateway each, some with an internet gateway, one site on a
 * VPN in the first region and a DX connection with two VIFs in the second: pairs across regions are
 * joined only through the internet, and some of the shortest ways to it pass a point that never relays.
 */
function regions(): TopologyDocument {
  const nodes: Raw[] = [node('net', 'internet'), onPrem('dc', ['172.16.0.0/16']), node('cgw', 'customer-gateway', 'dc', { ip: '198.51.100.1' })];
  const links: Raw[] = [];
  for (let r = 0; r < 3; r++) {
    nodes.push(node(`tgw${r}`, 'transit-gateway'));
    for (let k = 0; k < 8; k++) {
      const i = r * 8 + k;
      nodes.push(vpc(`v${i}`, [`10.${i}.0.0/16`]));
      if (k % 3 === 0) nodes.push(node(`igw${i}`, 'internet-gateway', `v${i}`));
      if (k !== 7) links.push(link(`att${i}`, 'tgw-attachment', `tgw${r}`, `v${i}`));
    }
  }
  nodes.push(node('vpn', 'vpn-connection'), node('dx', 'dx-connection'), node('g9', 'vpn-gateway', 'v9'), node('g10', 'vpn-gateway', 'v10'));
  links.push(link('vc', 'vpn-link', 'vpn', 'cgw'), link('vt', 'vpn-link', 'vpn', 'tgw0'));
  links.push(link('f9', 'vif', 'dx', 'g9', { type: 'private' }), link('f10', 'vif', 'dx', 'g10', { type: 'private' }));
  return buildDocument(nodes, links);
}

describe('InternetCrossing', () => {
  it('names the internet between regions joined only through it, as anyChain’s chain does', () => {
    expect(agreesOnEveryPair(regions())).toBeGreaterThan(300);
  });

  it('names only the relay on anyChain’s chain on generated hybrid topologies', () => {
    fc.assert(fc.property(arbitraryHybridTopology, (doc) => void agreesOnEveryPair(doc)), { numRuns: 150 });
  });

  it('names only the relay on anyChain’s chain on generated networks', () => {
    fc.assert(fc.property(arbitraryNetwork, (doc) => void agreesOnEveryPair(doc)), { numRuns: 100 });
  });

  it('names only the relay on anyChain’s chain on arbitrary documents', () => {
    fc.assert(fc.property(arbitraryDocument({ maxNodes: 30, maxConnections: 30, unknownFields: false }), (doc) => void agreesOnEveryPair(doc)), { numRuns: 100 });
  });

  it('relies on never relaying being the same in every context', () => {
    fc.assert(fc.property(arbitraryHybridTopology, neverIgnoresContext), { numRuns: 100 });
    fc.assert(fc.property(arbitraryDocument({ maxNodes: 30, maxConnections: 30, unknownFields: false }), neverIgnoresContext), { numRuns: 100 });
  });
});
