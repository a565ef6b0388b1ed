import type { OwnedBlock } from '../cidr/cidr';
import { findOverlapGroups } from '../cidr/overlap-groups';
import type { TopologyIndex } from '../graph/topology-index';
import { enumerate } from '../text/enumerate';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';
import { groupDigits } from '../text/group-digits';

function check(index: TopologyIndex): Finding[] {
  const findings: Finding[] = [];
  for (const vpc of index.nodesOfKind('vpc')) {
    const blocks = index.ipv4Blocks(vpc);
    if (blocks.length < 2) continue;
    const owned = blocks.map((block, position) => ({ block, owner: position }));
    for (const group of findOverlapGroups(owned)) {
      if (group.owners.length === 2) {
        // Report in the order the user wrote them: the later block is the one AWS would refuse.
        const [a, b] = group.blocks as [OwnedBlock<number>, OwnedBlock<number>];
        const [first, second] = a.owner < b.owner ? [a.block, b.block] : [b.block, a.block];
        const how = first.first === second.first && first.last === second.last ? 'matches' : 'overlaps';
        findings.push(
          finding(
            'vpc-cidr-blocks-overlap',
            `${index.label(vpc)}: block ${second.text} ${how} its block ${first.text}; AWS refuses to associate a block that matches or overlaps another block of the VPC.`,
            [vpc.id],
          ),
        );
        continue;
      }
      // Three or more blocks sharing addresses: one finding, not one per pair (a hostile file may repeat a block thousands of times).
      const written = [...group.blocks].sort((x, y) => x.owner - y.owner);
      findings.push(
        finding(
          'vpc-cidr-blocks-overlap',
          `${index.label(vpc)}: ${groupDigits(written.length)} of its blocks match or overlap one another: ${enumerate(written, (b) => b.block.text)}; AWS refuses to associate a block that matches or overlaps another block of the VPC.`,
          [vpc.id],
        ),
      );
    }
  }
  return findings;
}

/** `vpc-cidr-blocks-overlap`: two IPv4 blocks of one VPC share addresses. */
export const vpcCidrBlocksOverlap = defineRule('vpc-cidr-blocks-overlap', { check });
