import type { TopologyIndex } from '../graph/topology-index';
import { ipv4SizeProblem } from '../cidr/vpc-block-size';
import { defineRule, finding } from './rule';
import type { Finding } from './finding';

function check(index: TopologyIndex): Finding[] {
  const findings: Finding[] = [];
  for (const vpc of index.nodesOfKind('vpc')) {
    for (const block of index.ipv4Blocks(vpc)) {
      const problem = ipv4SizeProblem(block);
      if (problem) {
        findings.push(
          finding('vpc-cidr-size', `${index.label(vpc)}: block ${block.text} ${problem}; AWS accepts VPC blocks from /16 to /28.`, [vpc.id]),
        );
      }
    }
  }
  return findings;
}

/** `vpc-cidr-size`: a VPC IPv4 block larger than /16 or smaller than /28. */
export const vpcCidrSize = defineRule('vpc-cidr-size', { check });
