import type { TopologyNode } from '../document/types';
import { findOverlappingPairs, tryParseCidr, type OwnedBlock } from '../cidr/cidr';
import type { TopologyIndex } from '../graph/topology-index';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';
import { subnetVpc } from './subnet-outside-vpc';

interface Owner {
  subnet: TopologyNode<'subnet'>;
  /** Document order, so that the subnet drawn later is named first. */
  order: number;
}

/** Overlapping subnet pairs among one VPC's subnets, IPv4 and IPv6; O(n log n + pairs). */
function overlapsInVpc(index: TopologyIndex, vpc: TopologyNode<'vpc'>, subnets: readonly Owner[]): Finding[] {
  const items: OwnedBlock<Owner>[] = [];
  for (const owner of subnets) {
    const p = index.props(owner.subnet);
    const v4 = tryParseCidr(p.cidr, 4);
    const v6 = tryParseCidr(p.ipv6Cidr, 6);
    if (v4) items.push({ block: v4, owner });
    if (v6) items.push({ block: v6, owner });
  }
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
  const byVpc = new Map<TopologyNode<'vpc'>, Owner[]>();
  index.nodesOfKind('subnet').forEach((subnet, order) => {
    const vpc = subnetVpc(index, subnet);
    if (!vpc) return;
    const list = byVpc.get(vpc);
    if (list) list.push({ subnet, order });
    else byVpc.set(vpc, [{ subnet, order }]);
  });
  const findings: Finding[] = [];
  for (const [vpc, subnets] of byVpc) {
    if (subnets.length > 1) findings.push(...overlapsInVpc(index, vpc, subnets));
  }
  return findings;
}

/** `subnet-cidr-overlap`: two subnets of one VPC share IPv4 or IPv6 addresses. */
export const subnetCidrOverlap = defineRule('subnet-cidr-overlap', { check });
