import type { TopologyNode } from '../document/types';
import { findOverlappingPairs, type OwnedBlock } from '../cidr/cidr';
import { addressingOf } from '../graph/addressing';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

interface Owner {
  subnet: TopologyNode<'subnet'>;
  /** Document order, so that the subnet drawn later is named first. */
  order: number;
}

/** Overlapping subnet pairs among one VPC's subnets, IPv4 and IPv6; O(n log n + pairs). */
function overlapsInVpc(index: TopologyIndex, vpc: TopologyNode<'vpc'>, items: readonly OwnedBlock<Owner>[]): Finding[] {
  return findOverlappingPairs(items).map(([a, b]) => {
    const [earlier, later] = a.owner.order < b.owner.order ? [a, b] : [b, a];
    const how = a.block.first === b.block.first && a.block.last === b.block.last ? 'matches' : 'overlaps';
    return finding(
      'subnet-cidr-overlap',
      `${index.label(later.owner.subnet)} (${later.block.text}) ${how} ${index.label(earlier.owner.subnet)} (${earlier.block.text}) in ${index.label(vpc)}; subnets of one VPC cannot share addresses.`,
      [later.owner.subnet.id, earlier.owner.subnet.id, vpc.id],
    );
  });
}

function check(index: TopologyIndex): Finding[] {
  // Each VPC's subnet blocks: IPv4 then IPv6 per subnet, subnets in document order.
  const byVpc = new Map<TopologyNode<'vpc'>, { subnets: number; items: OwnedBlock<Owner>[] }>();
  addressingOf(index).subnets.forEach(({ subnet, vpc, ipv4, ipv6 }, order) => {
    if (!vpc) return;
    let entry = byVpc.get(vpc);
    if (!entry) byVpc.set(vpc, (entry = { subnets: 0, items: [] }));
    entry.subnets++;
    const owner = { subnet, order };
    if (ipv4) entry.items.push({ block: ipv4, owner });
    if (ipv6) entry.items.push({ block: ipv6, owner });
  });
  const findings: Finding[] = [];
  for (const [vpc, { subnets, items }] of byVpc) {
    if (subnets > 1) findings.push(...overlapsInVpc(index, vpc, items));
  }
  return findings;
}

/** `subnet-cidr-overlap`: two subnets of one VPC share IPv4 or IPv6 addresses. */
export const subnetCidrOverlap = defineRule('subnet-cidr-overlap', { check });
