import type { TopologyNode } from '../document/types';
import type { OwnedBlock } from '../cidr/cidr';
import { findOverlapGroups } from '../cidr/overlap-groups';
import type { TopologyIndex } from '../graph/topology-index';
import { enumerate } from '../text/enumerate';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';
import { groupDigits } from '../text/group-digits';

/** The distinct VPCs a VPC is peered with, in the order their peerings were drawn. */
export function peersOf(index: TopologyIndex, vpc: TopologyNode): TopologyNode<'vpc'>[] {
  const peers = new Set<TopologyNode<'vpc'>>();
  for (const c of index.connectionsOf(vpc.id)) {
    const other = c.kind === 'vpc-peering' ? index.otherEnd(c, vpc.id) : undefined;
    if (other?.kind === 'vpc' && other.id !== vpc.id) peers.add(other);
  }
  return [...peers];
}

/**
 * One warning per hub whose peers overlap one another, naming them all as subjects: a hub peered with
 * 1,000 spokes of one block is one finding, not 499,500. Two spokes keep the message of a pair.
 * O(b log b) for b blocks of its peers.
 */
function overlappingSpokes(index: TopologyIndex, hub: TopologyNode<'vpc'>): Finding[] {
  // Most VPCs have at most one peering: spared building their list of peers.
  let peerings = 0;
  for (const c of index.connectionsOf(hub.id)) if (c.kind === 'vpc-peering') peerings++;
  if (peerings < 2) return [];
  const peers = peersOf(index, hub);
  if (peers.length < 2) return [];
  const items: OwnedBlock<number>[] = [];
  peers.forEach((peer, order) => {
    for (const block of index.ipv4Blocks(peer)) items.push({ block, owner: order });
    for (const block of index.ipv6Blocks(peer)) items.push({ block, owner: order });
  });
  const groups = findOverlapGroups(items);
  if (groups.length === 0) return [];
  // Each overlapping spoke with its first block that overlaps another spoke's, in the order the peerings were drawn.
  const shown = new Map<number, string>();
  for (const group of groups) for (const { owner, block } of group.blocks) if (!shown.has(owner)) shown.set(owner, block.text);
  const spokes = [...shown.keys()].sort((a, b) => a - b);
  const named = (order: number) => `${index.label(peers[order]!)} (${shown.get(order)!})`;
  const risk = `traffic from ${index.label(hub)} to the shared addresses can go to the wrong VPC unless its route tables use specific routes.`;
  if (spokes.length === 2) {
    const [earlier, later] = spokes as [number, number];
    return [
      finding(
        'peering-overlapping-spokes',
        `${index.label(hub)} is peered with both ${named(later)} and ${named(earlier)}, whose blocks overlap; ${risk}`,
        [hub.id, peers[later]!.id, peers[earlier]!.id],
      ),
    ];
  }
  return [
    finding(
      'peering-overlapping-spokes',
      `${index.label(hub)} is peered with ${groupDigits(spokes.length)} VPCs whose blocks overlap one another: ${enumerate(spokes, named)}; ${risk}`,
      [hub.id, ...spokes.map((order) => peers[order]!.id)],
    ),
  ];
}

/** `peering-overlapping-spokes`: a VPC is peered with two VPCs whose blocks overlap each other. */
export const peeringOverlappingSpokes = defineRule('peering-overlapping-spokes', {
  check: (index) => index.nodesOfKind('vpc').flatMap((hub) => overlappingSpokes(index, hub)),
});
