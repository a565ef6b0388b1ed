import type { TopologyNode } from '../document/types';
import { findOverlappingPairs, type OwnedBlock } from '../cidr/cidr';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

/** The distinct VPCs a VPC is peered with, in the order their peerings were drawn. */
export function peersOf(index: TopologyIndex, vpc: TopologyNode): TopologyNode<'vpc'>[] {
  const peers = new Set<TopologyNode<'vpc'>>();
  for (const c of index.connectionsOf(vpc.id)) {
    const other = c.kind === 'vpc-peering' ? index.otherEnd(c, vpc.id) : undefined;
    if (other?.kind === 'vpc' && other.id !== vpc.id) peers.add(other);
  }
  return [...peers];
}

/** One warning per pair of the hub's peers whose blocks overlap; O(b log b + pairs) for b blocks of its peers. */
function overlappingSpokes(index: TopologyIndex, hub: TopologyNode<'vpc'>): Finding[] {
  // Most VPCs have at most one peering: spared building their list of peers.
  let peerings = 0;
  for (const c of index.connectionsOf(hub.id)) if (c.kind === 'vpc-peering') peerings++;
  if (peerings < 2) return [];
  const peers = peersOf(index, hub);
  if (peers.length < 2) return [];
  const items: OwnedBlock<number>[] = [];
  peers.forEach((peer, order) => {
    for (const block of [...index.ipv4Blocks(peer), ...index.ipv6Blocks(peer)]) items.push({ block, owner: order });
  });
  const reported = new Set<string>();
  const findings: Finding[] = [];
  for (const [x, y] of findOverlappingPairs(items)) {
    if (x.owner === y.owner) continue;
    const [earlier, later] = x.owner < y.owner ? [x, y] : [y, x];
    const key = `${earlier.owner}:${later.owner}`;
    if (reported.has(key)) continue;
    reported.add(key);
    const a = peers[earlier.owner]!;
    const b = peers[later.owner]!;
    findings.push(
      finding(
        'peering-overlapping-spokes',
        `${index.label(hub)} is peered with both ${index.label(b)} (${later.block.text}) and ${index.label(a)} (${earlier.block.text}), whose blocks overlap; traffic from ${index.label(hub)} to the shared addresses can go to the wrong VPC unless its route tables use specific routes.`,
        [hub.id, b.id, a.id],
      ),
    );
  }
  return findings;
}

/** `peering-overlapping-spokes`: a VPC is peered with two VPCs whose blocks overlap each other. */
export const peeringOverlappingSpokes = defineRule('peering-overlapping-spokes', {
  check: (index) => index.nodesOfKind('vpc').flatMap((hub) => overlappingSpokes(index, hub)),
});
