import type { Connection, TopologyNode } from '../document/types';
import { findOverlappingPairs, type OwnedBlock } from '../cidr/cidr';
import { findOverlapGroups } from '../cidr/overlap-groups';
import type { TopologyIndex } from '../graph/topology-index';
import { associationEnds } from '../graph/direct-connect-ends';
import { attachedVpc } from '../graph/gateways';
import { enumerate } from '../text/enumerate';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';
import { groupDigits } from '../text/group-digits';

/** One VPC reached through one VGW association of a DX gateway. */
interface Member {
  association: Connection;
  vpc: TopologyNode<'vpc'>;
  /** Position among the gateway's associations: the later association is the one that breaks. */
  order: number;
}

/** The finding about two VPCs on the DX gateway whose blocks (`items`) overlap, the later association first. */
function overlapOfPair(index: TopologyIndex, dxgw: TopologyNode, items: readonly OwnedBlock<Member>[]): Finding | undefined {
  for (const [a, b] of findOverlappingPairs(items)) {
    if (a.owner === b.owner) continue;
    const [earlier, later] = a.owner.order < b.owner.order ? [a, b] : [b, a];
    const how = a.block.first === b.block.first && a.block.last === b.block.last ? 'match' : 'overlap';
    return finding(
      'dxgw-vpc-cidr-overlap',
      `${index.label(later.owner.vpc)} (${later.block.text}) and ${index.label(earlier.owner.vpc)} (${earlier.block.text}) ${how}; ` +
        `VPCs whose virtual private gateways are associated with ${index.label(dxgw)} must not have matching or overlapping blocks.`,
      [later.owner.association.id, later.owner.vpc.id, earlier.owner.vpc.id, dxgw.id],
    );
  }
  return undefined;
}

/**
 * Overlaps among the VPCs whose attached VGWs are associated with one DX gateway: one finding per
 * pair when two VPCs overlap, one per group of three or more joined by overlaps (a thousand VPCs of
 * one block would be half a million pairs). O(b log b) for b blocks.
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
    for (const block of index.ipv4Blocks(member.vpc)) items.push({ block, owner: member });
    for (const block of index.ipv6Blocks(member.vpc)) items.push({ block, owner: member });
  }
  const findings: Finding[] = [];
  for (const group of findOverlapGroups(items)) {
    if (group.owners.length === 2) {
      const pair = overlapOfPair(index, dxgw, group.blocks);
      if (pair) findings.push(pair);
      continue;
    }
    const shown = new Map<Member, string>();
    for (const { owner, block } of group.blocks) if (!shown.has(owner)) shown.set(owner, block.text);
    // Latest association first, as for a pair: `checkConnection` looks for the proposed association there.
    const owners = [...shown.keys()].sort((a, b) => b.order - a.order);
    findings.push(
      finding(
        'dxgw-vpc-cidr-overlap',
        `${groupDigits(owners.length)} VPCs associated with ${index.label(dxgw)} have matching or overlapping blocks: ${enumerate(owners, (o) => `${index.label(o.vpc)} (${shown.get(o)!})`)}; ` +
          `VPCs whose virtual private gateways are associated with ${index.label(dxgw)} must not have matching or overlapping blocks.`,
        [owners[0]!.association.id, ...owners.map((o) => o.vpc.id), dxgw.id],
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
