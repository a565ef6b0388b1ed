import type { TopologyNode } from '../document/types';
import { findOverlappingPairs, overlaps, type CidrBlock, type OwnedBlock } from '../cidr/cidr';
import { findOverlapGroups } from '../cidr/overlap-groups';
import { addressingOf, type SubnetAddress } from '../graph/addressing';
import type { TopologyIndex } from '../graph/topology-index';
import { enumerate } from '../text/enumerate';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';
import { groupDigits } from '../text/group-digits';

interface Owner {
  subnet: TopologyNode<'subnet'>;
  /** Document order, so that the subnet drawn later is named first. */
  order: number;
}

/** One finding for two overlapping subnets, naming both blocks; the subnet drawn later first. */
function overlappingPair(index: TopologyIndex, vpc: TopologyNode<'vpc'>, a: OwnedBlock<Owner>, b: OwnedBlock<Owner>): Finding {
  const [earlier, later] = a.owner.order < b.owner.order ? [a, b] : [b, a];
  const how = a.block.first === b.block.first && a.block.last === b.block.last ? 'matches' : 'overlaps';
  return finding(
    'subnet-cidr-overlap',
    `${index.label(later.owner.subnet)} (${later.block.text}) ${how} ${index.label(earlier.owner.subnet)} (${earlier.block.text}) in ${index.label(vpc)}; subnets of one VPC cannot share addresses.`,
    [later.owner.subnet.id, earlier.owner.subnet.id, vpc.id],
  );
}

/**
 * Overlaps among one VPC's subnets, IPv4 and IPv6: a finding per pair when only two subnets share
 * addresses, one finding per group of three or more (a thousand copies of one subnet would be
 * half a million pairs). O(n log n) plus the pairs of two-subnet groups.
 */
function overlapsInVpc(index: TopologyIndex, vpc: TopologyNode<'vpc'>, items: readonly OwnedBlock<Owner>[], findings: Finding[]): void {
  for (const group of findOverlapGroups(items)) {
    if (group.owners.length === 2) {
      for (const [a, b] of findOverlappingPairs(group.blocks)) if (a.owner !== b.owner) findings.push(overlappingPair(index, vpc, a, b));
      continue;
    }
    // Latest drawn first, as for a pair; each with its first block in the group.
    const shown = new Map<Owner, string>();
    for (const { owner, block } of group.blocks) if (!shown.has(owner)) shown.set(owner, block.text);
    const subnets = [...shown.keys()].sort((a, b) => b.order - a.order);
    findings.push(
      finding(
        'subnet-cidr-overlap',
        `${groupDigits(subnets.length)} subnets of ${index.label(vpc)} share addresses: ${enumerate(subnets, (o) => `${index.label(o.subnet)} (${shown.get(o)!})`)}; subnets of one VPC cannot share addresses.`,
        [...subnets.map((o) => o.subnet.id), vpc.id],
      ),
    );
  }
}

/** Up to this many subnets, a VPC is first checked pair by pair: cheaper than sorting, and most VPCs have no overlap at all. */
const PAIRWISE_LIMIT = 16;

const clash = (a: CidrBlock | undefined, b: CidrBlock | undefined) => a !== undefined && b !== undefined && overlaps(a, b);

/** Whether any two of a few subnets overlap, without allocating. */
function anyOverlap(rows: readonly SubnetAddress[], members: readonly number[]): boolean {
  for (let i = 0; i < members.length; i++) {
    const a = rows[members[i]!]!;
    for (let j = i + 1; j < members.length; j++) {
      const b = rows[members[j]!]!;
      if (clash(a.ipv4, b.ipv4) || clash(a.ipv6, b.ipv6)) return true;
    }
  }
  return false;
}

function check(index: TopologyIndex): Finding[] {
  // Each VPC's subnets, by their position in document order.
  const rows = addressingOf(index).subnets;
  const byVpc = new Map<TopologyNode<'vpc'>, number[]>();
  rows.forEach(({ vpc }, order) => {
    if (!vpc) return;
    const members = byVpc.get(vpc);
    if (members) members.push(order);
    else byVpc.set(vpc, [order]);
  });
  const findings: Finding[] = [];
  byVpc.forEach((members, vpc) => {
    if (members.length < 2 || (members.length <= PAIRWISE_LIMIT && !anyOverlap(rows, members))) return;
    // IPv4 then IPv6 per subnet, subnets in document order.
    const items: OwnedBlock<Owner>[] = [];
    for (const order of members) {
      const { subnet, ipv4, ipv6 } = rows[order]!;
      const owner = { subnet, order };
      if (ipv4) items.push({ block: ipv4, owner });
      if (ipv6) items.push({ block: ipv6, owner });
    }
    overlapsInVpc(index, vpc, items, findings);
  });
  return findings;
}

/** `subnet-cidr-overlap`: two subnets of one VPC share IPv4 or IPv6 addresses. */
export const subnetCidrOverlap = defineRule('subnet-cidr-overlap', { check });
