import type { Connection, TopologyNode } from '../document/types';
import { findOverlappingPairs, type OwnedBlock } from '../cidr/cidr';
import type { TopologyIndex } from '../graph/topology-index';
import { associationEnds } from '../graph/direct-connect-ends';
import { attachedVpc } from '../graph/gateways';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

/** One VPC reached through one VGW association of a DX gateway. */
interface Member {
  association: Connection;
  vpc: TopologyNode<'vpc'>;
  /** Position among the gateway's associations: the later association is the one that breaks. */
  order: number;
}

/**
 * Overlaps among the VPCs whose attached VGWs are associated with one DX gateway; one finding per
 * pair of VPCs, found with a sweep (O(n log n + pairs)) rather than by comparing every pair.
 */
function overlapsOnGateway(index: TopologyIndex, dxgw: TopologyNode): Finding[] {
  const members = new Map<TopologyNode<'vpc'>, Member>();
  for (const association of index.connectionsOf(dxgw.id)) {
    const ends = associationEnds(index, association);
    if (!ends || ends.dxgw !== dxgw || ends.gateway.kind !== 'vpn-gateway') continue;
    const vpc = attachedVpc(index, ends.gateway);
    // A VPC reached twice (two VGWs, or the same VGW twice) is another rule's finding, not an overlap with itself.
    if (vpc && !members.has(vpc)) members.set(vpc, { association, vpc, order: members.size });
  }
  if (members.size < 2) return [];
  const items: OwnedBlock<Member>[] = [];
  for (const member of members.values()) {
    for (const block of [...index.ipv4Blocks(member.vpc), ...index.ipv6Blocks(member.vpc)]) items.push({ block, owner: member });
  }
  const reported = new Set<string>();
  const findings: Finding[] = [];
  for (const [a, b] of findOverlappingPairs(items)) {
    if (a.owner === b.owner) continue;
    const [earlier, later] = a.owner.order < b.owner.order ? [a, b] : [b, a];
    const key = `${earlier.owner.order}:${later.owner.order}`;
    if (reported.has(key)) continue;
    reported.add(key);
    const how = a.block.first === b.block.first && a.block.last === b.block.last ? 'match' : 'overlap';
    findings.push(
      finding(
        'dxgw-vpc-cidr-overlap',
        `${index.label(later.owner.vpc)} (${later.block.text}) and ${index.label(earlier.owner.vpc)} (${earlier.block.text}) ${how}; ` +
          `VPCs whose virtual private gateways are associated with ${index.label(dxgw)} must not have matching or overlapping blocks.`,
        [later.owner.association.id, later.owner.vpc.id, earlier.owner.vpc.id, dxgw.id],
      ),
    );
  }
  return findings;
}

/** `dxgw-vpc-cidr-overlap`: two VPCs associated (through their VGWs) with one DX gateway overlap. */
export const dxgwVpcCidrOverlap = defineRule('dxgw-vpc-cidr-overlap', {
  check: (index) => index.nodesOfKind('dx-gateway').flatMap((dxgw) => overlapsOnGateway(index, dxgw)),
  checkConnection: (index, c) => {
    const ends = associationEnds(index, c);
    return ends ? overlapsOnGateway(index, ends.dxgw).filter((f) => f.subjects[0] === c.id) : [];
  },
});
