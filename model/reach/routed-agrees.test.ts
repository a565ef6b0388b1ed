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
import { arbitraryHybridTopology as arbitraryHybrid } from '../testing/arbitrary-hybrid-topology';
import { networkOverlap } from './explain';
import { graphOf } from './graph';
import { reach, REACH_FROM_KINDS } from './reach';
import { routedReach, type RoutedEnd } from './routed-reach';

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
